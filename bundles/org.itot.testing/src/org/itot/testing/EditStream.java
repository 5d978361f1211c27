package org.itot.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A thread that makes edits one after the other (the test's edit executes a command on the model's command stack)
 * until stopped, next to a reader under test. A failure of an edit stops the stream and is rethrown by {@link #stop()}.
 */
public final class EditStream {

    private final Thread thread;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger edits = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private EditStream(String name, IntConsumer edit, Duration pause) {
        long pauseNanos = pause.toNanos();
        thread = new Thread(() -> {
            try {
                while (!stopping.get()) {
                    edit.accept(edits.get());
                    synchronized (edits) {
                        edits.incrementAndGet();
                        edits.notifyAll();
                    }
                    if (pauseNanos > 0) {
                        LockSupport.parkNanos(pauseNanos);
                    }
                }
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                synchronized (edits) {
                    edits.notifyAll(); // a waiter learns at once that no more edits will come
                }
            }
        }, name);
        thread.setDaemon(true);
    }

    /**
     * Starts a stream that calls {@code edit} with 0, 1, 2, ... and pauses between edits, so that readers waiting
     * for the model's lock get it between two edits.
     */
    public static EditStream start(String name, Duration pause, IntConsumer edit) {
        EditStream stream = new EditStream(name, edit, pause);
        stream.thread.start();
        return stream;
    }

    /** The edits completed so far. */
    public int edits() {
        return edits.get();
    }

    /**
     * Waits until the stream has completed more than {@code count} edits, so that a reader's next
     * read certainly starts from another model state than its last: interleaving by condition, not
     * by the scheduler's luck.
     *
     * @throws AssertionError when the stream failed or stopped first, or made no edit within {@code bound}
     */
    public void awaitMoreThan(int count, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (edits) {
            while (edits.get() <= count) {
                if (!thread.isAlive()) {
                    throw new AssertionError(thread.getName() + " stopped after " + edits.get() + " edits",
                            failure.get());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(thread.getName() + " made no edit after " + count + " within " + bound);
                }
                TimeUnit.NANOSECONDS.timedWait(edits, left);
            }
        }
    }

    /** Whether the stream is still editing (it has not failed). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops after the current edit, waits for it, rethrows the failure of an edit, and returns the edits made. */
    public int stop() throws Exception {
        stopping.set(true);
        thread.join(TimeUnit.SECONDS.toMillis(30));
        if (thread.isAlive()) {
            throw new AssertionError(thread.getName() + " did not stop within 30 s (a deadlock?)");
        }
        Throwable e = failure.get();
        if (e instanceof Exception exception) {
            throw exception;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return edits.get();
    }

    /**
     * How many of a series of reads started with another model state than the one before, given the stream's
     * {@link #edits()} at each start: a test of reads next to edits asserts this is not zero, or it proved nothing.
     */
    public static long changedBetween(List<Integer> editCountsAtStart) {
        long changed = 0;
        for (int i = 1; i < editCountsAtStart.size(); i++) {
            if (editCountsAtStart.get(i) > editCountsAtStart.get(i - 1)) {
                changed++;
            }
        }
        return changed;
    }
}
