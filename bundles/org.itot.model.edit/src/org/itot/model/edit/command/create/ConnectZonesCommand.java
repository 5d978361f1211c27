package org.itot.model.edit.command.create;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.itot.model.edit.command.ElementIds;

/**
 * Joins two distinct zones of one model by a new conduit. Refuses a zone joined to itself and a second conduit between
 * the same two zones: the flows between two zones are the business of the one conduit that joins them.
 */
public class ConnectZonesCommand extends CreateElementCommand<Conduit, ConnectZonesCommand> {

    public static final String LABEL = "Connect Zones";

    private final Zone first;
    private final Zone second;

    public ConnectZonesCommand(EditingDomain domain, Zone first, Zone second) {
        super(LABEL, "Joins two zones by a new conduit", domain, ItotFactory.eINSTANCE.createConduit(),
                ElementIds.CONDUIT_PREFIX);
        this.first = first;
        this.second = second;
        if (first != null && second != null) {
            getConduit().getZones().add(first);
            getConduit().getZones().add(second);
        }
    }

    public Conduit getConduit() {
        return getElement();
    }

    @Override
    protected EObject container() {
        return first == null ? null : modelOf(first);
    }

    @Override
    protected EReference containment() {
        return ItotPackage.Literals.ARCHITECTURE_MODEL__CONDUITS;
    }

    @Override
    protected boolean isValidInput() {
        ArchitectureModel model = modelOf(first);
        return second != null && first != second && model != null && model == modelOf(second)
                && model.getConduits().stream().noneMatch(conduit -> conduit.joins(first, second));
    }

    private static ArchitectureModel modelOf(Zone zone) {
        return zone != null && EcoreUtil.getRootContainer(zone) instanceof ArchitectureModel model ? model : null;
    }
}
