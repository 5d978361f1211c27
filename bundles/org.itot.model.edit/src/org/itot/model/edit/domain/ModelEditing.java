package org.itot.model.edit.domain;

import java.util.Objects;
import java.util.concurrent.locks.Lock;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.itot.model.provider.ItotItemProviderAdapterFactory;
import org.itot.model.query.SharedAdapters;

/**
 * The one editing domain (and so the one command stack) of each open model, kept as an adapter on the model's
 * resource set so that every view, handler and the command line find the same undo history from any element
 * through {@link AdapterFactoryEditingDomain#getEditingDomainFor(EObject)}.
 */
public final class ModelEditing {

    private ModelEditing() {
    }

    /**
     * The editing domain of a resource set, created with a fresh {@link ModelCommandStack} the first time it is asked
     * for.
     */
    public static AdapterFactoryEditingDomain domainFor(ResourceSet resourceSet) {
        Objects.requireNonNull(resourceSet, "resourceSet");
        // Views and jobs may ask concurrently for the domain of a model that has none yet; only one may create it.
        synchronized (resourceSet) {
            AdapterFactoryEditingDomain existing = existingDomain(resourceSet);
            if (existing != null) {
                return existing;
            }
            AdapterFactoryEditingDomain domain =
                    new AdapterFactoryEditingDomain(createAdapterFactory(), new ModelCommandStack(), resourceSet);
            resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
            // Before any other thread uses the domain: readers under the read lock would otherwise add these to every
            // element while a thread making a command iterates the same adapter lists.
            SharedAdapters.install(resourceSet);
            return domain;
        }
    }

    /**
     * The editing domain of the resource set that holds an element, created on first use.
     *
     * @throws IllegalArgumentException if the element is not in a resource of a resource set: commands need the
     *         resource set to find every reference to what they change
     */
    public static AdapterFactoryEditingDomain domainFor(EObject element) {
        Objects.requireNonNull(element, "element");
        Resource resource = element.eResource();
        if (resource == null || resource.getResourceSet() == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " " + EcoreUtil.getURI(element)
                    + " is not in a resource of a resource set; load or add the model to a resource first");
        }
        return domainFor(resource.getResourceSet());
    }

    /** The command stack of an element's model, which also holds the model's read/write lock. */
    public static ModelCommandStack commandStackFor(EObject element) {
        return (ModelCommandStack) domainFor(element).getCommandStack();
    }

    /**
     * Holds the read lock of an element's model until closed, when the model has a {@link ModelCommandStack};
     * otherwise (a model no editor shares) holds nothing. For readers that may run next to edits (exports, layout,
     * validation): {@code try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model)) { ... }}. Creates
     * no editing domain. Re-entrant: a caller that already holds the read lock may call it again.
     */
    public static ReadAccess readAccess(EObject element) {
        Objects.requireNonNull(element, "element");
        Resource resource = element.eResource();
        ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
        AdapterFactoryEditingDomain domain;
        if (resourceSet == null) {
            domain = null;
        } else {
            synchronized (resourceSet) {
                domain = existingDomain(resourceSet);
            }
        }
        if (domain == null || !(domain.getCommandStack() instanceof ModelCommandStack stack)) {
            return () -> {
            };
        }
        Lock read = stack.lock().readLock();
        read.lock();
        return read::unlock;
    }

    /** The read lock held by {@link #readAccess(EObject)}; closing releases it. */
    @FunctionalInterface
    public interface ReadAccess extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Forgets the editing domain of a resource set (when its model is closed) and disposes its item providers. A later
     * {@link #domainFor(ResourceSet)} starts a new one with an empty undo history.
     */
    public static void release(ResourceSet resourceSet) {
        Objects.requireNonNull(resourceSet, "resourceSet");
        synchronized (resourceSet) {
            AdapterFactoryEditingDomain domain = existingDomain(resourceSet);
            if (domain == null) {
                return;
            }
            resourceSet.eAdapters().removeIf(adapter -> adapter instanceof IEditingDomainProvider provider
                    && provider.getEditingDomain() == domain);
            domain.getCommandStack().flush();
            if (domain.getAdapterFactory() instanceof ComposedAdapterFactory composed) {
                composed.dispose();
            }
        }
    }

    /**
     * Item providers for our model, for resources (the roots of a tree) and, reflectively, for any other EMF object.
     */
    public static ComposedAdapterFactory createAdapterFactory() {
        return new ComposedAdapterFactory(new AdapterFactory[] {
                new ItotItemProviderAdapterFactory(),
                new ResourceItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory() });
    }

    private static AdapterFactoryEditingDomain existingDomain(ResourceSet resourceSet) {
        Object provider = EcoreUtil.getExistingAdapter(resourceSet, IEditingDomainProvider.class);
        if (provider instanceof IEditingDomainProvider domainProvider
                && domainProvider.getEditingDomain() instanceof AdapterFactoryEditingDomain domain) {
            return domain;
        }
        return null;
    }
}
