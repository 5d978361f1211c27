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
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
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

/**
 * Save into a read-only folder from the diagram editor: an error dialog says why, the editor stays
 * dirty and the model file on disk is untouched.
 */
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
            closeTheNextDialog(dialog);
            // The test harness runs JFace in automated mode, where error dialogs are not shown at all.
            boolean automated = ErrorDialog.AUTOMATED_MODE;
            ErrorDialog.AUTOMATED_MODE = false;
            try {
                editor.doSave(new NullProgressMonitor()); // the editor's Save, as the save workflow test drives it
            } finally {
                ErrorDialog.AUTOMATED_MODE = automated;
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (dialog.isEmpty() && System.currentTimeMillis() < deadline) {
                flush();
                Thread.sleep(50);
            }
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

    /**
     * Collects the texts of the next dialog that opens with some text (modal: from inside its own event
     * loop) and closes it. Shells open before, and shells without text (tool tips), are not it.
     */
    private static void closeTheNextDialog(List<String> into) {
        Display display = Display.getCurrent();
        List<Shell> before = List.of(display.getShells());
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
                        List<String> texts = new ArrayList<>();
                        texts.add(shell.getText());
                        collect(shell, texts);
                        if (texts.stream().anyMatch(text -> text.contains("Cannot save") || text.contains("read-only"))) {
                            into.addAll(texts);
                            shell.close();
                            return;
                        }
                    }
                }
                display.timerExec(100, this);
            }
        });
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        } else if (control instanceof Text text) {
            texts.add(text.getText());
        } else if (control instanceof StyledText styled) {
            texts.add(styled.getText());
        } else if (control instanceof org.eclipse.swt.widgets.List list) {
            texts.addAll(List.of(list.getItems()));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
