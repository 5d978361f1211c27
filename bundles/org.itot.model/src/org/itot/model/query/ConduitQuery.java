package org.itot.model.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;

/** Bodies of the derived operations of {@link Conduit}. */
public final class ConduitQuery {

    private ConduitQuery() {
    }

    public static boolean joins(Conduit conduit, Zone first, Zone second) {
        List<Zone> zones = conduit.getZones();
        return zones.size() == 2 && (zones.get(0) == first && zones.get(1) == second
                || zones.get(0) == second && zones.get(1) == first);
    }

    public static Zone otherZone(Conduit conduit, Zone zone) {
        List<Zone> zones = conduit.getZones();
        if (zones.size() != 2) {
            return null;
        }
        return zones.get(0) == zone ? zones.get(1) : zones.get(1) == zone ? zones.get(0) : null;
    }

    public static EList<Flow> flows(Conduit conduit) {
        List<Flow> flows = new ArrayList<>();
        if (conduit.eContainer() instanceof ArchitectureModel model) {
            for (Flow flow : model.getFlows()) {
                if (FlowQuery.isCrossZone(flow) && FlowQuery.conduits(flow).contains(conduit)) {
                    flows.add(flow);
                }
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(flows));
    }
}
