package org.itot.validation.rules;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ocl.Environment;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.EvaluationHaltedException;
import org.eclipse.ocl.EvaluationVisitor;
import org.eclipse.ocl.EvaluationVisitorDecorator;
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.expressions.CollectionItem;
import org.eclipse.ocl.expressions.CollectionLiteralExp;
import org.eclipse.ocl.expressions.CollectionLiteralPart;
import org.eclipse.ocl.expressions.CollectionRange;
import org.eclipse.ocl.expressions.IfExp;
import org.eclipse.ocl.expressions.IterateExp;
import org.eclipse.ocl.expressions.IteratorExp;
import org.eclipse.ocl.expressions.LetExp;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.expressions.OperationCallExp;
import org.eclipse.ocl.expressions.PropertyCallExp;
import org.eclipse.ocl.expressions.VariableExp;
import org.eclipse.ocl.types.CollectionType;
import org.eclipse.ocl.util.CollectionUtil;
import org.eclipse.ocl.utilities.PredefinedType;

/**
 * Classic OCL has no way to stop an evaluation, so every evaluation visitor is wrapped in one that
 * counts the expressions it visits and charges what they build; over a limit it halts the evaluation
 * (OCL's own {@link EvaluationHaltedException}) and the rule reports that instead of a result.
 * The budget is per thread and spans the nested visitors OCL creates for {@code def} operations.
 * <p>
 * What is charged: one step per expression visited, one step per element of every collection an
 * operation, iterator or literal builds (a range is charged before it is built, a product before it is
 * multiplied out), and one step per {@value #CHARS_PER_STEP} characters of every string an operation
 * builds, so quadratic string building runs out of steps long before it runs out of time. The elements
 * built in one evaluation are also counted against {@link EvaluationLimits#maxCollectionSize()}, which
 * bounds the memory an evaluation can hold. A run's {@link Deadline} is looked at every
 * {@value #DEADLINE_CHECK_INTERVAL} steps.
 */
final class BoundedEvaluation {

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    /** Nested operation calls; a Job thread's 1 MB stack holds several times as many. */
    static final int MAX_CALL_DEPTH = 400;

    /** Copying a string costs about as much per 16 characters as visiting one expression. */
    static final int CHARS_PER_STEP = 16;

    private static final int DEADLINE_CHECK_INTERVAL = 1024;

    private BoundedEvaluation() {
    }

    /**
     * Runs one evaluation under the limits.
     *
     * @throws RuleEvaluationException when it ran over them
     */
    static <T> T run(EvaluationLimits limits, Supplier<T> evaluation) {
        return run(limits, Deadline.NONE, evaluation);
    }

    /**
     * Runs one evaluation under the limits and the run's deadline. Errors the evaluation raises (the stack or
     * the heap running out inside OCL) and exceptions of the OCL evaluator itself never escape: they halt the
     * evaluation like any other limit.
     *
     * @throws RuleEvaluationException when it ran over them, or past the deadline
     *                                 ({@link RuleEvaluationException#pastDeadline()})
     */
    static <T> T run(EvaluationLimits limits, Deadline deadline, Supplier<T> evaluation) {
        Budget outer = CURRENT.get();
        Budget budget = new Budget(limits, deadline);
        CURRENT.set(budget);
        T result;
        try {
            result = evaluation.get();
        } catch (StackOverflowError overflow) {
            budget.note(budget.overflowReason());
            result = null;
        } catch (OutOfMemoryError exhausted) {
            budget.note("it ran out of memory (it built " + budget.built + " collection elements)");
            result = null;
        } catch (RuleEvaluationException halted) {
            throw halted;
        } catch (RuntimeException failure) {
            // OCL catches what a rule can cause; anything else is OCL failing on the expression: a finding too
            budget.note("the OCL evaluator failed (" + failure + ")");
            result = null;
        } finally {
            CURRENT.set(outer);
        }
        if (budget.haltReason != null) {
            throw new RuleEvaluationException(budget.haltReason, budget.pastDeadline);
        }
        return result;
    }

    /**
     * The budget of the evaluation running on this thread (compiled expressions charge it like the bounded visitor);
     * outside {@link #run} a fresh one, so an evaluation is bounded all the same.
     */
    static Budget budget(EvaluationLimits limits) {
        Budget budget = CURRENT.get();
        return budget != null ? budget : new Budget(limits, Deadline.NONE);
    }

    static final class Budget {
        final EvaluationLimits limits;
        final Deadline deadline;
        long steps;
        long built;
        int depth;
        /** Visitors active: the outermost evaluation and the {@code def} operations it called, nested. */
        int calls;
        /** Operation calls active, nested (any operation: each costs stack). */
        int operationDepth;
        /** The deepest nesting of {@code def} calls reached, to tell recursion from a deep expression. */
        int deepestCalls;
        String haltReason;
        boolean pastDeadline;

        Budget(EvaluationLimits limits, Deadline deadline) {
            this.limits = limits;
            this.deadline = deadline;
        }

        void step() {
            charge(1);
        }

        void charge(long cost) {
            if (haltReason != null) {
                throw new EvaluationHaltedException(haltReason);
            }
            long before = steps;
            steps += cost;
            if (steps > limits.maxSteps()) {
                halt("it took more than " + limits.maxSteps() + " evaluation steps (endless recursion, a runaway "
                        + "loop or a huge collection or string?)");
            }
            if (before / DEADLINE_CHECK_INTERVAL != steps / DEADLINE_CHECK_INTERVAL && deadline.passed()) {
                pastDeadline = true;
                halt(deadline.reason());
            }
        }

        /** Checks what an expression gave against the size limits, without charging it. */
        Object checkSize(Object value) {
            if (value instanceof Collection<?> collection && collection.size() > limits.maxCollectionSize()) {
                halt("it built a collection of " + collection.size() + " elements, more than the "
                        + limits.maxCollectionSize() + " allowed");
            } else if (value instanceof String text && text.length() > limits.maxStringLength()) {
                halt("it built a string of " + text.length() + " characters, more than the "
                        + limits.maxStringLength() + " allowed");
            }
            return value;
        }

        /** Checks and charges what an operation, iterator or literal built. */
        Object built(Object value) {
            checkSize(value);
            if (value instanceof Collection<?> collection) {
                elements(collection.size());
            } else if (value instanceof String text) {
                charge(text.length() / CHARS_PER_STEP);
            }
            return value;
        }

        /** Charges elements about to be built (or just built), and counts them against the evaluation's total. */
        void elements(long count) {
            built += count;
            if (built > limits.maxCollectionSize()) {
                halt("it built " + built + " collection elements in all, more than the " + limits.maxCollectionSize()
                        + " allowed");
            }
            charge(count);
        }

        /** An operation call begins: nested calls are bounded like the bounded visitor bounds them. */
        void enterOperation() {
            if (++operationDepth > MAX_CALL_DEPTH) {
                operationDepth--;
                halt(deepestCalls > 1 ? "its recursion went deeper than " + MAX_CALL_DEPTH + " calls"
                        : "its operation calls nest deeper than " + MAX_CALL_DEPTH);
            }
        }

        void exitOperation() {
            operationDepth--;
        }

        /** A def body begins evaluating (OCL's nested visitor): recursion is told from deep expressions by these. */
        void enterCall() {
            deepestCalls = Math.max(deepestCalls, ++calls);
        }

        void exitCall() {
            calls--;
        }

        /** A collection literal of that many elements (ranges counted out) is about to be built. */
        void range(long size) {
            if (size > limits.maxCollectionSize()) {
                halt("it ranges over " + size + " numbers, more than the " + limits.maxCollectionSize() + " allowed");
            }
            elements(size);
        }

        String overflowReason() {
            return deepestCalls > 1 ? "its recursion went too deep for the stack (" + deepestCalls + " nested calls)"
                    : "its expression is nested too deeply for the stack";
        }

        void note(String reason) {
            if (haltReason == null) {
                haltReason = reason;
            }
        }

        void halt(String reason) {
            note(reason);
            throw new EvaluationHaltedException(reason);
        }
    }

    /** Environment factory of rule packs: its evaluation visitors are bounded and look up what they can once ({@link EvaluationLookups}). */
    static final class Factory extends EcoreEnvironmentFactory {

        private final EvaluationLimits limits;
        private final EvaluationLookups lookups = new EvaluationLookups();

        Factory(EPackage.Registry packages, EvaluationLimits limits) {
            super(packages);
            this.limits = limits;
        }

        @Override
        public EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject>
                createEvaluationEnvironment() {
            return lookups.rootEnvironment(this);
        }

        @Override
        public EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject>
                createEvaluationEnvironment(
                        EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> parent) {
            return lookups.nestedEnvironment(parent);
        }

        @Override
        public EvaluationVisitor<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> createEvaluationVisitor(
                        Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                                EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> env,
                        EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evalEnv,
                        Map<? extends EClass, ? extends Set<? extends EObject>> extentMap) {
            Budget budget = CURRENT.get();
            if (budget == null) {
                // evaluated outside run() (e.g. by a caller holding the raw query): bounded all the same
                budget = new Budget(limits, Deadline.NONE);
            }
            return new Visitor(lookups.visitor(env, evalEnv, extentMap), budget);
        }
    }

    private static final class Visitor extends EvaluationVisitorDecorator<EPackage, EClassifier, EOperation,
            EStructuralFeature, EEnumLiteral, EParameter, EObject, CallOperationAction, SendSignalAction, Constraint,
            EClass, EObject> {

        private final Budget budget;
        /** Nesting of visitExpression on this visitor: 0 to 1 is the start of its evaluation (or of a def call). */
        private int active;

        Visitor(EvaluationVisitor<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> delegate, Budget budget) {
            super(delegate);
            this.budget = budget;
        }

        @Override
        public Object visitExpression(OCLExpression<EClassifier> expression) {
            budget.step();
            if (active++ == 0) {
                // OCL gives every def operation call a visitor of its own: their nesting tells recursion from a
                // merely deep expression
                budget.enterCall();
            }
            try {
                // few locals here: this frame is on the stack once per nested expression
                return budget.depth++ > 0 ? budget.checkSize(super.visitExpression(expression)) : outermost(expression);
            } finally {
                budget.depth--;
                if (--active == 0) {
                    budget.exitCall();
                }
            }
        }

        /**
         * The outermost expression: an overflow of the stack unwinds to here and becomes a halt that OCL's query cleans
         * up after, like any other.
         */
        private Object outermost(OCLExpression<EClassifier> expression) {
            try {
                return budget.checkSize(super.visitExpression(expression));
            } catch (StackOverflowError overflow) {
                budget.note(budget.overflowReason());
                throw new EvaluationHaltedException(budget.haltReason);
            }
        }

        /**
         * Counts nested operation calls: recursion is stopped at a depth no honest rule reaches, before the stack runs
         * out. Every operation counts ({@code +} as much as a def helper), because each costs stack; expressions are
         * at most {@value RulePackLoader#MAX_EXPRESSION_DEPTH} deep, so only recursion gets here.
         */
        @Override
        public Object visitOperationCallExp(OperationCallExp<EClassifier, EOperation> call) {
            budget.step();
            budget.enterOperation();
            try {
                return isProduct(call) ? product(call) : budget.built(super.visitOperationCallExp(call));
            } finally {
                budget.exitOperation();
            }
        }

        private static boolean isProduct(OperationCallExp<EClassifier, EOperation> call) {
            return call.getOperationCode() == PredefinedType.PRODUCT && call.getSource() != null
                    && call.getArgument().size() == 1 && call.getType() instanceof CollectionType<?, ?>;
        }

        /**
         * {@code a->product(b)} multiplies sizes: two ranges within the limits give a set of tuples far beyond them,
         * so the size is checked before the tuples are made.
         */
        private Object product(OperationCallExp<EClassifier, EOperation> call) {
            CollectionType<?, ?> resultType = (CollectionType<?, ?>) call.getType();
            Object source = call.getSource().accept(this);
            Object argument = call.getArgument().get(0).accept(this);
            if (!(source instanceof Collection<?> left) || !(argument instanceof Collection<?> right)) {
                return super.visitOperationCallExp(call); // invalid or null operands: OCL's own answer
            }
            long size = (long) left.size() * right.size();
            if (size > budget.limits.maxCollectionSize()) {
                budget.halt("its product would build " + size + " pairs, more than the "
                        + budget.limits.maxCollectionSize() + " allowed");
            }
            budget.elements(size);
            return CollectionUtil.product(getEvaluationEnvironment(), getEnvironment(), left, right,
                    (EClassifier) resultType.getElementType());
        }

        @Override
        public Object visitIteratorExp(IteratorExp<EClassifier, EParameter> iterator) {
            budget.step();
            return budget.built(super.visitIteratorExp(iterator));
        }

        @Override
        public Object visitIterateExp(IterateExp<EClassifier, EParameter> iterate) {
            budget.step();
            return budget.built(super.visitIterateExp(iterate));
        }

        @Override
        public Object visitPropertyCallExp(PropertyCallExp<EClassifier, EStructuralFeature> call) {
            budget.step();
            return super.visitPropertyCallExp(call);
        }

        @Override
        public Object visitVariableExp(VariableExp<EClassifier, EParameter> variable) {
            budget.step();
            return super.visitVariableExp(variable);
        }

        @Override
        public Object visitIfExp(IfExp<EClassifier> ifExp) {
            budget.step();
            return super.visitIfExp(ifExp);
        }

        @Override
        public Object visitLetExp(LetExp<EClassifier, EParameter> let) {
            budget.step();
            return super.visitLetExp(let);
        }

        /**
         * A range is sized and charged before it is built: {@code Set{1..2000000000}} would fill the memory in one
         * step, and {@code Sequence{1..N}} costs N however few expressions it has.
         */
        @Override
        public Object visitCollectionLiteralExp(CollectionLiteralExp<EClassifier> literal) {
            budget.step();
            long size = 0;
            for (CollectionLiteralPart<EClassifier> part : literal.getPart()) {
                if (part instanceof CollectionRange<EClassifier> range) {
                    Object first = range.getFirst().accept(this);
                    Object last = range.getLast().accept(this);
                    if (first instanceof Number from && last instanceof Number to) {
                        size += Math.max(0L, to.longValue() - from.longValue() + 1);
                    }
                } else if (part instanceof CollectionItem<EClassifier>) {
                    size++;
                }
            }
            budget.range(size);
            return budget.checkSize(super.visitCollectionLiteralExp(literal));
        }
    }
}
