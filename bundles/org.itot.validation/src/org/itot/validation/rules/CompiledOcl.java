package org.itot.validation.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ocl.EvaluationHaltedException;
import org.eclipse.ocl.ecore.EcoreEvaluationEnvironment;
import org.eclipse.ocl.expressions.CollectionKind;
import org.eclipse.ocl.types.InvalidType;
import org.eclipse.ocl.types.VoidType;
import org.eclipse.ocl.util.CollectionUtil;
import org.eclipse.ocl.util.ObjectUtil;
import org.eclipse.ocl.util.UnicodeSupport;
import org.eclipse.ocl.utilities.PredefinedType;

/**
 * The evaluator objects {@link OclCompiler} builds: one class per OCL construct, each a transcription of what Classic
 * OCL's {@code EvaluationVisitorImpl} (3.x) and its iteration templates do for that construct, case by case and in the
 * same order (which sub-expressions are evaluated, which exceptions become OclInvalid, how null and invalid propagate,
 * which Java collection each result is). Library operations reuse OCL's own {@link CollectionUtil} and
 * {@link ObjectUtil}; navigation, model operations and type tests go to the Ecore binding's evaluation environment
 * (stateless for these calls, its lookups cached by {@link EvaluationLookups}).
 * <p>
 * The budget is {@link BoundedEvaluation}'s and is charged as its bounded visitor charges Classic OCL's evaluation:
 * a step where OCL's {@code visitExpression} begins an evaluation (the whole expression, a def body, an iterator's
 * body) and one per operation call, navigation, variable, if, let, iterator, iterate and collection literal; what
 * operations and iterators build; ranges before they are built; nested operation calls up to its depth limit; the
 * nesting of {@code def} calls to tell recursion from deep expressions.
 */
final class CompiledOcl {

    private CompiledOcl() {
    }

    /** Thrown where a value at run time is one the nodes do not mirror (e.g. a BigDecimal): Classic OCL evaluates. */
    static final class Bailout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bailout(String what) {
            super(what, null, false, false);
        }
    }

    /** One evaluation's variables (slot 0 is self) and the thread's budget. */
    static final class Frame {
        final Object[] slots;
        final BoundedEvaluation.Budget budget;

        Frame(int size, BoundedEvaluation.Budget budget) {
            this.slots = new Object[size];
            this.budget = budget;
        }
    }

    /** A compiled expression, ready to evaluate on an element. */
    static final class Expression {
        private final Node root;
        private final int slots;
        private final Object invalid;

        Expression(Node root, int slots, Object invalid) {
            this.root = root;
            this.slots = slots;
            this.invalid = invalid;
        }

        /** The value Classic OCL's query would give, OclInvalid included (as OCL's invalid object). */
        Object evaluate(Object self, EvaluationLimits limits) {
            Frame frame = new Frame(slots, BoundedEvaluation.budget(limits));
            frame.slots[0] = self;
            return visit(root, frame, invalid);
        }
    }

    /** A node of a compiled expression. */
    abstract static class Node {

        /** Evaluates as a nested expression (OCL's {@code accept}: the node's own visit method charges it). */
        final Object value(Frame frame) {
            return evaluate(frame);
        }

        abstract Object evaluate(Frame frame);
    }

    /**
     * OCL's {@code visitExpression}, where an evaluation (the whole expression, a def body, an iterator's body) begins:
     * a step, the value's size checked, and a failure of the evaluation (not a halt) OclInvalid.
     */
    static Object visit(Node node, Frame frame, Object invalid) {
        BoundedEvaluation.Budget budget = frame.budget;
        budget.step();
        Object value;
        try {
            value = node.evaluate(frame);
        } catch (EvaluationHaltedException | Bailout halted) {
            throw halted;
        } catch (RuntimeException failure) {
            value = invalid;
        }
        return budget.checkSize(value);
    }

    /** OCL's {@code safeVisitExpression}: a failure of the evaluation (not a halt) is OclInvalid. */
    static Object safe(Node node, Frame frame, Object invalid) {
        try {
            return node.value(frame);
        } catch (EvaluationHaltedException | Bailout halted) {
            throw halted;
        } catch (RuntimeException failure) {
            return invalid;
        }
    }

    static boolean undefined(Object value, Object invalid) {
        return value == null || value == invalid;
    }

    /** NumberUtil.coerceNumber: Integer where it fits. */
    static Number coerceNumber(Number number) {
        if (number instanceof Integer || number instanceof Double) {
            return number;
        }
        if (number instanceof Byte || number instanceof Short) {
            return Integer.valueOf(number.intValue());
        }
        if (number instanceof Long value) {
            return value.longValue() == value.intValue() ? (Number) Integer.valueOf(value.intValue()) : value;
        }
        if (number instanceof Float) {
            return Double.valueOf(number.doubleValue());
        }
        throw new Bailout("number " + number.getClass().getName());
    }

    /** NumberUtil.higherPrecisionNumber: Long or Double. */
    static Number higherPrecisionNumber(Number number) {
        if (number instanceof Integer || number instanceof Byte || number instanceof Short) {
            return Long.valueOf(number.longValue());
        }
        if (number instanceof Long || number instanceof Double) {
            return number;
        }
        if (number instanceof BigInteger || number instanceof BigDecimal) {
            throw new Bailout("number " + number.getClass().getName());
        }
        if (number instanceof Float) {
            throw new Bailout("Float");
        }
        return number;
    }

    static final class Constant extends Node {
        private final Object constant;

        Constant(Object constant) {
            this.constant = constant;
        }

        @Override
        Object evaluate(Frame frame) {
            return constant;
        }
    }

    static final class Read extends Node {
        private final int slot;

        Read(int slot) {
            this.slot = slot;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            return frame.slots[slot];
        }
    }

    static final class If extends Node {
        private final Node condition;
        private final Node then;
        private final Node otherwise;
        private final Object invalid;

        If(Node condition, Node then, Node otherwise, Object invalid) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            Object test = condition.value(frame);
            if (undefined(test, invalid)) {
                return invalid;
            }
            return ((Boolean) test) ? then.value(frame) : otherwise.value(frame);
        }
    }

    static final class Let extends Node {
        private final int slot;
        private final Node init;
        private final Node in;
        private final Object invalid;

        Let(int slot, Node init, Node in, Object invalid) {
            this.slot = slot;
            this.init = init;
            this.in = in;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            frame.slots[slot] = init == null ? null : safe(init, frame, invalid);
            try {
                return in.value(frame);
            } finally {
                frame.slots[slot] = null;
            }
        }
    }

    /** A def operation's or attribute's compiled body; completed after compiling, recursion refers to it before. */
    static final class Definition {
        final int parameters;
        private Node body;
        private int slots;

        Definition(int parameters) {
            this.parameters = parameters;
        }

        void complete(Node compiledBody, int slotCount) {
            this.body = compiledBody;
            this.slots = slotCount;
        }

        /** OCL's nested visitor on a nested environment: a step, one more def call active, the body. */
        Object call(Object self, Object[] arguments, BoundedEvaluation.Budget budget, Object invalid) {
            Frame frame = new Frame(slots, budget);
            frame.slots[0] = self;
            System.arraycopy(arguments, 0, frame.slots, 1, arguments.length);
            budget.enterCall();
            try {
                return visit(body, frame, invalid);
            } finally {
                budget.exitCall();
            }
        }
    }

    /** An operation call: counted against the nesting limit, its result charged like OCL's bounded visitor does. */
    abstract static class Call extends Node {
        @Override
        final Object evaluate(Frame frame) {
            BoundedEvaluation.Budget budget = frame.budget;
            budget.step();
            budget.enterOperation();
            try {
                return budget.built(call(frame));
            } finally {
                budget.exitOperation();
            }
        }

        abstract Object call(Frame frame);
    }

    /** A call of a def operation (or a navigation of a def attribute). */
    static final class DefCall extends Call {
        private final Node source;
        private final Node[] arguments;
        private final Definition definition;
        private final Object invalid;

        DefCall(Node source, Node[] arguments, Definition definition, Object invalid) {
            this.source = source;
            this.arguments = arguments;
            this.definition = definition;
            this.invalid = invalid;
        }

        @Override
        Object call(Frame frame) {
            Object target = safe(source, frame, invalid);
            Object[] values = new Object[arguments.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = safe(arguments[i], frame, invalid);
            }
            if (undefined(target, invalid)) {
                return invalid;
            }
            try {
                return definition.call(target, values, frame.budget, invalid);
            } catch (EvaluationHaltedException | Bailout halted) {
                throw halted;
            } catch (RuntimeException failure) {
                return invalid; // OCL logs and gives invalid for what fails inside an operation call
            }
        }
    }

    /** A navigation of a def attribute: no operation call, no catching (OCL's visitPropertyCallExp). */
    static final class DefAttribute extends Node {
        private final Node source;
        private final Definition definition;
        private final Object invalid;

        DefAttribute(Node source, Definition definition, Object invalid) {
            this.source = source;
            this.definition = definition;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            Object target = source.value(frame);
            if (undefined(target, invalid)) {
                return invalid;
            }
            return definition.call(target, new Object[0], frame.budget, invalid);
        }
    }

    /** A model operation (an EOperation of the metamodel with a Java implementation). */
    static final class ModelCall extends Call {
        private final Node source;
        private final Node[] arguments;
        private final EOperation operation;
        private final int code;
        private final EcoreEvaluationEnvironment runtime;
        private final Object invalid;

        ModelCall(Node source, Node[] arguments, EOperation operation, int code, EcoreEvaluationEnvironment runtime,
                Object invalid) {
            this.source = source;
            this.arguments = arguments;
            this.operation = operation;
            this.code = code;
            this.runtime = runtime;
            this.invalid = invalid;
        }

        @Override
        Object call(Frame frame) {
            Object target = safe(source, frame, invalid);
            Object[] values = new Object[arguments.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = safe(arguments[i], frame, invalid);
            }
            try {
                return runtime.callOperation(operation, code, target, values);
            } catch (EvaluationHaltedException | Bailout halted) {
                throw halted;
            } catch (RuntimeException failure) {
                return invalid;
            }
        }
    }

    /** A navigation of a structural feature of the model. */
    static final class Navigate extends Node {
        private final Node source;
        private final EStructuralFeature feature;
        private final CollectionKind wrap;
        private final EcoreEvaluationEnvironment runtime;
        private final Object invalid;

        Navigate(Node source, EStructuralFeature feature, CollectionKind wrap, EcoreEvaluationEnvironment runtime,
                Object invalid) {
            this.source = source;
            this.feature = feature;
            this.wrap = wrap;
            this.runtime = runtime;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            Object target = source.value(frame);
            if (undefined(target, invalid)) {
                return invalid;
            }
            Object result = runtime.navigateProperty(feature, Collections.emptyList(), target);
            if (wrap != null && !(result instanceof Collection<?>)) {
                Collection<Object> collection = CollectionUtil.createNewCollection(wrap);
                collection.add(result);
                result = collection;
            }
            return result;
        }
    }

    /** The library operations compiled, by how OCL's visitor dispatches them. */
    static final class Library {

        private Library() {
        }

        private static final Set<Integer> ANY_SOURCE = Set.of(PredefinedType.EQUAL, PredefinedType.NOT_EQUAL,
                PredefinedType.TO_STRING, PredefinedType.OCL_AS_SET);
        private static final Set<Integer> UNARY = Set.of(PredefinedType.MINUS, PredefinedType.ABS,
                PredefinedType.CHARACTERS, PredefinedType.FLOOR, PredefinedType.ROUND, PredefinedType.NOT,
                PredefinedType.OCL_IS_UNDEFINED, PredefinedType.OCL_IS_INVALID, PredefinedType.SIZE,
                PredefinedType.TO_BOOLEAN, PredefinedType.TO_INTEGER, PredefinedType.TO_REAL, PredefinedType.TO_LOWER,
                PredefinedType.TO_LOWER_CASE, PredefinedType.TO_UPPER, PredefinedType.TO_UPPER_CASE,
                PredefinedType.TOKENIZE, PredefinedType.TRIM, PredefinedType.IS_EMPTY, PredefinedType.NOT_EMPTY,
                PredefinedType.SUM, PredefinedType.FLATTEN, PredefinedType.AS_SET, PredefinedType.AS_BAG,
                PredefinedType.AS_ORDERED_SET, PredefinedType.AS_SEQUENCE, PredefinedType.FIRST, PredefinedType.LAST,
                PredefinedType.MAX, PredefinedType.MIN);
        private static final Set<Integer> BINARY = Set.of(PredefinedType.AND, PredefinedType.OR, PredefinedType.XOR,
                PredefinedType.IMPLIES, PredefinedType.PLUS, PredefinedType.MINUS, PredefinedType.TIMES,
                PredefinedType.DIVIDE, PredefinedType.DIV, PredefinedType.MOD, PredefinedType.MAX, PredefinedType.MIN,
                PredefinedType.LESS_THAN, PredefinedType.GREATER_THAN, PredefinedType.LESS_THAN_EQUAL,
                PredefinedType.GREATER_THAN_EQUAL, PredefinedType.CONCAT, PredefinedType.AT, PredefinedType.ENDS_WITH,
                PredefinedType.EQUALS_IGNORE_CASE, PredefinedType.INDEX_OF, PredefinedType.LAST_INDEX_OF,
                PredefinedType.STARTS_WITH, PredefinedType.TOKENIZE, PredefinedType.INCLUDES, PredefinedType.EXCLUDES,
                PredefinedType.COUNT, PredefinedType.INCLUDES_ALL, PredefinedType.EXCLUDES_ALL, PredefinedType.UNION,
                PredefinedType.INTERSECTION, PredefinedType.INCLUDING, PredefinedType.EXCLUDING,
                PredefinedType.SYMMETRIC_DIFFERENCE, PredefinedType.APPEND, PredefinedType.PREPEND);
        private static final Set<Integer> TERNARY = Set.of(PredefinedType.SUBSTRING, PredefinedType.SUBSTITUTE_ALL,
                PredefinedType.SUBSTITUTE_FIRST, PredefinedType.INSERT_AT, PredefinedType.SUB_ORDERED_SET,
                PredefinedType.SUB_SEQUENCE);
        private static final Set<Integer> CLASS_UNARY = Set.of(PredefinedType.OCL_IS_UNDEFINED,
                PredefinedType.OCL_IS_INVALID);
        private static final Set<Integer> CLASS_BINARY = Set.of(PredefinedType.OCL_IS_KIND_OF,
                PredefinedType.OCL_IS_TYPE_OF, PredefinedType.OCL_AS_TYPE, PredefinedType.LESS_THAN,
                PredefinedType.GREATER_THAN, PredefinedType.LESS_THAN_EQUAL, PredefinedType.GREATER_THAN_EQUAL);

        /** Whether the operation of that code and arity on a source of that kind is one the nodes mirror. */
        static boolean supports(int code, int arguments, boolean primitiveSource) {
            if (ANY_SOURCE.contains(code) && arguments == (code == PredefinedType.EQUAL
                    || code == PredefinedType.NOT_EQUAL ? 1 : 0)) {
                return true;
            }
            if (primitiveSource) {
                return switch (arguments) {
                    case 0 -> UNARY.contains(code);
                    case 1 -> BINARY.contains(code);
                    case 2 -> TERNARY.contains(code);
                    default -> false;
                };
            }
            return arguments == 0 ? CLASS_UNARY.contains(code) : arguments == 1 && CLASS_BINARY.contains(code);
        }
    }

    /** A call of an operation of OCL's standard library: {@code EvaluationVisitorImpl.visitOperationCallExp}. */
    static final class LibraryCall extends Call {
        private final int code;
        private final Node source;
        private final Node[] arguments;
        private final boolean primitiveSource;
        private final boolean stringSource;
        private final boolean collectionSource;
        private final Object sumZero;
        private final boolean lax;
        private final EcoreEvaluationEnvironment runtime;
        private final Object invalid;

        LibraryCall(int code, Node source, Node[] arguments, boolean primitiveSource, boolean stringSource,
                boolean collectionSource, Object sumZero, boolean lax, EcoreEvaluationEnvironment runtime,
                Object invalid) {
            this.code = code;
            this.source = source;
            this.arguments = arguments;
            this.primitiveSource = primitiveSource;
            this.stringSource = stringSource;
            this.collectionSource = collectionSource;
            this.sumZero = sumZero;
            this.lax = lax;
            this.runtime = runtime;
            this.invalid = invalid;
        }

        private boolean isBooleanOperation() {
            return code == PredefinedType.AND || code == PredefinedType.OR || code == PredefinedType.NOT
                    || code == PredefinedType.XOR || code == PredefinedType.IMPLIES;
        }

        @Override
        Object call(Frame frame) {
            Object sourceValue = safe(source, frame, invalid);
            if (code == PredefinedType.EQUAL || code == PredefinedType.NOT_EQUAL) {
                if (sourceValue == invalid) {
                    return invalid;
                }
                Object argument = safe(arguments[0], frame, invalid);
                if (argument == invalid) {
                    return argument;
                }
                if (sourceValue instanceof Number number) {
                    sourceValue = higherPrecisionNumber(number);
                }
                if (argument instanceof Number number) {
                    argument = higherPrecisionNumber(number);
                }
                boolean equal = ObjectUtil.equal(sourceValue, argument);
                return code == PredefinedType.EQUAL ? equal : !equal;
            }
            if (code == PredefinedType.TO_STRING) {
                return sourceValue == null ? "null" : sourceValue == invalid ? "invalid" : sourceValue.toString();
            }
            if (code == PredefinedType.OCL_AS_SET) {
                if (sourceValue == invalid) {
                    return sourceValue;
                }
                Set<Object> result = CollectionUtil.createNewSet();
                if (sourceValue != null) {
                    result.add(sourceValue);
                }
                return result;
            }
            if (primitiveSource) {
                switch (arguments.length) {
                    case 0:
                        return unary(sourceValue);
                    case 1:
                        return binary(sourceValue, frame);
                    default:
                        return ternary(sourceValue, frame);
                }
            }
            return classOperation(sourceValue, frame);
        }

        private Object unary(Object sourceValue) {
            if (undefined(sourceValue, invalid) && code != PredefinedType.OCL_IS_UNDEFINED
                    && code != PredefinedType.OCL_IS_INVALID) {
                return invalid;
            }
            switch (code) {
                case PredefinedType.MINUS:
                    if (sourceValue instanceof Integer value) {
                        return value == Integer.MIN_VALUE ? (Object) Long.valueOf(-(long) value)
                                : (Object) Integer.valueOf(-value);
                    } else if (sourceValue instanceof Long value) {
                        return value == -(long) Integer.MIN_VALUE ? (Object) Integer.valueOf(Integer.MIN_VALUE)
                                : (Object) Long.valueOf(-value);
                    }
                    return -((Number) sourceValue).doubleValue();
                case PredefinedType.ABS:
                    if (sourceValue instanceof Integer value) {
                        return value == Integer.MIN_VALUE ? (Object) Long.valueOf(-(long) Integer.MIN_VALUE)
                                : (Object) Math.abs(value);
                    } else if (sourceValue instanceof Long value) {
                        return Math.abs(value);
                    }
                    return Math.abs(((Number) sourceValue).doubleValue());
                case PredefinedType.CHARACTERS: {
                    String text = (String) sourceValue;
                    List<String> results = new ArrayList<>(text.length());
                    for (int i = 0; i < text.length(); i++) {
                        results.add(text.substring(i, i + 1));
                    }
                    return results;
                }
                case PredefinedType.FLOOR:
                    if (sourceValue instanceof Double || sourceValue instanceof Float || sourceValue instanceof BigDecimal) {
                        return (int) Math.floor(((Number) sourceValue).doubleValue());
                    }
                    return sourceValue;
                case PredefinedType.ROUND:
                    if (sourceValue instanceof Double || sourceValue instanceof Float || sourceValue instanceof BigDecimal) {
                        return (int) Math.round(((Number) sourceValue).doubleValue());
                    }
                    return sourceValue;
                case PredefinedType.NOT:
                    return ((Boolean) sourceValue) ? Boolean.FALSE : Boolean.TRUE;
                case PredefinedType.OCL_IS_UNDEFINED:
                    return undefined(sourceValue, invalid);
                case PredefinedType.OCL_IS_INVALID:
                    return sourceValue == invalid;
                case PredefinedType.SIZE:
                    if (stringSource) {
                        return ((String) sourceValue).length();
                    } else if (collectionSource) {
                        return ((Collection<?>) sourceValue).size();
                    }
                    return "true".equals(sourceValue); // OCL's switch falls through to toBoolean
                case PredefinedType.TO_BOOLEAN:
                    return "true".equals(sourceValue);
                case PredefinedType.TO_INTEGER:
                    if (stringSource) {
                        return Integer.valueOf((String) sourceValue);
                    }
                    return invalid;
                case PredefinedType.TO_REAL:
                    return Double.valueOf((String) sourceValue);
                case PredefinedType.TO_LOWER:
                case PredefinedType.TO_LOWER_CASE:
                    return UnicodeSupport.toLowerCase((String) sourceValue);
                case PredefinedType.TO_UPPER:
                case PredefinedType.TO_UPPER_CASE:
                    return UnicodeSupport.toUpperCase((String) sourceValue);
                case PredefinedType.TOKENIZE:
                    return tokenize((String) sourceValue, " \t\n\r\f", false);
                case PredefinedType.TRIM:
                    return ((String) sourceValue).trim();
                case PredefinedType.IS_EMPTY:
                    return ((Collection<?>) sourceValue).isEmpty();
                case PredefinedType.NOT_EMPTY:
                    return !((Collection<?>) sourceValue).isEmpty();
                case PredefinedType.SUM: {
                    Number sum = (Number) CollectionUtil.sum((Collection<?>) sourceValue);
                    return sum == null ? sumZero : sum;
                }
                case PredefinedType.FLATTEN:
                    return CollectionUtil.flatten((Collection<?>) sourceValue);
                case PredefinedType.AS_SET:
                    return CollectionUtil.asSet((Collection<?>) sourceValue);
                case PredefinedType.AS_BAG:
                    return CollectionUtil.asBag((Collection<?>) sourceValue);
                case PredefinedType.AS_ORDERED_SET:
                    return CollectionUtil.asOrderedSet((Collection<?>) sourceValue);
                case PredefinedType.AS_SEQUENCE:
                    return CollectionUtil.asSequence((Collection<?>) sourceValue);
                case PredefinedType.FIRST:
                    return ((Collection<?>) sourceValue).isEmpty() ? invalid
                            : CollectionUtil.first((Collection<?>) sourceValue);
                case PredefinedType.LAST:
                    return ((Collection<?>) sourceValue).isEmpty() ? invalid
                            : CollectionUtil.last((Collection<?>) sourceValue);
                case PredefinedType.MAX:
                    return CollectionUtil.max((Collection<?>) sourceValue);
                case PredefinedType.MIN:
                    return CollectionUtil.min((Collection<?>) sourceValue);
                default:
                    return invalid;
            }
        }

        private static List<String> tokenize(String text, String delimiters, boolean returnDelimiters) {
            StringTokenizer tokenizer = new StringTokenizer(text, delimiters, returnDelimiters);
            List<String> results = new ArrayList<>();
            while (tokenizer.hasMoreTokens()) {
                results.add(tokenizer.nextToken());
            }
            return results;
        }

        private RuntimeException unknown() {
            return new RuntimeException("unknown operation " + code);
        }

        @SuppressWarnings("unchecked")
        private Object binary(Object sourceValue, Frame frame) {
            Node argumentNode = arguments[0];
            if (undefined(sourceValue, invalid)) {
                boolean booleanOperation = code == PredefinedType.AND || code == PredefinedType.OR
                        || code == PredefinedType.XOR || code == PredefinedType.IMPLIES;
                if (!booleanOperation || !lax) {
                    return invalid;
                }
            }
            Object argument = null;
            if (!isBooleanOperation()) {
                argument = safe(argumentNode, frame, invalid);
                if (argument == invalid) {
                    return argument;
                }
            }
            if (sourceValue instanceof Number number) {
                if (argument == null) {
                    return invalid;
                }
                sourceValue = higherPrecisionNumber(number);
                if (argument instanceof Number other) {
                    argument = higherPrecisionNumber(other);
                }
            }
            if (sourceValue instanceof Long left && argument instanceof Long right) {
                long a = left;
                long b = right;
                switch (code) {
                    case PredefinedType.PLUS:
                        return coerceNumber(a + b);
                    case PredefinedType.MINUS:
                        return coerceNumber(a - b);
                    case PredefinedType.TIMES:
                        return coerceNumber(a * b);
                    case PredefinedType.DIVIDE: {
                        double denominator = b;
                        return denominator == 0.0 ? invalid : (double) a / denominator;
                    }
                    case PredefinedType.DIV:
                        return b == 0 ? invalid : coerceNumber(a / b);
                    case PredefinedType.MOD:
                        return coerceNumber(a % b);
                    case PredefinedType.MAX:
                        return coerceNumber(Math.max(a, b));
                    case PredefinedType.MIN:
                        return coerceNumber(Math.min(a, b));
                    case PredefinedType.LESS_THAN:
                        return a < b;
                    case PredefinedType.GREATER_THAN:
                        return a > b;
                    case PredefinedType.LESS_THAN_EQUAL:
                        return a <= b;
                    case PredefinedType.GREATER_THAN_EQUAL:
                        return a >= b;
                    default:
                        throw unknown();
                }
            } else if ((sourceValue instanceof Long || sourceValue instanceof Double)
                    && (argument instanceof Long || argument instanceof Double)) {
                // OCL's three cases Integer-Real, Real-Integer and Real-Real compute alike: in double
                return real(((Number) sourceValue).doubleValue(), ((Number) argument).doubleValue());
            } else if (sourceValue instanceof Boolean || isBooleanOperation()) {
                switch (code) {
                    case PredefinedType.OR:
                        if (Boolean.TRUE.equals(sourceValue)) {
                            return Boolean.TRUE;
                        }
                        argument = argumentNode.value(frame);
                        if (Boolean.TRUE.equals(argument)) {
                            return Boolean.TRUE;
                        }
                        if (undefined(sourceValue, invalid) || undefined(argument, invalid)) {
                            return invalid;
                        }
                        return Boolean.FALSE;
                    case PredefinedType.XOR:
                        argument = argumentNode.value(frame);
                        if (undefined(sourceValue, invalid) || undefined(argument, invalid)) {
                            return invalid;
                        }
                        return ((Boolean) sourceValue).booleanValue() ^ ((Boolean) argument).booleanValue();
                    case PredefinedType.AND:
                        if (Boolean.FALSE.equals(sourceValue)) {
                            return Boolean.FALSE;
                        }
                        argument = argumentNode.value(frame);
                        if (Boolean.FALSE.equals(argument)) {
                            return Boolean.FALSE;
                        }
                        if (undefined(sourceValue, invalid) || undefined(argument, invalid)) {
                            return invalid;
                        }
                        return Boolean.TRUE;
                    case PredefinedType.IMPLIES:
                        if (Boolean.FALSE.equals(sourceValue)) {
                            return Boolean.TRUE;
                        }
                        argument = argumentNode.value(frame);
                        if (Boolean.TRUE.equals(argument)) {
                            return Boolean.TRUE;
                        }
                        if (undefined(sourceValue, invalid) || undefined(argument, invalid)) {
                            return invalid;
                        }
                        return argument;
                    default:
                        throw unknown();
                }
            } else if (sourceValue instanceof String text) {
                if (undefined(argument, invalid)) {
                    return invalid;
                }
                switch (code) {
                    case PredefinedType.CONCAT:
                    case PredefinedType.PLUS:
                        return text.concat((String) argument);
                    case PredefinedType.LESS_THAN:
                        return text.compareTo((String) argument) < 0;
                    case PredefinedType.LESS_THAN_EQUAL:
                        return text.compareTo((String) argument) <= 0;
                    case PredefinedType.GREATER_THAN:
                        return text.compareTo((String) argument) > 0;
                    case PredefinedType.GREATER_THAN_EQUAL:
                        return text.compareTo((String) argument) >= 0;
                    case PredefinedType.AT:
                        if (!(argument instanceof Integer index)) {
                            return invalid;
                        }
                        return String.valueOf(text.substring(index - 1, index));
                    case PredefinedType.ENDS_WITH:
                        return text.endsWith((String) argument);
                    case PredefinedType.EQUALS_IGNORE_CASE:
                        return text.equalsIgnoreCase((String) argument);
                    case PredefinedType.INDEX_OF:
                        return 1 + text.indexOf((String) argument);
                    case PredefinedType.LAST_INDEX_OF:
                        return 1 + text.lastIndexOf((String) argument);
                    case PredefinedType.STARTS_WITH:
                        return text.startsWith((String) argument);
                    case PredefinedType.TOKENIZE:
                        return tokenize(text, (String) argument, false);
                    default:
                        throw unknown();
                }
            } else if (sourceValue instanceof Collection<?> many) {
                Collection<Object> collection = (Collection<Object>) many;
                switch (code) {
                    case PredefinedType.INCLUDES:
                        return CollectionUtil.includes(collection, argument);
                    case PredefinedType.EXCLUDES:
                        return CollectionUtil.excludes(collection, argument);
                    case PredefinedType.COUNT:
                        return CollectionUtil.count(collection, argument);
                    case PredefinedType.INCLUDES_ALL:
                        return argument == null ? invalid : CollectionUtil.includesAll(collection, (Collection<?>) argument);
                    case PredefinedType.EXCLUDES_ALL:
                        return argument == null ? invalid : CollectionUtil.excludesAll(collection, (Collection<?>) argument);
                    case PredefinedType.UNION:
                        return argument == null ? invalid : CollectionUtil.union(collection, (Collection<?>) argument);
                    case PredefinedType.INTERSECTION:
                        return argument == null ? invalid
                                : CollectionUtil.intersection(collection, (Collection<?>) argument);
                    case PredefinedType.MINUS:
                        return argument == null ? invalid
                                : CollectionUtil.minus((Set<?>) collection, (Set<?>) argument);
                    case PredefinedType.INCLUDING:
                        return CollectionUtil.including(collection, argument);
                    case PredefinedType.EXCLUDING:
                        return CollectionUtil.excluding(collection, argument);
                    case PredefinedType.SYMMETRIC_DIFFERENCE:
                        return argument == null ? invalid
                                : CollectionUtil.symmetricDifference((Set<?>) collection, (Set<?>) argument);
                    case PredefinedType.APPEND:
                        return CollectionUtil.append(collection, argument);
                    case PredefinedType.PREPEND:
                        return CollectionUtil.prepend(collection, argument);
                    case PredefinedType.AT:
                        if (!(argument instanceof Integer index)) {
                            return invalid;
                        }
                        return CollectionUtil.at(collection, index);
                    case PredefinedType.INDEX_OF: {
                        Object index = CollectionUtil.indexOf(collection, argument);
                        return index == null ? invalid : index;
                    }
                    default:
                        return invalid;
                }
            } else if (sourceValue instanceof Comparable<?> comparable) {
                Comparable<Object> left = (Comparable<Object>) comparable;
                switch (code) {
                    case PredefinedType.LESS_THAN:
                        return left.compareTo(argument) < 0;
                    case PredefinedType.LESS_THAN_EQUAL:
                        return left.compareTo(argument) <= 0;
                    case PredefinedType.GREATER_THAN:
                        return left.compareTo(argument) > 0;
                    case PredefinedType.GREATER_THAN_EQUAL:
                        return left.compareTo(argument) >= 0;
                    default:
                        return invalid;
                }
            }
            return invalid;
        }

        private Object real(double a, double b) {
            switch (code) {
                case PredefinedType.PLUS:
                    return a + b;
                case PredefinedType.MINUS:
                    return a - b;
                case PredefinedType.TIMES:
                    return a * b;
                case PredefinedType.DIVIDE:
                    return b == 0.0 ? invalid : a / b;
                case PredefinedType.MAX:
                    return Math.max(a, b);
                case PredefinedType.MIN:
                    return Math.min(a, b);
                case PredefinedType.LESS_THAN:
                    return a < b;
                case PredefinedType.GREATER_THAN:
                    return a > b;
                case PredefinedType.LESS_THAN_EQUAL:
                    return a <= b;
                case PredefinedType.GREATER_THAN_EQUAL:
                    return a >= b;
                default:
                    throw unknown();
            }
        }

        @SuppressWarnings("unchecked")
        private Object ternary(Object sourceValue, Frame frame) {
            if (undefined(sourceValue, invalid)) {
                return invalid;
            }
            Object first = arguments[0].value(frame);
            if (first == invalid) {
                return invalid;
            }
            Object second = arguments[1].value(frame);
            if (second == invalid) {
                return invalid;
            }
            if (sourceValue instanceof String text) {
                if (undefined(first, invalid) || undefined(second, invalid)) {
                    return invalid;
                }
                switch (code) {
                    case PredefinedType.SUBSTITUTE_ALL:
                        return text.replace((String) first, (String) second);
                    case PredefinedType.SUBSTITUTE_FIRST: {
                        String old = (String) first;
                        int index = text.indexOf(old);
                        return index >= 0 ? text.substring(0, index) + (String) second
                                + text.substring(index + old.length(), text.length()) : invalid;
                    }
                    case PredefinedType.SUBSTRING: {
                        int lower = (Integer) first;
                        int upper = (Integer) second;
                        if (!(1 <= lower && lower <= upper && upper <= text.length())) {
                            return invalid;
                        }
                        return text.substring(lower - 1, upper);
                    }
                    default:
                        return invalid;
                }
            } else if (sourceValue instanceof Collection<?> many) {
                Collection<Object> collection = (Collection<Object>) many;
                if (code == PredefinedType.INSERT_AT) {
                    if (undefined(first, invalid)) {
                        return invalid;
                    }
                    return CollectionUtil.insertAt(collection, (Integer) first, second);
                } else if (code == PredefinedType.SUB_ORDERED_SET) {
                    if (undefined(first, invalid) || undefined(second, invalid)) {
                        return invalid;
                    }
                    return CollectionUtil.subOrderedSet(collection, (Integer) first, (Integer) second);
                } else if (code == PredefinedType.SUB_SEQUENCE) {
                    if (undefined(first, invalid) || undefined(second, invalid)) {
                        return invalid;
                    }
                    return CollectionUtil.subSequence(collection, (Integer) first, (Integer) second);
                }
            }
            return invalid;
        }

        /** Operations on a value of a class (or OclAny): type tests and conversions, comparisons. */
        @SuppressWarnings("unchecked")
        private Object classOperation(Object sourceValue, Frame frame) {
            if (code == PredefinedType.OCL_IS_UNDEFINED) {
                return undefined(sourceValue, invalid);
            }
            if (code == PredefinedType.OCL_IS_INVALID) {
                return sourceValue == invalid;
            }
            if (undefined(sourceValue, invalid)) {
                boolean typeOperation = code == PredefinedType.OCL_IS_TYPE_OF || code == PredefinedType.OCL_IS_KIND_OF
                        || code == PredefinedType.OCL_AS_TYPE;
                if (!typeOperation || !lax) {
                    return invalid;
                }
            }
            switch (code) {
                case PredefinedType.OCL_IS_TYPE_OF: {
                    Boolean result = isTypeOf(sourceValue, arguments[0].value(frame));
                    return result == null ? invalid : result;
                }
                case PredefinedType.OCL_IS_KIND_OF: {
                    Boolean result = isKindOf(sourceValue, arguments[0].value(frame));
                    return result == null ? invalid : result;
                }
                case PredefinedType.OCL_AS_TYPE:
                    return Boolean.TRUE.equals(isKindOf(sourceValue, arguments[0].value(frame))) ? sourceValue
                            : invalid;
                default:
                    break;
            }
            if (sourceValue instanceof Comparable<?> comparable) {
                Comparable<Object> left = (Comparable<Object>) comparable;
                Object argument = arguments[0].value(frame);
                switch (code) {
                    case PredefinedType.LESS_THAN:
                        return left.compareTo(argument) < 0;
                    case PredefinedType.LESS_THAN_EQUAL:
                        return left.compareTo(argument) <= 0;
                    case PredefinedType.GREATER_THAN:
                        return left.compareTo(argument) > 0;
                    case PredefinedType.GREATER_THAN_EQUAL:
                        return left.compareTo(argument) >= 0;
                    default:
                        break;
                }
            }
            return invalid;
        }

        private Boolean isTypeOf(Object value, Object type) {
            if (type == null) {
                return null;
            }
            if (value == null) {
                return lax ? Boolean.valueOf(type instanceof VoidType<?>) : null;
            }
            if (value == invalid) {
                return lax ? Boolean.valueOf(type instanceof InvalidType<?>) : null;
            }
            return runtime.isTypeOf(value, (EClassifier) type);
        }

        private Boolean isKindOf(Object value, Object type) {
            if (type == null) {
                return null;
            }
            if (value == null) {
                return lax ? Boolean.valueOf(!(type instanceof InvalidType<?>)) : null;
            }
            if (value == invalid) {
                return lax ? Boolean.TRUE : null;
            }
            return runtime.isKindOf(value, (EClassifier) type);
        }
    }

    /** The iterators of OCL's standard library. */
    enum IteratorKind {
        EXISTS, FOR_ALL, SELECT, REJECT, COLLECT, COLLECT_NESTED, ONE, ANY, SORTED_BY, IS_UNIQUE, CLOSURE
    }

    /** An iterator expression: OCL's {@code IterationTemplate} and its subclasses, one iteration at a time. */
    static final class Iteration extends Node {
        private final IteratorKind kind;
        private final Node source;
        private final int[] slots;
        private final Node body;
        private final CollectionKind sourceKind;
        private final boolean orderedResult;
        private final boolean anyLessIsInvalid;
        private final boolean closureIncludesSources;
        private final Object invalid;

        Iteration(IteratorKind kind, Node source, int[] slots, Node body, CollectionKind sourceKind,
                boolean orderedResult, boolean anyLessIsInvalid, boolean closureIncludesSources, Object invalid) {
            this.kind = kind;
            this.source = source;
            this.slots = slots;
            this.body = body;
            this.sourceKind = sourceKind;
            this.orderedResult = orderedResult;
            this.anyLessIsInvalid = anyLessIsInvalid;
            this.closureIncludesSources = closureIncludesSources;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            Object sourceValue = source.value(frame);
            if (undefined(sourceValue, invalid)) {
                return frame.budget.built(invalid);
            }
            Collection<?> collection = (Collection<?>) sourceValue;
            Object result;
            try {
                result = switch (kind) {
                    case SORTED_BY -> sortedBy(collection, frame);
                    case CLOSURE -> closure(collection, frame);
                    case IS_UNIQUE -> {
                        State state = new State(new HashSet<Object>());
                        iterate(collection, frame, state);
                        yield state.done ? Boolean.FALSE : Boolean.TRUE;
                    }
                    default -> {
                        State state = new State(initial());
                        yield iterate(collection, frame, state);
                    }
                };
            } finally {
                for (int slot : slots) {
                    frame.slots[slot] = null;
                }
            }
            return frame.budget.built(result);
        }

        private Object initial() {
            return switch (kind) {
                case EXISTS, ONE -> Boolean.FALSE;
                case FOR_ALL -> Boolean.TRUE;
                case ANY -> anyLessIsInvalid ? invalid : null;
                case SELECT, REJECT -> switch (sourceKind) {
                    case SET_LITERAL -> CollectionUtil.createNewSet();
                    case BAG_LITERAL -> CollectionUtil.createNewBag();
                    case SEQUENCE_LITERAL -> CollectionUtil.createNewSequence();
                    default -> CollectionUtil.createNewOrderedSet();
                };
                case COLLECT, COLLECT_NESTED -> sourceKind == CollectionKind.SET_LITERAL
                        || sourceKind == CollectionKind.BAG_LITERAL ? CollectionUtil.createNewBag()
                                : CollectionUtil.createNewSequence();
                default -> throw new IllegalStateException(kind.name());
            };
        }

        /** The result variable and the template's "done" flag. */
        private static final class State {
            Object result;
            boolean done;
            int depth;
            /** closure: the collection of results, which stays when an invalid body replaces the result variable. */
            Collection<Object> results;

            State(Object result) {
                this.result = result;
            }
        }

        /** IterationTemplate.evaluate: every combination of the iterators' values, iterator 0 fastest. */
        private Object iterate(Collection<?> collection, Frame frame, State state) {
            if (collection.isEmpty()) {
                return state.result;
            }
            int count = slots.length;
            java.util.Iterator<?>[] iterators = new java.util.Iterator<?>[count];
            for (int i = 0; i < count; i++) {
                iterators[i] = collection.iterator();
                frame.slots[slots[i]] = iterators[i].next();
            }
            while (true) {
                Object bodyValue = visit(body, frame, invalid);
                state.result = result(bodyValue, frame, state);
                int current = 0;
                while (current < count && !iterators[current].hasNext()) {
                    current++;
                }
                if (state.done || current >= count) {
                    break;
                }
                for (int i = 0; i <= current; i++) {
                    if (i != current) {
                        iterators[i] = collection.iterator();
                    }
                    frame.slots[slots[i]] = iterators[i].next();
                }
            }
            return state.result;
        }

        @SuppressWarnings("unchecked")
        private Object result(Object bodyValue, Frame frame, State state) {
            switch (kind) {
                case EXISTS:
                case FOR_ALL: {
                    if (bodyValue == null || bodyValue == invalid) {
                        state.done = true;
                        return invalid;
                    }
                    boolean current = (Boolean) state.result;
                    boolean value = (Boolean) bodyValue;
                    boolean result = kind == IteratorKind.EXISTS ? current || value : current && value;
                    if (result == (kind == IteratorKind.EXISTS)) {
                        state.done = true;
                    }
                    return result;
                }
                case SELECT:
                case REJECT: {
                    Object element = frame.slots[slots[0]];
                    Collection<Object> result = (Collection<Object>) state.result;
                    if (bodyValue == null || bodyValue == invalid) {
                        state.done = true;
                        return invalid;
                    }
                    if ((Boolean) bodyValue == (kind == IteratorKind.SELECT)) {
                        result.add(element);
                    }
                    return result;
                }
                case COLLECT: {
                    Collection<Object> result = (Collection<Object>) state.result;
                    if (bodyValue == invalid) {
                        state.done = true;
                        return bodyValue;
                    }
                    if (bodyValue instanceof Collection<?> many) {
                        result.addAll(CollectionUtil.flatten(many));
                    } else {
                        result.add(bodyValue);
                    }
                    return result;
                }
                case COLLECT_NESTED: {
                    Collection<Object> result = (Collection<Object>) state.result;
                    if (bodyValue == invalid) {
                        state.done = true;
                        return bodyValue;
                    }
                    result.add(bodyValue);
                    return result;
                }
                case ONE: {
                    boolean found = (Boolean) state.result;
                    if (bodyValue == null || bodyValue == invalid) {
                        state.done = true;
                        return invalid;
                    }
                    if ((Boolean) bodyValue) {
                        if (!found) {
                            return Boolean.TRUE;
                        }
                        state.done = true;
                        return Boolean.FALSE;
                    }
                    return found ? Boolean.TRUE : Boolean.FALSE;
                }
                case ANY: {
                    Object element = frame.slots[slots[0]];
                    if (bodyValue == null || bodyValue == invalid) {
                        state.done = true;
                        return invalid;
                    }
                    if ((Boolean) bodyValue) {
                        state.done = true;
                        return element;
                    }
                    return state.result;
                }
                case IS_UNIQUE: {
                    Set<Object> seen = (Set<Object>) state.result;
                    if (seen.contains(bodyValue)) {
                        state.done = true;
                    }
                    seen.add(bodyValue);
                    return seen;
                }
                case SORTED_BY: {
                    Map<Object, Comparable<Object>> keys = (Map<Object, Comparable<Object>>) state.result;
                    Object element = frame.slots[slots[0]];
                    if (bodyValue == null || bodyValue == invalid) {
                        state.done = true;
                        return invalid;
                    }
                    keys.put(element, (Comparable<Object>) bodyValue);
                    return keys;
                }
                case CLOSURE:
                    return closureResult(bodyValue, frame, state);
                default:
                    throw new IllegalStateException(kind.name());
            }
        }

        /** OCL evaluates sortedBy's keys twice (once to find an invalid key, once more), then sorts a copy. */
        private Object sortedBy(Collection<?> collection, Frame frame) {
            Map<Object, Comparable<Object>> keys = new HashMap<>();
            State state = new State(keys);
            Object first = iterate(collection, frame, state);
            if (first == invalid) {
                return first;
            }
            iterate(collection, frame, state);
            List<Object> result = new ArrayList<>(collection);
            Collections.sort(result, (a, b) -> keys.get(a).compareTo(keys.get(b)));
            return sourceKind == CollectionKind.SET_LITERAL || sourceKind == CollectionKind.ORDERED_SET_LITERAL
                    ? CollectionUtil.createNewOrderedSet(result) : CollectionUtil.createNewSequence(result);
        }

        private Object closure(Collection<?> collection, Frame frame) {
            Collection<Object> results = orderedResult ? CollectionUtil.createNewOrderedSet()
                    : CollectionUtil.createNewSet();
            State state = new State(results);
            state.results = results;
            return iterate(collection, frame, state);
        }

        /** IterationTemplateClosure: each element's body value is iterated in turn, depth first. */
        private Object closureResult(Object bodyValue, Frame frame, State state) {
            if (bodyValue == invalid) {
                state.done = true;
                return invalid;
            }
            Collection<Object> results = state.results;
            if (closureIncludesSources || state.depth > 0) {
                Object current = frame.slots[slots[0]];
                if (!results.add(current)) {
                    return results;
                }
            }
            if (bodyValue != null) {
                state.depth++;
                try {
                    Collection<?> next = bodyValue instanceof Collection<?> many ? many : Collections.singleton(bodyValue);
                    Object paused = frame.slots[slots[0]];
                    iterate(next, frame, state);
                    frame.slots[slots[0]] = paused;
                } finally {
                    state.depth--;
                }
            }
            return results;
        }
    }

    /** An iterate expression: its result variable takes each body value. */
    static final class Iterate extends Node {
        private final Node source;
        private final Node init;
        private final int resultSlot;
        private final int[] slots;
        private final Node body;
        private final Object invalid;

        Iterate(Node source, Node init, int resultSlot, int[] slots, Node body, Object invalid) {
            this.source = source;
            this.init = init;
            this.resultSlot = resultSlot;
            this.slots = slots;
            this.body = body;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            frame.budget.step();
            frame.slots[resultSlot] = init == null ? null : safe(init, frame, invalid);
            try {
                Object sourceValue = source.value(frame);
                if (undefined(sourceValue, invalid)) {
                    return frame.budget.built(invalid);
                }
                Collection<?> collection = (Collection<?>) sourceValue;
                if (collection.isEmpty()) {
                    return frame.budget.built(frame.slots[resultSlot]);
                }
                int count = slots.length;
                java.util.Iterator<?>[] iterators = new java.util.Iterator<?>[count];
                for (int i = 0; i < count; i++) {
                    iterators[i] = collection.iterator();
                    frame.slots[slots[i]] = iterators[i].next();
                }
                while (true) {
                    frame.slots[resultSlot] = visit(body, frame, invalid);
                    int current = 0;
                    while (current < count && !iterators[current].hasNext()) {
                        current++;
                    }
                    if (current >= count) {
                        break;
                    }
                    for (int i = 0; i <= current; i++) {
                        if (i != current) {
                            iterators[i] = collection.iterator();
                        }
                        frame.slots[slots[i]] = iterators[i].next();
                    }
                }
                return frame.budget.built(frame.slots[resultSlot]);
            } finally {
                frame.slots[resultSlot] = null;
                for (int slot : slots) {
                    frame.slots[slot] = null;
                }
            }
        }
    }

    /** {@code Sequence{first..last}} as OCL makes it: a list of the numbers, none of them stored. */
    static final class Range extends java.util.AbstractList<Integer> implements java.util.RandomAccess {
        private final int first;
        private final int last;

        Range(int first, int last) {
            this.first = first;
            this.last = last;
        }

        @Override
        public int size() {
            return last - first + 1;
        }

        @Override
        public Integer get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index + " is outside " + first + ".." + last);
            }
            return first + index;
        }
    }

    /** A collection literal; ranges are sized and charged before they are built. */
    static final class CollectionLiteral extends Node {
        private final CollectionKind kind;
        private final Node[] parts;
        private final boolean[] ranges;
        private final boolean simpleSequenceRange;
        private final boolean implicitSetConversion;
        private final Object invalid;

        CollectionLiteral(CollectionKind kind, Node[] parts, boolean[] ranges, boolean simpleSequenceRange,
                boolean implicitSetConversion, Object invalid) {
            this.kind = kind;
            this.parts = parts;
            this.ranges = ranges;
            this.simpleSequenceRange = simpleSequenceRange;
            this.implicitSetConversion = implicitSetConversion;
            this.invalid = invalid;
        }

        @Override
        Object evaluate(Frame frame) {
            BoundedEvaluation.Budget budget = frame.budget;
            budget.step();
            // the bounded visitor evaluates every range's ends first to size it; OCL then evaluates them again
            long size = 0;
            int index = 0;
            for (boolean range : ranges) {
                if (range) {
                    Object first = parts[index].value(frame);
                    Object last = parts[index + 1].value(frame);
                    if (first instanceof Number from && last instanceof Number to) {
                        size += Math.max(0L, to.longValue() - from.longValue() + 1);
                    }
                    index += 2;
                } else {
                    size++;
                    index++;
                }
            }
            budget.range(size);
            return budget.checkSize(build(frame));
        }

        private Object build(Frame frame) {
            Collection<Object> result = CollectionUtil.createNewCollection(kind);
            if (simpleSequenceRange) {
                Integer first = (Integer) parts[0].value(frame);
                if (first == null) {
                    result.add(null);
                    return result;
                }
                Integer last = (Integer) parts[1].value(frame);
                if (last == null) {
                    result.add(null);
                    return result;
                }
                return first > last ? result : new Range(first, last);
            }
            int index = 0;
            for (boolean range : ranges) {
                if (!range) {
                    Object item = parts[index++].value(frame);
                    if (item == invalid) {
                        return invalid;
                    }
                    if (item != null || ranges.length > 1 || !implicitSetConversion) {
                        result.add(item);
                    }
                } else {
                    Integer first = (Integer) parts[index].value(frame);
                    Integer last = (Integer) parts[index + 1].value(frame);
                    index += 2;
                    if (first != null && last != null) {
                        for (int i = first; i <= last; i++) {
                            result.add(Integer.valueOf(i));
                        }
                    }
                }
            }
            return result;
        }
    }
}
