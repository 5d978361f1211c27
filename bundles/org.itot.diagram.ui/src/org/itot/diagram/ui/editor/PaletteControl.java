package org.itot.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.ui.explorer.ElementImages;

/**
 * The palette beside the diagram, built from {@link Palette} (data, not code): the selection tool, then the tools in
 * collapsible drawers as in GEF palettes. Icons are the Model Explorer's, drawn by the diagram's own shapes, so the
 * palette shows what the tool will create. The selected row is the active tool; the viewer returns to selection after each creation.
 */
final class PaletteControl {

    private final Tree tree;
    private final DiagramViewer viewer;
    private final Map<PaletteEntry, TreeItem> items = new LinkedHashMap<>();
    private final ElementImages images;
    private final TreeItem select;

    PaletteControl(Composite parent, DiagramViewer viewer) {
        this.viewer = viewer;
        tree = new Tree(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        images = ElementImages.of(parent.getDisplay());
        select = new TreeItem(tree, SWT.NONE);
        select.setText("Select");
        select.setImage(images.pointer());
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

    /** The diagram's own look, shared with the Model Explorer's icons. */
    private Image icon(PaletteEntry entry) {
        return switch (entry.kind()) {
        case ZONE -> images.zone(entry.zoneKind());
        case ASSET -> images.asset(entry.assetType());
        case CONDUIT -> images.conduit();
        case FLOW -> images.flow();
        case NOTE -> images.note();
        };
    }
}
