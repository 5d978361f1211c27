package org.itot.ui.properties;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IFilter;
import org.itot.model.ModelElement;
import org.itot.ui.properties.ElementProperties.Tab;

/**
 * Shows a tab for an element when the element has something to show there (plugin.xml names the tab after the
 * colon: {@code TabFilter:NETWORK}). Findings and ATT&CK apply to every element.
 */
public final class TabFilter implements IFilter, IExecutableExtension {

    private Tab tab;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        tab = data instanceof String name && !name.isBlank() ? Tab.valueOf(name.strip()) : null;
    }

    @Override
    public boolean select(Object object) {
        if (!(object instanceof ModelElement element)) {
            return false;
        }
        return tab == null || tab == Tab.ATTACK || !ElementProperties.featuresOf(element.eClass(), tab).isEmpty();
    }
}
