package org.itot.validation.engine;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * Installs EMF's cross-reference index on a model so that the rules' inverse look-ups (flows of an
 * asset, conduits a firewall enforces) cost a map access instead of a scan of 40,000 flows.
 */
final class CrossReferences {

    private CrossReferences() {
    }

    static void ensure(EObject model) {
        if (ECrossReferenceAdapter.getCrossReferenceAdapter(model) != null) {
            return;
        }
        Notifier scope = model.eResource() == null ? model
                : model.eResource().getResourceSet() != null ? model.eResource().getResourceSet() : model.eResource();
        scope.eAdapters().add(new ECrossReferenceAdapter());
    }
}
