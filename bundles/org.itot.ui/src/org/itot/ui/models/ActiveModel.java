package org.itot.ui.models;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The model a model-wide view (Rules, ATT&CK Coverage, Security Level Gaps) shows: the one of the active diagram
 * editor, or the one chosen in the view's "Model:" combo. Calls back on every change of the model (any command, undo
 * or redo) so the view refreshes.
 */
public final class ActiveModel {

    private final IWorkbenchPage page;
    private final Runnable changed;
    private final CommandStackListener stackListener = event -> later(this::notifyChanged);
    private final Consumer<OpenModel> openListener = opened -> later(this::refreshChoices);
    private final Consumer<OpenModel> closeListener = closed -> later(() -> {
        if (closed == this.current) {
            select(null);
        }
        refreshChoices();
    });
    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor
                    && editor.getEditorInput() instanceof DiagramEditorInput input) {
                OpenModels.get().find(input.file()).ifPresent(ActiveModel.this::select);
            }
        }
    };
    private Combo choice;
    private List<OpenModel> models = List.of();
    private OpenModel current;

    public ActiveModel(IWorkbenchPage page, Runnable changed) {
        this.page = page;
        this.changed = changed;
    }

    /** Adds the "Model:" label and combo (two grid cells) and starts following the workbench. */
    public void create(Composite parent) {
        new Label(parent, SWT.NONE).setText("Model:");
        choice = new Combo(parent, SWT.READ_ONLY);
        choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choice.addListener(SWT.Selection, event -> {
            int index = choice.getSelectionIndex();
            select(index >= 0 && index < models.size() ? models.get(index) : null);
        });
        OpenModels.get().addOpenListener(openListener);
        OpenModels.get().addCloseListener(closeListener);
        page.addPartListener(editorListener);
        refreshChoices();
        IEditorPart editor = page.getActiveEditor();
        if (editor != null && editor.getEditorInput() instanceof DiagramEditorInput input) {
            OpenModels.get().find(input.file()).ifPresent(this::select);
        }
    }

    public OpenModel current() {
        return current;
    }

    public void select(OpenModel model) {
        if (model == current) {
            return;
        }
        if (current != null) {
            current.domain().getCommandStack().removeCommandStackListener(stackListener);
        }
        current = model;
        if (current != null) {
            current.domain().getCommandStack().addCommandStackListener(stackListener);
        }
        refreshChoices();
        notifyChanged();
    }

    public void dispose() {
        OpenModels.get().removeOpenListener(openListener);
        OpenModels.get().removeCloseListener(closeListener);
        page.removePartListener(editorListener);
        if (current != null) {
            current.domain().getCommandStack().removeCommandStackListener(stackListener);
        }
    }

    private void refreshChoices() {
        if (choice == null || choice.isDisposed()) {
            return;
        }
        models = OpenModels.get().all();
        choice.setItems(models.stream().map(m -> m.file().getFileName().toString()).toArray(String[]::new));
        int index = models.indexOf(current);
        if (index >= 0) {
            choice.select(index);
        } else if (current == null && !models.isEmpty()) {
            select(models.get(0));
        }
    }

    private void notifyChanged() {
        if (choice != null && !choice.isDisposed()) {
            changed.run();
        }
    }

    private static void later(Runnable runnable) {
        Display display = Display.getDefault();
        if (Display.getCurrent() != null) {
            runnable.run();
        } else if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }
}
