package org.itot.validation.rules;

/**
 * A rule's OCL could not be evaluated on an element within its {@link EvaluationLimits} (endless
 * recursion, a runaway loop, an enormous collection) or before its run's {@link Deadline}; the
 * validator turns it into an error finding.
 */
public final class RuleEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean pastDeadline;

    RuleEvaluationException(String reason, boolean pastDeadline) {
        super(reason);
        this.pastDeadline = pastDeadline;
    }

    /** True when the run's deadline stopped the evaluation, not a limit of the rule's own. */
    public boolean pastDeadline() {
        return pastDeadline;
    }
}
