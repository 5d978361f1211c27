package org.itot.model.resource;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.itot.model.ItotPackage;

/**
 * Plain-Java setup for use outside OSGi (benchmarks, tools, child processes), where no plugin.xml is
 * read: registers the ITOT package and the {@code itot} resource factory in EMF's global registries.
 * Idempotent and cheap, so call it wherever such code starts.
 */
public final class ItotModelSetup {

    private ItotModelSetup() {
    }

    public static synchronized void init() {
        EPackage.Registry.INSTANCE.putIfAbsent(ItotPackage.eNS_URI, ItotPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(ItotResourceFactory.FILE_EXTENSION, new ItotResourceFactory());
    }
}
