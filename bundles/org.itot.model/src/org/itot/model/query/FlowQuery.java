package org.itot.model.query;

import java.util.ArrayList;
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

    /**
     * The conduits the flow is routed on: the shortest conduit path between its source and target
     * zones, or, for a flow carried by a tunnel end or gateway in a third zone, the shortest path to
     * that carrier and on from it (a VPN session enters through its gateway). When the carrier cannot
     * be reached either way the carried route is unknown and the direct one stands.
     */
    public static EList<Conduit> conduits(Flow flow) {
        Zone source = sourceZone(flow);
        Zone target = targetZone(flow);
        if (source == null || target == null || source == target) {
            return ECollections.emptyEList();
        }
        ZoneGraph graph = ZoneGraph.of(flow);
        Zone via = carrierZone(flow);
        if (via != null) {
            List<Conduit> in = graph.conduitPath(source, via);
            List<Conduit> on = graph.conduitPath(via, target);
            if (!in.isEmpty() && !on.isEmpty()) {
                List<Conduit> route = new ArrayList<>(in);
                on.stream().filter(conduit -> !route.contains(conduit)).forEach(route::add);
                return ECollections.unmodifiableEList(new BasicEList<>(route));
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(graph.conduitPath(source, target)));
    }

    /** The zones along {@link #conduits}, both ends included; empty when unreachable. */
    public static EList<Zone> zonePath(Flow flow) {
        ZoneGraph graph = ZoneGraph.of(flow);
        Zone source = sourceZone(flow);
        Zone target = targetZone(flow);
        Zone via = carrierZone(flow);
        if (via != null) {
            List<Zone> in = graph.zonePath(source, via);
            List<Zone> on = graph.zonePath(via, target);
            if (!in.isEmpty() && !on.isEmpty()) {
                List<Zone> zones = new ArrayList<>(in);
                on.stream().skip(1).forEach(zones::add);
                return ECollections.unmodifiableEList(new BasicEList<>(zones));
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(graph.zonePath(source, target)));
    }

    /** The carrier's zone when it lies off the direct route's ends (else the carrier changes nothing). */
    static Zone carrierZone(Flow flow) {
        Zone via = zoneOf(flow.getCarriedBy());
        return via == null || via == sourceZone(flow) || via == targetZone(flow) ? null : via;
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
