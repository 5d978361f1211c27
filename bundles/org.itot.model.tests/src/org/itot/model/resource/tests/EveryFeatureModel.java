package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;

/**
 * Builds, by reflection over {@link ItotPackage}, a model with instances of every concrete class,
 * every attribute set to a non-default value and every reference pointing to a valid target, so a
 * round trip covers the whole metamodel and keeps covering it when the metamodel grows.
 */
final class EveryFeatureModel {

    /** Characters that XML must escape or normalise, and some outside ASCII. */
    private static final String AWKWARD_TEXT = " <&> \"quoted\" 'single' tab\there\r\nnew line Grüße € \u00e9";

    private final List<EClass> concreteClasses = ItotPackage.eINSTANCE.getEClassifiers().stream()
            .filter(EClass.class::isInstance).map(EClass.class::cast)
            .filter(c -> !c.isAbstract() && !c.isInterface()).toList();
    private int counter;

    static ArchitectureModel build() {
        return new EveryFeatureModel().create();
    }

    /** Every concrete class has an instance, every feature is set on at least one instance of each class. */
    static void assertCoversTheMetamodel(ArchitectureModel model) {
        EveryFeatureModel builder = new EveryFeatureModel();
        List<EObject> all = allObjects(model);
        for (EClass eClass : builder.concreteClasses) {
            List<EObject> instances = all.stream().filter(o -> o.eClass() == eClass).toList();
            assertTrue(!instances.isEmpty(), () -> "no instance of " + eClass.getName());
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (persisted(feature)) {
                    assertTrue(instances.stream().anyMatch(o -> o.eIsSet(feature)),
                            () -> eClass.getName() + "." + feature.getName() + " is set on no instance");
                }
            }
        }
    }

    static List<EObject> allObjects(EObject root) {
        List<EObject> all = new ArrayList<>();
        all.add(root);
        root.eAllContents().forEachRemaining(all::add);
        return all;
    }

    private ArchitectureModel create() {
        ArchitectureModel root = (ArchitectureModel) EcoreUtil.create(ItotPackage.Literals.ARCHITECTURE_MODEL);
        addContents(root, List.of());
        List<EObject> all = allObjects(root);
        for (EObject object : all) {
            setAttributes(object);
        }
        for (EObject object : all) {
            setReferences(object, all);
        }
        return root;
    }

    /** Two children per many-valued containment and concrete type; a class nests in itself at most once. */
    @SuppressWarnings("unchecked")
    private void addContents(EObject parent, List<EObject> ancestors) {
        List<EObject> line = new ArrayList<>(ancestors);
        line.add(parent);
        for (EReference containment : parent.eClass().getEAllContainments()) {
            if (!persisted(containment)) {
                continue;
            }
            for (EClass type : concreteClasses) {
                if (!containment.getEReferenceType().isSuperTypeOf(type)
                        || line.stream().filter(o -> o.eClass() == type).count() >= 2) {
                    continue;
                }
                if (!containment.isMany()) {
                    if (!parent.eIsSet(containment)) {
                        EObject child = EcoreUtil.create(type);
                        parent.eSet(containment, child);
                        addContents(child, line);
                    }
                    continue;
                }
                for (int copy = 0; copy < 2; copy++) {
                    EObject child = EcoreUtil.create(type);
                    ((List<EObject>) parent.eGet(containment)).add(child);
                    addContents(child, line);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void setAttributes(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!persisted(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                List<Object> values = (List<Object>) object.eGet(attribute);
                values.add(value(attribute, counter++));
                values.add(value(attribute, counter++));
            } else {
                object.eSet(attribute, value(attribute, counter++));
            }
        }
    }

    private Object value(EAttribute attribute, int n) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum enumeration) {
            // Any literal but the first, which is the default.
            List<EEnumLiteral> literals = enumeration.getELiterals();
            return literals.get(1 + n % (literals.size() - 1)).getInstance();
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == String.class) {
            return attribute.getName() + " " + n + AWKWARD_TEXT;
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return n % 2 == 0 ? n + 1 : -(n + 1);
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return !Boolean.TRUE.equals(attribute.getDefaultValue());
        }
        if (instanceClass == Date.class) {
            return new Date(1_700_000_000_123L + n * 86_400_007L);
        }
        return fail("no test value for data type " + type.getName() + " of " + attribute.getName()
                + "; teach EveryFeatureModel one");
    }

    @SuppressWarnings("unchecked")
    private void setReferences(EObject object, List<EObject> all) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !persisted(reference)) {
                continue;
            }
            List<EObject> candidates = all.stream()
                    .filter(o -> o != object && reference.getEReferenceType().isInstance(o)).toList();
            if (candidates.isEmpty()) {
                fail("no target for " + object.eClass().getName() + "." + reference.getName());
            }
            int start = counter++;
            if (reference.isMany()) {
                int wanted = reference.getUpperBound() == EStructuralFeature.UNBOUNDED_MULTIPLICITY ? 2
                        : Math.min(2, reference.getUpperBound());
                Set<EObject> targets = new LinkedHashSet<>();
                for (int i = 0; targets.size() < Math.min(wanted, candidates.size()); i++) {
                    targets.add(candidates.get((start + i) % candidates.size()));
                }
                ((List<EObject>) object.eGet(reference)).addAll(targets);
            } else {
                object.eSet(reference, candidates.get(start % candidates.size()));
            }
        }
    }

    private static boolean persisted(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile();
    }
}
