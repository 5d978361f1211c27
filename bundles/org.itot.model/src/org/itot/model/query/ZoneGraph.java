package org.itot.model.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Zone;

/**
 * The zones of a model as a graph whose edges are conduits: shortest conduit paths between zones
 * (the route of a flow) and, for defence in depth, how many independent enforcement points and
 * monitored conduits stand between the enterprise side and each zone.
 * <p>
 * Built once per model state and cached on the model; any change to the model drops the cache, so
 * results are never stale. Zone graphs are small (tens of zones) even for plants with 10,000 assets.
 */
public final class ZoneGraph {

    /** Gives up refining defence-in-depth labels beyond this many expansions (pathological graphs only). */
    private static final int MAX_EXPANSIONS = 200_000;

    /** Per-zone defence-in-depth figures computed by a richer analysis than conduits alone. */
    public record Depths(Map<Zone, Integer> barriers, Map<Zone, Integer> monitored) {
    }

    /**
     * Set by org.itot.analysis (through the validator), which this bundle cannot depend on: it also
     * follows flows and dual-homed hosts. Without it the conduit-only figures below are used.
     */
    private static volatile Function<ArchitectureModel, Depths> depthAnalysis;

    private final ArchitectureModel model;
    private final Map<Zone, List<Conduit>> conduitsByZone = new LinkedHashMap<>();
    private final Map<Zone, Map<Zone, Conduit>> predecessorsBySource = new HashMap<>();
    private Map<Zone, Integer> barriers;
    private Map<Zone, Integer> monitored;

    private ZoneGraph(ArchitectureModel model) {
        this.model = model;
        for (Conduit conduit : model.getConduits()) {
            List<Zone> zones = conduit.getZones();
            if (zones.size() == 2 && zones.get(0) != null && zones.get(1) != null && zones.get(0) != zones.get(1)) {
                conduitsByZone.computeIfAbsent(zones.get(0), z -> new ArrayList<>()).add(conduit);
                conduitsByZone.computeIfAbsent(zones.get(1), z -> new ArrayList<>()).add(conduit);
            }
        }
    }

    /** The graph of the model that contains the element; a fresh, uncached one for a detached element. */
    public static ZoneGraph of(EObject element) {
        if (!(EcoreUtil.getRootContainer(element) instanceof ArchitectureModel model)) {
            return new ZoneGraph(emptyModel());
        }
        for (Adapter adapter : model.eAdapters()) {
            if (adapter instanceof Cache cache) {
                return cache.graph(model);
            }
        }
        Cache cache = new Cache();
        model.eAdapters().add(cache);
        return cache.graph(model);
    }

    /** Conduits from one zone to another along a shortest path; empty when none or the same zone. */
    public synchronized List<Conduit> conduitPath(Zone from, Zone to) {
        if (from == null || to == null || from == to) {
            return List.of();
        }
        Map<Zone, Conduit> predecessors = predecessorsBySource.computeIfAbsent(from, this::breadthFirst);
        if (!predecessors.containsKey(to)) {
            return List.of();
        }
        List<Conduit> path = new ArrayList<>();
        for (Zone zone = to; zone != from;) {
            Conduit conduit = predecessors.get(zone);
            path.add(conduit);
            zone = ConduitQuery.otherZone(conduit, zone);
        }
        Collections.reverse(path);
        return path;
    }

    /** Zones along the shortest conduit path, both ends included; empty when unreachable. */
    public List<Zone> zonePath(Zone from, Zone to) {
        if (from == null || to == null) {
            return List.of();
        }
        if (from == to) {
            return List.of(from);
        }
        List<Conduit> conduits = conduitPath(from, to);
        if (conduits.isEmpty()) {
            return List.of();
        }
        List<Zone> zones = new ArrayList<>();
        zones.add(from);
        Zone current = from;
        for (Conduit conduit : conduits) {
            current = ConduitQuery.otherZone(conduit, current);
            zones.add(current);
        }
        return zones;
    }

    /** Installs the analysis behind {@link #minIndependentBarriers} and {@link #minMonitoredConduits}. */
    public static void useDepthAnalysis(Function<ArchitectureModel, Depths> analysis) {
        depthAnalysis = analysis;
    }

    public synchronized int minIndependentBarriers(Zone zone) {
        computeDepths();
        return barriers.getOrDefault(zone, -1);
    }

    public synchronized int minMonitoredConduits(Zone zone) {
        computeDepths();
        return monitored.getOrDefault(zone, -1);
    }

    private void computeDepths() {
        if (barriers != null) {
            return;
        }
        Function<ArchitectureModel, Depths> analysis = depthAnalysis;
        if (analysis != null) {
            Depths depths = analysis.apply(model);
            barriers = depths.barriers();
            monitored = depths.monitored();
        } else {
            barriers = computeBarriers();
            monitored = computeMonitored();
        }
    }

    private Map<Zone, Conduit> breadthFirst(Zone from) {
        Map<Zone, Conduit> predecessors = new HashMap<>();
        Set<Zone> seen = new HashSet<>();
        Deque<Zone> queue = new ArrayDeque<>();
        seen.add(from);
        queue.add(from);
        while (!queue.isEmpty()) {
            Zone zone = queue.poll();
            for (Conduit conduit : conduitsByZone.getOrDefault(zone, List.of())) {
                Zone next = ConduitQuery.otherZone(conduit, zone);
                if (seen.add(next)) {
                    predecessors.put(next, conduit);
                    queue.add(next);
                }
            }
        }
        return predecessors;
    }

    /**
     * Fewest distinct enforcement points over all paths from the enterprise side. A conduit's
     * enforcement point is the set of redundancy groups of its devices (an HA pair is one point);
     * the same point met twice on a path counts once. Labels are sets of points; a label is kept
     * only if no other label at the zone is a subset of it.
     */
    private Map<Zone, Integer> computeBarriers() {
        Map<Zone, List<Set<String>>> labels = new HashMap<>();
        Deque<Map.Entry<Zone, Set<String>>> work = new ArrayDeque<>();
        for (Zone source : sources()) {
            labels.computeIfAbsent(source, z -> new ArrayList<>()).add(Set.of());
            work.add(Map.entry(source, Set.of()));
        }
        int expansions = 0;
        while (!work.isEmpty() && expansions++ < MAX_EXPANSIONS) {
            Map.Entry<Zone, Set<String>> entry = work.poll();
            Zone zone = entry.getKey();
            if (!labels.getOrDefault(zone, List.of()).contains(entry.getValue())) {
                continue; // dominated since it was queued
            }
            for (Conduit conduit : conduitsByZone.getOrDefault(zone, List.of())) {
                Zone next = ConduitQuery.otherZone(conduit, zone);
                Set<String> label = new TreeSet<>(entry.getValue());
                String point = enforcementPoint(conduit);
                if (point != null) {
                    label.add(point);
                }
                if (addIfNotDominated(labels.computeIfAbsent(next, z -> new ArrayList<>()), label)) {
                    work.add(Map.entry(next, label));
                }
            }
        }
        Map<Zone, Integer> result = new HashMap<>();
        labels.forEach((zone, sets) -> result.put(zone, sets.stream().mapToInt(Set::size).min().orElse(-1)));
        return result;
    }

    private static boolean addIfNotDominated(List<Set<String>> existing, Set<String> label) {
        for (Set<String> other : existing) {
            if (label.containsAll(other)) {
                return false;
            }
        }
        existing.removeIf(other -> other.containsAll(label));
        existing.add(label);
        return true;
    }

    /** 0-1 breadth-first search: a monitored conduit costs one, any other nothing. */
    private Map<Zone, Integer> computeMonitored() {
        Map<Zone, Integer> cost = new HashMap<>();
        Deque<Zone> deque = new ArrayDeque<>();
        for (Zone source : sources()) {
            cost.put(source, 0);
            deque.add(source);
        }
        while (!deque.isEmpty()) {
            Zone zone = deque.poll();
            int here = cost.get(zone);
            for (Conduit conduit : conduitsByZone.getOrDefault(zone, List.of())) {
                Zone next = ConduitQuery.otherZone(conduit, zone);
                int weight = conduit.getMonitoredBy().stream().anyMatch(AssetQuery::isMonitoringDevice) ? 1 : 0;
                if (here + weight < cost.getOrDefault(next, Integer.MAX_VALUE)) {
                    cost.put(next, here + weight);
                    if (weight == 0) {
                        deque.addFirst(next);
                    } else {
                        deque.addLast(next);
                    }
                }
            }
        }
        return cost;
    }

    private List<Zone> sources() {
        return conduitsByZone.keySet().stream().filter(ZoneQuery::isEnterpriseSide).toList();
    }

    /** The enforcement point of a conduit: its enforcing devices' redundancy groups, or null if unenforced. */
    private static String enforcementPoint(Conduit conduit) {
        Set<String> groups = new TreeSet<>();
        for (Asset device : conduit.getEnforcedBy()) {
            if (AssetQuery.isEnforcementDevice(device)) {
                String group = device.getRedundancyGroup();
                groups.add(group != null && !group.isBlank() ? "group:" + group : "device:" + EcoreUtil.getURI(device));
            }
        }
        return groups.isEmpty() ? null : String.join("+", groups);
    }

    private static ArchitectureModel emptyModel() {
        return org.itot.model.ItotFactory.eINSTANCE.createArchitectureModel();
    }

    /** Keeps the graph of one model state; any change below the model drops it. */
    private static final class Cache extends EContentAdapter {

        private ZoneGraph graph;

        synchronized ZoneGraph graph(ArchitectureModel model) {
            if (graph == null) {
                graph = new ZoneGraph(model);
            }
            return graph;
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                synchronized (this) {
                    graph = null;
                }
            }
        }
    }
}
