package org.itot.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Notices when a UI thread stops processing events for longer than a threshold and records where it was: a daemon
 * thread keeps one heartbeat posted to the UI thread's event queue (Display.asyncExec) and, when the heartbeat waits
 * longer than the threshold, takes the UI thread's stack. Tests arm it around what a user does and assert that it
 * recorded no {@link Freeze} of its own doing. It needs no SWT: the test hands it the UI thread and its asyncExec.
 * <p>
 * A test that runs on the UI thread itself freezes it while it computes; arm the watchdog only while the test waits
 * in the event loop for what it started.
 */
public final class UiWatchdog implements AutoCloseable {

    /**
     * One stretch of time in which the UI thread ran no queued work: how long it lasted, how much of it the UI thread
     * spent computing, what state it was in and where, sampled once the stretch passed the threshold.
     */
    public record Freeze(long millis, long cpuMillis, Thread.State state, List<StackTraceElement> stack) {

        /**
         * Whether the UI thread itself held things up: it computed for longer than the threshold, or it waited for a
         * lock or another thread (other than pausing in Thread.sleep). A stretch in which it neither computed nor
         * waited is the machine's (other processes had the cores, a garbage collection stopped every thread): a user
         * on a loaded machine sees it too, but no change to this program's UI code removes it.
         */
        public boolean isUiThreadsDoing(long thresholdMillis) {
            return cpuMillis > thresholdMillis || state == Thread.State.BLOCKED || state == Thread.State.WAITING
                    || state == Thread.State.TIMED_WAITING && !sleeping();
        }

        /** In Thread.sleep: a test's event loop pausing between looks at what it waits for (never UI code of ours). */
        private boolean sleeping() {
            return stack.stream().limit(4).anyMatch(frame -> frame.getClassName().equals(Thread.class.getName())
                    && frame.getMethodName().startsWith("sleep"));
        }

        @Override
        public String toString() {
            return "UI thread held up for " + millis + " ms (" + cpuMillis + " ms computing, " + state + ") at:\n\t"
                    + stack.stream().limit(40).map(String::valueOf).collect(Collectors.joining("\n\t"));
        }
    }

    private static final long POLL_MS = 5;

    private final Thread uiThread;
    private final Consumer<Runnable> asyncExec;
    private final long thresholdNanos;
    private final long thresholdMillis;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread watcher;
    private final List<Freeze> freezes = new ArrayList<>();
    private final List<Consumer<Freeze>> listeners = new ArrayList<>();
    private volatile boolean running = true;
    /** When the pending heartbeat was posted; 0 while none is pending. Guarded by this. */
    private long postedAt;
    /** The UI thread's CPU time when the pending heartbeat was posted. */
    private long cpuAtPost;
    private Thread.State freezeState;
    /** The stack of the freeze in progress, taken once the heartbeat waited longer than the threshold. */
    private StackTraceElement[] freezeStack;

    /**
     * Starts watching.
     *
     * @param uiThread the thread that runs the event loop (Display.getThread())
     * @param asyncExec queues work for that thread (Display::asyncExec)
     * @param thresholdMillis a freeze is a heartbeat that waited longer than this
     */
    public UiWatchdog(Thread uiThread, Consumer<Runnable> asyncExec, long thresholdMillis) {
        this.uiThread = uiThread;
        this.asyncExec = asyncExec;
        this.thresholdMillis = thresholdMillis;
        this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMillis);
        watcher = new Thread(this::watch, "UI watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Also tells the listener, on the watchdog's thread, as soon as a freeze passed the threshold (its length so far). */
    public synchronized void onFreeze(Consumer<Freeze> listener) {
        listeners.add(listener);
    }

    /** The freezes recorded so far, each with its full length once the UI thread ran the heartbeat. */
    public synchronized List<Freeze> freezes() {
        return List.copyOf(freezes);
    }

    /** The freezes the UI thread caused itself ({@link Freeze#isUiThreadsDoing}). */
    public synchronized List<Freeze> uiThreadFreezes() {
        return uiThreadFreezes(thresholdMillis);
    }

    /** As {@link #uiThreadFreezes()}, allowing the UI thread to compute up to {@code computingMillis} at a time. */
    public synchronized List<Freeze> uiThreadFreezes(long computingMillis) {
        return freezes.stream().filter(freeze -> freeze.isUiThreadsDoing(computingMillis)).toList();
    }

    /** The most CPU time the UI thread spent in one freeze, in milliseconds. */
    public synchronized long longestComputingMillis() {
        return freezes.stream().mapToLong(Freeze::cpuMillis).max().orElse(0);
    }

    /** The longest time a heartbeat waited, in milliseconds (0 if none waited over the threshold). */
    public synchronized long longestFreezeMillis() {
        return freezes.stream().mapToLong(Freeze::millis).max().orElse(0);
    }

    private void watch() {
        while (running) {
            List<Consumer<Freeze>> toTell = List.of();
            Freeze noticed = null;
            synchronized (this) {
                long now = System.nanoTime();
                if (postedAt == 0) {
                    postedAt = now;
                    cpuAtPost = threads.getThreadCpuTime(uiThread.threadId());
                    post(now);
                } else if (freezeStack == null && now - postedAt > thresholdNanos) {
                    freezeState = uiThread.getState();
                    freezeStack = uiThread.getStackTrace();
                    noticed = new Freeze(TimeUnit.NANOSECONDS.toMillis(now - postedAt), TimeUnit.NANOSECONDS
                            .toMillis(threads.getThreadCpuTime(uiThread.threadId()) - cpuAtPost), freezeState,
                            Arrays.asList(freezeStack));
                    toTell = List.copyOf(listeners);
                }
            }
            for (Consumer<Freeze> listener : toTell) {
                listener.accept(noticed);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void post(long at) {
        try {
            asyncExec.accept(() -> heartbeat(at));
        } catch (RuntimeException e) {
            // The display is gone: nothing left to watch.
            running = false;
        }
    }

    private synchronized void heartbeat(long posted) {
        if (postedAt != posted) {
            return;
        }
        long waited = System.nanoTime() - posted;
        if (waited > thresholdNanos) {
            StackTraceElement[] stack = freezeStack != null ? freezeStack : new StackTraceElement[0];
            long cpu = threads.getCurrentThreadCpuTime() - cpuAtPost;
            freezes.add(new Freeze(TimeUnit.NANOSECONDS.toMillis(waited), TimeUnit.NANOSECONDS.toMillis(cpu),
                    freezeState != null ? freezeState : Thread.State.RUNNABLE, Arrays.asList(stack)));
        }
        postedAt = 0;
        freezeStack = null;
        freezeState = null;
    }

    /** Stops watching; what was recorded stays readable. */
    @Override
    public void close() {
        running = false;
        watcher.interrupt();
        try {
            watcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
