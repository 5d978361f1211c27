package org.itot.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.files.Autosave;
import org.itot.ui.files.AutosaveRecovery;
import org.itot.ui.files.UnsavedChanges;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;

/**
 * Workbench life cycle of ITOT Architect. We use the 3.x compatibility layer on the e4 workbench
 * because the Problems view, markers and the Properties view (what engineers expect from Eclipse)
 * live there.
 */
public class ItotWorkbenchAdvisor extends WorkbenchAdvisor {

    public static final String PERSPECTIVE_ID = "org.itot.app.perspective";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // The Problems view adapts markers and resources through these; without them it stays empty.
        IDE.registerAdapters();
        MarkerImages.declare(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1400, 900));
                window.setShowStatusLine(true);
                window.setShowPerspectiveBar(false);
            }
        };
    }

    @Override
    public void postStartup() {
        HiddenCommandKeys.remove(getWorkbenchConfigurer().getWorkbench());
        var window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            // Recovery first: a model named on the command line may be one with autosaved changes.
            AutosaveRecovery.offer(Autosave.workbench(), window.getActivePage());
            StartupModels.open(window.getActivePage());
        }
        Autosave.workbench().start();
        InternalErrors.watchJobs();
        StartupMarker.writeIfRequested();
    }

    /**
     * A failure in the UI thread that nothing caught (an OutOfMemoryError or StackOverflowError in a layout, an
     * import, an export started from a menu): the workbench only logs it, so the user would see nothing happen.
     */
    @Override
    public void eventLoopException(Throwable exception) {
        InternalErrors.report("An operation", exception);
    }

    /**
     * Asks once about all changed models (diagram editors do not ask on close: the model outlives them); Cancel keeps
     * the program running.
     */
    @Override
    public boolean preShutdown() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (!mayExit(window == null ? null : window.getShell())) {
            return false;
        }
        // Markers (findings) live in the workspace; save it so they survive a restart.
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        return true;
    }

    /** Whether the program may exit: nothing unsaved, or the user saved or discarded it. */
    public static boolean mayExit(Shell shell) {
        return UnsavedChanges.confirmClose(shell, OpenModels.get().all());
    }

    /** A clean exit: every change was saved or discarded by the user, so the autosaves go too. */
    @Override
    public void postShutdown() {
        Autosave.workbench().stop();
        Autosave.workbench().deleteAll();
        OpenModels.get().closeAll();
        ItotPreferences.flush();
    }
}
