package org.itot.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Diagram;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.models.RecentModels;

/** What the File menu does with model files: open, save as, close, revert; shared by handlers and editors. */
public final class ModelFileActions {

    private static final String[] FILTER = { "*.itot", "*" };
    private static final String[] FILTER_NAMES = { "ITOT Architect models (*.itot)", "All files" };

    private ModelFileActions() {
    }

    /**
     * The model the user is working on: the active diagram editor's, or that of the element selected in the active
     * view (the Model Explorer).
     */
    public static Optional<OpenModel> current(IWorkbenchPart part, ISelection selection) {
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof DiagramEditorInput input) {
            return OpenModels.get().find(input.file());
        }
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof EObject element) {
            return OpenModels.get().of(element);
        }
        return Optional.empty();
    }

    /**
     * Opens the model (or brings it forward) with its first diagram; a model without any diagram is selected in the
     * Model Explorer with the offer to create one. A file that cannot be read is explained. The file is read in the
     * background (a large estate takes seconds), so this returns at once; the diagram opens when the model is there.
     */
    public static void open(IWorkbenchPage page, Path file) {
        OpenModels.get().openInBackground(file, model -> showOpened(page, model), failure -> {
            if (!Files.exists(file)) {
                RecentModels.remove(file.toAbsolutePath().normalize());
            }
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open Model", "Cannot open " + file,
                    Status.error(failure.getMessage(), failure));
        });
    }

    /** A model just opened: its first diagram, or, without one, the model in the explorer and the offer of one. */
    public static void showOpened(IWorkbenchPage page, OpenModel model) {
        if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
            return;
        }
        if (model.model().getDiagrams().isEmpty()) {
            NoDiagramPrompt.show(page, model);
        } else {
            openFirstDiagram(page, model);
        }
    }

    public static void openFirstDiagram(IWorkbenchPage page, OpenModel model) {
        if (model.model().getDiagrams().isEmpty()) {
            return;
        }
        Diagram first = model.model().getDiagrams().get(0);
        try {
            page.openEditor(new DiagramEditorInput(model.file(), first.getId(), first.getName()),
                    DiagramEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open Diagram", "Cannot open " + first.getName(),
                    e.getStatus());
        }
    }

    /** File > Open Model...: a file dialog for *.itot files. */
    public static void openWithDialog(IWorkbenchPage page) {
        FileDialog dialog = new FileDialog(page.getWorkbenchWindow().getShell(), SWT.OPEN);
        dialog.setText("Open Model");
        dialog.setFilterExtensions(FILTER);
        dialog.setFilterNames(FILTER_NAMES);
        String chosen = dialog.open();
        if (chosen != null) {
            open(page, Path.of(chosen));
        }
    }

    /** Asks where to save a copy and makes it the model's file; false if the user cancelled or it failed. */
    public static boolean saveAsWithDialog(Shell shell, OpenModel model) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Model As");
        dialog.setFilterExtensions(FILTER);
        dialog.setFilterNames(FILTER_NAMES);
        dialog.setFilterPath(model.file().getParent().toString());
        dialog.setFileName(model.file().getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path target = Path.of(chosen.endsWith(".itot") ? chosen : chosen + ".itot");
        try {
            model.saveAs(target);
            return true;
        } catch (IOException e) {
            ErrorDialog.openError(shell, "Save As", "Cannot save " + model.file().getFileName() + " as " + target,
                    Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
            return false;
        }
    }

    /**
     * Closes a model after asking about unsaved changes: its editors close, it leaves the explorer and the Problems
     * view. Returns false if the user kept it open.
     */
    public static boolean close(IWorkbenchPage page, OpenModel model) {
        if (!UnsavedChanges.confirmClose(page.getWorkbenchWindow().getShell(), List.of(model))) {
            return false;
        }
        page.closeEditors(editorsOf(page, model).toArray(IEditorReference[]::new), false);
        OpenModels.get().close(model);
        return true;
    }

    /** Discards unsaved changes after confirming; the model's editors reopen on the saved diagrams. */
    public static void revert(Shell shell, OpenModel model, boolean confirm) {
        if (!model.isDirty()) {
            return;
        }
        if (confirm && !org.eclipse.jface.dialogs.MessageDialog.openConfirm(shell, "Revert",
                "Discard the unsaved changes to '" + model.file().getFileName() + "' and go back to the saved file?")) {
            return;
        }
        try {
            model.revert();
        } catch (ModelLoadException e) {
            ErrorDialog.openError(shell, "Revert", "Cannot read " + model.file() + " again; nothing was discarded",
                    Status.error(e.getMessage(), e));
        }
    }

    public static List<IEditorReference> editorsOf(IWorkbenchPage page, OpenModel model) {
        return java.util.Arrays.stream(page.getEditorReferences()).filter(reference -> {
            try {
                return reference.getEditorInput() instanceof DiagramEditorInput input && input.file().equals(model.file());
            } catch (PartInitException e) {
                return false;
            }
        }).toList();
    }
}
