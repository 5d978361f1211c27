package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.merge.ui.compare.CompareOverlay;
import org.itot.merge.ui.compare.CompareWith;
import org.itot.merge.ui.compare.ComparisonJob;
import org.itot.merge.ui.compare.ModelCompareView;
import org.itot.model.ItotPackage;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compare With runs in the background (a real Git repository made by JGit): the UI thread keeps processing events
 * while a comparison waits, Cancel leaves the view without a result, a result the model no longer matches (edited or
 * closed meanwhile) is dropped, Branch... lists the repository's branches and compares with the one picked, and a
 * revision without the file, of a newer format, or not there gets a message naming the file and the revision. A comparison is held at a known step by
 * holding the model's write lock on the UI thread, as an edit in progress does: the comparison copies the open model
 * under its read lock.
 */
@ExtendWith(IsolatedWorkbench.class)
class CompareInBackgroundTest {

    @Test
    void theUiThreadStaysResponsiveAndCancelLeavesNoResult() throws Exception {
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            repository.edit(model -> GitModelRepository.asset(model, "ENT-WS-01").setName("Finance PC"));
            repository.commit("rename");
            OpenModel model = OpenModels.get().open(repository.plant);
            IWorkbenchPage page = UiTesting.page();
            ReentrantReadWriteLock lock = ModelEditing.commandStackFor(model.model()).lock();
            ComparisonJob job;
            ModelCompareView view;
            lock.writeLock().lock();
            try {
                job = CompareWith.previousRevision(model, page);
                view = (ModelCompareView) page.findView(ModelCompareView.ID);
                assertNotNull(job, "the comparison started");
                assertTrue(view.statusText().startsWith("Comparing plant.itot with the previous revision"),
                        view.statusText());
                ModelCompareView shown = view;
                // Step 3 copies the model under its read lock, which it cannot get while this thread holds the
                // write lock: the comparison waits there, off the UI thread, until Cancel.
                waitUntil(() -> shown.statusText().contains("Step 3 of 4: copying plant.itot as open now"),
                        "step 3 of the comparison shown in the view");
                // Meanwhile another thread gets a round trip through the UI thread's event loop.
                AtomicBoolean roundTrip = new AtomicBoolean();
                Display display = Display.getCurrent();
                Thread other = new Thread(() -> display.syncExec(() -> roundTrip.set(true)), "round trip");
                other.start();
                waitUntil(roundTrip::get, "a syncExec round trip while the comparison runs");
                assertEquals(Job.RUNNING, job.getState());
                assertNull(view.result(), "no result before the comparison is done");

                IAction cancel = ((ActionContributionItem) view.getViewSite().getActionBars().getToolBarManager()
                        .find(ModelCompareView.CANCEL_ID)).getAction();
                assertTrue(cancel.isEnabled(), "Cancel offered while comparing");
                cancel.run(); // as a click on the view's Cancel button
                assertNull(view.running());
                assertTrue(view.statusText().contains("was cancelled"), view.statusText());
                assertTrue(!cancel.isEnabled(), "nothing left to cancel");
            } finally {
                lock.writeLock().unlock();
            }
            ComparisonJob cancelled = job;
            waitUntil(() -> cancelled.getResult() != null, "the cancelled job over");
            assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "it stopped waiting for the model");
            flush();
            ModelCompareView shown = view;
            assertNull(view.result(), "no half result");
            assertEquals(List.of(), view.lines(), "an empty tree");
            assertTrue(view.statusText().contains("was cancelled"), view.statusText());

            // Still usable: the same comparison runs to the end.
            CompareWith.previousRevision(model, page);
            waitUntil(() -> shown.running() == null, "the second comparison shown");
            assertNotNull(view.result(), view.statusText());
            assertTrue(view.lines().contains("    name: \"Office workstation 1\" -> \"Finance PC\""),
                    String.join("\n", view.lines()));
        }
    }

    @Test
    void aResultOfAModelEditedOrClosedMeanwhileIsDropped() throws Exception {
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            repository.edit(model -> GitModelRepository.asset(model, "ENT-WS-01").setName("Finance PC"));
            repository.commit("rename");
            DiagramEditor editor = repository.openFirstDiagram();
            OpenModel model = editor.getModel();
            IWorkbenchPage page = UiTesting.page();
            flush();

            // The job ends with its outcome queued for the UI thread, which this thread is: the edit comes first.
            ComparisonJob job = CompareWith.previousRevision(model, page);
            ModelCompareView view = (ModelCompareView) page.findView(ModelCompareView.ID);
            assertTrue(job.join(UiTesting.WAIT_MS, null), "the comparison finished");
            CommandStack stack = model.domain().getCommandStack();
            stack.execute(SetCommand.create(model.domain(), GitModelRepository.asset(model.model(), "CTL-PLC-01"),
                    ItotPackage.Literals.MODEL_ELEMENT__NAME, "Renamed meanwhile"));
            waitUntil(() -> view.running() == null, "the outcome of the comparison applied");
            assertNull(view.result(), "a comparison of the model before the edit is not shown");
            assertEquals(List.of(), view.lines());
            assertTrue(view.statusText().contains("changed while it was compared"), view.statusText());
            assertNull(editor.getViewer().layers().getOverlay(CompareOverlay.KEY), "no rings of a stale result");

            // Compared again; the model is closed before the outcome is applied.
            page.closeEditor(editor, false);
            flush();
            job = CompareWith.previousRevision(model, page);
            assertTrue(job.join(UiTesting.WAIT_MS, null), "the second comparison finished");
            OpenModels.get().close(model);
            waitUntil(() -> view.running() == null, "the outcome of the second comparison applied");
            assertNull(view.result(), "a comparison of a closed model is not shown");
            assertTrue(view.statusText().contains("was closed while it was compared"), view.statusText());
        }
    }

    @Test
    void branchListsTheBranchesAndComparesWithThePickedOne() throws Exception {
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            repository.git.checkout().setCreateBranch(true).setName("feature").call();
            repository.edit(model -> GitModelRepository.asset(model, "ENT-WS-01").setName("Feature PC"));
            repository.commit("feature: rename");
            repository.git.checkout().setName("main").call();

            DiagramEditor editor = repository.openFirstDiagram();
            IWorkbenchPage page = UiTesting.page();
            flush();
            List<String> listed = new ArrayList<>();
            AtomicBoolean picked = new AtomicBoolean();
            pickInBranchDialog("feature", listed, picked);
            page.getWorkbenchWindow().getService(IHandlerService.class)
                    .executeCommand("org.itot.merge.ui.compareBranch", null);
            assertTrue(picked.get(), "the branch dialog opened and feature was picked: " + listed);
            assertTrue(listed.containsAll(List.of("main", "feature")), listed.toString());

            ModelCompareView view = (ModelCompareView) page.findView(ModelCompareView.ID);
            waitUntil(() -> view.running() == null, "the comparison with feature shown");
            assertNotNull(view.result(), view.statusText());
            assertTrue(view.statusText().startsWith("plant.itot: feature -> as open now. 0 added, 0 removed, 1 "
                    + "changed"), view.statusText());
            List<String> lines = view.lines();
            int changed = lines.indexOf("  Asset ENT-WS-01 (Office workstation 1)");
            assertTrue(changed >= 0, String.join("\n", lines));
            assertEquals("    name: \"Feature PC\" -> \"Office workstation 1\"", lines.get(changed + 1));
            page.closeEditor(editor, false);
        }
    }

    @Test
    void aRevisionWithoutTheFileOfANewerFormatOrNotThereGetsAMessageNamingFileAndRevision() throws Exception {
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            repository.git.checkout().setCreateBranch(true).setName("without-plant").call();
            repository.git.rm().addFilepattern("plant.itot").call();
            PersonIdent tester = new PersonIdent("Tester", "tester@example.org");
            repository.git.commit().setMessage("remove the plant").setAuthor(tester).setCommitter(tester)
                    .setSign(false).call();
            repository.git.checkout().setName("main").call();
            repository.git.checkout().setCreateBranch(true).setName("future").call();
            String text = Files.readString(repository.plant);
            String future = text.replaceFirst("formatVersion=\"[0-9.]+\"", "formatVersion=\"9.0\"");
            assertTrue(!future.equals(text), "the file names its format version");
            Files.writeString(repository.plant, future);
            repository.commit("written by a future version");
            repository.git.checkout().setName("main").call();
            OpenModel model = OpenModels.get().open(repository.plant);
            IWorkbenchPage page = UiTesting.page();

            CompareWith.revision(model, "without-plant", "without-plant", page);
            ModelCompareView view = (ModelCompareView) page.findView(ModelCompareView.ID);
            waitUntil(() -> view.running() == null, "the comparison with without-plant over");
            assertNull(view.result());
            assertTrue(view.statusText().startsWith("without-plant:plant.itot: plant.itot is not in revision "
                    + "without-plant"), view.statusText());

            CompareWith.revision(model, "future", "future", page);
            waitUntil(() -> view.running() == null, "the comparison with future over");
            assertNull(view.result());
            assertTrue(view.statusText().contains("future:plant.itot")
                    && view.statusText().contains("written by a newer ITOT Architect (format 9.0)"),
                    view.statusText());

            CompareWith.revision(model, "no-such-branch", "no-such-branch", page);
            waitUntil(() -> view.running() == null, "the comparison with no-such-branch over");
            assertNull(view.result());
            assertTrue(view.statusText().startsWith("no-such-branch:plant.itot: no revision 'no-such-branch' in "
                    + "the repository"), view.statusText());
        }
    }

    /**
     * From inside the branch dialog's event loop (bounded): collects the names it lists, selects {@code branch} and
     * presses OK, as a user does.
     */
    private static void pickInBranchDialog(String branch, List<String> listed, AtomicBoolean picked) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + UiTesting.WAIT_MS;
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed() && shell.isVisible()
                            && CompareWith.BranchHandler.TITLE.equals(shell.getText())) {
                        // The dialog's list fills in a UI job of its own: wait until it holds the branch.
                        Table table = find(shell, Table.class, null);
                        Button ok = find(shell, Button.class, IDialogConstants.OK_LABEL);
                        List<String> items = new ArrayList<>();
                        for (TableItem item : table == null ? new TableItem[0] : table.getItems()) {
                            items.add(item.getText());
                        }
                        int index = items.indexOf(branch);
                        if (index >= 0 && ok != null) {
                            table.setSelection(index);
                            table.notifyListeners(SWT.Selection, new Event());
                            if (ok.isEnabled()) {
                                listed.addAll(items);
                                picked.set(true);
                                ok.notifyListeners(SWT.Selection, new Event());
                                return;
                            }
                        }
                        if (System.currentTimeMillis() >= deadline) {
                            listed.addAll(items);
                            shell.close();
                            return;
                        }
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(50, this);
                }
            }
        });
    }

    private static <T extends Control> T find(Control control, Class<T> type, String text) {
        if (type.isInstance(control) && (text == null || control instanceof Button button
                && text.equals(button.getText()))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
