package org.itot.model.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
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

    private static final Set<FlowOperation> WRITES = EnumSet.of(FlowOperation.WRITE, FlowOperation.PROGRAM_DOWNLOAD,
            FlowOperation.FIRMWARE_UPDATE, FlowOperation.MODE_CHANGE);
    private static final Set<AssetType> WRITERS = EnumSet.of(AssetType.ENGINEERING_WORKSTATION, AssetType.HMI,
            AssetType.CONTROL_SERVER);

    /** PRO-02: the flow changes a controller (write, program download, firmware update, mode change). */
    public static boolean isControllerWrite(Flow flow) {
        return flow.getTarget() != null && AssetQuery.isController(flow.getTarget())
                && WRITES.contains(flow.getOperation());
    }

    /**
     * PRO-02: the flow comes from an engineering workstation, HMI or control server in the target's
     * zone, or in a level 2-3 industrial zone joined to the target's zone by a conduit.
     */
    public static boolean isFromAuthorisedWriter(Flow flow) {
        Asset source = flow.getSource();
        Zone from = sourceZone(flow);
        Zone to = targetZone(flow);
        if (source == null || !WRITERS.contains(source.getType()) || from == null || to == null) {
            return false;
        }
        if (from == to) {
            return true;
        }
        int rank = ZoneQuery.levelRank(from);
        return (rank == 20 || rank == 30) && ZoneQuery.isIndustrialSide(from)
                && InverseReferences.conduits(to).stream().anyMatch(c -> ConduitQuery.otherZone(c, to) == from);
    }

    private static Zone zoneOf(Asset asset) {
        return asset == null ? null : AssetQuery.zone(asset);
    }
}
