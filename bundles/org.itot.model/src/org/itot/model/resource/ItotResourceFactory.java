package org.itot.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates the resources behind {@code *.itot} model files (registered for the {@code itot}
 * extension by plugin.xml in OSGi and by {@link ItotModelSetup#init()} outside it). Prefer
 * {@link ModelFiles} for loading and saving: it adds the checks a plain resource cannot make.
 */
public class ItotResourceFactory extends ResourceFactoryImpl {

    public static final String FILE_EXTENSION = "itot";

    @Override
    public Resource createResource(URI uri) {
        return new ItotResource(uri);
    }
}
