package org.itot.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
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

    private void flush() {
        while (display.readAndDispatch()) {
            // run pending layout and paint work
        }
    }
}
