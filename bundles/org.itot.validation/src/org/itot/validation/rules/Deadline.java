package org.itot.validation.rules;

import java.time.Duration;

/**
 * When a validation run must end, whatever its rules do: each evaluation is bounded by its
 * {@link EvaluationLimits}, but a bounded cost times many elements and many rules is not, so a run
 * also has a total deadline. What is not evaluated by then becomes findings that say so.
 *
 * @param nanoTime the {@link System#nanoTime()} at which the run is over
 * @param allowed the run's whole allowance, for the message
 */
public record Deadline(long nanoTime, Duration allowed) {

    /** System property: seconds a validation run may take in all (default {@value #DEFAULT_SECONDS}). */
    public static final String SECONDS_PROPERTY = "itot.validation.deadlineSeconds";

    /** Ten minutes: a 100,000-element model takes seconds; only runaway rule packs come near. */
    public static final long DEFAULT_SECONDS = 600;

    /** No deadline: single evaluations outside a run. */
    public static final Deadline NONE = new Deadline(0, null);

    /** A deadline {@code allowed} from now. */
    public static Deadline after(Duration allowed) {
        return new Deadline(System.nanoTime() + Math.min(allowed.toNanos(), Long.MAX_VALUE / 4), allowed);
    }

    /** The run allowance of {@value #SECONDS_PROPERTY}, or {@value #DEFAULT_SECONDS} seconds. */
    public static Duration configured() {
        long seconds = Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS);
        return Duration.ofSeconds(Math.max(0, seconds));
    }

    public boolean passed() {
        return allowed != null && System.nanoTime() - nanoTime >= 0;
    }

    /** Why what is left is not evaluated, for findings. */
    public String reason() {
        return "the validation run passed its deadline of " + describe(allowed) + " (-D" + SECONDS_PROPERTY
                + " sets it)";
    }

    private static String describe(Duration duration) {
        if (duration == null) {
            return "none";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
