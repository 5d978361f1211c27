package org.itot.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ocl.ecore.OCL;

/**
 * One invariant of a rule pack, ready to evaluate: the rule it belongs to, the severity it reports
 * with, its context class, the compiled OCL query, and the message with its embedded expressions.
 * A rule may have several invariants (e.g. an error case and a warning case).
 */
public final class CompiledRule {

    private final RuleDefinition definition;
    private final String invariantName;
    private final Severity severity;
    private final EClass context;
    private final OCL.Query query;
    private final List<Object> messageParts;
    private final OCL.Query related;
    private final EvaluationLimits limits;

    CompiledRule(RuleDefinition definition, String invariantName, Severity severity, EClass context, OCL.Query query,
            List<Object> messageParts, OCL.Query related, EvaluationLimits limits) {
        this.definition = definition;
        this.invariantName = invariantName;
        this.severity = severity;
        this.context = context;
        this.query = query;
        this.messageParts = List.copyOf(messageParts);
        this.related = related;
        this.limits = limits;
    }

    public RuleDefinition definition() {
        return definition;
    }

    public String invariantName() {
        return invariantName;
    }

    public Severity severity() {
        return severity;
    }

    public EClass context() {
        return context;
    }

    /**
     * True when the invariant holds; OclInvalid (e.g. navigation through null) counts as violated.
     * Synchronized like the other evaluations: an OCL query binds {@code self} in an environment of
     * its own, so two threads must not evaluate it at once.
     *
     * @throws RuleEvaluationException when the evaluation ran over its {@link EvaluationLimits}
     */
    public synchronized boolean holds(EObject object) {
        return BoundedEvaluation.run(limits, () -> query.check(object));
    }

    /** The message for a violation, with every {@code ${expression}} evaluated on the object. */
    public synchronized String message(EObject object, java.util.function.Function<Object, String> labels) {
        StringBuilder text = new StringBuilder();
        for (Object part : messageParts) {
            if (part instanceof String literal) {
                text.append(literal);
            } else {
                text.append(labels.apply(BoundedEvaluation.run(limits, () -> ((OCL.Query) part).evaluate(object))));
            }
        }
        return text.toString();
    }

    /** Further offending elements named by the rule's {@code @related} expression (may be empty). */
    public synchronized List<EObject> relatedElements(EObject object) {
        if (related == null) {
            return List.of();
        }
        Object value = BoundedEvaluation.run(limits, () -> related.evaluate(object));
        if (value instanceof EObject single) {
            return List.of(single);
        }
        if (value instanceof java.util.Collection<?> many) {
            return many.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        }
        return List.of();
    }
}
