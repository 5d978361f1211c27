package org.itot.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotResourceFactory;

/**
 * The command line's one way of writing a model file.
 *
 * TEMPORARY: replace the body of {@link #save} with org.itot.model.resource.ModelFiles.save(...)
 * (the atomic save being built on another branch) once it is on this branch. Until then this
 * writes in place through the ItotResourceFactory, like the tests do; it is deliberately not an
 * atomic save of its own.
 */
final class ModelSaving {

    private ModelSaving() {
    }

    static void save(ArchitectureModel model, Path file) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(ItotResourceFactory.FILE_EXTENSION, new ItotResourceFactory());
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        resource.save(null);
    }
}
