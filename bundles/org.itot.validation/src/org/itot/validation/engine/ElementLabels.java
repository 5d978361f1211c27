package org.itot.validation.engine;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ModelElement;

/** How findings name elements: "name (id)", and the stable key of an element inside finding ids. */
public final class ElementLabels {

    private ElementLabels() {
    }

    public static String label(Object value) {
        if (value instanceof ModelElement element) {
            String name = element.getName();
            String id = element.getId();
            if (name != null && !name.isBlank()) {
                return id != null && !id.isBlank() && !id.equals(name) ? name + " (" + id + ")" : name;
            }
            return id != null && !id.isBlank() ? id : element.eClass().getName();
        }
        if (value instanceof EObject object) {
            return object.eClass().getName();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ElementLabels::label).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** The human id when there is one, else the element's XMI id/URI fragment. */
    public static String key(EObject object) {
        if (object instanceof ModelElement element && element.getId() != null && !element.getId().isBlank()) {
            return element.getId();
        }
        return object.eResource() != null ? object.eResource().getURIFragment(object) : EcoreUtil.getIdentification(object);
    }
}
