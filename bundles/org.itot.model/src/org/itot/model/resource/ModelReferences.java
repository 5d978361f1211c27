package org.itot.model.resource;

import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Finds references that leave a model file: proxies after loading (a resolve would open another
 * file) and, before saving, targets outside the resource (they would be written as links to other
 * files or fail as dangling). Reads references without resolving them.
 */
final class ModelReferences {

    record Reference(EObject source, EReference feature, EObject target) {
    }

    private ModelReferences() {
    }

    static Reference findProxy(Resource resource) {
        Reference contained = findContainedProxy(resource);
        return contained != null ? contained : find(resource, (owner, target) -> target.eIsProxy());
    }

    /** A link ({@code <subZones href="#z"/>}) where a containment must hold the element itself. */
    private static Reference findContainedProxy(Resource resource) {
        for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object.eIsProxy()) {
                return new Reference(object.eContainer(), (EReference) object.eContainingFeature(), object);
            }
        }
        return null;
    }

    static Reference findOutside(Resource resource) {
        return find(resource, (owner, target) -> target.eIsProxy() || target.eResource() != resource);
    }

    private static Reference find(Resource resource, BiPredicate<EObject, EObject> leaves) {
        for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient() || !object.eIsSet(reference)) {
                    continue;
                }
                for (EObject target : targets(object, reference)) {
                    if (leaves.test(object, target)) {
                        return new Reference(object, reference, target);
                    }
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (reference.isMany()) {
            return ((InternalEList<EObject>) value).basicList();
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
