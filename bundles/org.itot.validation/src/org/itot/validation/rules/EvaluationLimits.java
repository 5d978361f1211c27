package org.itot.validation.rules;

/**
 * How much work one evaluation of a rule's OCL may do. Rule packs can come from users, and OCL can
 * recurse without end ({@code def} operations) or build huge collections, so evaluation is bounded
 * and a rule that runs over is reported as a finding instead of hanging validation.
 *
 * @param maxSteps the most expression nodes one evaluation visits (recursion and iteration count)
 * @param maxCollectionSize the most elements of a collection an evaluation builds or ranges over
 * @param maxStringLength the most characters of a string an evaluation builds
 */
public record EvaluationLimits(long maxSteps, long maxCollectionSize, long maxStringLength) {

    /** System property overriding {@link #maxSteps} of {@link #DEFAULT}. */
    public static final String MAX_STEPS_PROPERTY = "itot.ocl.maxSteps";

    /**
     * 20 million steps (about a second; the largest rule on a 100,000-element model takes well under
     * a million), collections of 5 million elements, strings of 10 million characters.
     */
    public static final EvaluationLimits DEFAULT = new EvaluationLimits(Long.getLong(MAX_STEPS_PROPERTY, 20_000_000L),
            5_000_000L, 10_000_000L);

    public EvaluationLimits {
        if (maxSteps <= 0 || maxCollectionSize <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("evaluation limits must be positive");
        }
    }
}
