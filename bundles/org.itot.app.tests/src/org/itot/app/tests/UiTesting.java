package org.itot.app.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests in the running workbench: let queued UI work run, wait for background work, drive wizards. */
final class UiTesting {

    private UiTesting() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let queued UI work run
        }
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            flush();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + what + " within 60 s");
    }

    /** A wizard dialog opened without blocking, whose Finish the test presses after filling the page. */
    static final class OpenWizard extends WizardDialog {

        OpenWizard(IWizard wizard) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            setBlockOnOpen(false);
            open();
            flush();
        }

        boolean canFinish() {
            return getWizard().canFinish();
        }

        /** Presses Finish; true when the wizard finished and the dialog closed. */
        boolean finish() {
            finishPressed();
            flush();
            return getShell() == null || getShell().isDisposed();
        }
    }
}
