package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.itot.app.ItotWorkbenchAdvisor;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.files.Autosave;
import org.itot.ui.files.AutosaveRecovery;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.files.UnsavedChanges.Choice;
import org.itot.ui.files.UnsavedChanges;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing is lost silently: closing a changed model asks (Save, Don't Save, Cancel), changed models are autosaved
 * within the configured seconds, and an autosave left by a crash is offered and recovered on the next start.
 */
@ExtendWith(IsolatedWorkbench.class)
class UnsavedChangesAndAutosaveTest {

    private final List<List<OpenModel>> asked = new ArrayList<>();

    @AfterEach
    void restore() {
        UnsavedChanges.setPrompt(null);
        AutosaveRecovery.setPrompt(null);
        ItotPreferences.store().setToDefault(ItotPreferences.AUTOSAVE_SECONDS);
    }

    @Test
    void closingADirtyModelAsksAndFollowsTheAnswer() throws Exception {
        OpenModel model = openTemplate("ask.itot");
        String onDisk = Files.readString(model.file());
        answer(null);
        assertTrue(ModelFileActions.close(page(), openTemplate("clean.itot")), "a clean model closes");
        assertTrue(asked.isEmpty(), "without a question");

        edit(model, "Changed");
        answer(Choice.CANCEL);
        assertFalse(ModelFileActions.close(page(), model), "Cancel keeps the model open");
        assertEquals(List.of(List.of(model)), asked);
        assertSame(model, OpenModels.get().find(model.file()).orElseThrow());
        assertTrue(model.isDirty(), "with its changes");

        answer(Choice.DISCARD);
        assertTrue(ModelFileActions.close(page(), model), "Don't Save closes");
        assertTrue(OpenModels.get().find(model.file()).isEmpty());
        assertEquals(onDisk, Files.readString(model.file()), "and the file is as it was");

        OpenModel second = openTemplate("save.itot");
        ModelFileActions.openFirstDiagram(page(), second);
        edit(second, "Saved on close");
        answer(Choice.SAVE);
        assertTrue(ModelFileActions.close(page(), second), "Save closes");
        assertTrue(Files.readString(second.file()).contains("Saved on close"), "after saving");
        assertTrue(ModelFileActions.editorsOf(page(), second).isEmpty(), "its editor closed too");
    }

    @Test
    void closingADiagramKeepsTheChangesAndLeavingTheProgramAsks() throws Exception {
        OpenModel model = openTemplate("exit.itot");
        ModelFileActions.openFirstDiagram(page(), model);
        edit(model, "Unsaved at exit");
        List<String> dialogs = new ArrayList<>();
        // A dialog would block the test: close whatever opens, and remember that it did.
        Display display = Display.getCurrent();
        Runnable closeDialogs = () -> {
            for (Shell shell : display.getShells()) {
                if (shell != page().getWorkbenchWindow().getShell() && shell.isVisible()) {
                    dialogs.add(shell.getText());
                    shell.close();
                }
            }
        };
        display.timerExec(2000, closeDialogs);
        assertTrue(page().closeEditor(page().getActiveEditor(), true));
        flush();
        display.timerExec(-1, closeDialogs);
        assertEquals(List.of(), dialogs, "closing a diagram does not ask");
        assertSame(model, OpenModels.get().find(model.file()).orElseThrow(), "the model stays open");
        assertTrue(model.isDirty(), "with its changes");

        answer(Choice.CANCEL);
        assertFalse(ItotWorkbenchAdvisor.mayExit(page().getWorkbenchWindow().getShell()), "Cancel keeps running");
        assertEquals(List.of(List.of(model)), asked, "asked about the model no editor shows");
        answer(Choice.DISCARD);
        assertTrue(ItotWorkbenchAdvisor.mayExit(page().getWorkbenchWindow().getShell()), "Don't Save exits");
        assertTrue(ModelFileActions.close(page(), model));
    }

    @Test
    void aChangedModelIsAutosavedWithinTheConfiguredSeconds() throws Exception {
        ItotPreferences.store().setValue(ItotPreferences.AUTOSAVE_SECONDS, 1);
        OpenModel model = openTemplate("autosaved.itot");
        Autosave autosave = Autosave.workbench();
        Path copy = autosave.copyOf(model.file());
        edit(model, "Autosaved name");
        long changed = System.currentTimeMillis();
        waitUntil(() -> Files.isRegularFile(copy), "autosave of " + model.file());
        assertTrue(System.currentTimeMillis() - changed < 5_000, "within a few seconds");
        assertTrue(Files.readString(copy).contains("Autosaved name"), "the copy has the change");
        assertFalse(Files.readString(model.file()).contains("Autosaved name"), "the model file is untouched");
        assertTrue(copy.startsWith(autosave.folder()));

        model.save();
        assertFalse(Files.exists(copy), "saving deletes the autosave");
        answer(null);
        assertTrue(ModelFileActions.close(page(), model));
    }

    @Test
    void anAutosaveNewerThanTheFileIsOfferedAndRecovered() throws Exception {
        OpenModel model = openTemplate("crashed.itot");
        Path file = model.file();
        String onDisk = Files.readString(file);
        Path crashFolder = Files.createTempDirectory("itot-autosave");
        Autosave writer = new Autosave(Files.createTempDirectory("itot-autosave-live"), () -> 0);
        edit(model, "Recovered name");
        assertEquals(1, writer.autosaveNow(), "one changed model");
        assertEquals(0, writer.autosaveNow(), "nothing new to write");
        // The crash: the copies stay behind while the model goes without being saved.
        try (var files = Files.list(writer.folder())) {
            for (Path each : files.toList()) {
                Files.copy(each, crashFolder.resolve(each.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        answer(Choice.DISCARD);
        assertTrue(ModelFileActions.close(page(), model));

        Autosave nextStart = new Autosave(crashFolder, () -> 0);
        List<Autosave.Recoverable> pending = nextStart.pending();
        assertEquals(1, pending.size());
        assertEquals(file, pending.get(0).original());
        List<Path> offered = new ArrayList<>();
        AutosaveRecovery.setPrompt((shell, recoverable) -> offered.add(recoverable.original()));
        AutosaveRecovery.offer(nextStart, page());
        flush();
        assertEquals(List.of(file), offered, "the user was asked about the model");

        OpenModel recovered = OpenModels.get().find(file).orElseThrow();
        assertEquals("Recovered name", recovered.model().getZones().get(0).getName(), "the autosaved change is back");
        assertTrue(recovered.isDirty(), "unsaved, for the user to save or undo");
        assertEquals(onDisk, Files.readString(file));
        assertTrue(nextStart.pending().isEmpty(), "the autosave is used up");
        assertFalse(ModelFileActions.editorsOf(page(), recovered).isEmpty(), "its diagram opened");

        recovered.domain().getCommandStack().undo();
        flush();
        assertFalse(recovered.isDirty(), "undo goes back to the file's contents");
        assertTrue(ModelFileActions.close(page(), recovered));
    }

    @Test
    void anAutosaveOlderThanItsFileIsStaleAndDeleted() throws Exception {
        OpenModel model = openTemplate("stale.itot");
        Autosave writer = new Autosave(Files.createTempDirectory("itot-stale-live"), () -> 0);
        edit(model, "Later saved");
        writer.autosaveNow();
        Path leftBehind = Files.createTempDirectory("itot-stale");
        try (var files = Files.list(writer.folder())) {
            for (Path each : files.toList()) {
                Files.copy(each, leftBehind.resolve(each.getFileName()));
            }
        }
        Autosave nextStart = new Autosave(leftBehind, () -> 0);
        Path copy = nextStart.copyOf(model.file());
        Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        model.save();
        assertTrue(nextStart.pending().isEmpty(), "the file is newer: nothing to recover");
        assertFalse(Files.exists(copy), "the stale copy is gone");
        assertTrue(ModelFileActions.close(page(), model));
    }

    private void answer(Choice choice) {
        UnsavedChanges.setPrompt((shell, dirty) -> {
            asked.add(List.copyOf(dirty));
            if (choice == null) {
                throw new AssertionError("asked about " + dirty + " although nothing needed saving");
            }
            return choice;
        });
    }

    private static OpenModel openTemplate(String name) throws Exception {
        Path file = Files.createTempDirectory("itot-unsaved").resolve(name);
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        return OpenModels.get().open(file);
    }

    private static void edit(OpenModel model, String zoneName) {
        EditingDomain domain = model.domain();
        domain.getCommandStack().execute(DiagramEditing.rename(domain, model.model().getZones().get(0), zoneName));
        flush();
    }
}
