package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;
import org.itot.render.Rgb;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.Icons;
import org.itot.render.style.ZoneStyle;

/**
 * The palette beside the diagram, built from {@link Palette} (data, not code): the selection tool, then the tools in
 * collapsible drawers as in GEF palettes. Icons are drawn by the same painter code as the diagram, so the palette shows
 * what the tool will create. The selected row is the active tool; the viewer returns to selection after each creation.
 */
final class PaletteControl {

    private static final int ICON = 18;

    private final Tree tree;
    private final DiagramViewer viewer;
    private final Map<PaletteEntry, TreeItem> items = new LinkedHashMap<>();
    private final List<Image> images = new ArrayList<>();
    private final SwtResources resources;
    private final TreeItem select;

    PaletteControl(Composite parent, DiagramViewer viewer) {
        this.viewer = viewer;
        tree = new Tree(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        resources = new SwtResources(parent.getDisplay());
        select = new TreeItem(tree, SWT.NONE);
        select.setText("Select");
        select.setImage(selectionIcon());
        for (Palette.Group group : Palette.groups()) {
            TreeItem drawer = new TreeItem(tree, SWT.NONE);
            drawer.setText(group.title());
            drawer.setFont(parent.getDisplay().getSystemFont());
            for (PaletteEntry entry : group.entries()) {
                TreeItem item = new TreeItem(drawer, SWT.NONE);
                item.setText(entry.label());
                item.setImage(icon(entry));
                item.setData(entry);
                items.put(entry, item);
            }
            drawer.setExpanded(true);
        }
        tree.setSelection(select);
        tree.addListener(SWT.Selection, this::itemSelected);
        tree.addListener(SWT.Dispose, e -> {
            images.forEach(Image::dispose);
            resources.dispose();
        });
        viewer.addToolListener(this::toolChanged);
    }

    Tree getControl() {
        return tree;
    }

    /** Picks a tool as a click on its row does (UI tests use it). */
    void choose(PaletteEntry entry) {
        TreeItem item = entry == null ? select : items.get(entry);
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    private void itemSelected(Event event) {
        if (event.item instanceof TreeItem item) {
            if (item.getData() instanceof PaletteEntry entry) {
                viewer.setTool(entry);
            } else {
                viewer.setTool(null); // "Select" or a drawer title
            }
        }
    }

    private void toolChanged(PaletteEntry tool) {
        if (tree.isDisposed()) {
            return;
        }
        TreeItem item = tool == null ? select : items.get(tool);
        if (item != null && (tree.getSelectionCount() != 1 || tree.getSelection()[0] != item)) {
            tree.setSelection(item);
        }
    }

    private Image selectionIcon() {
        return draw(canvas -> {
            canvas.setFill(Rgb.of(0x3e4c59));
            canvas.fillPolygon(4, 2, 4, 15, 7.5, 11.5, 10, 16.5, 12, 15.5, 9.5, 10.5, 14, 10.5);
        });
    }

    private Image icon(PaletteEntry entry) {
        return draw(canvas -> {
            switch (entry.kind()) {
            case ZONE -> {
                ZoneStyle style = DiagramStyle.zone(entry.zoneKind());
                canvas.setFill(style.fill());
                canvas.fillRoundRect(1, 3, ICON - 2, ICON - 6, 3);
                canvas.setFill(style.titleBar());
                canvas.fillRect(1, 3, ICON - 2, 4);
                canvas.setStroke(style.border());
                canvas.setLineWidth(1);
                canvas.strokeRoundRect(1, 3, ICON - 2, ICON - 6, 3);
            }
            case ASSET -> Icons.paint(canvas, DiagramStyle.asset(entry.assetType()).icon(), 1, 1, ICON - 2,
                    Rgb.of(0x3e4c59));
            case CONDUIT -> {
                canvas.setStroke(DiagramStyle.CONDUIT.colour());
                canvas.setLineWidth(4);
                canvas.strokeLine(2, ICON - 3, ICON - 2, 3);
            }
            case FLOW -> {
                canvas.setStroke(DiagramStyle.FLOW.colour());
                canvas.setLineWidth(1.5);
                canvas.strokeLine(2, ICON - 3, ICON - 4, 5);
                canvas.setFill(DiagramStyle.FLOW.colour());
                canvas.fillPolygon(ICON - 2, 2, ICON - 8, 4, ICON - 4, 8);
            }
            case NOTE -> {
                canvas.setFill(DiagramStyle.NOTE_FILL);
                canvas.fillPolygon(2, 2, ICON - 6, 2, ICON - 2, 6, ICON - 2, ICON - 2, 2, ICON - 2);
                canvas.setStroke(DiagramStyle.NOTE_BORDER);
                canvas.setLineWidth(1);
                canvas.strokePolygon(2, 2, ICON - 6, 2, ICON - 2, 6, ICON - 2, ICON - 2, 2, ICON - 2);
            }
            }
        });
    }

    /** An icon painted with the diagram's own drawing code on a transparent background. */
    private Image draw(java.util.function.Consumer<SwtCanvas> painting) {
        Image canvasImage = new Image(tree.getDisplay(), ICON, ICON);
        GC gc = new GC(canvasImage);
        try {
            gc.setBackground(tree.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, ICON, ICON);
            painting.accept(new SwtCanvas(gc, resources));
        } finally {
            gc.dispose();
        }
        // White becomes transparent, so the icon sits on the tree's background (light or dark theme).
        ImageData painted = canvasImage.getImageData();
        canvasImage.dispose();
        painted.transparentPixel = painted.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
        Image image = new Image(tree.getDisplay(), painted);
        images.add(image);
        return image;
    }
}
