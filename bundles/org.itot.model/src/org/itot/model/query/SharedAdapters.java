package org.itot.model.query;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.itot.model.ArchitectureModel;

/**
 * The content adapters that readers of a model share: EMF's cross-reference index (validation's inverse look-ups) and
 * the {@link ZoneGraph}'s cache. A content adapter adds itself to the adapter list of every element. Added lazily by a
 * reader under the model's read lock, it races with a thread that makes a command at that moment: making a command
 * adapts its owner, which iterates the same list, and fails with a ConcurrentModificationException. So whoever shares
 * a model between threads installs them first, before another thread sees it; the editing domain does.
 */
public final class SharedAdapters {

    private SharedAdapters() {
    }

    /** Installs the shared adapters on the resource set and the models it holds now; a second call adds nothing. */
    public static void install(ResourceSet resourceSet) {
        if (ECrossReferenceAdapter.getCrossReferenceAdapter(resourceSet) == null) {
            resourceSet.eAdapters().add(new ECrossReferenceAdapter());
        }
        for (Resource resource : resourceSet.getResources().toArray(new Resource[0])) {
            for (EObject root : resource.getContents()) {
                if (root instanceof ArchitectureModel model) {
                    ZoneGraph.of(model);
                }
            }
        }
    }
}
