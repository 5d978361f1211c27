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
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Zone;

/**
 * The zones of a model as a graph whose edges are conduits: shortest conduit paths between zones
 * (the route of a flow) and, for defence in depth, how many independent enforcement points and
 * monitored conduits stand between the enterprise side and each zone (computed on the
 * {@link BarrierGraph}, which also follows flows and dual-homed hosts).
 * <p>
 * Built once per model state and cached on the model; any change to the model drops the cache, so
 * results are never stale, except changes of {@link LocalFeatures}, which the graph does not read. Zone graphs are small (tens of zones) even for plants with 10,000 assets.
 */
public final class ZoneGraph {

    private final ArchitectureModel model;
    private final Map<Zone, List<Conduit>> conduitsByZone = new LinkedHashMap<>();
    /** Filled as sources are asked for; validation threads ask at once, so reads take no lock. */
    private final Map<Zone, Map<Zone, Conduit>> predecessorsBySource = new ConcurrentHashMap<>();
    private BarrierGraph.Depths depths;

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
        Cache cache = cacheOf(model);
        if (cache == null) {
            // Several readers (live validation, exports, the desktop's views) hold the model's read lock at once and
            // may all get here first: adding the one cache is serialised on the model, and lookups read a snapshot
            // of the adapter list, because iterating it while another reader adds throws a
            // ConcurrentModificationException.
            synchronized (model) {
                cache = cacheOf(model);
                if (cache == null) {
                    cache = new Cache();
                    model.eAdapters().add(cache);
                }
            }
        }
        return cache.graph(model);
    }

    private static Cache cacheOf(ArchitectureModel model) {
        for (Object adapter : model.eAdapters().toArray()) {
            if (adapter instanceof Cache cache) {
                return cache;
            }
        }
        return null;
    }

    /** Conduits from one zone to another along a shortest path; empty when none or the same zone. */
    public List<Conduit> conduitPath(Zone from, Zone to) {
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

    /** BND-09: the fewest independent enforcement points on any path from the enterprise side; -1 if none. */
    public synchronized int minIndependentBarriers(Zone zone) {
        return depths().barriers().getOrDefault(zone, -1);
    }

    /** BND-09: the fewest monitored steps on any path from the enterprise side; -1 if none. */
    public synchronized int minMonitoredConduits(Zone zone) {
        return depths().monitored().getOrDefault(zone, -1);
    }

    /** Computed on the same {@link BarrierGraph} the attack paths walk, so the rule and the paths agree. */
    private BarrierGraph.Depths depths() {
        if (depths == null) {
            depths = BarrierGraph.build(model).defenceInDepth();
        }
        return depths;
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

    private static ArchitectureModel emptyModel() {
        return org.itot.model.ItotFactory.eINSTANCE.createArchitectureModel();
    }

    /** Keeps the graph of one model state; any change below the model drops it. */
    private static final class Cache extends EContentAdapter {

        /** Read without a lock (every flow's rules ask for it); built and dropped under the lock. */
        private volatile ZoneGraph graph;

        ZoneGraph graph(ArchitectureModel model) {
            ZoneGraph built = graph;
            if (built != null) {
                return built;
            }
            synchronized (this) {
                if (graph == null) {
                    graph = new ZoneGraph(model);
                }
                return graph;
            }
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            // Register data and diagram positions are no part of the graph (LocalFeatures): keeping it over such edits
            // spares every edit of an estate's registers a new barrier graph of all its flows.
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER
                    && !LocalFeatures.isLocal(notification)) {
                synchronized (this) {
                    graph = null;
                }
            }
        }
    }
}
