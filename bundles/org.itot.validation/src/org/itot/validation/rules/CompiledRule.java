package org.itot.validation.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ocl.ecore.OCL;

/**
 * One invariant of a rule pack, ready to evaluate: the rule it belongs to, the severity it reports
 * with, its context class, the compiled OCL query, and the message with its embedded expressions.
 * A rule may have several invariants (e.g. an error case and a warning case).
 */
public final class CompiledRule {

    /** A finding's message is one line a person reads, not a dump: longer ones are cut. */
    public static final int MAX_MESSAGE_LENGTH = 2_000;

    /** Elements a finding names besides its own; a rule naming thousands names a pattern, not places. */
    public static final int MAX_RELATED = 100;

    private final RuleDefinition definition;
    private final String invariantName;
    private final Severity severity;
    private final FindingKind kind;
    private final String missingInput;
    private final EClass context;
    private final OCL.Query query;
    private final List<Object> messageParts;
    private final OCL.Query related;
    private final EvaluationLimits limits;
    private final OCL ocl;
    /** The compiled forms ({@link OclCompiler}), null where an expression did not compile: shared by every copy. */
    private final Compiled compiled;

    /**
     * The invariant's, the message parts' (null for literals and parts that did not compile) and the related
     * expression's compiled forms; immutable trees, evaluated with frames of their own on any thread.
     */
    record Compiled(CompiledOcl.Expression invariant, List<CompiledOcl.Expression> messageParts,
            CompiledOcl.Expression related) {

        static final Compiled NONE = new Compiled(null, null, null);

        static Compiled of(OclCompiler compiler, OCL.Query query, List<Object> messageParts, OCL.Query related) {
            if (compiler == null) {
                return NONE;
            }
            List<CompiledOcl.Expression> parts = new ArrayList<>();
            for (Object part : messageParts) {
                parts.add(part instanceof OCL.Query expression ? compiler.compile(expression.getExpression()) : null);
            }
            return new Compiled(compiler.compile(query.getExpression()), parts,
                    related == null ? null : compiler.compile(related.getExpression()));
        }
    }

    CompiledRule(RuleDefinition definition, String invariantName, Severity severity, FindingKind kind,
            String missingInput, EClass context, OCL ocl, OCL.Query query, List<Object> messageParts,
            OCL.Query related, EvaluationLimits limits, Compiled compiled) {
        this.definition = definition;
        this.invariantName = invariantName;
        this.severity = severity;
        this.kind = kind;
        this.missingInput = missingInput;
        this.context = context;
        this.query = query;
        this.messageParts = List.copyOf(messageParts);
        this.related = related;
        this.limits = limits;
        this.ocl = ocl;
        this.compiled = compiled;
    }

    /**
     * The same invariant with OCL queries of its own over the same compiled expressions: it evaluates while this one
     * evaluates on another thread, without waiting for this one's lock and without parsing anything again. A query's
     * evaluation environment (where {@code self} is bound) is its own; the expressions and the parsing environment
     * are only read while evaluating.
     */
    public CompiledRule copyForThread() {
        List<Object> parts = messageParts.stream()
                .map(part -> part instanceof OCL.Query expression ? ocl.createQuery(expression.getExpression()) : part)
                .toList();
        return new CompiledRule(definition, invariantName, severity, kind, missingInput, context, ocl,
                ocl.createQuery(query.getExpression()), parts,
                related == null ? null : ocl.createQuery(related.getExpression()), limits, compiled);
    }

    /**
     * Whether every expression of this invariant (the invariant, each message part, {@code @related}) evaluates
     * compiled; false when one of them falls back to Classic OCL (or compiled evaluation is off).
     */
    boolean fullyCompiled() {
        if (compiled.invariant() == null || (related != null && compiled.related() == null)) {
            return false;
        }
        for (int i = 0; i < messageParts.size(); i++) {
            if (messageParts.get(i) instanceof OCL.Query && compiledPart(i) == null) {
                return false;
            }
        }
        return true;
    }

    /** The invariant's value (OclInvalid included), compiled or by Classic OCL: for tests comparing the two. */
    synchronized Object invariantValue(EObject object, boolean useCompiled) {
        return valueFor(compiled.invariant(), query, object, useCompiled);
    }

    /** Each message part's value ({@code null} for a literal), compiled or by Classic OCL: for tests. */
    synchronized List<Object> messageValues(EObject object, boolean useCompiled) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < messageParts.size(); i++) {
            values.add(messageParts.get(i) instanceof OCL.Query part
                    ? valueFor(compiledPart(i), part, object, useCompiled) : null);
        }
        return values;
    }

    /** The compiled form of message part {@code index}; null for a literal, a part that did not compile, or none. */
    private CompiledOcl.Expression compiledPart(int index) {
        return compiled.messageParts() == null ? null : compiled.messageParts().get(index);
    }

    /** The {@code @related} expression's value (null without one), compiled or by Classic OCL: for tests. */
    synchronized Object relatedValue(EObject object, boolean useCompiled) {
        if (related == null) {
            return null;
        }
        return valueFor(compiled.related(), related, object, useCompiled);
    }

    /** One expression's value under the limits: compiled when asked and it compiled, else by Classic OCL. */
    private Object valueFor(CompiledOcl.Expression expression, OCL.Query query, EObject object, boolean useCompiled) {
        return BoundedEvaluation.run(limits, Deadline.NONE, () -> useCompiled && expression != null
                ? expression.evaluate(object, limits) : query.evaluate(object));
    }

    /** The compiled expression's value, or Classic OCL's where the compiled nodes meet a value they do not mirror. */
    private static Object evaluate(CompiledOcl.Expression expression, OCL.Query query, EObject object,
            EvaluationLimits limits) {
        if (expression != null) {
            try {
                return expression.evaluate(object, limits);
            } catch (CompiledOcl.Bailout bailout) {
                // fall through: the whole expression again, by Classic OCL (steps spent so far stay spent)
            }
        }
        return query.evaluate(object);
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

    /** Whether a finding of this invariant claims a shortfall or a missing input ({@code -- @kind}). */
    public FindingKind kind() {
        return kind;
    }

    /** The input a completeness invariant finds missing ({@code -- @missing}, e.g. {@code SL-T}); null for a violation. */
    public String missingInput() {
        return missingInput;
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
    public boolean holds(EObject object) {
        return holds(object, Deadline.NONE);
    }

    /** Like {@link #holds(EObject)}, stopped at the run's deadline too. */
    public synchronized boolean holds(EObject object, Deadline deadline) {
        if (compiled.invariant() == null) {
            return BoundedEvaluation.run(limits, deadline, () -> query.check(object));
        }
        return BoundedEvaluation.run(limits, deadline,
                () -> Boolean.TRUE.equals(evaluate(compiled.invariant(), query, object, limits)));
    }

    /** The message for a violation, with every {@code ${expression}} evaluated on the object. */
    public String message(EObject object, Function<Object, String> labels) {
        return message(object, labels, Deadline.NONE);
    }

    /**
     * The message for a violation, with every {@code ${expression}} evaluated on the object, all of them under one
     * budget; at most {@value #MAX_MESSAGE_LENGTH} characters (a collection's labels are cut, not all made first).
     */
    public synchronized String message(EObject object, Function<Object, String> labels, Deadline deadline) {
        return BoundedEvaluation.run(limits, deadline, () -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < messageParts.size(); i++) {
                Object part = messageParts.get(i);
                if (text.length() > MAX_MESSAGE_LENGTH) {
                    break;
                }
                if (part instanceof String literal) {
                    text.append(literal);
                } else {
                    CompiledOcl.Expression expression = compiledPart(i);
                    appendLabel(text, evaluate(expression, (OCL.Query) part, object, limits), labels);
                }
            }
            if (text.length() > MAX_MESSAGE_LENGTH) {
                text.setLength(MAX_MESSAGE_LENGTH);
                text.append(" [cut at " + MAX_MESSAGE_LENGTH + " characters]");
            }
            return text.toString();
        });
    }

    private static void appendLabel(StringBuilder text, Object value, Function<Object, String> labels) {
        if (!(value instanceof Collection<?> many)) {
            text.append(labels.apply(value));
            return;
        }
        String separator = "";
        for (Object item : many) {
            if (text.length() > MAX_MESSAGE_LENGTH) {
                return;
            }
            text.append(separator).append(labels.apply(item));
            separator = ", ";
        }
    }

    /**
     * How many elements the {@code @related} expression names, uncut (a completeness finding's count of elements the
     * rule cannot decide on); 0 without one.
     */
    public synchronized int relatedCount(EObject object, Deadline deadline) {
        if (related == null) {
            return 0;
        }
        Object value = BoundedEvaluation.run(limits, deadline,
                () -> evaluate(compiled.related(), related, object, limits));
        if (value instanceof Collection<?> many) {
            return (int) many.stream().filter(EObject.class::isInstance).count();
        }
        return value instanceof EObject ? 1 : 0;
    }

    /** Further offending elements named by the rule's {@code @related} expression (may be empty). */
    public List<EObject> relatedElements(EObject object) {
        return relatedElements(object, Deadline.NONE);
    }

    /** Like {@link #relatedElements(EObject)}: at most {@value #MAX_RELATED} elements, stopped at the deadline. */
    public synchronized List<EObject> relatedElements(EObject object, Deadline deadline) {
        if (related == null) {
            return List.of();
        }
        Object value = BoundedEvaluation.run(limits, deadline,
                () -> evaluate(compiled.related(), related, object, limits));
        if (value instanceof EObject single) {
            return List.of(single);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(EObject.class::isInstance).map(EObject.class::cast).limit(MAX_RELATED)
                    .toList();
        }
        return List.of();
    }
}
