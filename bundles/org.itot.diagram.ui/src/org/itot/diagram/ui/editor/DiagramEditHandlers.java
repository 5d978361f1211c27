package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.ui.swt.TextFields;

/**
 * The diagram editor's handlers of the workbench's Edit commands (Undo, Redo, Copy, Paste, Delete, Rename, Select
 * All). They are activated on the editor's site, so they are the ones the Edit menu and the key bindings (Ctrl+Z,
 * Delete, F2...) both run while the editor is active, and they are enabled by the selection and the command stack.
 * While a name is edited in place, Copy, Paste, Delete and Select All act on its text, as in any text field.
 */
final class DiagramEditHandlers {

    private final DiagramViewer viewer;
    private final CommandStack stack;
    private final List<EditHandler> handlers = new ArrayList<>();
    private final CommandStackListener stackListener = this::stackChanged;

    private final Runnable find;

    /** {@code find} runs Find in Diagram (Ctrl+F, the workbench's Find/Replace command). */
    DiagramEditHandlers(DiagramViewer viewer, Runnable find) {
        this.viewer = viewer;
        this.stack = viewer.getDomain().getCommandStack();
        this.find = find;
    }

    /** Activates the handlers for the part's lifetime (the site's handler service ties them to the active part). */
    void activate(IWorkbenchPartSite site) {
        IHandlerService service = site.getService(IHandlerService.class);
        add(service, IWorkbenchCommandConstants.EDIT_UNDO, this::canUndo, viewer.actions()::undo);
        add(service, IWorkbenchCommandConstants.EDIT_REDO, this::canRedo, viewer.actions()::redo);
        add(service, IWorkbenchCommandConstants.EDIT_COPY, inText(viewer.actions()::canCopy),
                inText(Text::copy, viewer.actions()::copy));
        add(service, IWorkbenchCommandConstants.EDIT_PASTE, inText(viewer.actions()::canPaste),
                inText(Text::paste, viewer.actions()::paste));
        add(service, IWorkbenchCommandConstants.EDIT_DELETE, inText(() -> !viewer.getSelection().isEmpty()),
                inText(TextFields::delete, viewer.actions()::removeSelectionFromDiagram));
        add(service, IWorkbenchCommandConstants.FILE_RENAME, () -> !renaming() && renameable(),
                viewer::renameSelection);
        add(service, IWorkbenchCommandConstants.EDIT_SELECT_ALL,
                inText(() -> !viewer.getDiagram().getNodes().isEmpty()),
                inText(Text::selectAll, viewer.actions()::selectAll));
        add(service, IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE, () -> !renaming(), find);
        stack.addCommandStackListener(stackListener);
        viewer.addSelectionListener(selection -> changed());
        viewer.getControl().addListener(org.eclipse.swt.SWT.Dispose,
                e -> stack.removeCommandStackListener(stackListener));
    }

    private void add(IHandlerService service, String commandId, BooleanSupplier enabled, Runnable run) {
        EditHandler handler = new EditHandler(enabled, run);
        handlers.add(handler);
        service.activateHandler(commandId, handler);
    }

    private boolean canUndo() {
        return !renaming() && stack.canUndo();
    }

    private boolean canRedo() {
        return !renaming() && stack.canRedo();
    }

    private boolean renameable() {
        List<NodeView> nodes = viewer.selectedNodes();
        return nodes.size() == 1 && (nodes.get(0) instanceof NoteView || nodes.get(0).getElement() instanceof ModelElement);
    }

    private boolean renaming() {
        Text text = viewer.getInlineEditor();
        return text != null && !text.isDisposed();
    }

    private BooleanSupplier inText(BooleanSupplier otherwise) {
        return () -> renaming() || otherwise.getAsBoolean();
    }

    private Runnable inText(Consumer<Text> onText, Runnable otherwise) {
        return () -> {
            if (renaming()) {
                onText.accept(viewer.getInlineEditor());
            } else {
                otherwise.run();
            }
        };
    }

    private void stackChanged(EventObject event) {
        // Commands may run on other threads (layout); menus are told on the UI thread.
        var display = viewer.getControl().getDisplay();
        display.asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                changed();
            }
        });
    }

    /** Tells the menus (and anyone listening to the handlers) that enablement may have changed. */
    private void changed() {
        handlers.forEach(EditHandler::changed);
    }

    /** One Edit command's handler; its enablement is computed when the workbench asks (menu shown, key pressed). */
    private static final class EditHandler extends AbstractHandler {

        private final BooleanSupplier enabled;
        private final Runnable run;

        EditHandler(BooleanSupplier enabled, Runnable run) {
            this.enabled = enabled;
            this.run = run;
        }

        @Override
        public boolean isEnabled() {
            return enabled.getAsBoolean();
        }

        @Override
        public Object execute(ExecutionEvent event) {
            if (isEnabled()) {
                run.run();
            }
            return null;
        }

        void changed() {
            fireHandlerChanged(new HandlerEvent(this, true, false));
        }
    }
}
