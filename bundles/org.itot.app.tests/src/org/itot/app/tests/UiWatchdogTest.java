package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.itot.testing.UiWatchdog;
import org.itot.testing.UiWatchdog.Freeze;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The UI-thread watchdog that {@link LargeEstateTest} relies on can fail: a UI thread held on purpose is recorded as a
 * freeze, with the stack of where it was held.
 */
@ExtendWith(IsolatedWorkbench.class)
class UiWatchdogTest {

    @Test
    void recordsWhereTheUiThreadStoppedProcessingEvents() throws Exception {
        Display display = Display.getCurrent();
        CountDownLatch noticed = new CountDownLatch(1);
        try (UiWatchdog watchdog = new UiWatchdog(display.getThread(), display::asyncExec, 100)) {
            // Only the freeze this test causes: work left over from earlier tests may hold the UI thread too.
            watchdog.onFreeze(freeze -> {
                if (freeze.stack().stream().anyMatch(frame -> frame.getMethodName().equals("holdTheUiThreadUntil"))) {
                    noticed.countDown();
                }
            });
            flush();
            holdTheUiThreadUntil(noticed);
            waitUntil(() -> !watchdog.freezes().isEmpty(), "the freeze recorded once the UI thread ran again");

            Freeze held = watchdog.freezes().stream().filter(freeze -> freeze.stack().stream()
                    .anyMatch(frame -> frame.getMethodName().equals("holdTheUiThreadUntil"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no freeze shows where the UI thread was held: "
                            + watchdog.freezes()));
            assertTrue(held.millis() > 100, "the freeze lasted past the threshold: " + held);
            assertTrue(held.isUiThreadsDoing(100), "waiting on the UI thread is the UI thread's doing: " + held);
            assertTrue(watchdog.uiThreadFreezes().contains(held), watchdog.uiThreadFreezes().toString());
        }
    }

    @Test
    void recordsAUiThreadThatComputesTooLong() throws Exception {
        Display display = Display.getCurrent();
        CountDownLatch noticed = new CountDownLatch(1);
        try (UiWatchdog watchdog = new UiWatchdog(display.getThread(), display::asyncExec, 100)) {
            watchdog.onFreeze(freeze -> {
                if (freeze.stack().stream().anyMatch(frame -> frame.getMethodName().equals("computeUntil"))) {
                    noticed.countDown();
                }
            });
            flush();
            computeUntil(noticed);
            waitUntil(() -> watchdog.uiThreadFreezes().stream().anyMatch(freeze -> freeze.stack().stream()
                    .anyMatch(frame -> frame.getMethodName().equals("computeUntil"))),
                    "the computing UI thread recorded as a freeze: " + watchdog.freezes());
        }
    }

    /** Keeps the UI thread computing until the watchdog noticed and it has spent twice the threshold on the CPU. */
    private static void computeUntil(CountDownLatch noticed) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long enough = TimeUnit.MILLISECONDS.toNanos(200);
        while (noticed.getCount() > 0 || threads.getCurrentThreadCpuTime() - cpuStart < enough) {
            Thread.onSpinWait();
            assertTrue(System.nanoTime() < deadline, "the watchdog noticed a UI thread computing for 30 s");
        }
    }

    /** Does what a defect does: keeps the UI thread from its events (here until the watchdog says it noticed). */
    private static void holdTheUiThreadUntil(CountDownLatch noticed) throws InterruptedException {
        assertTrue(noticed.await(30, TimeUnit.SECONDS), "the watchdog noticed a UI thread held for 30 s");
    }
}
