package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.itot.app.ItotWorkbenchAdvisor;
import org.itot.ui.errors.InternalErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 1 (desktop): an Error (OutOfMemoryError, StackOverflowError) in what the desktop runs, in a
 * background job (validation, marker updates, autosave) or in the UI thread (layout, import, export from a menu), is
 * written to the error log and shown in a dialog; the Eclipse defaults only log it, or show it only for user jobs.
 */
@ExtendWith(IsolatedWorkbench.class)
class InternalErrorsTest {

    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener log = (status, plugin) -> {
        synchronized (logged) {
            logged.add(status);
        }
    };
    private boolean automated;

    @BeforeEach
    void listen() {
        Platform.addLogListener(log);
        // The test harness runs JFace in automated mode, where error dialogs are not shown at all.
        automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
    }

    @AfterEach
    void stopListening() {
        ErrorDialog.AUTOMATED_MODE = automated;
        Platform.removeLogListener(log);
    }

    @Test
    void anErrorInASystemJobIsLoggedAndShown() throws Exception {
        StackOverflowError failure = new StackOverflowError("deep rule (test)");
        IsolatedWorkbench.expectLoggedErrorsOf(failure);
        List<String> dialog = new ArrayList<>();
        UiTesting.closeNextDialog(texts -> texts.contains(InternalErrors.TITLE), dialog);
        Job job = Job.create("Validating plant.itot (test)", (ICoreRunnable) monitor -> {
            throw failure;
        });
        job.setSystem(true);
        job.schedule();
        UiTesting.waitUntil(() -> !dialog.isEmpty(), "a dialog about the failed job");
        String text = String.join("\n", dialog);
        assertTrue(text.contains("Validating plant.itot (test) failed: StackOverflowError: deep rule (test)"), text);
        assertTrue(text.contains("error log"), text);
        assertTrue(loggedWith(failure), "the failure is in the error log");
    }

    @Test
    void anErrorInTheUiThreadIsLoggedAndShown() throws Exception {
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space (test)");
        IsolatedWorkbench.expectLoggedErrorsOf(failure);
        List<String> dialog = new ArrayList<>();
        UiTesting.closeNextDialog(texts -> texts.contains(InternalErrors.TITLE), dialog);
        // What the workbench's event loop calls with whatever a menu, key or mouse handler let through.
        new ItotWorkbenchAdvisor().eventLoopException(failure);
        UiTesting.waitUntil(() -> !dialog.isEmpty(), "a dialog about the failure");
        String text = String.join("\n", dialog);
        assertTrue(text.contains("failed: OutOfMemoryError: Java heap space (test)"), text);
        assertTrue(loggedWith(failure), "the failure is in the error log");
    }

    private boolean loggedWith(Throwable failure) {
        synchronized (logged) {
            return logged.stream().anyMatch(status -> status.matches(IStatus.ERROR) && status.getException() == failure);
        }
    }
}
