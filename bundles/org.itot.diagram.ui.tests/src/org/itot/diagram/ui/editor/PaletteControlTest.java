package org.itot.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.preferences.ItotPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The palette folds to a strip beside the diagram as the editor lays it out (a sash shared with the viewer): its
 * arrow folds and unfolds it, a click on the strip unfolds it, the diagram gets the room, and the choice is kept
 * for the next editor.
 */
class PaletteControlTest {

    @TempDir
    Path folder;

    private Display display;
    private Shell shell;
    private ArchitectureModel model;
    private boolean before;

    @BeforeEach
    void purdueModel() throws Exception {
        display = Display.getDefault();
        before = ItotPreferences.store().getBoolean(PaletteControl.COLLAPSED_PREFERENCE);
        ItotPreferences.store().setValue(PaletteControl.COLLAPSED_PREFERENCE, false);
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        model = ModelFiles.load(file);
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        ItotPreferences.store().setValue(PaletteControl.COLLAPSED_PREFERENCE, before);
    }

    @Test
    void theArrowFoldsThePaletteToAStripAndTheNextEditorStartsFolded() {
        Editor first = new Editor();
        assertFalse(first.palette.isCollapsed());
        assertEquals(PaletteControl.WIDTH, first.paletteWidth(), 4, "unfolded, the palette has its width");
        assertTrue(first.palette.getTree().isVisible());
        int diagramWidth = first.viewer.getControl().getSize().x;

        click(toggle(first.palette));

        assertTrue(first.palette.isCollapsed());
        assertFalse(first.palette.getTree().isVisible(), "folded, the tools are hidden");
        assertEquals(PaletteControl.STRIP_WIDTH, first.paletteWidth(), 4, "folded, a thin strip is left");
        assertEquals(PaletteControl.SHOW_TOOLTIP, toggle(first.palette).getToolTipText());
        assertTrue(first.viewer.getControl().getSize().x >= diagramWidth + PaletteControl.WIDTH
                - PaletteControl.STRIP_WIDTH - 8, "the diagram got the palette's room");
        assertTrue(ItotPreferences.store().getBoolean(PaletteControl.COLLAPSED_PREFERENCE), "the choice is kept");

        shell.setSize(1600, 1000);
        flush();
        assertEquals(PaletteControl.STRIP_WIDTH, first.paletteWidth(), 4, "the strip does not grow with the window");

        first.dispose();
        Editor second = new Editor();
        assertTrue(second.palette.isCollapsed(), "the next editor starts folded");
        assertEquals(PaletteControl.STRIP_WIDTH, second.paletteWidth(), 4);
    }

    @Test
    void aClickOnTheStripUnfoldsThePalette() {
        Editor editor = new Editor();
        editor.palette.setCollapsed(true, true);
        flush();
        assertEquals(PaletteControl.STRIP_WIDTH, editor.paletteWidth(), 4);

        Event down = new Event();
        down.button = 1;
        down.x = 5;
        down.y = 200;
        editor.palette.getControl().notifyListeners(SWT.MouseDown, down);
        flush();

        assertFalse(editor.palette.isCollapsed());
        assertTrue(editor.palette.getTree().isVisible());
        assertEquals(PaletteControl.WIDTH, editor.paletteWidth(), 4);
        assertFalse(ItotPreferences.store().getBoolean(PaletteControl.COLLAPSED_PREFERENCE));
    }

    @Test
    void theConnectionToolsArePinnedAtTheTopAndTheFilterFindsAToolByName() {
        Editor editor = new Editor();
        List<String> pinned = Arrays.stream(editor.palette.getPinned().getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Select", "Conduit", "Flow"), pinned, "always in sight, above the scrolling drawers");
        assertTrue(drawerTools(editor.palette).stream().noneMatch(pinned::contains));

        editor.palette.getFilter().setText("histor");
        flush();
        assertEquals(List.of("Historian", "Historian mirror"), drawerTools(editor.palette));
        editor.palette.getFilter().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(AssetType.DATA_HISTORIAN, editor.viewer.getTool().assetType(), "Enter picks the first match");
        editor.palette.getFilter().setText("");
        flush();
        assertTrue(drawerTools(editor.palette).size() > 40, "an empty filter shows every tool");
    }

    @Test
    void afterACreationThePaletteKeepsItsScrollPosition() {
        Editor editor = new Editor();
        Tree tree = editor.palette.getTree();
        // Scrolled to the Field drawer (with enough below it to stay at the top), then a tool there chosen.
        TreeItem field = tree.getItem(2);
        assertEquals("Field", field.getText());
        tree.setTopItem(field);
        waitUntil(() -> tree.getTopItem() == field); // GTK scrolls when it next lays the tree out
        editor.palette.choose(Palette.asset(AssetType.SENSOR));
        TreeItem top = settledTop(tree);
        assertNotSame(tree.getItem(0), top, "scrolled down");

        editor.viewer.setTool(null); // as after each creation

        assertSame(top, settledTop(tree), "the drawers did not scroll back to the top");
        assertEquals(0, tree.getSelectionCount());
        assertEquals("Select", editor.palette.getPinned().getSelection()[0].getText());
    }

    @Test
    void aToolDroppedOnTheDiagramCreatesItsBoxThere() {
        Editor editor = new Editor();
        assertNotNull(editor.palette.getTree().getData(DND.DRAG_SOURCE_KEY), "the drawers are a drag source");
        NodeView zone = model.getDiagrams().get(0).getNodes().get(0);
        Bounds box = editor.viewer.geometry().bounds(zone);
        int before = zone.getChildren().size();

        assertTrue(editor.viewer.drop(new StructuredSelection(Palette.asset(AssetType.FIREWALL)), box.x() + 20,
                box.y() + 40));

        assertEquals(before + 1, zone.getChildren().size(), "an asset in the zone it was dropped on");
        NodeView created = zone.getChildren().get(before);
        assertEquals(AssetType.FIREWALL, ((Asset) created.getElement()).getType());
        assertEquals(List.of(created), editor.viewer.getSelection());
        assertTrue(editor.viewer.geometry().bounds(zone).encloses(editor.viewer.geometry().bounds(created)));
        assertFalse(editor.viewer.drop(new StructuredSelection(Palette.of(PaletteEntry.Kind.FLOW)), box.x(), box.y()),
                "a connection is drawn, not dropped");
        assertTrue(editor.viewer.getStatus().contains("Flow is drawn from one box to another"));
    }

    private static List<String> drawerTools(PaletteControl palette) {
        return Arrays.stream(palette.getTree().getItems()).flatMap(drawer -> Arrays.stream(drawer.getItems()))
                .map(TreeItem::getText).toList();
    }

    /** The palette and the viewer in a sash, as {@link DiagramEditor#createPartControl} builds them. */
    private final class Editor {
        final SashForm sash;
        final DiagramViewer viewer;
        final PaletteControl palette;

        Editor() {
            sash = new SashForm(shell, SWT.HORIZONTAL);
            Composite paletteParent = new Composite(sash, SWT.NONE);
            paletteParent.setLayout(new FillLayout());
            viewer = new DiagramViewer(sash, model.getDiagrams().get(0), ModelEditing.domainFor(model));
            palette = new PaletteControl(paletteParent, viewer);
            shell.layout(true, true);
            flush();
        }

        int paletteWidth() {
            return palette.getControl().getParent().getSize().x;
        }

        void dispose() {
            sash.dispose();
            flush();
        }
    }

    private static Button toggle(PaletteControl palette) {
        for (Control child : palette.getControl().getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.ARROW) != 0) {
                return button;
            }
        }
        throw new AssertionError("the palette has no arrow");
    }

    private void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** Dispatches events until the condition holds; fails after ten seconds. */
    private void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for the palette to scroll");
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** The tree's top item once GTK has stopped scrolling it (the same on three looks 50 ms apart, at most 5 s). */
    private TreeItem settledTop(Tree tree) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        TreeItem last = null;
        int same = 0;
        while (same < 3 && System.nanoTime() < deadline) {
            boolean[] ticked = { false };
            display.timerExec(50, () -> ticked[0] = true);
            while (!ticked[0]) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            TreeItem now = tree.getTopItem();
            same = now == last ? same + 1 : 0;
            last = now;
        }
        return last;
    }

    private void flush() {
        while (display.readAndDispatch()) {
            // run pending layout and paint work
        }
    }
}
