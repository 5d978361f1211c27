package org.itot.ui.errors;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Failures nobody planned for (an OutOfMemoryError, a StackOverflowError, a bug) in what the desktop runs, in the
 * UI thread or in a background job: they are written to the error log and shown in a dialog, never swallowed. The
 * Eclipse defaults only log them (event loop) or show only those of user jobs; validation, marker updates and autosave
 * run as system jobs.
 */
public final class InternalErrors {

    public static final String TITLE = "Internal Error";

    /** What a dialog is open for now: the same failure repeating (live validation after every edit) shows once. */
    private static final Set<String> showing = new HashSet<>();

    private InternalErrors() {
    }

    /** Logs the failure and shows it; any thread. */
    public static void report(String action, Throwable failure) {
        IStatus status = status(action, failure);
        ILog.of(InternalErrors.class).log(status);
        show(status);
    }

    /** Shows, from now on, the failures of system jobs (the job manager logs them already, but shows none). */
    public static void watchJobs() {
        Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                if (event.getJob().isSystem() && result != null && result.matches(IStatus.ERROR)
                        && result.getException() != null) {
                    show(status(event.getJob().getName(), result.getException()));
                }
            }
        });
    }

    static IStatus status(String action, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return Status.error(action + " failed: " + reason, failure);
    }

    private static void show(IStatus status) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            String key = status.getMessage();
            synchronized (showing) {
                if (!showing.add(key)) {
                    return;
                }
            }
            try {
                var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                Shell shell = window == null ? display.getActiveShell() : window.getShell();
                ErrorDialog.openError(shell, TITLE, "ITOT Architect could not complete an operation. Unsaved changes "
                        + "are still in memory: save them, and restart if the program misbehaves.\nThe details are in "
                        + "the error log (" + logFile() + ").", status);
            } finally {
                synchronized (showing) {
                    showing.remove(key);
                }
            }
        });
    }

    private static String logFile() {
        var location = Platform.getLogFileLocation();
        return location == null ? "the workspace's .metadata/.log" : location.toOSString();
    }
}
