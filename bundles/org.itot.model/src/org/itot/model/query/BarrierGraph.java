package org.itot.model.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.Zone;

/**
 * The model as a directed graph whose nodes are zones (plus virtual entry nodes) and whose edges are
 * conduits, flows and dual-homed assets. Each edge carries the enforcement points it crosses as small
 * integers, so a path's independent barriers are the size of a union of sorted int arrays.
 * <p>
 * The one definition of how an attacker moves between zones: BND-09's defence-in-depth figures
 * ({@link #defenceInDepth}, behind {@code Zone.getMinIndependentBarriers()}) and the attack-path search
 * of org.itot.analysis both walk this graph, so the rule and the listed paths always agree.
 */
public final class BarrierGraph {

    public static final int[] NO_POINTS = new int[0];

    /** How a step moves between two zones. */
    public enum EdgeKind {
        /** From a virtual entry node onto a zone. */
        ENTRY,
        /** Across a conduit. */
        CONDUIT,
        /** Along a cross-zone flow, over the conduits it is routed on (none: an unprotected connection). */
        FLOW,
        /** Through a dual-homed asset that is no enforcement device: no barrier. */
        BYPASS
    }

    /** One step; {@code points} are the enforcement points it crosses, sorted ids local to this graph. */
    public record Edge(int to, EdgeKind kind, ModelElement element, Zone fromZone, Zone toZone,
            List<ModelElement> conduits, List<Asset> enforcing, List<Asset> monitoring, int[] points) {
    }

    /** Per-zone defence-in-depth figures; a zone missing from a map is unreachable from the enterprise side. */
    public record Depths(Map<Zone, Integer> barriers, Map<Zone, Integer> monitored) {
    }

    public final ArchitectureModel model;
    public final List<Zone> zones = new ArrayList<>();
    public final List<Asset> assets = new ArrayList<>();
    private final Map<Zone, Integer> zoneIndex = new HashMap<>();
    private final List<List<Edge>> out = new ArrayList<>();
    private final Map<Set<Object>, Integer> pointIds = new HashMap<>();
    private final Map<Conduit, Edge> conduitTemplates = new HashMap<>();

    private BarrierGraph(ArchitectureModel model) {
        this.model = model;
    }

    public static BarrierGraph build(ArchitectureModel model) {
        BarrierGraph graph = new BarrierGraph(model);
        for (Zone zone : model.getZones()) {
            graph.addZone(zone);
        }
        for (Conduit conduit : model.getConduits()) {
            graph.addConduit(conduit);
        }
        for (Asset asset : graph.assets) {
            graph.addBypass(asset);
        }
        Set<List<Integer>> flowPairs = new HashSet<>();
        for (Flow flow : model.getFlows()) {
            graph.addFlow(flow, flowPairs);
        }
        return graph;
    }

    /**
     * BND-09's figures per zone: over every path from an enterprise-side zone through conduits, flows
     * and dual-homed hosts, the fewest independent enforcement points and the fewest monitored steps.
     * Labels are sets of points; a zone keeps only labels no other label at it is a subset of, and
     * labels leave the queue smallest first, so the first label to reach a zone is its minimum.
     */
    public Depths defenceInDepth() {
        List<Integer> sources = new ArrayList<>();
        for (int node = 0; node < zones.size(); node++) {
            if (ZoneQuery.isEnterpriseSide(zones.get(node))) {
                sources.add(node);
            }
        }
        return new Depths(fewestBarriers(sources), fewestMonitored(sources));
    }

    private record Reached(int node, int[] points) {
    }

    private Map<Zone, Integer> fewestBarriers(List<Integer> sources) {
        Map<Zone, Integer> barriers = new HashMap<>();
        List<List<int[]>> labels = new ArrayList<>();
        for (int node = 0; node < nodeCount(); node++) {
            labels.add(new ArrayList<>());
        }
        PriorityQueue<Reached> work = new PriorityQueue<>(Comparator.comparingInt(item -> item.points().length));
        for (int source : sources) {
            labels.get(source).add(NO_POINTS);
            work.add(new Reached(source, NO_POINTS));
        }
        while (!work.isEmpty()) {
            Reached item = work.poll();
            if (!labels.get(item.node()).contains(item.points())) {
                continue; // dominated since it was queued (identity: the very array that was kept)
            }
            barriers.merge(zone(item.node()), item.points().length, Math::min);
            for (Edge edge : edges(item.node())) {
                int[] next = union(item.points(), edge.points());
                List<int[]> existing = labels.get(edge.to());
                if (existing.stream().noneMatch(other -> subset(other, next))) {
                    existing.removeIf(other -> subset(next, other));
                    existing.add(next);
                    work.add(new Reached(edge.to(), next));
                }
            }
        }
        return barriers;
    }

    /** 0-1 breadth-first search: a monitored step costs one, any other nothing. */
    private Map<Zone, Integer> fewestMonitored(List<Integer> sources) {
        int[] cost = new int[nodeCount()];
        Arrays.fill(cost, Integer.MAX_VALUE);
        Deque<Integer> deque = new ArrayDeque<>();
        for (int source : sources) {
            cost[source] = 0;
            deque.add(source);
        }
        while (!deque.isEmpty()) {
            int node = deque.poll();
            for (Edge edge : edges(node)) {
                int weight = edge.monitoring().isEmpty() ? 0 : 1;
                if (cost[node] + weight < cost[edge.to()]) {
                    cost[edge.to()] = cost[node] + weight;
                    if (weight == 0) {
                        deque.addFirst(edge.to());
                    } else {
                        deque.addLast(edge.to());
                    }
                }
            }
        }
        Map<Zone, Integer> monitored = new HashMap<>();
        for (int node = 0; node < zones.size(); node++) {
            if (cost[node] != Integer.MAX_VALUE) {
                monitored.put(zones.get(node), cost[node]);
            }
        }
        return monitored;
    }

    public int nodeCount() {
        return out.size();
    }

    public int index(Zone zone) {
        Integer index = zoneIndex.get(zone);
        return index == null ? -1 : index;
    }

    public Zone zone(int node) {
        return node < zones.size() ? zones.get(node) : null;
    }

    public List<Edge> edges(int node) {
        return out.get(node);
    }

    /** A node outside the plant for one entry point; attach it to zones with {@link #attach}. */
    public int addVirtualNode() {
        out.add(new ArrayList<>());
        return out.size() - 1;
    }

    public void attach(int node, Zone zone, ModelElement because) {
        int to = index(zone);
        if (to < 0) {
            return;
        }
        for (Edge edge : out.get(node)) {
            if (edge.to() == to) {
                return; // one way in per zone is enough; the first reason given stands
            }
        }
        out.get(node).add(new Edge(to, EdgeKind.ENTRY, because, null, zone, List.of(), List.of(), List.of(), NO_POINTS));
    }

    private void addZone(Zone zone) {
        zoneIndex.put(zone, zones.size());
        zones.add(zone);
        out.add(new ArrayList<>());
        assets.addAll(zone.getAssets());
        for (Zone sub : zone.getSubZones()) {
            addZone(sub);
        }
    }

    /**
     * Every conduit is a step, non-routable ones (serial, hardwired, fieldbus) included: no IP packet
     * crosses them, but whoever holds the master or protocol gateway on one end commands the devices on
     * the other, and nothing on the wire filters, so they cross no enforcement point unless one is listed.
     * The barrier belongs on the gateway's IP side (BND-10).
     */
    private void addConduit(Conduit conduit) {
        List<Zone> ends = conduit.getZones();
        if (ends.size() != 2 || index(ends.get(0)) < 0 || index(ends.get(1)) < 0 || ends.get(0) == ends.get(1)) {
            return;
        }
        List<Asset> enforcing = conduit.getEnforcedBy().stream().filter(AssetQuery::isEnforcementDevice).toList();
        List<Asset> monitoring = conduit.getMonitoredBy().stream().filter(AssetQuery::isMonitoringDevice).toList();
        Set<Object> point = ConduitQuery.enforcementPoint(conduit);
        int[] points = point.isEmpty() ? NO_POINTS : new int[] { point(point) };
        Edge template = new Edge(-1, EdgeKind.CONDUIT, conduit, null, null, List.of(conduit), enforcing, monitoring,
                points);
        conduitTemplates.put(conduit, template);
        Zone first = ends.get(0);
        Zone second = ends.get(1);
        if (allows(conduit, first, second)) {
            addEdge(first, second, template);
        }
        if (allows(conduit, second, first)) {
            addEdge(second, first, template);
        }
    }

    /**
     * A one-way conduit (unidirectional or through a data diode) carries traffic only from its allowed
     * source, or without one from the more critical (lower level) side outwards.
     */
    private static boolean allows(Conduit conduit, Zone from, Zone to) {
        boolean oneWay = conduit.isUnidirectional()
                || conduit.getEnforcedBy().stream()
                        .anyMatch(device -> AssetQuery.hasRole(device, AssetType.DATA_DIODE));
        if (!oneWay) {
            return true;
        }
        if (conduit.getAllowedSource() != null) {
            return conduit.getAllowedSource() == from;
        }
        return ZoneQuery.levelRank(from) <= ZoneQuery.levelRank(to);
    }

    /** An asset other than an enforcement device with interfaces in two zones joins them with no barrier. */
    private void addBypass(Asset asset) {
        if (AssetQuery.isEnforcementDevice(asset)) {
            return;
        }
        List<Zone> homes = AssetQuery.interfaceZones(asset).stream().filter(zone -> index(zone) >= 0).toList();
        for (Zone from : homes) {
            for (Zone to : homes) {
                if (from != to) {
                    out.get(index(from)).add(new Edge(index(to), EdgeKind.BYPASS, asset, from, to, List.of(),
                            List.of(), List.of(), NO_POINTS));
                }
            }
        }
    }

    /**
     * A cross-zone flow lets whoever holds its source reach its target's zone, over the conduits it
     * is routed on (none when no conduit joins the zones: an unprotected connection; through its
     * carrier's zone when a tunnel end or gateway carries it). Flows between the same two zones over
     * the same carrier zone share a route, so the first in model order stands for them all; a flow routed
     * over the one conduit that joins its zones is the same move as crossing that conduit, so it adds
     * no edge (the list would otherwise show every such path twice).
     */
    private void addFlow(Flow flow, Set<List<Integer>> seenPairs) {
        Zone from = FlowQuery.sourceZone(flow);
        Zone to = FlowQuery.targetZone(flow);
        if (from == null || to == null || from == to || index(from) < 0 || index(to) < 0
                || !seenPairs.add(List.of(index(from), index(to), index(FlowQuery.carrierZone(flow))))) {
            return;
        }
        List<Conduit> route = FlowQuery.conduits(flow);
        if (route.size() == 1 && conduitTemplates.containsKey(route.get(0))
                && out.get(index(from)).stream().anyMatch(edge -> edge.element() == route.get(0))) {
            return;
        }
        List<ModelElement> conduits = new ArrayList<>();
        Set<Asset> enforcing = new LinkedHashSet<>();
        Set<Asset> monitoring = new LinkedHashSet<>();
        Set<Integer> points = new TreeSet<>();
        for (Conduit conduit : route) {
            conduits.add(conduit);
            Edge template = conduitTemplates.get(conduit);
            if (template != null) {
                enforcing.addAll(template.enforcing());
                monitoring.addAll(template.monitoring());
                Arrays.stream(template.points()).forEach(points::add);
            }
        }
        addEdge(from, to, new Edge(-1, EdgeKind.FLOW, flow, null, null, List.copyOf(conduits), List.copyOf(enforcing),
                List.copyOf(monitoring), points.stream().mapToInt(Integer::intValue).toArray()));
    }

    private void addEdge(Zone from, Zone to, Edge template) {
        out.get(index(from)).add(new Edge(index(to), template.kind(), template.element(), from, to,
                template.conduits(), template.enforcing(), template.monitoring(), template.points()));
    }

    private int point(Set<Object> point) {
        return pointIds.computeIfAbsent(point, key -> pointIds.size());
    }

    public static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            merged[n++] = next;
        }
        return n == merged.length ? merged : Arrays.copyOf(merged, n);
    }

    public static boolean subset(int[] small, int[] large) {
        int j = 0;
        for (int value : small) {
            while (j < large.length && large[j] < value) {
                j++;
            }
            if (j >= large.length || large[j] != value) {
                return false;
            }
        }
        return true;
    }
}
