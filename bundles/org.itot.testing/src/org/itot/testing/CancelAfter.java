package org.itot.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor that cancels itself ({@link #setCanceled(boolean)}) on its n-th poll, and counts the polls
 * that came after: work that checks the monitor once per element shows how many elements it processed after the
 * cancel.
 */
public final class CancelAfter extends NullProgressMonitor {

    private final int cancelAt;
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger pollsAfterCancel = new AtomicInteger();

    /** @param cancelAt the poll that cancels (1 = the first); {@link Integer#MAX_VALUE} never cancels */
    public CancelAfter(int cancelAt) {
        if (cancelAt < 1) {
            throw new IllegalArgumentException("cancelAt must be at least 1, was " + cancelAt);
        }
        this.cancelAt = cancelAt;
    }

    /** Counts polls and never cancels: how many polls a whole run makes. */
    public static CancelAfter never() {
        return new CancelAfter(Integer.MAX_VALUE);
    }

    @Override
    public boolean isCanceled() {
        if (polls.incrementAndGet() == cancelAt) {
            setCanceled(true);
        }
        boolean cancelled = super.isCanceled();
        if (cancelled) {
            pollsAfterCancel.incrementAndGet();
        }
        return cancelled;
    }

    public int polls() {
        return polls.get();
    }

    /**
     * Polls that saw the cancel, including the one that set it. 1 means the work stopped at the first poll after
     * the cancel; each more means one more element processed after it.
     */
    public int pollsAfterCancel() {
        return pollsAfterCancel.get();
    }
}
