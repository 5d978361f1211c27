package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 6: File > Save As has exactly one active handler wherever the user is (the workbench's in the
 * diagram editor, ours in the Model Explorer). Two at once were "Conflicting handlers for org.eclipse.ui.file.saveAs",
 * an error in the log on every activation, which {@link IsolatedWorkbench} turns into a failure of this test.
 */
@ExtendWith(IsolatedWorkbench.class)
class SaveAsHandlerTest {

    @Test
    void saveAsIsEnabledInTheEditorAndTheExplorerWithOneHandler() throws Exception {
        Path file = Workbench.save(ModelTemplates.create(ModelTemplates.PURDUE), "save-as.itot");
        OpenModel model = OpenModels.get().open(file);
        Diagram diagram = model.model().getDiagrams().get(0);
        var editor = page().openEditor(new DiagramEditorInput(file, diagram.getId(), diagram.getName()),
                DiagramEditorInput.EDITOR_ID);
        for (int round = 0; round < 2; round++) {
            page().activate(editor);
            flush();
            assertTrue(MenuBar.enabled("File", "Save As..."), "Save As in the diagram editor");

            ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
            explorer.getViewer().setSelection(new StructuredSelection(model.model()));
            page().activate(explorer);
            flush();
            assertTrue(MenuBar.enabled("File", "Save As..."), "Save As in the Model Explorer, for the selected model");
        }
    }
}
