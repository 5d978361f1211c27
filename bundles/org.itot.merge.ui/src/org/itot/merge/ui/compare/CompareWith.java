package org.itot.merge.ui.compare;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.merge.git.GitModelException;
import org.itot.merge.git.ModelHistory;
import org.itot.ui.explorer.ExplorerNode;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * Compare With > Previous Revision and Compare With > Branch... on a model (its Model Explorer entry or its diagram
 * editor), as EGit's Team menu has them: the revision is read from the Git repository around the model file through
 * JGit ({@link ModelHistory}, which {@code itot diff REV:PATH} uses too) and compared with the model as it is open, in
 * the Model Compare view. The comparison runs as a {@link ComparisonJob} with progress and Cancel; the view says what
 * it compares meanwhile, and why nothing was compared (a file outside Git, no earlier revision, no such branch).
 */
public final class CompareWith {

    public static final String DIALOG_TITLE = "Compare With";

    private CompareWith() {
    }

    /**
     * Compares the model with the last commit that changed its file before HEAD's version, in the background; the
     * Model Compare view opens at once and shows the outcome. Returns the job, or null when the view did not open.
     */
    public static ComparisonJob previousRevision(OpenModel model, IWorkbenchPage page) {
        return start(model, null, "the previous revision", page);
    }

    /**
     * Compares the model with its file at {@code revision} (a branch, tag or commit), in the background, as
     * {@link #previousRevision} does; {@code shown} names the revision in the view.
     */
    public static ComparisonJob revision(OpenModel model, String revision, String shown, IWorkbenchPage page) {
        return start(model, revision, shown, page);
    }

    private static ComparisonJob start(OpenModel model, String revision, String shown, IWorkbenchPage page) {
        ModelCompareView view;
        try {
            view = (ModelCompareView) page.showView(ModelCompareView.ID);
        } catch (PartInitException e) {
            ILog.of(CompareWith.class).error("Model Compare view did not open", e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), DIALOG_TITLE,
                    "The Model Compare view did not open: " + e.getMessage());
            return null;
        }
        ComparisonJob job = new ComparisonJob(model, revision, shown, view);
        view.comparing(job);
        return job;
    }

    static String notInGit(String name) {
        return name + " is not in a Git repository, so it has no revisions to compare with. Compare With reads "
                + "earlier revisions from Git: put its folder under Git (git init, git add, git commit) first.";
    }

    /** The open model a command is for: the active diagram editor's, or that of the Model Explorer selection. */
    static OpenModel target(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof DiagramEditor editor) {
            return editor.getModel();
        }
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && !selection.isEmpty()) {
            Object first = selection.getFirstElement();
            EObject element = first instanceof EObject object ? object
                    : first instanceof ExplorerNode node ? node.model() : null;
            return OpenModels.get().of(element).orElse(null);
        }
        return HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor ? editor.getModel() : null;
    }

    /** A Compare With command: finds the model it is for, or says how to pick one. */
    private abstract static class CompareHandler extends AbstractHandler {
        @Override
        public final Object execute(ExecutionEvent event) {
            OpenModel model = target(event);
            Shell shell = HandlerUtil.getActiveShell(event);
            if (model == null) {
                MessageDialog.openInformation(shell, DIALOG_TITLE,
                        "Select a model in the Model Explorer or open its diagram to compare it.");
            } else {
                compare(model, shell, HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
            }
            return null;
        }

        abstract void compare(OpenModel model, Shell shell, IWorkbenchPage page);
    }

    /** Compare With > Previous Revision. */
    public static final class PreviousRevisionHandler extends CompareHandler {
        @Override
        void compare(OpenModel model, Shell shell, IWorkbenchPage page) {
            previousRevision(model, page);
        }
    }

    /**
     * Compare With > Branch...: a local or remote branch, or a tag, picked from a list. Listing the refs reads only
     * the repository's ref database, which is quick; a file outside Git, or a repository that cannot be read, gets
     * its message in the Model Compare view as a comparison's failure does.
     */
    public static final class BranchHandler extends CompareHandler {
        /** The branch dialog's title, which tests look for. */
        public static final String TITLE = "Compare With Branch or Tag";

        @Override
        void compare(OpenModel model, Shell shell, IWorkbenchPage page) {
            Path file = model.file();
            List<String> refs;
            try {
                refs = ModelHistory.isInRepository(file) ? ModelHistory.refs(file) : null;
            } catch (GitModelException e) {
                showProblem(page, e.getMessage());
                return;
            }
            if (refs == null) {
                showProblem(page, notInGit(file.getFileName().toString()));
                return;
            }
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
            dialog.setTitle(TITLE);
            dialog.setMessage("Compare " + file.getFileName()
                    + " as open now with its version on (local branches, remote branches, tags):");
            dialog.setElements(refs.toArray());
            dialog.setMultipleSelection(false);
            if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String ref) {
                revision(model, ref, ref, page);
            }
        }

        private static void showProblem(IWorkbenchPage page, String message) {
            try {
                ((ModelCompareView) page.showView(ModelCompareView.ID)).showProblem(message);
            } catch (PartInitException e) {
                ILog.of(CompareWith.class).error("Model Compare view did not open", e);
                MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), DIALOG_TITLE, message);
            }
        }
    }
}
