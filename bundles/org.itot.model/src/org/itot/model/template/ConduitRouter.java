package org.itot.model.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Zone;

/**
 * Shortest conduit paths between zones (breadth first over the conduit graph). Templates are
 * trees of conduits, so the shortest path is the only one; each source zone is searched once.
 */
final class ConduitRouter {

    private final Map<Zone, List<Conduit>> conduitsAt = new LinkedHashMap<>();
    private final Map<Zone, Map<Zone, Conduit>> arrivalsFrom = new HashMap<>();

    ConduitRouter(ArchitectureModel model) {
        for (Conduit conduit : model.getConduits()) {
            for (Zone zone : conduit.getZones()) {
                conduitsAt.computeIfAbsent(zone, z -> new ArrayList<>()).add(conduit);
            }
        }
    }

    /** The conduits from one zone to the other in travel order; empty for the same zone, null if unreachable. */
    List<Conduit> path(Zone from, Zone to) {
        if (from == to) {
            return Collections.emptyList();
        }
        Map<Zone, Conduit> arrivals = arrivalsFrom.computeIfAbsent(from, this::search);
        if (!arrivals.containsKey(to)) {
            return null;
        }
        List<Conduit> path = new ArrayList<>();
        for (Zone zone = to; zone != from;) {
            Conduit conduit = arrivals.get(zone);
            path.add(conduit);
            zone = conduit.getOtherZone(zone);
        }
        Collections.reverse(path);
        return path;
    }

    /** For every reachable zone, the conduit through which the search first reached it. */
    private Map<Zone, Conduit> search(Zone from) {
        Map<Zone, Conduit> arrivals = new HashMap<>();
        Deque<Zone> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            Zone zone = queue.poll();
            for (Conduit conduit : conduitsAt.getOrDefault(zone, List.of())) {
                Zone next = conduit.getOtherZone(zone);
                if (next != null && next != from && !arrivals.containsKey(next)) {
                    arrivals.put(next, conduit);
                    queue.add(next);
                }
            }
        }
        return arrivals;
    }
}
