package org.itot.app.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every UI test class runs with this extension ({@code @ExtendWith(IsolatedWorkbench.class)}): the tests share one
 * workbench, so after each test the dialogs it left open, its editors and its models are closed (unsaved changes
 * dropped), and the next test starts from an empty workbench. And a test fails if anything logged an error to the
 * workspace log while it ran: errors that a user would only find in the log (a handler conflict, an exception in a
 * listener or a job) are defects even when the visible behaviour looks right.
 */
public final class IsolatedWorkbench implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IsolatedWorkbench.class);

    /** Errors the running test provokes on purpose and checks itself (a test of error reporting); else none. */
    private static volatile Predicate<IStatus> expected = status -> false;

    /** The errors logged while one test ran. */
    private static final class ErrorLog implements ILogListener {
        final List<IStatus> errors = new ArrayList<>();

        @Override
        public synchronized void logging(IStatus status, String plugin) {
            if (status.matches(IStatus.ERROR) && !expected.test(status)) {
                errors.add(status);
            }
        }

        synchronized List<IStatus> errors() {
            return List.copyOf(errors);
        }
    }

    /**
     * For the running test only: errors whose exception is this one are expected (the test provokes and checks them),
     * every other error still fails the test.
     */
    static void expectLoggedErrorsOf(Throwable provoked) {
        expected = status -> causes(status.getException(), provoked);
    }

    private static boolean causes(Throwable logged, Throwable provoked) {
        for (Throwable t = logged; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t == provoked) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        expected = status -> false;
        ErrorLog log = new ErrorLog();
        Platform.addLogListener(log);
        context.getStore(NAMESPACE).put(ErrorLog.class, log);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ErrorLog log = context.getStore(NAMESPACE).remove(ErrorLog.class, ErrorLog.class);
        try {
            closeEverything();
        } finally {
            Platform.removeLogListener(log);
            expected = status -> false;
        }
        List<IStatus> errors = log.errors();
        if (!errors.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError("the workspace log received " + errors.size() + " error(s) during "
                    + context.getDisplayName() + ":\n" + describe(errors), errors.get(0).getException());
        }
    }

    /** Closes what tests leave behind: dialogs, editors (without saving) and models (dropping their changes). */
    static void closeEverything() {
        Display display = Display.getCurrent();
        Shell workbenchShell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        for (Shell shell : display.getShells()) {
            if (shell != workbenchShell && !shell.isDisposed() && shell.isVisible()) {
                shell.close();
            }
        }
        IWorkbenchPage page = UiTesting.page();
        page.closeAllEditors(false);
        for (OpenModel model : OpenModels.get().all()) {
            OpenModels.get().close(model);
        }
        UiTesting.flush();
    }

    private static String describe(List<IStatus> errors) {
        StringBuilder text = new StringBuilder();
        for (IStatus status : errors) {
            text.append("  ").append(status.getPlugin()).append(": ").append(status.getMessage());
            if (status.getException() != null) {
                text.append(" (").append(status.getException()).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
