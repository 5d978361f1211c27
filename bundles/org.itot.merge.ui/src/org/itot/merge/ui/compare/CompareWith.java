package org.itot.merge.ui.compare;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
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
import org.itot.ui.preferences.RulePacks;

/**
 * Compare With > Previous Revision and Compare With > Branch... on a model (its Model Explorer entry or its diagram
 * editor), as EGit's Team menu has them: the revision is read from the Git repository around the model file through
 * JGit ({@link ModelHistory}, which {@code itot diff REV:PATH} uses too) and compared with the model as it is open, in
 * the Model Compare view. A file outside Git, or without an earlier revision, gets a message and nothing opens.
 */
public final class CompareWith {

    public static final String DIALOG_TITLE = "Compare With";

    private CompareWith() {
    }

    /**
     * Compares the model with the last commit that changed its file before HEAD's version; returns null when the view
     * shows it, or the message that says why not.
     */
    public static String previousRevision(OpenModel model, IWorkbenchPage page) {
        Path file = model.file();
        String name = file.getFileName().toString();
        if (!ModelHistory.isInRepository(file)) {
            return notInGit(name);
        }
        try {
            Optional<ModelHistory.Revision> previous = ModelHistory.previousRevision(file);
            if (previous.isEmpty()) {
                return name + " has no earlier revision in Git: no commit before HEAD's version changed it (it is "
                        + "new, or not committed yet). Commit a change of it, then compare again.";
            }
            ModelHistory.Revision revision = previous.get();
            return revision(model, revision.id(), revision.shortId() + " \"" + revision.message() + "\" ("
                    + revision.author() + ")", page);
        } catch (GitModelException e) {
            return e.getMessage();
        }
    }

    /** Compares the model with its file at {@code revision} (a branch, tag or commit); null, or why not. */
    public static String revision(OpenModel model, String revision, String shown, IWorkbenchPage page) {
        Path file = model.file();
        if (!ModelHistory.isInRepository(file)) {
            return notInGit(file.getFileName().toString());
        }
        try {
            ModelHistory.RevisionModel old = ModelHistory.load(file, revision,
                    revision + ":" + file.getFileName());
            ModelCompareResult[] result = new ModelCompareResult[1];
            BusyIndicator.showWhile(page.getWorkbenchWindow().getShell().getDisplay(),
                    () -> result[0] = ModelCompareResult.compare(file, shown, old.model(), model.model(),
                            RulePacks.configuration()));
            ModelCompareView view = (ModelCompareView) page.showView(ModelCompareView.ID);
            view.show(result[0]);
            return null;
        } catch (GitModelException e) {
            return e.getMessage();
        } catch (PartInitException e) {
            ILog.of(CompareWith.class).error("Model Compare view did not open", e);
            return "The Model Compare view did not open: " + e.getMessage();
        }
    }

    private static String notInGit(String name) {
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

    static void report(Shell shell, String message) {
        if (message != null) {
            MessageDialog.openInformation(shell, DIALOG_TITLE, message);
        }
    }

    /** A Compare With command: finds the model it is for, or says how to pick one. */
    private abstract static class CompareHandler extends AbstractHandler {
        @Override
        public final Object execute(ExecutionEvent event) {
            OpenModel model = target(event);
            Shell shell = HandlerUtil.getActiveShell(event);
            if (model == null) {
                report(shell, "Select a model in the Model Explorer or open its diagram to compare it.");
            } else {
                report(shell, compare(model, shell, HandlerUtil.getActiveWorkbenchWindow(event).getActivePage()));
            }
            return null;
        }

        /** Compares and returns null, or the message that says why nothing opened. */
        abstract String compare(OpenModel model, Shell shell, IWorkbenchPage page);
    }

    /** Compare With > Previous Revision. */
    public static final class PreviousRevisionHandler extends CompareHandler {
        @Override
        String compare(OpenModel model, Shell shell, IWorkbenchPage page) {
            return previousRevision(model, page);
        }
    }

    /** Compare With > Branch...: a local or remote branch, or a tag, picked from a list. */
    public static final class BranchHandler extends CompareHandler {
        @Override
        String compare(OpenModel model, Shell shell, IWorkbenchPage page) {
            Path file = model.file();
            if (!ModelHistory.isInRepository(file)) {
                return notInGit(file.getFileName().toString());
            }
            try {
                ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
                dialog.setTitle("Compare With Branch or Tag");
                dialog.setMessage("Compare " + file.getFileName()
                        + " as open now with its version on (local branches, remote branches, tags):");
                dialog.setElements(ModelHistory.refs(file).toArray());
                dialog.setMultipleSelection(false);
                if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String ref) {
                    return revision(model, ref, ref, page);
                }
                return null;
            } catch (GitModelException e) {
                return e.getMessage();
            }
        }
    }
}
