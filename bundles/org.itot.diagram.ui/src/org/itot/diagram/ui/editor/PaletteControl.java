package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.diagram.ui.swt.SwtCanvas;
import org.itot.diagram.ui.swt.SwtResources;
import org.itot.render.Rgb;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.Icons;
import org.itot.render.style.ZoneStyle;

/**
 * The palette beside the diagram, built from {@link Palette} (data, not code): a selection tool, then one toggle button
 * per tool in titled groups. Icons are drawn by the same painter code as the diagram, so the palette shows what the
 * tool will create.
 */
final class PaletteControl {

    private static final int ICON = 18;

    private final ScrolledComposite scroller;
    private final DiagramViewer viewer;
    private final Map<PaletteEntry, ToolItem> buttons = new LinkedHashMap<>();
    private final List<Image> images = new ArrayList<>();
    private final SwtResources resources;
    private ToolItem select;

    PaletteControl(Composite parent, DiagramViewer viewer) {
        this.viewer = viewer;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        resources = new SwtResources(parent.getDisplay());
        Composite content = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 1;
        content.setLayout(layout);
        select = button(toolbar(content), "Select", null, null);
        select.setSelection(true);
        for (Palette.Group group : Palette.groups()) {
            Label title = new Label(content, SWT.NONE);
            title.setText(group.title());
            GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            titleData.verticalIndent = 6;
            title.setLayoutData(titleData);
            ToolBar tools = toolbar(content);
            for (PaletteEntry entry : group.entries()) {
                buttons.put(entry, button(tools, entry.label(), entry, icon(entry)));
            }
        }
        scroller.setContent(content);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        scroller.addListener(SWT.Dispose, e -> {
            images.forEach(Image::dispose);
            resources.dispose();
        });
        viewer.addToolListener(this::toolChanged);
    }

    Composite getControl() {
        return scroller;
    }

    /** The tool item of a palette tool (UI tests click it). */
    ToolItem button(PaletteEntry entry) {
        return buttons.get(entry);
    }

    private static ToolBar toolbar(Composite parent) {
        ToolBar toolbar = new ToolBar(parent, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return toolbar;
    }

    private ToolItem button(ToolBar parent, String label, PaletteEntry entry, Image icon) {
        ToolItem button = new ToolItem(parent, SWT.CHECK);
        button.setText(label);
        button.setImage(icon);
        button.setToolTipText(entry == null ? "Select, move and resize (Esc)"
                : entry.kind().isConnection() ? "Drag from one " + (entry.kind() == PaletteEntry.Kind.CONDUIT
                        ? "zone to another" : "asset to another") + "; Shift keeps the tool"
                        : "Click in the diagram to create; Shift keeps the tool");
        button.addListener(SWT.Selection, e -> viewer.setTool(entry));
        return button;
    }

    private void toolChanged(PaletteEntry tool) {
        if (scroller.isDisposed()) {
            return;
        }
        select.setSelection(tool == null);
        buttons.forEach((entry, button) -> button.setSelection(entry == tool));
    }

    private Image icon(PaletteEntry entry) {
        ImageData data = new ImageData(ICON, ICON, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        data.transparentPixel = 0xfefefe;
        Image image = new Image(scroller.getDisplay(), data);
        GC gc = new GC(image);
        try {
            gc.setBackground(scroller.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, 0, ICON, ICON);
            SwtCanvas canvas = new SwtCanvas(gc, resources);
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
        } finally {
            gc.dispose();
        }
        images.add(image);
        return image;
    }
}
