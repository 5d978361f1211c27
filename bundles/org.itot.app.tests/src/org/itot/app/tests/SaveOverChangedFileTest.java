package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.FileChangedOnDiskException;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.files.UnsavedChanges;
import org.itot.ui.files.UnsavedChanges.Choice;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desktop saving over a model that a command (here the same save an {@code itot import} does) wrote since the
 * desktop opened it: Save refuses instead of silently throwing the command's change away; after Revert the model
 * stands for the file as it is and saves again.
 */
@ExtendWith(IsolatedWorkbench.class)
class SaveOverChangedFileTest {

    @Test
    void saveRefusesAFileChangedOnDiskAndRevertTakesItIn() throws Exception {
        Path file = Files.createTempDirectory("itot-changed").resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);
        try {
            ArchitectureModel imported = ModelFiles.load(file);
            imported.getZones().get(0).setName("Renamed by an import");
            ModelFiles.save(imported, file);
            byte[] importedBytes = Files.readAllBytes(file);

            EditingDomain domain = model.domain();
            domain.getCommandStack().execute(DiagramEditing.rename(domain, model.model().getZones().get(1),
                    "Edited in the desktop"));
            flush();
            assertThrows(FileChangedOnDiskException.class, model::save);
            assertArrayEquals(importedBytes, Files.readAllBytes(file), "the import's change is kept");
            assertTrue(model.isDirty(), "the desktop's change is kept too, unsaved");

            ModelFileActions.revert(page().getWorkbenchWindow().getShell(), model, false);
            assertTrue(model.model().getZones().get(0).getName().equals("Renamed by an import"));
            domain.getCommandStack().execute(DiagramEditing.rename(domain, model.model().getZones().get(1),
                    "Edited after revert"));
            flush();
            model.save();
            String saved = Files.readString(file);
            assertTrue(saved.contains("Renamed by an import") && saved.contains("Edited after revert"), saved);
            assertFalse(model.isDirty());
        } finally {
            UnsavedChanges.setPrompt((shell, dirty) -> Choice.DISCARD); // a failed step must not leave a prompt
            try {
                ModelFileActions.close(page(), model);
            } finally {
                UnsavedChanges.setPrompt(null);
            }
        }
    }
}
