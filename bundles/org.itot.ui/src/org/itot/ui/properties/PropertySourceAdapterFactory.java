package org.itot.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;
import org.itot.model.edit.domain.ModelEditing;

/** Gives every element of an open model a Properties-view page (registered in plugin.xml). */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject element
                && element.eResource() != null && element.eResource().getResourceSet() != null) {
            return adapterType.cast(new ElementPropertySource(element,
                    ModelEditing.domainFor(element).getAdapterFactory()));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
