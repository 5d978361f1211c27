package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The diagram editor's palette in the workbench: its arrow folds it to a strip, the diagram gets the room (Fit zooms
 * in), and the next diagram editor opens with the palette folded.
 */
@ExtendWith(IsolatedWorkbench.class)
class PaletteFoldingTest {

    private static final String COLLAPSED = "diagram.paletteCollapsed";

    private Path file;

    @AfterEach
    void unfoldAndClose() throws Exception {
        ItotPreferences.store().setValue(COLLAPSED, false);
        page().closeAllEditors(false);
        if (file != null) {
            OpenModels.get().find(file).ifPresent(OpenModels.get()::close);
        }
        flush();
    }

    @Test
    void foldingThePaletteGivesTheDiagramItsRoomAndIsRemembered() throws Exception {
        ItotPreferences.store().setValue(COLLAPSED, false);
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = purdue.getDiagrams().get(0);
        file = Files.createTempDirectory("itot-palette").resolve("plant.itot");
        ModelFiles.save(purdue, file);
        IWorkbenchPage page = page();
        DiagramEditorInput input = new DiagramEditorInput(file, overview.getId(), overview.getName());

        DiagramEditor editor = (DiagramEditor) page.openEditor(input, DiagramEditorInput.EDITOR_ID);
        flush();
        int unfolded = editor.getViewer().getControl().getSize().x;
        Button arrow = arrowOf(editor);
        arrow.notifyListeners(SWT.Selection, new Event());
        flush();

        int folded = editor.getViewer().getControl().getSize().x;
        assertTrue(folded >= unfolded + 150, "the diagram got the palette's room: " + unfolded + " -> " + folded);
        assertTrue(ItotPreferences.store().getBoolean(COLLAPSED));

        page.closeEditor(editor, false);
        flush();
        DiagramEditor again = (DiagramEditor) page.openEditor(input, DiagramEditorInput.EDITOR_ID);
        flush();
        assertEquals("Show Palette", arrowOf(again).getToolTipText(), "the next editor starts folded");
        assertEquals(folded, again.getViewer().getControl().getSize().x, 4);
    }

    /** The palette's fold arrow, found in the editor's widgets as a user finds it on screen. */
    private static Button arrowOf(DiagramEditor editor) {
        Button arrow = find(editor.getViewer().getControl().getParent());
        assertNotNull(arrow, "the palette has a fold arrow");
        return arrow;
    }

    private static Button find(Control control) {
        if (control instanceof Button button && (button.getStyle() & SWT.ARROW) != 0) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
