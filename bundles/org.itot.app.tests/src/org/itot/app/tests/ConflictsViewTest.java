package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.merge.MergeConflict;
import org.itot.merge.ModelMerge;
import org.itot.merge.git.ModelHistory;
import org.itot.merge.ui.conflicts.ConflictResolution.Choice;
import org.itot.merge.ui.conflicts.ConflictsView;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.resource.ModelFiles;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Merge Conflicts view after a real conflicted merge (two branches made with JGit, each renaming one workstation
 * and updating one PLC's firmware differently): it lists both conflicts from Git's index stages, applies theirs for
 * one and ours for the other as one undoable command, and Mark Resolved saves and stages the file, which then loads
 * with the chosen values.
 */
@ExtendWith(IsolatedWorkbench.class)
class ConflictsViewTest {

    @Test
    void theirsForOneConflictAndOursForAnotherAsOneUndoableCommandThenMarkResolved() throws Exception {
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            repository.git.checkout().setCreateBranch(true).setName("theirs").call();
            repository.edit(model -> {
                GitModelRepository.asset(model, "ENT-WS-01").setName("HR PC");
                GitModelRepository.asset(model, "CTL-PLC-01").setFirmware("3.0");
            });
            repository.commit("theirs: rename and firmware 3.0");
            repository.git.checkout().setName("main").call();
            repository.edit(model -> {
                GitModelRepository.asset(model, "ENT-WS-01").setName("Finance PC");
                GitModelRepository.asset(model, "CTL-PLC-01").setFirmware("2.5");
            });
            repository.commit("ours: rename and firmware 2.5");
            // JGit's line merge stops on the model (both edits on the same lines) and leaves base, ours and theirs
            // in the index as stages 1, 2 and 3, as git merge does; the working file then gets what the itot merge
            // driver writes: the merged model with ours in each conflict.
            MergeStatus status = repository.git.merge().include(repository.git.getRepository().resolve("theirs"))
                    .call().getMergeStatus();
            assertEquals(MergeStatus.CONFLICTING, status);
            ModelHistory.ConflictStages stages = ModelHistory.conflictStages(repository.plant).orElseThrow();
            ModelFiles.save(ModelMerge.merge(stages.base(), stages.ours(), stages.theirs()).merged(),
                    repository.plant);

            DiagramEditor editor = repository.openFirstDiagram();
            OpenModel model = editor.getModel();
            IWorkbenchPage page = UiTesting.page();
            ConflictsView view = (ConflictsView) page.showView(ConflictsView.ID);
            try {
                view.show(model);
                // Read from Git in the background: the view says so until the outcome reaches the UI thread.
                assertTrue(view.isLoading(), "show returns before the merge is read");
                assertTrue(view.statusText().startsWith("Reading the merge of plant.itot from Git"),
                        view.statusText());
                assertEquals(List.of(), view.conflicts());
                UiTesting.waitUntil(() -> !view.isLoading(), "the conflicts read from Git's index");
                List<MergeConflict> conflicts = view.conflicts();
                assertEquals(2, conflicts.size(), view.statusText() + " " + conflicts);
                MergeConflict name = conflict(conflicts, "ENT-WS-01", "name");
                MergeConflict firmware = conflict(conflicts, "CTL-PLC-01", "firmware");
                assertEquals(List.of("Office workstation 1", "Finance PC", "HR PC"),
                        List.of(name.base(), name.ours(), name.theirs()));
                assertEquals(Choice.OURS, view.choice(name), "every conflict starts as ours, which the file holds");
                view.choose(firmware, Choice.edit("2.7"));
                assertEquals(Choice.edit("2.7"), view.choice(firmware), "an edited value is a choice too");

                view.choose(name, Choice.THEIRS);
                view.choose(firmware, Choice.OURS);
                CommandStack stack = model.domain().getCommandStack();
                assertFalse(stack.canUndo());
                assertNull(view.apply());
                Asset workstation = GitModelRepository.asset(model.model(), "ENT-WS-01");
                Asset plc = GitModelRepository.asset(model.model(), "CTL-PLC-01");
                assertEquals("HR PC", workstation.getName());
                assertEquals("2.5", plc.getFirmware());
                assertEquals("Resolve Merge Conflicts", stack.getUndoCommand().getLabel());

                stack.undo();
                assertEquals("Finance PC", workstation.getName(), "one undo restores ours");
                assertFalse(stack.canUndo(), "the choices were one command");
                stack.redo();
                assertEquals("HR PC", workstation.getName());

                assertNull(view.markResolved());
                UiTesting.waitUntil(() -> !view.isLoading(), "the conflicts read again after Mark Resolved");
                assertTrue(ModelHistory.conflictStages(repository.plant).isEmpty(), "staged: no conflict left");
                assertTrue(view.statusText().contains("no merge conflicts"), view.statusText());
                assertFalse(model.isDirty());
                ArchitectureModel resolved = ModelFiles.load(repository.plant);
                assertEquals("HR PC", GitModelRepository.asset(resolved, "ENT-WS-01").getName());
                assertEquals("2.5", GitModelRepository.asset(resolved, "CTL-PLC-01").getFirmware());
            } finally {
                page.hideView(view);
                page.closeEditor(editor, false);
                OpenModels.get().close(model);
                UiTesting.flush();
            }
        }
    }

    private static MergeConflict conflict(List<MergeConflict> conflicts, String id, String feature) {
        return conflicts.stream().filter(c -> c.elementId().equals(id) && c.feature().equals(feature)).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict " + id + " " + feature + " in " + conflicts));
    }
}
