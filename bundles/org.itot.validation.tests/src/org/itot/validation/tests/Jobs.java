package org.itot.validation.tests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;

/** Waiting for the live validation job: on its state, never on a guess of how long it takes. */
final class Jobs {

    /** Far more than a pass takes; only reached when the job hangs or never stops rescheduling itself. */
    static final Duration BOUND = Duration.ofSeconds(60);

    private Jobs() {
    }

    /**
     * Waits until the job is neither waiting, sleeping nor running. The job reschedules itself when it gives way to a
     * command, so this returns only after a pass that finished (and published) or after {@code stop()}; once a
     * stopped job is idle, nothing can schedule it again.
     *
     * @throws AssertionError when it is still busy after {@link #BOUND}
     */
    static void awaitIdle(Job job) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (job.getState() != Job.NONE) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(job.getName() + " was still busy (state " + job.getState() + ") after "
                        + BOUND.toSeconds() + " s");
            }
            job.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), null);
        }
    }
}
