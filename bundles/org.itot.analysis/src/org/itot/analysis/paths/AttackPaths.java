package org.itot.analysis.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.AssetQuery;
import org.itot.model.query.EntryPoints;
import org.itot.model.query.FlowQuery;
import org.itot.model.query.BarrierGraph;
import org.itot.model.query.ZoneQuery;

/**
 * Attack-path analysis: from the entry points of a model (Internet, enterprise users, remote vendors,
 * wireless, transient devices) to its level 0-2 and safety assets, the weakest paths over conduits,
 * flows and dual-homed hosts first. A best-first search over partial simple paths ordered by
 * (independent barriers, monitored hops, hops) yields each target's paths weakest first; explicit
 * limits keep it bounded on cyclic and very large models, and hitting one is reported.
 */
public final class AttackPaths {

    private static final Comparator<AttackPath> WEAKEST_FIRST = Comparator.comparingInt(AttackPath::barriers)
            .thenComparingInt(AttackPath::monitoredHops).thenComparingInt(path -> path.hops().size());

    private AttackPaths() {
    }

    /** The paths of the model that the query asks for, weakest first. */
    public static PathReport analyse(ArchitectureModel model, PathQuery query) {
        BarrierGraph graph = BarrierGraph.build(model);
        Map<EntryPoint, Integer> entryNodes = entryPoints(graph);
        List<Asset> targets = targets(graph, query.to());
        if (query.from() != null) {
            entryNodes = selectEntries(graph, entryNodes, query.from());
        }
        Map<Zone, List<Asset>> targetsByZone = new LinkedHashMap<>();
        for (Asset target : targets) {
            for (Zone zone : AssetQuery.interfaceZones(target)) {
                targetsByZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(target);
            }
        }
        Set<Integer> targetNodes = new HashSet<>();
        targetsByZone.keySet().forEach(zone -> targetNodes.add(graph.index(zone)));

        List<AttackPath> paths = new ArrayList<>();
        Set<String> truncation = new LinkedHashSet<>();
        List<String> limited = new ArrayList<>();
        int expansions = 0;
        for (Map.Entry<EntryPoint, Integer> entry : entryNodes.entrySet()) {
            Search search = new Search(graph, entry.getValue(), targetNodes, query);
            search.run();
            expansions += search.expansions;
            if (search.expansionLimitHit) {
                truncation.add("stopped after " + query.maxExpansions() + " expanded partial paths from "
                        + entry.getKey().label() + " (expansion limit)");
            }
            if (search.nodeCapHit) {
                truncation.add("some zones were reached by more than " + search.nodeCap
                        + " distinct partial paths; the rest were not followed (per-zone limit)");
            }
            if (search.depthHit) {
                truncation.add("paths longer than " + query.maxHops() + " hops were not followed (depth limit)");
            }
            List<Asset> cut = new ArrayList<>();
            paths.addAll(assemble(entry.getKey(), targets, search.found, graph, query.perPair(), cut));
            if (!cut.isEmpty()) {
                limited.add(perTargetCut(entry.getKey(), cut, query.perPair()));
            }
        }
        paths.sort(WEAKEST_FIRST);
        if (paths.size() > query.total()) {
            truncation.add(paths.size() + " paths found, the weakest " + query.total() + " listed (total limit)");
            paths = new ArrayList<>(paths.subList(0, query.total()));
        }
        return new PathReport(List.copyOf(entryNodes.keySet()), targets, List.copyOf(paths), List.copyOf(truncation),
                List.copyOf(limited), expansions);
    }

    /** The entry points of a model, each with its virtual node in the graph. */
    private static Map<EntryPoint, Integer> entryPoints(BarrierGraph graph) {
        Map<EntryPoint, Integer> entries = new LinkedHashMap<>();
        List<Zone> zones = graph.zones;
        List<Asset> assets = graph.assets;

        Map<Zone, ModelElement> internet = new LinkedHashMap<>();
        zones.stream().filter(z -> z.getKind() == ZoneKind.INTERNET || z.getKind() == ZoneKind.CLOUD)
                .forEach(z -> internet.put(z, z));
        boolean internetModelled = !internet.isEmpty();
        assets.stream().filter(Asset::isInternetExposed).forEach(a -> attachTo(internet, a));
        addEntry(graph, entries, EntryKind.INTERNET, internetModelled, internet);

        Map<Zone, ModelElement> enterprise = new LinkedHashMap<>();
        assets.stream()
                .filter(a -> AssetQuery.hasRole(a, AssetType.WORKSTATION) && isEnterpriseNetwork(AssetQuery.zone(a)))
                .forEach(a -> enterprise.putIfAbsent(AssetQuery.zone(a), a));
        boolean enterpriseModelled = !enterprise.isEmpty();
        if (!enterpriseModelled) {
            zones.stream().filter(AttackPaths::isEnterpriseNetwork).forEach(z -> enterprise.put(z, z));
        }
        addEntry(graph, entries, EntryKind.ENTERPRISE, enterpriseModelled, enterprise);

        // Remote access from outside: vendor zones, remote-access flows from outside, and every entry point
        // (EntryPoints: a modem, cellular router or other device facing an outside network), wherever it
        // sits: the same definition SEG-09 and the EXT rules judge, so the rules and the paths agree.
        Map<Zone, ModelElement> vendor = new LinkedHashMap<>();
        zones.stream().filter(z -> z.getKind() == ZoneKind.VENDOR_EXTERNAL).forEach(z -> vendor.put(z, z));
        for (Flow flow : graph.model.getFlows()) {
            if (flow.isRemoteAccess() && (isVendorSide(flow.getSource()) || EntryPoints.isFromOutside(flow))) {
                vendor.putIfAbsent(FlowQuery.sourceZone(flow), flow);
            }
        }
        assets.stream().filter(a -> !a.isInternetExposed() && EntryPoints.isEntryPoint(a))
                .forEach(a -> attachTo(vendor, a));
        boolean vendorModelled = !vendor.isEmpty();
        if (!vendorModelled) {
            assets.stream().filter(Asset::isRemoteAccessEnabled).forEach(a -> attachTo(vendor, a));
        }
        addEntry(graph, entries, EntryKind.REMOTE_VENDOR, vendorModelled, vendor);

        Map<Zone, ModelElement> wireless = new LinkedHashMap<>();
        zones.stream().filter(z -> z.getKind() == ZoneKind.WIRELESS).forEach(z -> wireless.put(z, z));
        assets.stream().filter(a -> AssetQuery.hasRole(a, AssetType.WIRELESS_AP) || a.isWireless())
                .forEach(a -> attachTo(wireless, a));
        addEntry(graph, entries, EntryKind.WIRELESS, true, wireless);

        Map<Zone, ModelElement> transientDevices = new LinkedHashMap<>();
        zones.stream().filter(z -> z.getKind() == ZoneKind.TRANSIENT).forEach(z -> transientDevices.put(z, z));
        assets.stream().filter(a -> AssetQuery.hasRole(a, AssetType.TRANSIENT_DEVICE))
                .forEach(a -> attachTo(transientDevices, a));
        addEntry(graph, entries, EntryKind.TRANSIENT, true, transientDevices);
        return entries;
    }

    /** Levels 4-5 of the plant's own business network (not the Internet, cloud, WAN or vendors). */
    private static boolean isEnterpriseNetwork(Zone zone) {
        if (zone == null) {
            return false;
        }
        return zone.getKind() == ZoneKind.ENTERPRISE || zone.getKind() == ZoneKind.SITE_BUSINESS
                || (zone.getPurdueLevel() == PurdueLevel.LEVEL_4 || zone.getPurdueLevel() == PurdueLevel.LEVEL_5)
                        && ZoneQuery.isEnterpriseSide(zone) && !isOutside(zone);
    }

    /**
     * A remote-access flow comes from a vendor when it starts outside the plant or at a vendor's asset;
     * one from an office workstation is an employee's session, already covered by enterprise users.
     */
    private static boolean isVendorSide(Asset source) {
        Zone zone = source == null ? null : AssetQuery.zone(source);
        if (zone == null) {
            return false;
        }
        return isOutside(zone) || zone.getPurdueLevel() == PurdueLevel.EXTERNAL
                || source.getOwner() == org.itot.model.Ownership.VENDOR;
    }

    private static boolean isOutside(Zone zone) {
        return switch (zone.getKind()) {
        case INTERNET, CLOUD, WAN, VENDOR_EXTERNAL -> true;
        default -> false;
        };
    }

    private static void attachTo(Map<Zone, ModelElement> attachments, Asset asset) {
        for (Zone zone : AssetQuery.interfaceZones(asset)) {
            attachments.putIfAbsent(zone, asset);
        }
    }

    private static void addEntry(BarrierGraph graph, Map<EntryPoint, Integer> entries, EntryKind kind,
            boolean modelled, Map<Zone, ModelElement> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        int node = graph.addVirtualNode();
        attachments.forEach((zone, because) -> graph.attach(node, zone, because));
        String label = kind.label() + (modelled ? "" : " (defaulted)");
        entries.put(new EntryPoint(kind.key(), label, kind, modelled, List.copyOf(attachments.keySet())), node);
    }

    /** Keeps the entries that {@code --from} names, or makes a chosen entry of the asset or zone it names. */
    private static Map<EntryPoint, Integer> selectEntries(BarrierGraph graph, Map<EntryPoint, Integer> entries,
            String from) {
        Map<EntryPoint, Integer> selected = new LinkedHashMap<>();
        entries.forEach((entry, node) -> {
            if (entry.id().equalsIgnoreCase(from) || entry.kind().label().equalsIgnoreCase(from)) {
                selected.put(entry, node);
            }
        });
        if (!selected.isEmpty()) {
            return selected;
        }
        ModelElement element = PathText.find(graph.model, from);
        if (element == null) {
            throw new UnknownElementException("--from '" + from + "' names no entry point, asset or zone of the model;"
                    + " give an entry kind (" + (entries.isEmpty() ? "this model has none"
                            : String.join(", ", entries.keySet().stream().map(EntryPoint::id).toList()))
                    + ") or the id or name of an asset or zone ('itot export excel MODEL.itot -o FILE.xlsx'"
                    + " lists them on the Assets and Zones sheets)");
        }
        List<Zone> zones = element instanceof Zone zone ? List.of(zone)
                : element instanceof Asset asset ? AssetQuery.interfaceZones(asset) : List.of();
        if (zones.isEmpty()) {
            throw new UnknownElementException("--from '" + from + "' is a " + element.eClass().getName()
                    + ", not an asset or zone; give the id or name of an asset or zone");
        }
        int node = graph.addVirtualNode();
        zones.forEach(zone -> graph.attach(node, zone, element));
        selected.put(new EntryPoint("chosen:" + PathText.id(element), PathText.label(element), EntryKind.CHOSEN, true,
                List.copyOf(zones)), node);
        return selected;
    }

    /**
     * Level 0-2 and safety assets (safety zones, safety controllers, designated safety-system assets), not the
     * firewalls and sensors that guard them, or what {@code --to} names.
     */
    private static List<Asset> targets(BarrierGraph graph, String to) {
        if (to != null) {
            ModelElement element = PathText.find(graph.model, to);
            if (element instanceof Asset asset) {
                return List.of(asset);
            }
            if (element instanceof Zone zone) {
                return ZoneQuery.allAssets(zone);
            }
            throw new UnknownElementException("--to '" + to + "' names no asset or zone of the model"
                    + (element == null ? "" : " (it is a " + element.eClass().getName() + ")")
                    + "; give the id or name of an asset or zone ('itot export excel MODEL.itot -o FILE.xlsx'"
                    + " lists them on the Assets and Zones sheets)");
        }
        List<Asset> targets = new ArrayList<>();
        for (Asset asset : graph.assets) {
            if (!AssetQuery.isEnforcementDevice(asset) && !AssetQuery.isMonitoringDevice(asset) && isTarget(asset)) {
                targets.add(asset);
            }
        }
        return targets;
    }

    private static boolean isTarget(Asset asset) {
        // A designated safety-system asset (a safety HMI in the control room) is a target wherever it is drawn.
        if (AssetQuery.hasRole(asset, AssetType.SAFETY_CONTROLLER) || asset.isSafetySystem()) {
            return true;
        }
        for (Zone zone = AssetQuery.zone(asset); zone != null; zone = ZoneQuery.parentZone(zone)) {
            if (zone.getKind() == ZoneKind.SAFETY || zone.isSafetyDesignation()) {
                return true;
            }
        }
        Zone zone = AssetQuery.zone(asset);
        return zone != null && ZoneQuery.isIndustrialSide(zone) && ZoneQuery.levelRank(zone) <= 20;
    }

    private static final int NAMED_CUT_TARGETS = 10;

    /** Says which targets had more paths from the entry than the per-target limit lists. */
    private static String perTargetCut(EntryPoint entry, List<Asset> cut, int perPair) {
        List<String> names = cut.stream().limit(NAMED_CUT_TARGETS).map(PathText::id).toList();
        String more = cut.size() > NAMED_CUT_TARGETS ? " and " + (cut.size() - NAMED_CUT_TARGETS) + " more" : "";
        return "from " + entry.label() + ", more than " + perPair + " paths lead to " + String.join(", ", names) + more
                + "; the weakest " + perPair + " of each are listed (per-target limit)";
    }

    /**
     * Turns the zone paths found from one entry into at most {@code perPair} paths per target asset;
     * the targets that had more go to {@code cut}.
     */
    private static List<AttackPath> assemble(EntryPoint entry, List<Asset> targets, Map<Integer, List<Label>> found,
            BarrierGraph graph, int perPair, List<Asset> cut) {
        Map<Label, AttackPath> converted = new HashMap<>();
        List<AttackPath> paths = new ArrayList<>();
        for (Asset target : targets) {
            List<Label> labels = new ArrayList<>();
            for (Zone zone : AssetQuery.interfaceZones(target)) {
                labels.addAll(found.getOrDefault(graph.index(zone), List.of()));
            }
            labels.sort(Label.ORDER);
            if (labels.size() > perPair) {
                cut.add(target);
            }
            for (Label label : labels.subList(0, Math.min(perPair, labels.size()))) {
                AttackPath zonePath = converted.computeIfAbsent(label, l -> toPath(entry, null, l));
                paths.add(new AttackPath(entry, target, zonePath.hops(), zonePath.barriers(),
                        zonePath.monitoredHops()));
            }
        }
        return paths;
    }

    private static AttackPath toPath(EntryPoint entry, Asset target, Label label) {
        List<Hop> hops = new ArrayList<>();
        for (Label step = label; step.via != null; step = step.parent) {
            BarrierGraph.Edge edge = step.via;
            hops.add(0, new Hop(HopKind.of(edge.kind()), edge.element(), edge.fromZone(), edge.toZone(), edge.conduits(),
                    edge.enforcing(), edge.monitoring()));
        }
        return new AttackPath(entry, target, List.copyOf(hops), label.points.length, label.monitored);
    }

    /** A partial path: where it ends, what it has crossed so far, and how it got there. */
    private record Label(int node, int[] points, int monitored, int hops, Label parent, BarrierGraph.Edge via,
            long sequence) {

        static final Comparator<Label> ORDER = Comparator.comparingInt((Label label) -> label.points.length)
                .thenComparingInt(Label::monitored).thenComparingInt(Label::hops).thenComparingLong(Label::sequence);

        boolean visits(int other) {
            for (Label step = this; step != null; step = step.parent) {
                if (step.node == other) {
                    return true;
                }
            }
            return false;
        }

        /**
         * No worse on every measure and no more zones used: every way {@code other} can continue is open
         * to this path too and ends no weaker. (Without the visited test a dominating path that has used
         * a zone the other still needs would hide the other's only continuations.)
         */
        boolean dominates(Label other) {
            if (monitored > other.monitored || hops > other.hops || !BarrierGraph.subset(points, other.points)) {
                return false;
            }
            for (Label step = this; step != null; step = step.parent) {
                if (!other.visits(step.node)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * Best-first search from one entry node. Partial paths leave the queue in weakest-first order
     * (barriers never fall and hops never shrink as a path grows), so the first {@code keep}
     * arrivals at a target zone are its weakest simple paths. A zone is expanded again only for a
     * partial path that fewer than {@code keep} of its earlier expansions dominate, and at most
     * {@code nodeCap} times.
     */
    private static final class Search {

        final BarrierGraph graph;
        final int start;
        final Set<Integer> targets;
        final PathQuery query;
        /** Arrivals kept per target zone: one more than listed, to tell whether the per-target limit cut any. */
        final int keep;
        final int nodeCap;
        final Map<Integer, List<Label>> found = new HashMap<>();
        int expansions;
        boolean expansionLimitHit;
        boolean nodeCapHit;
        boolean depthHit;

        Search(BarrierGraph graph, int start, Set<Integer> targets, PathQuery query) {
            this.graph = graph;
            this.start = start;
            this.targets = targets;
            this.query = query;
            this.keep = query.perPair() + 1;
            this.nodeCap = Math.max(4 * keep, 16);
        }

        void run() {
            PriorityQueue<Label> queue = new PriorityQueue<>(Label.ORDER);
            List<List<Label>> expanded = new ArrayList<>();
            for (int node = 0; node < graph.nodeCount(); node++) {
                expanded.add(null);
            }
            long sequence = 0;
            int satisfied = 0;
            queue.add(new Label(start, BarrierGraph.NO_POINTS, 0, 0, null, null, sequence++));
            while (!queue.isEmpty() && satisfied < targets.size()) {
                Label label = queue.poll();
                if (label.via != null && targets.contains(label.node)) {
                    List<Label> arrivals = found.computeIfAbsent(label.node, node -> new ArrayList<>());
                    if (arrivals.size() < keep) {
                        arrivals.add(label);
                        if (arrivals.size() == keep) {
                            satisfied++;
                        }
                    }
                }
                List<BarrierGraph.Edge> edges = graph.edges(label.node);
                if (label.hops >= query.maxHops()) {
                    depthHit |= edges.stream().anyMatch(edge -> !label.visits(edge.to()));
                    continue;
                }
                List<Label> done = expanded.get(label.node);
                if (done == null) {
                    done = new ArrayList<>();
                    expanded.set(label.node, done);
                }
                // dominated by as many expanded paths as are kept: each continuation of this one is at best
                // the (keep+1)-th weakest, so none of them is listed
                if (done.stream().filter(other -> other.dominates(label)).count() >= keep) {
                    continue;
                }
                if (done.size() >= nodeCap) {
                    nodeCapHit = true;
                    continue;
                }
                if (expansions >= query.maxExpansions()) {
                    expansionLimitHit = true;
                    break;
                }
                done.add(label);
                expansions++;
                for (BarrierGraph.Edge edge : edges) {
                    if (!label.visits(edge.to())) {
                        queue.add(new Label(edge.to(), BarrierGraph.union(label.points, edge.points()),
                                label.monitored + (edge.monitoring().isEmpty() ? 0 : 1), label.hops + 1, label, edge,
                                sequence++));
                    }
                }
            }
        }
    }
}
