package org.itot.validation.rules;

/**
 * A rule's OCL could not be evaluated on an element within its {@link EvaluationLimits} (endless
 * recursion, a runaway loop, an enormous collection); the validator turns it into an error finding.
 */
public final class RuleEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RuleEvaluationException(String reason) {
        super(reason);
    }
}
