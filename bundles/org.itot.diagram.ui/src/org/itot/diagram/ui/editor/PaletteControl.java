package org.itot.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.ui.explorer.ElementImages;
import org.itot.ui.preferences.ItotPreferences;

/**
 * The palette beside the diagram, built from {@link Palette} (data, not code): the selection tool and the connection
 * tools (Conduit, Flow) pinned at the top where they never scroll away, a filter field that finds a tool by name, then
 * the other tools in collapsible drawers as in GEF palettes. Icons are the Model Explorer's, drawn by the diagram's own
 * shapes, so the palette shows what the tool will create. The selected row is the active tool; the viewer returns to
 * selection after each creation and the drawers keep their scroll position. A tool can also be dragged onto the
 * diagram (SWT drag and drop), which creates its box where it is dropped.
 * Like GEF's flyout palette it folds to a thin strip (its arrow, or a click on the strip, toggles it) so that the
 * diagram gets the room; the choice is kept for every diagram editor and the next start.
 */
final class PaletteControl {

    /** Preference (in {@link ItotPreferences#store()}): whether palettes start folded to a strip. */
    static final String COLLAPSED_PREFERENCE = "diagram.paletteCollapsed";
    /** The palette's width when the editor first gets its size; the user may drag the sash after. */
    static final int WIDTH = 215;
    /** The folded palette: wide enough for its arrow. */
    static final int STRIP_WIDTH = 26;
    static final String HIDE_TOOLTIP = "Hide Palette (more room for the diagram)";
    static final String SHOW_TOOLTIP = "Show Palette";

    private final Composite frame;
    private final Label title;
    private final Button toggle;
    /** Select, Conduit and Flow: always in sight. */
    private final Tree pinned;
    private final Text filter;
    private final Tree tree;
    private final DiagramViewer viewer;
    private final Map<PaletteEntry, TreeItem> items = new LinkedHashMap<>();
    private final ElementImages images;
    private final TreeItem select;
    /** The sash the palette shares with the diagram, null when its parent is laid out otherwise (tests). */
    private final SashForm sash;
    private boolean collapsed;
    private boolean sized;

    PaletteControl(Composite parent, DiagramViewer viewer) {
        this.viewer = viewer;
        frame = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        layout.verticalSpacing = 0;
        frame.setLayout(layout);
        title = new Label(frame, SWT.NONE);
        title.setText("Palette");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        toggle = new Button(frame, SWT.ARROW | SWT.LEFT | SWT.FLAT);
        toggle.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        toggle.addListener(SWT.Selection, event -> setCollapsed(!collapsed, true));
        pinned = new Tree(frame, SWT.SINGLE | SWT.FULL_SELECTION | SWT.NO_SCROLL);
        pinned.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        filter = new Text(frame, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter tools");
        filter.setToolTipText("Type part of a tool's name; Enter picks the first match");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        tree = new Tree(frame, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        // Folded, the whole strip is the button that unfolds it.
        frame.addListener(SWT.MouseDown, event -> {
            if (collapsed) {
                setCollapsed(false, true);
            }
        });
        images = ElementImages.of(parent.getDisplay());
        select = new TreeItem(pinned, SWT.NONE);
        select.setText("Select");
        select.setImage(images.pointer());
        for (Palette.Group group : Palette.groups()) {
            for (PaletteEntry entry : group.entries()) {
                if (entry.kind().isConnection()) {
                    TreeItem item = new TreeItem(pinned, SWT.NONE);
                    item.setText(entry.label());
                    item.setImage(icon(entry));
                    item.setData(entry);
                    items.put(entry, item);
                }
            }
        }
        ((GridData) pinned.getLayoutData()).heightHint = pinned.getItemCount() * pinned.getItemHeight() + 4;
        fillDrawers("");
        pinned.setSelection(select);
        pinned.addListener(SWT.Selection, this::itemSelected);
        tree.addListener(SWT.Selection, this::itemSelected);
        filter.addListener(SWT.Modify, event -> fillDrawers(filter.getText()));
        filter.addListener(SWT.DefaultSelection, event -> chooseFirstMatch());
        dragFrom(pinned);
        dragFrom(tree);
        viewer.addToolListener(this::toolChanged);
        sash = parent.getParent() instanceof SashForm form ? form : null;
        if (sash != null) {
            Listener resize = event -> fitSash();
            sash.addListener(SWT.Resize, resize);
            frame.addListener(SWT.Dispose, event -> {
                if (!sash.isDisposed()) {
                    sash.removeListener(SWT.Resize, resize);
                }
            });
        }
        setCollapsed(store().getBoolean(COLLAPSED_PREFERENCE), false);
    }

    Composite getControl() {
        return frame;
    }

    Tree getTree() {
        return tree;
    }

    Tree getPinned() {
        return pinned;
    }

    Text getFilter() {
        return filter;
    }

    /**
     * The drawers with the tools whose name contains the text (ignoring case), all open; every drawer when the text
     * is empty. The connection tools are pinned above and stay.
     */
    void fillDrawers(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        tree.setRedraw(false);
        try {
            tree.removeAll();
            items.values().removeIf(TreeItem::isDisposed);
            for (Palette.Group group : Palette.groups()) {
                var matching = group.entries().stream().filter(entry -> !entry.kind().isConnection())
                        .filter(entry -> entry.label().toLowerCase(Locale.ROOT).contains(wanted)).toList();
                if (matching.isEmpty()) {
                    continue;
                }
                TreeItem drawer = new TreeItem(tree, SWT.NONE);
                drawer.setText(group.title());
                for (PaletteEntry entry : matching) {
                    TreeItem item = new TreeItem(drawer, SWT.NONE);
                    item.setText(entry.label());
                    item.setImage(icon(entry));
                    item.setData(entry);
                    items.put(entry, item);
                }
                drawer.setExpanded(true);
            }
        } finally {
            tree.setRedraw(true);
        }
        toolChanged(viewer.getTool());
    }

    /** Enter in the filter: the first tool shown becomes the active one. */
    private void chooseFirstMatch() {
        if (tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0) {
            choose((PaletteEntry) tree.getItem(0).getItem(0).getData());
        }
    }

    /** A tool dragged from the palette onto the diagram creates its box where it is dropped. */
    private void dragFrom(Tree source) {
        DragSource drag = new DragSource(source, DND.DROP_COPY);
        drag.setTransfer(LocalSelectionTransfer.getTransfer());
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                TreeItem[] selected = source.getSelection();
                PaletteEntry entry = selected.length == 1 && selected[0].getData() instanceof PaletteEntry e ? e : null;
                event.doit = entry != null && !entry.kind().isConnection();
                if (event.doit) {
                    LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(entry));
                }
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
    }

    boolean isCollapsed() {
        return collapsed;
    }

    /** Folds the palette to a strip or unfolds it, as its arrow does; {@code remember} keeps the choice. */
    void setCollapsed(boolean fold, boolean remember) {
        collapsed = fold;
        exclude(title, fold);
        exclude(pinned, fold);
        exclude(filter, fold);
        exclude(tree, fold);
        toggle.setAlignment(fold ? SWT.RIGHT : SWT.LEFT);
        toggle.setToolTipText(fold ? SHOW_TOOLTIP : HIDE_TOOLTIP);
        frame.setToolTipText(fold ? SHOW_TOOLTIP : null);
        ((GridLayout) frame.getLayout()).numColumns = fold ? 1 : 2;
        ((GridData) toggle.getLayoutData()).horizontalAlignment = fold ? SWT.CENTER : SWT.END;
        if (remember) {
            store().setValue(COLLAPSED_PREFERENCE, fold);
            ItotPreferences.flush();
        }
        if (sash != null && sized) {
            int total = sash.getClientArea().width;
            int width = fold ? STRIP_WIDTH : WIDTH;
            sash.setWeights(width, Math.max(1, total - width));
        }
        frame.layout(true, true);
    }

    /**
     * The palette's share of the sash: its width once the editor has a size, and the strip's width whenever the
     * editor is resized while folded (weights are proportions; a strip must not grow with the window).
     */
    private void fitSash() {
        int total = sash.getClientArea().width;
        if (total <= 400) {
            return;
        }
        if (!sized || collapsed) {
            int width = collapsed ? STRIP_WIDTH : WIDTH;
            sash.setWeights(width, total - width);
            sized = true;
        }
    }

    private static void exclude(org.eclipse.swt.widgets.Control control, boolean hidden) {
        control.setVisible(!hidden);
        ((GridData) control.getLayoutData()).exclude = hidden;
    }

    private static IPreferenceStore store() {
        return ItotPreferences.store();
    }

    /** Picks a tool as a click on its row does (UI tests use it). */
    void choose(PaletteEntry entry) {
        TreeItem item = entry == null ? select : items.get(entry);
        if (item == null || item.isDisposed()) {
            filter.setText(""); // filtered out: show every tool again
            item = items.get(entry);
        }
        item.getParent().setSelection(item);
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Selection, event);
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

    /**
     * Shows the active tool as the selected row. Back to Select after a creation, the drawers are only deselected, so
     * they keep their scroll position (selecting a row would scroll it into view).
     */
    private void toolChanged(PaletteEntry tool) {
        if (tree.isDisposed()) {
            return;
        }
        TreeItem item = tool == null ? select : items.get(tool);
        if (item == null || item.isDisposed()) {
            item = select;
        }
        Tree owner = item.getParent();
        Tree other = owner == pinned ? tree : pinned;
        if (other.getSelectionCount() > 0) {
            other.deselectAll();
        }
        if (owner.getSelectionCount() != 1 || owner.getSelection()[0] != item) {
            TreeItem top = owner.getTopItem();
            owner.setSelection(item);
            if (owner == tree && top != null && !top.isDisposed()) {
                owner.setTopItem(top);
            }
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
