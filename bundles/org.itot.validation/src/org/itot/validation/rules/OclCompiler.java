package org.itot.validation.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAnnotation;
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
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEvaluationEnvironment;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.expressions.BooleanLiteralExp;
import org.eclipse.ocl.expressions.CollectionItem;
import org.eclipse.ocl.expressions.CollectionKind;
import org.eclipse.ocl.expressions.CollectionLiteralExp;
import org.eclipse.ocl.expressions.CollectionLiteralPart;
import org.eclipse.ocl.expressions.CollectionRange;
import org.eclipse.ocl.expressions.EnumLiteralExp;
import org.eclipse.ocl.expressions.IfExp;
import org.eclipse.ocl.expressions.IntegerLiteralExp;
import org.eclipse.ocl.expressions.InvalidLiteralExp;
import org.eclipse.ocl.expressions.IterateExp;
import org.eclipse.ocl.expressions.IteratorExp;
import org.eclipse.ocl.expressions.LetExp;
import org.eclipse.ocl.expressions.NullLiteralExp;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.expressions.OperationCallExp;
import org.eclipse.ocl.expressions.PropertyCallExp;
import org.eclipse.ocl.expressions.RealLiteralExp;
import org.eclipse.ocl.expressions.StringLiteralExp;
import org.eclipse.ocl.expressions.TypeExp;
import org.eclipse.ocl.expressions.Variable;
import org.eclipse.ocl.expressions.VariableExp;
import org.eclipse.ocl.options.EvaluationOptions;
import org.eclipse.ocl.parser.AbstractOCLAnalyzer;
import org.eclipse.ocl.types.CollectionType;
import org.eclipse.ocl.types.InvalidType;
import org.eclipse.ocl.types.OrderedSetType;
import org.eclipse.ocl.types.PrimitiveType;
import org.eclipse.ocl.types.VoidType;
import org.eclipse.ocl.util.OCLStandardLibraryUtil;
import org.eclipse.ocl.utilities.ExpressionInOCL;
import org.eclipse.ocl.utilities.PredefinedType;
import org.eclipse.ocl.utilities.UMLReflection;
import org.itot.validation.rules.CompiledOcl.Node;

/**
 * Compiles the analysed Classic OCL AST of a rule pack's expressions (invariants, message parts, {@code @related} and
 * the {@code def} helpers they reach) into trees of {@link CompiledOcl} nodes: local variables become array slots,
 * {@code def} calls direct calls of the compiled body, features and model operations are resolved here once. The
 * nodes reproduce {@code EvaluationVisitorImpl}'s semantics case by case (see {@link CompiledOcl}); whatever this
 * compiler does not know (a node kind, a library operation, an evaluation option it does not mirror) makes
 * {@link #compile} answer null, and the rule evaluates that expression with Classic OCL as before.
 * <p>
 * One compiler per pack (per OCL instance): compiled {@code def} bodies are shared by every expression that calls
 * them. The trees are immutable once built and shared by every thread; each evaluation has its own frames.
 */
final class OclCompiler {

    /** System property: false evaluates every rule with Classic OCL's own evaluator (A/B comparison, escape hatch). */
    static final String ENABLED_PROPERTY = "itot.ocl.compiled";

    private final OCL ocl;
    private final Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
            CallOperationAction, SendSignalAction, Constraint, EClass, EObject> environment;
    private final UMLReflection<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
            EObject, CallOperationAction, SendSignalAction, Constraint> reflection;
    /** Stateless services of Classic OCL's Ecore binding used at run time: navigation, model operations, types. */
    private final EcoreEvaluationEnvironment runtime;
    private final Object invalid;
    private final boolean laxNullHandling;
    private final boolean anyLessIsInvalid;
    private final boolean closureIncludesSources;
    private final boolean usable;
    /** def operations and attributes compiled so far (and those being compiled: recursion refers to the same one). */
    private final Map<Object, CompiledOcl.Definition> definitions = new IdentityHashMap<>();
    /** Definitions that failed to compile: any expression reaching them is not compiled either. */
    private final Map<Object, Boolean> failed = new IdentityHashMap<>();

    OclCompiler(OCL ocl) {
        this.ocl = ocl;
        this.environment = ocl.getEnvironment();
        this.reflection = environment.getUMLReflection();
        EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evaluation =
                environment.getFactory().createEvaluationEnvironment();
        this.runtime = evaluation instanceof EcoreEvaluationEnvironment ecore ? ecore : null;
        this.invalid = environment.getOCLStandardLibrary().getInvalid();
        this.laxNullHandling = Boolean.TRUE.equals(EvaluationOptions.getValue(evaluation,
                EvaluationOptions.LAX_NULL_HANDLING));
        this.anyLessIsInvalid = Boolean.TRUE.equals(EvaluationOptions.getValue(evaluation,
                EvaluationOptions.ANY_LESS_IS_INVALID));
        this.closureIncludesSources = Boolean.TRUE.equals(EvaluationOptions.getValue(evaluation,
                EvaluationOptions.CLOSURE_INCLUDES_SOURCES));
        // dynamic dispatch picks the operation by the value's type at run time: not mirrored here
        this.usable = runtime != null && !Boolean.TRUE.equals(EvaluationOptions.getValue(evaluation,
                EvaluationOptions.DYNAMIC_DISPATCH));
    }

    /** Whether compiled evaluation is on ({@value #ENABLED_PROPERTY}, default true). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY));
    }

    /**
     * The compiled form of an expression whose {@code self} is its context variable, or null when it (or a
     * {@code def} it reaches) uses anything this compiler does not support.
     */
    CompiledOcl.Expression compile(OCLExpression<EClassifier> expression) {
        if (!usable || expression == null) {
            return null;
        }
        try {
            Scope scope = new Scope();
            Node root = node(expression, scope);
            return new CompiledOcl.Expression(root, scope.size, invalid);
        } catch (Unsupported unsupported) {
            return null;
        }
    }

    /** Why a part of an expression cannot be compiled; caught in {@link #compile}. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Variables to slots for one frame (an expression or a def body); slot 0 is self. */
    private static final class Scope {
        final Map<Variable<EClassifier, EParameter>, Integer> slots = new IdentityHashMap<>();
        int size = 1;

        int declare(Variable<EClassifier, EParameter> variable) {
            int slot = size++;
            slots.put(variable, slot);
            return slot;
        }
    }

    @SuppressWarnings("unchecked")
    private Node node(OCLExpression<EClassifier> expression, Scope scope) throws Unsupported {
        if (expression instanceof OperationCallExp<?, ?> call) {
            return operation((OperationCallExp<EClassifier, EOperation>) call, scope);
        }
        if (expression instanceof PropertyCallExp<?, ?> call) {
            return property((PropertyCallExp<EClassifier, EStructuralFeature>) call, scope);
        }
        if (expression instanceof VariableExp<?, ?> variable) {
            return variable((VariableExp<EClassifier, EParameter>) variable, scope);
        }
        if (expression instanceof IteratorExp<?, ?> iterator) {
            return iterator((IteratorExp<EClassifier, EParameter>) iterator, scope);
        }
        if (expression instanceof IterateExp<?, ?> iterate) {
            return iterate((IterateExp<EClassifier, EParameter>) iterate, scope);
        }
        if (expression instanceof IfExp<?> ifExp) {
            IfExp<EClassifier> typed = (IfExp<EClassifier>) ifExp;
            return new CompiledOcl.If(node(typed.getCondition(), scope), node(typed.getThenExpression(), scope),
                    node(typed.getElseExpression(), scope), invalid);
        }
        if (expression instanceof LetExp<?, ?> let) {
            LetExp<EClassifier, EParameter> typed = (LetExp<EClassifier, EParameter>) let;
            Variable<EClassifier, EParameter> declared = typed.getVariable();
            Node init = declared.getInitExpression() == null ? null : node(declared.getInitExpression(), scope);
            int slot = scope.declare(declared);
            return new CompiledOcl.Let(slot, init, node(typed.getIn(), scope), invalid);
        }
        if (expression instanceof CollectionLiteralExp<?> literal) {
            return collectionLiteral((CollectionLiteralExp<EClassifier>) literal, scope);
        }
        if (expression instanceof BooleanLiteralExp<?> literal) {
            return new CompiledOcl.Constant(literal.getBooleanSymbol());
        }
        if (expression instanceof IntegerLiteralExp<?> literal) {
            Long symbol = literal.getLongSymbol();
            return new CompiledOcl.Constant(symbol == null ? null : CompiledOcl.coerceNumber(symbol));
        }
        if (expression instanceof RealLiteralExp<?> literal) {
            return new CompiledOcl.Constant(literal.getRealSymbol());
        }
        if (expression instanceof StringLiteralExp<?> literal) {
            return new CompiledOcl.Constant(literal.getStringSymbol());
        }
        if (expression instanceof NullLiteralExp<?>) {
            return new CompiledOcl.Constant(null);
        }
        if (expression instanceof InvalidLiteralExp<?>) {
            return new CompiledOcl.Constant(invalid);
        }
        if (expression instanceof EnumLiteralExp<?, ?> literal) {
            Object value = literal.getReferredEnumLiteral() instanceof EEnumLiteral enumLiteral
                    ? runtime.getValue(enumLiteral) : null;
            if (value == null) {
                throw new Unsupported("enumeration literal");
            }
            return new CompiledOcl.Constant(value);
        }
        if (expression instanceof TypeExp<?> type) {
            return new CompiledOcl.Constant(type.getReferredType());
        }
        // tuples, messages, states, association classes, unspecified values, UnlimitedNatural literals
        throw new Unsupported(expression.eClass().getName());
    }

    private Node variable(VariableExp<EClassifier, EParameter> expression, Scope scope) throws Unsupported {
        Variable<EClassifier, EParameter> referred = expression.getReferredVariable();
        Integer slot = scope.slots.get(referred);
        if (slot == null) {
            if (referred != null && Environment.SELF_VARIABLE_NAME.equals(referred.getName())) {
                return new CompiledOcl.Read(0);
            }
            throw new Unsupported("variable " + (referred == null ? null : referred.getName()));
        }
        return new CompiledOcl.Read(slot);
    }

    private Node property(PropertyCallExp<EClassifier, EStructuralFeature> call, Scope scope) throws Unsupported {
        if (!call.getQualifier().isEmpty()) {
            throw new Unsupported("qualified navigation");
        }
        EStructuralFeature feature = call.getReferredProperty();
        Node source = node(call.getSource(), scope);
        OCLExpression<EClassifier> derivation = propertyBody(feature);
        if (derivation != null) {
            return new CompiledOcl.DefAttribute(source, definition(feature, derivation, List.of()), invalid);
        }
        CollectionKind wrap = call.getType() instanceof CollectionType<?, ?> collection
                ? ((CollectionType<?, ?>) collection).getKind() : null;
        return new CompiledOcl.Navigate(source, feature, wrap, runtime, invalid);
    }

    private Node operation(OperationCallExp<EClassifier, EOperation> call, Scope scope) throws Unsupported {
        EOperation operation = call.getReferredOperation();
        int code = call.getOperationCode();
        Node source = node(call.getSource(), scope);
        Node[] arguments = new Node[call.getArgument().size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = node(call.getArgument().get(i), scope);
        }
        OCLExpression<EClassifier> body = operationBody(operation);
        if (body != null) {
            return new CompiledOcl.DefCall(source, arguments, definition(operation, body, operation.getEParameters()),
                    invalid);
        }
        if (code <= 0) {
            if (isComparisonName(operation)) {
                throw new Unsupported("comparison operation of the model"); // OCL infers a library code for it
            }
            return new CompiledOcl.ModelCall(source, arguments, operation, code, runtime, invalid);
        }
        if (runtime.overrides(operation, code)) {
            throw new Unsupported("model operation overriding a library one");
        }
        EClassifier sourceType = call.getSource().getType();
        boolean primitiveSource = sourceType instanceof PrimitiveType<?> || sourceType instanceof CollectionType<?, ?>
                || reflection.isEnumeration(sourceType) || reflection.isDataType(sourceType)
                || sourceType instanceof VoidType<?> || sourceType instanceof InvalidType<?>;
        boolean unlimited = sourceType == environment.getOCLStandardLibrary().getUnlimitedNatural()
                || call.getArgument().stream().anyMatch(
                        a -> a.getType() == environment.getOCLStandardLibrary().getUnlimitedNatural());
        if (unlimited) {
            throw new Unsupported("UnlimitedNatural");
        }
        if (!CompiledOcl.Library.supports(code, arguments.length, primitiveSource)) {
            throw new Unsupported("library operation " + operation.getName());
        }
        EClassifier elementType = sourceType instanceof CollectionType<?, ?> collection
                ? (EClassifier) ((CollectionType<?, ?>) collection).getElementType() : null;
        Object sumZero = elementType == environment.getOCLStandardLibrary().getReal() ? (Object) Double.valueOf(0.0)
                : elementType == environment.getOCLStandardLibrary().getInteger() ? (Object) Integer.valueOf(0) : null;
        boolean stringSource = sourceType == environment.getOCLStandardLibrary().getString();
        return new CompiledOcl.LibraryCall(code, source, arguments, primitiveSource, stringSource,
                sourceType instanceof CollectionType<?, ?>, sumZero, laxNullHandling, runtime, invalid);
    }

    private static boolean isComparisonName(EOperation operation) {
        String name = operation.getName();
        return PredefinedType.LESS_THAN_NAME.equals(name) || PredefinedType.GREATER_THAN_NAME.equals(name)
                || PredefinedType.LESS_THAN_EQUAL_NAME.equals(name)
                || PredefinedType.GREATER_THAN_EQUAL_NAME.equals(name);
    }

    private OCLExpression<EClassifier> operationBody(EOperation operation) {
        Constraint body = environment.getDefinition(operation);
        if (body == null) {
            body = environment.getBodyCondition(operation);
        }
        return body == null ? null : reflection.getSpecification(body).getBodyExpression();
    }

    private OCLExpression<EClassifier> propertyBody(EStructuralFeature feature) {
        Constraint body = environment.getDefinition(feature);
        if (body == null) {
            body = environment.getDeriveConstraint(feature);
        }
        return body == null ? null : reflection.getSpecification(body).getBodyExpression();
    }

    /** The compiled body of a def operation or attribute; a recursive call gets the one being compiled. */
    @SuppressWarnings("unchecked")
    private CompiledOcl.Definition definition(Object feature, OCLExpression<EClassifier> body,
            List<EParameter> parameters) throws Unsupported {
        if (failed.containsKey(feature)) {
            throw new Unsupported("def " + feature);
        }
        CompiledOcl.Definition known = definitions.get(feature);
        if (known != null) {
            return known;
        }
        if (!(body.eContainer() instanceof ExpressionInOCL<?, ?> specification)) {
            throw new Unsupported("def without specification");
        }
        ExpressionInOCL<EClassifier, EParameter> typed = (ExpressionInOCL<EClassifier, EParameter>) specification;
        Scope scope = new Scope();
        if (typed.getContextVariable() != null) {
            scope.slots.put(typed.getContextVariable(), 0);
        }
        List<Variable<EClassifier, EParameter>> declared = typed.getParameterVariable();
        if (declared.size() != parameters.size()) {
            throw new Unsupported("def parameters");
        }
        for (EParameter parameter : parameters) {
            Variable<EClassifier, EParameter> match = null;
            for (Variable<EClassifier, EParameter> variable : declared) {
                if (variable.getName() != null && variable.getName().equals(parameter.getName())) {
                    match = variable;
                }
            }
            if (match == null) {
                throw new Unsupported("def parameter " + parameter.getName());
            }
            scope.declare(match);
        }
        CompiledOcl.Definition definition = new CompiledOcl.Definition(parameters.size());
        definitions.put(feature, definition);
        try {
            Node compiled = node(body, scope);
            definition.complete(compiled, scope.size);
            return definition;
        } catch (Unsupported unsupported) {
            definitions.remove(feature);
            failed.put(feature, Boolean.TRUE);
            throw unsupported;
        }
    }

    private Node iterator(IteratorExp<EClassifier, EParameter> iterator, Scope scope) throws Unsupported {
        EClassifier sourceType = iterator.getSource().getType();
        if (!(sourceType instanceof CollectionType<?, ?>)) {
            throw new Unsupported("iterator over " + sourceType);
        }
        Node source = node(iterator.getSource(), scope);
        int[] slots = new int[iterator.getIterator().size()];
        for (int i = 0; i < slots.length; i++) {
            Variable<EClassifier, EParameter> variable = iterator.getIterator().get(i);
            if (variable.getInitExpression() != null) {
                throw new Unsupported("initialised iterator variable");
            }
            slots[i] = scope.declare(variable);
        }
        Node body = node(iterator.getBody(), scope);
        int code = OCLStandardLibraryUtil.getOperationCode(iterator.getName());
        CompiledOcl.IteratorKind kind = switch (code) {
            case PredefinedType.EXISTS -> CompiledOcl.IteratorKind.EXISTS;
            case PredefinedType.FOR_ALL -> CompiledOcl.IteratorKind.FOR_ALL;
            case PredefinedType.SELECT -> CompiledOcl.IteratorKind.SELECT;
            case PredefinedType.REJECT -> CompiledOcl.IteratorKind.REJECT;
            case PredefinedType.COLLECT -> CompiledOcl.IteratorKind.COLLECT;
            case PredefinedType.COLLECT_NESTED -> CompiledOcl.IteratorKind.COLLECT_NESTED;
            case PredefinedType.ONE -> CompiledOcl.IteratorKind.ONE;
            case PredefinedType.ANY -> CompiledOcl.IteratorKind.ANY;
            case PredefinedType.SORTED_BY -> CompiledOcl.IteratorKind.SORTED_BY;
            case PredefinedType.IS_UNIQUE -> CompiledOcl.IteratorKind.IS_UNIQUE;
            case PredefinedType.CLOSURE -> CompiledOcl.IteratorKind.CLOSURE;
            default -> throw new Unsupported("iterator " + iterator.getName());
        };
        if (kind == CompiledOcl.IteratorKind.SORTED_BY && (iterator.getBody().getType() == environment
                .getOCLStandardLibrary().getUnlimitedNatural())) {
            throw new Unsupported("sortedBy UnlimitedNatural");
        }
        if (slots.length != 1 && kind != CompiledOcl.IteratorKind.EXISTS && kind != CompiledOcl.IteratorKind.FOR_ALL) {
            // OCL's templates for the others read only the first iterator: not worth mirroring
            throw new Unsupported("several iterators of " + iterator.getName());
        }
        CollectionKind sourceKind = ((CollectionType<?, ?>) sourceType).getKind();
        boolean orderedResult = iterator.getType() instanceof OrderedSetType<?, ?>;
        return new CompiledOcl.Iteration(kind, source, slots, body, sourceKind, orderedResult, anyLessIsInvalid,
                closureIncludesSources, invalid);
    }

    private Node iterate(IterateExp<EClassifier, EParameter> iterate, Scope scope) throws Unsupported {
        Node source = node(iterate.getSource(), scope);
        Variable<EClassifier, EParameter> result = iterate.getResult();
        Node init = result.getInitExpression() == null ? null : node(result.getInitExpression(), scope);
        int resultSlot = scope.declare(result);
        int[] slots = new int[iterate.getIterator().size()];
        for (int i = 0; i < slots.length; i++) {
            Variable<EClassifier, EParameter> variable = iterate.getIterator().get(i);
            if (variable.getInitExpression() != null) {
                throw new Unsupported("initialised iterator variable");
            }
            slots[i] = scope.declare(variable);
        }
        return new CompiledOcl.Iterate(source, init, resultSlot, slots, node(iterate.getBody(), scope), invalid);
    }

    private Node collectionLiteral(CollectionLiteralExp<EClassifier> literal, Scope scope) throws Unsupported {
        List<Node> items = new ArrayList<>();
        List<Boolean> ranges = new ArrayList<>();
        for (CollectionLiteralPart<EClassifier> part : literal.getPart()) {
            if (part instanceof CollectionItem<EClassifier> item) {
                items.add(node(item.getItem(), scope));
                ranges.add(false);
            } else if (part instanceof CollectionRange<EClassifier> range) {
                items.add(node(range.getFirst(), scope));
                items.add(node(range.getLast(), scope));
                ranges.add(true);
            } else {
                throw new Unsupported("collection literal part");
            }
        }
        boolean[] isRange = new boolean[ranges.size()];
        for (int i = 0; i < isRange.length; i++) {
            isRange[i] = ranges.get(i);
        }
        return new CompiledOcl.CollectionLiteral(literal.getKind(), items.toArray(Node[]::new), isRange,
                literal.getKind() == CollectionKind.SEQUENCE_LITERAL && literal.isSimpleRange(),
                implicitSetConversion(literal), invalid);
    }

    private static boolean implicitSetConversion(CollectionLiteralExp<EClassifier> literal) {
        if (!(literal instanceof org.eclipse.emf.ecore.EModelElement element)) {
            return false;
        }
        EAnnotation annotation = element.getEAnnotation(AbstractOCLAnalyzer.OCL_ANNOTATIONS_URI);
        String detail = annotation == null ? null : annotation.getDetails().get(AbstractOCLAnalyzer.IMPLICIT_SET_CONVERSION);
        return detail != null && Boolean.valueOf(detail);
    }
}
