package org.itot.merge.ui.conflicts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.merge.MergeConflict;
import org.itot.merge.MergeInputException;
import org.itot.merge.MergeResult;
import org.itot.merge.ModelMerge;
import org.itot.merge.git.GitModelException;
import org.itot.merge.git.ModelHistory;
import org.itot.merge.ui.conflicts.ConflictResolution.Choice;
import org.itot.model.ArchitectureModel;
import org.itot.ui.models.OpenModel;
import org.itot.ui.swt.TextColumns;

/**
 * Merge Conflicts: after {@code git merge} stopped on a model (the itot merge driver kept ours in each conflict and
 * exited 1), Git keeps base, ours and theirs in its index (stages 1, 2, 3) until the file is added. The view reads
 * them through JGit and merges them again with {@link ModelMerge}, which lists the same conflicts the driver printed,
 * with nothing persisted besides what Git already keeps. The user picks ours, theirs or an edited value per
 * conflict; Apply Choices changes the model in one undoable command; Mark Resolved saves and stages the file
 * ({@code git add}), as EGit's "Add to Index" does after a merge.
 */
public final class ConflictsView extends ViewPart {

    public static final String ID = "org.itot.merge.ui.conflictsView";

    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof DiagramEditor editor && editor.getModel() != model) {
                show(editor.getModel());
            }
        }
    };

    private OpenModel model;
    private List<MergeConflict> conflicts = List.of();
    private final Map<MergeConflict, Choice> choices = new LinkedHashMap<>();
    private ConflictResolution resolution;
    /** The read of the shown model's conflicts while it runs; the outcome of any other is dropped. */
    private Job loading;
    private Label status;
    private TableViewer table;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        area.setLayout(columns);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column(columns, "Element", 20, c -> c.type() + " " + c.elementId() + " (" + c.label() + ")");
        column(columns, "Feature", 12, MergeConflict::feature);
        column(columns, "Base", 15, MergeConflict::base);
        column(columns, "Ours", 15, MergeConflict::ours);
        column(columns, "Theirs", 15, MergeConflict::theirs);
        column(columns, "Choice", 12, c -> String.valueOf(choices.get(c)));
        table.setContentProvider(ArrayContentProvider.getInstance());
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "Take &Ours", () -> chooseSelected(Choice.OURS));
        button(buttons, "Take &Theirs", () -> chooseSelected(Choice.THEIRS));
        button(buttons, "&Edit Value...", this::editSelected);
        button(buttons, "&Apply Choices", () -> report(apply()));
        button(buttons, "&Mark Resolved", () -> report(markResolved()));
        button(buttons, "&Refresh", () -> show(model));
        getSite().setSelectionProvider(table);
        getSite().getPage().addPartListener(editorListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        show(active instanceof DiagramEditor editor ? editor.getModel() : null);
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<MergeConflict, String> text) {
        TextColumns.add(table, layout, title, weight, 40, MergeConflict.class, text);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    /**
     * Lists the conflicts Git's index holds for this model's file (null: none), every choice ours. Reading the three
     * sides from Git and merging them again takes seconds on a large model, so it runs in the background (the status
     * says so meanwhile) and only the latest model's list is shown: the view follows the active diagram editor.
     */
    public void show(OpenModel shown) {
        model = shown;
        conflicts = List.of();
        choices.clear();
        resolution = null;
        table.setInput(conflicts);
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        if (shown == null) {
            status("Open the diagram of a model that git merge left conflicted to resolve its conflicts here.");
            return;
        }
        status("Reading the merge of " + shown.file().getFileName() + " from Git\u2026");
        loading = new LoadJob(shown);
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(loading);
        } else {
            loading.schedule();
        }
    }

    /** Whether the conflicts of the model shown are still being read. */
    public boolean isLoading() {
        return loading != null;
    }

    private void status(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    /** What the background read found: the conflicts and their side to take theirs from, or why there are none. */
    private record Loaded(String message, List<MergeConflict> conflicts, ArchitectureModel theirs) {
    }

    /** Reads the index stages and merges them again; reads only Git, never the open model. */
    private final class LoadJob extends Job {
        private final OpenModel loaded;
        private final Display display = getSite().getShell().getDisplay();

        LoadJob(OpenModel loaded) {
            super("Reading the merge conflicts of " + loaded.file().getFileName());
            this.loaded = loaded;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Loaded result = load(loaded.file(), monitor);
            if (result == null || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> loaded(this, result));
            }
            return Status.OK_STATUS;
        }
    }

    /** On the UI thread: shows what the latest read found, unless the view moved on to another model or closed. */
    private void loaded(LoadJob job, Loaded result) {
        if (job != loading || table.getTable().isDisposed()) {
            return;
        }
        loading = null;
        conflicts = result.conflicts();
        resolution = result.theirs() == null ? null : new ConflictResolution(model.model(), result.theirs());
        conflicts.forEach(conflict -> choices.put(conflict, Choice.OURS));
        table.setInput(conflicts);
        status(result.message());
    }

    /** The conflicts of the file's merge, or null when cancelled. */
    private static Loaded load(Path file, IProgressMonitor monitor) {
        String name = file.getFileName().toString();
        if (!ModelHistory.isInRepository(file)) {
            return new Loaded(name + " is not in a Git repository: there is no merge to resolve.", List.of(), null);
        }
        try {
            Optional<ModelHistory.ConflictStages> stages = ModelHistory.conflictStages(file);
            if (monitor.isCanceled()) {
                return null;
            }
            if (stages.isEmpty()) {
                return new Loaded(name + " has no merge conflicts in Git's index (no merge in progress, or it is "
                        + "resolved).", List.of(), null);
            }
            if (stages.get().base() == null) {
                return new Loaded(name + " was added on both sides, without a common ancestor: compare the two with "
                        + "Compare With > Branch... and edit the model, then Mark Resolved.", List.of(), null);
            }
            MergeResult merged = ModelMerge.merge(stages.get().base(), stages.get().ours(), stages.get().theirs());
            List<MergeConflict> found = merged.conflicts();
            return new Loaded(found.isEmpty()
                    ? name + " merges without conflicts now; Mark Resolved stages it."
                    : name + ": " + found.size() + " conflicts of the merge; the model holds ours in each. Pick "
                            + "ours, theirs or edit each, Apply Choices (one undoable step), then Mark Resolved.",
                    found, stages.get().theirs());
        } catch (GitModelException | MergeInputException e) {
            return new Loaded(e.getMessage(), List.of(), null);
        }
    }

    /** The conflicts listed. */
    public List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** Picks how to resolve one conflict; applied by {@link #apply()}. */
    public void choose(MergeConflict conflict, Choice choice) {
        if (!choices.containsKey(conflict)) {
            throw new IllegalArgumentException("not a listed conflict: " + conflict);
        }
        String problem = switch (choice.kind()) {
        case OURS -> null;
        case THEIRS -> resolution.whyNotTheirs(conflict);
        case EDIT -> resolution.whyNotEditable(conflict) != null ? resolution.whyNotEditable(conflict)
                : resolution.checkValue(conflict, choice.value());
        };
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        choices.put(conflict, choice);
        table.refresh(conflict);
    }

    public Choice choice(MergeConflict conflict) {
        return choices.get(conflict);
    }

    private void chooseSelected(Choice choice) {
        try {
            for (Object selected : ((IStructuredSelection) table.getSelection()).toList()) {
                choose((MergeConflict) selected, choice);
            }
        } catch (IllegalArgumentException e) {
            report(e.getMessage());
        }
    }

    private void editSelected() {
        if (!(((IStructuredSelection) table.getSelection()).getFirstElement() instanceof MergeConflict conflict)) {
            return;
        }
        String notEditable = resolution.whyNotEditable(conflict);
        if (notEditable != null) {
            report(notEditable);
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Edit Value",
                conflict.feature() + " of " + conflict.elementId() + " (base " + conflict.base() + ", ours "
                        + conflict.ours() + ", theirs " + conflict.theirs() + "):",
                conflict.ours(), text -> resolution.checkValue(conflict, text));
        if (dialog.open() == Window.OK) {
            choose(conflict, Choice.edit(dialog.getValue()));
        }
    }

    /** Applies the choices that are not ours as one command on the model's stack; null, or why nothing changed. */
    public String apply() {
        if (model == null || resolution == null) {
            return "No conflicts to resolve.";
        }
        Command command;
        try {
            command = resolution.command(model.domain(), choices);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (command == null) {
            status.setText("Every choice is ours, which the model already holds: nothing to change. Mark Resolved "
                    + "when done.");
            return null;
        }
        if (!command.canExecute()) {
            return "The choices cannot be applied to the model as it is now; Refresh and choose again.";
        }
        model.domain().getCommandStack().execute(command);
        status.setText("Choices applied as one step (Edit > Undo reverts it). Mark Resolved saves the model and "
                + "stages it in Git.");
        return null;
    }

    /** Saves the model if it has changes and stages its file ({@code git add}); null, or why not. */
    public String markResolved() {
        if (model == null) {
            return "Open the diagram of the conflicted model first.";
        }
        try {
            if (model.isDirty()) {
                model.save();
            }
            ModelHistory.add(model.file());
        } catch (IOException e) {
            return "Could not save " + model.file() + ": " + e.getMessage() + ". Nothing was staged.";
        } catch (GitModelException e) {
            return e.getMessage();
        }
        show(model);
        return null;
    }

    private void report(String problem) {
        if (problem != null) {
            MessageDialog.openInformation(getSite().getShell(), "Merge Conflicts", problem);
        }
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }

    @Override
    public void dispose() {
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        getSite().getPage().removePartListener(editorListener);
        super.dispose();
    }
}
