package org.itot.model.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;

/** Bodies of the derived operations of {@link Flow}. */
public final class FlowQuery {

    private FlowQuery() {
    }

    public static Zone sourceZone(Flow flow) {
        return zoneOf(flow.getSource());
    }

    public static Zone targetZone(Flow flow) {
        return zoneOf(flow.getTarget());
    }

    public static boolean isCrossZone(Flow flow) {
        Zone source = sourceZone(flow);
        Zone target = targetZone(flow);
        return source != null && target != null && source != target;
    }

    /**
     * The conduits joining the flow's source and target zones directly. Routes over several conduits
     * (through intermediate zones) are the graph analysis's business in the validation layer; the
     * metamodel only knows adjacency.
     */
    public static EList<Conduit> conduits(Flow flow) {
        List<Conduit> conduits = new ArrayList<>();
        Zone source = sourceZone(flow);
        Zone target = targetZone(flow);
        if (source != null && target != null && source != target
                && flow.eContainer() instanceof ArchitectureModel model) {
            for (Conduit conduit : model.getConduits()) {
                if (ConduitQuery.joins(conduit, source, target)) {
                    conduits.add(conduit);
                }
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(conduits));
    }

    private static Zone zoneOf(Asset asset) {
        return asset == null ? null : AssetQuery.zone(asset);
    }
}
