package org.itot.ui.files;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/** The File menu's handlers, declared in plugin.xml; each acts on the current model (see ModelFileActions). */
public final class FileHandlers {

    private FileHandlers() {
    }

    public static final class OpenModelHandler extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            ModelFileActions.openWithDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
            return null;
        }
    }

    public static final class CloseModelHandler extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            current(event).ifPresent(model -> ModelFileActions.close(window.getActivePage(), model));
            return null;
        }
    }

    public static final class SaveAsHandler extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            current(event).ifPresent(model -> ModelFileActions.saveAsWithDialog(window.getShell(), model));
            return null;
        }
    }

    public static final class RevertHandler extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            current(event).ifPresent(model -> ModelFileActions.revert(window.getShell(), model, true));
            return null;
        }
    }

    /** Saves every changed model, also those open only in the explorer (the workbench's own handler saves editors). */
    public static final class SaveAllHandler extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            List<OpenModel> dirty = OpenModels.get().all().stream().filter(OpenModel::isDirty).toList();
            UnsavedChanges.saveAll(HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(), dirty);
            return null;
        }
    }

    private static java.util.Optional<OpenModel> current(ExecutionEvent event) {
        return ModelFileActions.current(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
    }
}
