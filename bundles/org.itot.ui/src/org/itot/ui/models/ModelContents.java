package org.itot.ui.models;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itot.model.ArchitectureModel;

/**
 * Gives an open model the contents of another copy of it (its file again, or an autosave) while keeping the root
 * object, which the explorer, the editing domain and the validation job hold on to. Elements move over with their
 * xmi:ids, so saving afterwards writes the same ids as the file had.
 */
final class ModelContents {

    private ModelContents() {
    }

    @SuppressWarnings("unchecked")
    static void replace(ArchitectureModel target, ArchitectureModel source) {
        for (EStructuralFeature feature : target.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (!source.eIsSet(feature)) {
                target.eUnset(feature);
            } else if (feature.isMany()) {
                // A copy first: moving contained elements removes them from the source list.
                List<Object> values = new ArrayList<>((List<Object>) source.eGet(feature));
                ECollections.setEList((EList<Object>) target.eGet(feature), values);
            } else {
                target.eSet(feature, source.eGet(feature));
            }
        }
    }
}
