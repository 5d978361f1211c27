package org.itot.ui.explorer;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;

/** Models, their zones from the top of the Purdue stack down, and each zone's assets. */
class ModelTreeContentProvider implements ITreeContentProvider {

    /** External zones (Internet, vendors) first, then level 5 down to level 0, as architects draw the Purdue model. */
    static final Comparator<Zone> PURDUE_ORDER = Comparator
            .comparingInt((Zone zone) -> -zone.getPurdueLevel().getValue())
            .thenComparing(zone -> String.valueOf(zone.getName()));

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> roots ? roots.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof ArchitectureModel model) {
            // Zones from the top of the stack down, then the diagrams (double-click opens one).
            return java.util.stream.Stream.concat(model.getZones().stream().sorted(PURDUE_ORDER),
                    model.getDiagrams().stream()).toArray();
        }
        if (parent instanceof Zone zone) {
            return zone.getAssets().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof org.eclipse.emf.ecore.EObject object ? object.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
