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

/**
 * Classic OCL has no way to stop an evaluation, so every evaluation visitor is wrapped in one that
 * counts the expressions it visits and checks the size of what they build; over a limit it halts the
 * evaluation (OCL's own {@link EvaluationHaltedException}) and the rule reports that instead of a result.
 * The budget is per thread and spans the nested visitors OCL creates for {@code def} operations.
 */
final class BoundedEvaluation {

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    /** Nested operation calls; a Job thread's 1 MB stack holds several times as many. */
    private static final int MAX_CALL_DEPTH = 400;

    private BoundedEvaluation() {
    }

    /**
     * Runs one evaluation under the limits.
     *
     * @throws RuleEvaluationException when it ran over them
     */
    static <T> T run(EvaluationLimits limits, Supplier<T> evaluation) {
        Budget outer = CURRENT.get();
        Budget budget = new Budget(limits);
        CURRENT.set(budget);
        T result;
        try {
            result = evaluation.get();
        } catch (StackOverflowError overflow) {
            budget.halt("its recursion went too deep");
            result = null;
        } finally {
            CURRENT.set(outer);
        }
        if (budget.haltReason != null) {
            throw new RuleEvaluationException(budget.haltReason);
        }
        return result;
    }

    private static final class Budget {
        final EvaluationLimits limits;
        long steps;
        int depth;
        int calls;
        String haltReason;

        Budget(EvaluationLimits limits) {
            this.limits = limits;
        }

        void step() {
            if (haltReason != null) {
                throw new EvaluationHaltedException(haltReason);
            }
            if (++steps > limits.maxSteps()) {
                halt("it took more than " + limits.maxSteps() + " evaluation steps (endless recursion or a runaway "
                        + "loop?)");
            }
        }

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

        void halt(String reason) {
            if (haltReason == null) {
                haltReason = reason;
            }
            throw new EvaluationHaltedException(reason);
        }
    }

    /** Environment factory of rule packs: its evaluation visitors are bounded. */
    static final class Factory extends EcoreEnvironmentFactory {

        private final EvaluationLimits limits;

        Factory(EPackage.Registry packages, EvaluationLimits limits) {
            super(packages);
            this.limits = limits;
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
                budget = new Budget(limits);
            }
            return new Visitor(super.createEvaluationVisitor(env, evalEnv, extentMap), budget);
        }
    }

    private static final class Visitor extends EvaluationVisitorDecorator<EPackage, EClassifier, EOperation,
            EStructuralFeature, EEnumLiteral, EParameter, EObject, CallOperationAction, SendSignalAction, Constraint,
            EClass, EObject> {

        private final Budget budget;

        Visitor(EvaluationVisitor<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> delegate, Budget budget) {
            super(delegate);
            this.budget = budget;
        }

        @Override
        public Object visitExpression(OCLExpression<EClassifier> expression) {
            budget.step();
            if (budget.depth++ > 0) {
                try {
                    return budget.checkSize(super.visitExpression(expression));
                } finally {
                    budget.depth--;
                }
            }
            // The outermost call: an overflow of the stack unwinds to here and becomes a halt that OCL's
            // query cleans up after, like any other.
            try {
                return budget.checkSize(super.visitExpression(expression));
            } catch (StackOverflowError overflow) {
                budget.haltReason = budget.haltReason == null ? "its recursion went too deep" : budget.haltReason;
                throw new EvaluationHaltedException(budget.haltReason);
            } finally {
                budget.depth--;
            }
        }

        /** Counts nested calls: recursion is stopped at a depth no honest rule reaches, before the stack runs out. */
        @Override
        public Object visitOperationCallExp(OperationCallExp<EClassifier, EOperation> call) {
            budget.step();
            if (++budget.calls > MAX_CALL_DEPTH) {
                budget.calls--;
                budget.halt("its recursion went deeper than " + MAX_CALL_DEPTH + " calls");
            }
            try {
                return budget.checkSize(super.visitOperationCallExp(call));
            } finally {
                budget.calls--;
            }
        }

        @Override
        public Object visitIteratorExp(IteratorExp<EClassifier, EParameter> iterator) {
            budget.step();
            return budget.checkSize(super.visitIteratorExp(iterator));
        }

        @Override
        public Object visitIterateExp(IterateExp<EClassifier, EParameter> iterate) {
            budget.step();
            return budget.checkSize(super.visitIterateExp(iterate));
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

        /** A range is sized before it is built: {@code Set{1..2000000000}} would fill the memory in one step. */
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
            if (size > budget.limits.maxCollectionSize()) {
                budget.halt("it ranges over " + size + " numbers, more than the " + budget.limits.maxCollectionSize()
                        + " allowed");
            }
            return budget.checkSize(super.visitCollectionLiteralExp(literal));
        }
    }
}
