package org.itot.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.models.OpenModels;

/**
 * {@code itot plant.itot}: opens each model named on the command line and its first diagram, as users expect from
 * double-clicking a model file (a model without a diagram is selected in the Model Explorer with the offer to
 * create one). A file that cannot be read is shown by the Model Explorer with the reason.
 */
final class StartupModels {

    private StartupModels() {
    }

    static void open(IWorkbenchPage page) {
        for (String argument : Platform.getApplicationArgs()) {
            if (!argument.endsWith("." + ItotResourceFactory.FILE_EXTENSION)) {
                continue;
            }
            // Read in the background: the workbench is usable while a large estate loads (the explorer shows it).
            OpenModels.get().openInBackground(Path.of(argument), model -> ModelFileActions.showOpened(page, model),
                    failure -> ILog.of(StartupModels.class).warn(failure.getMessage()));
        }
    }
}
