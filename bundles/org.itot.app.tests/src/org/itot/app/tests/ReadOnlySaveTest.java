package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorPart;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.testing.ReadOnlyFolder;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.files.UnsavedChanges;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Save into a read-only folder from the diagram editor: an error dialog says why, the editor stays
 * dirty and the model file on disk is untouched.
 */
@ExtendWith(IsolatedWorkbench.class)
class ReadOnlySaveTest {

    @Test
    void saveIntoAReadOnlyFolderShowsWhyAndKeepsTheEditorDirty() throws Exception {
        Path mountPoint = Files.createTempDirectory("itot-readonly").resolve("plants");
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.mount(mountPoint,
                into -> ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), into.resolve("plant.itot")))) {
            assumeTrue(readOnly != null, "mounting a read-only file system is not allowed here");
            Path file = mountPoint.resolve("plant.itot");
            byte[] before = Files.readAllBytes(file);
            OpenModel model = OpenModels.get().open(file);
            ModelFileActions.openFirstDiagram(page(), model);
            IEditorPart editor = page().getActiveEditor();
            EditingDomain domain = model.domain();
            domain.getCommandStack().execute(DiagramEditing.rename(domain, model.model().getZones().get(0), "Unsaved"));
            flush();
            assertTrue(editor.isDirty(), "the edit makes the editor dirty");

            List<String> dialog = new ArrayList<>();
            UiTesting.closeNextDialog(
                    texts -> texts.stream().anyMatch(t -> t.contains("Cannot save") || t.contains("read-only")), dialog);
            // The test harness runs JFace in automated mode, where error dialogs are not shown at all.
            boolean automated = ErrorDialog.AUTOMATED_MODE;
            ErrorDialog.AUTOMATED_MODE = false;
            try {
                editor.doSave(new NullProgressMonitor()); // the editor's Save, as the save workflow test drives it
            } finally {
                ErrorDialog.AUTOMATED_MODE = automated;
            }
            UiTesting.waitUntil(() -> !dialog.isEmpty(), "the save error dialog");
            String text = String.join("\n", dialog);
            System.out.println("Save error dialog:\n" + text);
            assertTrue(text.contains(file.toString()), () -> "the dialog names the file: " + text);
            assertTrue(text.contains("read-only"), () -> "the dialog says the folder is read-only: " + text);
            assertTrue(editor.isDirty(), "the editor is still dirty");
            assertTrue(model.isDirty(), "the model still has its unsaved change");
            assertArrayEquals(before, Files.readAllBytes(file), "the model file is untouched");
            try (var files = Files.list(mountPoint)) {
                assertTrue(files.allMatch(p -> p.getFileName().toString().equals("plant.itot")), "no temporary file");
            }
            UnsavedChanges.setPrompt((shell, dirty) -> UnsavedChanges.Choice.DISCARD);
            try {
                ModelFileActions.close(page(), model);
            } finally {
                UnsavedChanges.setPrompt(null);
            }
        } finally {
            Files.deleteIfExists(mountPoint);
            Files.deleteIfExists(mountPoint.getParent());
        }
    }
}
