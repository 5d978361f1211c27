package org.itot.model.query;

import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.PortRange;
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

    /** The conduits along the shortest conduit path between the flow's source and target zones. */
    public static EList<Conduit> conduits(Flow flow) {
        Zone source = sourceZone(flow);
        Zone target = targetZone(flow);
        if (source == null || target == null || source == target) {
            return ECollections.emptyEList();
        }
        return ECollections.unmodifiableEList(new BasicEList<>(ZoneGraph.of(flow).conduitPath(source, target)));
    }

    public static EList<Zone> zonePath(Flow flow) {
        return ECollections.unmodifiableEList(
                new BasicEList<>(ZoneGraph.of(flow).zonePath(sourceZone(flow), targetZone(flow))));
    }

    /** The ports a flow uses: its own, or its protocol's defaults when it names none. */
    public static List<PortRange> effectivePorts(Flow flow) {
        if (!flow.getPorts().isEmpty() || flow.getProtocol() == null) {
            return flow.getPorts();
        }
        return flow.getProtocol().getDefaultPorts();
    }

    private static Zone zoneOf(Asset asset) {
        return asset == null ? null : AssetQuery.zone(asset);
    }
}
