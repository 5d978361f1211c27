package org.itot.validation.rules;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.ocl.Environment;
import org.eclipse.ocl.EvaluationEnvironment;
import org.eclipse.ocl.EvaluationVisitorImpl;
import org.eclipse.ocl.ecore.CallOperationAction;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.EcoreEvaluationEnvironment;
import org.eclipse.ocl.ecore.SendSignalAction;
import org.eclipse.ocl.ecore.VoidType;
import org.eclipse.ocl.expressions.CollectionKind;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.util.CollectionUtil;

/**
 * What Classic OCL looks up again on every step of an evaluation, looked up once per compiled pack: the Java method
 * behind a model operation ({@code Class.getMethod} on every call), the collection kind of an operation's or a
 * feature's result (a new OCL type made and disposed of on every call and navigation) and the body of a
 * {@code def} operation (annotation and map lookups on every call). A profile of the catalogue on the 10,000-asset
 * plant spent a quarter of validation in these lookups. Each answer depends only on the metamodel and the pack's
 * parsed text, neither of which changes once the pack is compiled, so the cached answer is the one OCL would compute;
 * everything else (argument coercion, invalid results, logging) stays OCL's own code.
 */
final class EvaluationLookups {

    private final Map<EOperation, Optional<Method>> methods = new ConcurrentHashMap<>();
    private final Map<ETypedElement, Optional<CollectionKind>> collectionKinds = new ConcurrentHashMap<>();
    private final Map<EOperation, Optional<OCLExpression<EClassifier>>> operationBodies = new ConcurrentHashMap<>();
    private final Map<EStructuralFeature, Optional<OCLExpression<EClassifier>>> propertyBodies = new ConcurrentHashMap<>();

    /** A root evaluation environment (one per query) that answers from these lookups. */
    EcoreEvaluationEnvironment rootEnvironment(EcoreEnvironmentFactory factory) {
        return new CachingEnvironment(factory, this);
    }

    /** A nested evaluation environment (a {@code def} call, an iterator's scope) of one made here. */
    EcoreEvaluationEnvironment nestedEnvironment(
            EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> parent) {
        return parent instanceof CachingEnvironment caching ? new CachingEnvironment(caching, this)
                : new EcoreEvaluationEnvironment(parent);
    }

    /** OCL's evaluation visitor with the {@code def} bodies looked up here. */
    EvaluationVisitorImpl<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter, EObject,
            CallOperationAction, SendSignalAction, Constraint, EClass, EObject> visitor(
                    Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                            EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> env,
                    EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evalEnv,
                    Map<? extends EClass, ? extends Set<? extends EObject>> extentMap) {
        return new CachingVisitor(env, evalEnv, extentMap, this);
    }

    /** The answer for the key, computed on its first use; a plain read after that (the hot path). */
    private static <K, V> V cached(Map<K, Optional<V>> cache, K key, Function<? super K, ? extends V> lookup) {
        Optional<V> known = cache.get(key);
        if (known == null) {
            known = Optional.<V>ofNullable(lookup.apply(key));
            cache.putIfAbsent(key, known);
        }
        return known.orElse(null);
    }

    private static final class CachingEnvironment extends EcoreEvaluationEnvironment {

        private final EvaluationLookups lookups;

        CachingEnvironment(EcoreEnvironmentFactory factory, EvaluationLookups lookups) {
            super(factory);
            this.lookups = lookups;
        }

        CachingEnvironment(CachingEnvironment parent, EvaluationLookups lookups) {
            super(parent);
            this.lookups = lookups;
        }

        /** The method depends on the operation's class and parameter types only, never on the receiver. */
        @Override
        protected Method getJavaMethodFor(EOperation operation, Object receiver) {
            return cached(lookups.methods, operation, key -> super.getJavaMethodFor(key, receiver));
        }

        /** OCL's coercion to the element's collection kind (or to a single value), with the kind looked up once. */
        @Override
        protected Object coerceValue(ETypedElement element, Object value, boolean copy) {
            CollectionKind kind = cached(lookups.collectionKinds, element, key -> getCollectionKind(key));
            if (kind != null) {
                if (value instanceof java.util.Collection<?> many) {
                    return copy ? CollectionUtil.createNewCollection(kind, many) : value;
                }
                java.util.Collection<Object> single = CollectionUtil.createNewCollection(kind);
                single.add(value);
                return single;
            }
            if (value instanceof java.util.Collection<?> many) {
                return many.isEmpty() ? null : many.iterator().next();
            }
            return value;
        }

        /**
         * A feature of the target's class is read directly: EMF's feature id (an identity match in the class's feature
         * array) answers what OCL finds by a linear search of the class's features. Anything else (a tuple part, a
         * feature the class lacks, a feature typed OclVoid) is OCL's own case.
         */
        @Override
        public Object navigateProperty(EStructuralFeature property, List<?> qualifiers, Object target) {
            if (target instanceof EObject object && object.eClass().getFeatureID(property) >= 0
                    && !(property.getEType() instanceof VoidType)) {
                return coerceValue(property, object.eGet(property), true);
            }
            return super.navigateProperty(property, qualifiers, target);
        }
    }

    private static final class CachingVisitor extends EvaluationVisitorImpl<EPackage, EClassifier, EOperation,
            EStructuralFeature, EEnumLiteral, EParameter, EObject, CallOperationAction, SendSignalAction, Constraint,
            EClass, EObject> {

        private final EvaluationLookups lookups;

        CachingVisitor(Environment<EPackage, EClassifier, EOperation, EStructuralFeature, EEnumLiteral, EParameter,
                EObject, CallOperationAction, SendSignalAction, Constraint, EClass, EObject> env,
                EvaluationEnvironment<EClassifier, EOperation, EStructuralFeature, EClass, EObject> evalEnv,
                Map<? extends EClass, ? extends Set<? extends EObject>> extentMap, EvaluationLookups lookups) {
            super(env, evalEnv, extentMap);
            this.lookups = lookups;
        }

        @Override
        protected OCLExpression<EClassifier> getOperationBody(EOperation operation) {
            return cached(lookups.operationBodies, operation, super::getOperationBody);
        }

        @Override
        protected OCLExpression<EClassifier> getPropertyBody(EStructuralFeature property) {
            return cached(lookups.propertyBodies, property, super::getPropertyBody);
        }
    }
}
