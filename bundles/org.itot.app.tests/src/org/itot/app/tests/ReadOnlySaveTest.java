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

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
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
 * Save into a read-only folder, as the user does it (File > Save in the diagram editor): an error
 * dialog says why, the editor stays dirty and the model file on disk is untouched.
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
            IHandlerService handlers = page().getWorkbenchWindow().getService(IHandlerService.class);
            try {
                handlers.executeCommand("org.eclipse.ui.file.save", null);
            } catch (Exception e) {
                dialog.add("command failed: " + e);
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (dialog.isEmpty() && System.currentTimeMillis() < deadline) {
                flush();
                Thread.sleep(50);
            }
            String text = String.join("\n", dialog);
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
        }
    }

    /** Collects the texts of the next dialog that opens (modal: from inside its own event loop) and closes it. */
    private static void closeTheNextDialog(List<String> into) {
        Display display = Display.getCurrent();
        Shell workbench = page().getWorkbenchWindow().getShell();
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell != workbench && shell.isVisible() && !shell.isDisposed()) {
                        List<String> texts = new ArrayList<>();
                        texts.add(shell.getText());
                        collect(shell, texts);
                        shell.close();
                        into.addAll(texts);
                        return;
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
