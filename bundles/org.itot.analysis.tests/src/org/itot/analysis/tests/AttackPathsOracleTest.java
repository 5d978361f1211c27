package org.itot.analysis.tests;

import static org.itot.analysis.tests.Plants.asset;
import static org.itot.analysis.tests.Plants.conduit;
import static org.itot.analysis.tests.Plants.flow;
import static org.itot.analysis.tests.Plants.interfaces;
import static org.itot.analysis.tests.Plants.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.EntryPoint;
import org.itot.analysis.paths.Hop;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ModelElement;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.AssetQuery;
import org.itot.model.query.BarrierGraph;
import org.itot.model.query.ConduitQuery;
import org.itot.model.query.ZoneQuery;
import org.junit.jupiter.api.Test;

/**
 * An independent check of the attack-path search: on seeded random plants it enumerates every simple
 * path by brute force (depth-first, no pruning) over the moves of {@link BarrierGraph} and counts each
 * path's independent barriers from the enforcement points of the conduits it crosses
 * ({@link ConduitQuery#enforcementPoint}), not from the search's integer labels. For each entry point
 * and target, the paths the analysis lists must be exactly the weakest of all paths.
 */
class AttackPathsOracleTest {

    private static final int MODELS = 200;

    /** (independent barriers, monitored hops, hops) of one path, the order the analysis lists paths in. */
    private record Weight(int barriers, int monitored, int hops) {
        static final Comparator<Weight> ORDER = Comparator.comparingInt(Weight::barriers)
                .thenComparingInt(Weight::monitored).thenComparingInt(Weight::hops);
    }

    @Test
    void listedPathsAreTheWeakestOfAllSimplePathsOnRandomPlants() {
        int comparedPairs = 0;
        int pairsWithMoreThanListed = 0;
        for (int seed = 1; seed <= MODELS; seed++) {
            ArchitectureModel model = randomPlant(new Random(seed));
            PathReport report = AttackPaths.analyse(model, PathQuery.defaults().total(100_000));
            assertEquals(List.of(), report.truncation(), "seed " + seed + ": small plants stay within the search limits");
            BarrierGraph graph = BarrierGraph.build(model);
            for (EntryPoint entry : report.entries()) {
                Map<Asset, List<Weight>> all = bruteForce(graph, entry, report.targets());
                for (Asset target : report.targets()) {
                    List<Weight> expected = all.get(target);
                    expected.sort(Weight.ORDER);
                    List<AttackPath> listed = report.paths().stream()
                            .filter(path -> path.entry().equals(entry) && path.target() == target).toList();
                    listed.forEach(path -> checkPath(path, entry, target));
                    List<Weight> actual = listed.stream()
                            .map(path -> new Weight(path.barriers(), path.monitoredHops(), path.hops().size()))
                            .toList();
                    String where = "seed " + seed + ", " + entry.id() + " -> " + target.getId();
                    assertEquals(expected.subList(0, Math.min(PathQuery.DEFAULT_PER_PAIR, expected.size())), actual,
                            where + ": the listed paths are the weakest simple paths");
                    boolean cut = expected.size() > PathQuery.DEFAULT_PER_PAIR;
                    assertEquals(cut, report.limited().stream().anyMatch(
                            reason -> reason.contains("(per-target limit)") && reason.contains(target.getId())
                                    && reason.contains(entry.label())),
                            where + ": the report says when the per-target limit cut the list: " + report.limited());
                    comparedPairs++;
                    pairsWithMoreThanListed += cut ? 1 : 0;
                }
            }
            checkDefenceInDepth(seed, graph);
        }
        assertTrue(comparedPairs > 500, "the random plants give enough entry/target pairs: " + comparedPairs);
        assertTrue(pairsWithMoreThanListed > 100, "many pairs have more paths than listed: " + pairsWithMoreThanListed);
    }

    @Test
    void depthLimitOfTwelveHopsCutsLongerPathsAndSaysSo() {
        PathReport twelve = AttackPaths.analyse(chain(12), PathQuery.defaults());
        assertEquals(List.of(12), twelve.paths().stream().map(path -> path.hops().size()).toList(),
                "entry step plus 11 conduits: exactly the limit");
        assertEquals(List.of(), twelve.truncation());

        PathReport thirteen = AttackPaths.analyse(chain(13), PathQuery.defaults());
        assertEquals(List.of(), thirteen.paths(), "the only path has 13 hops");
        assertEquals(List.of("paths longer than 12 hops were not followed (depth limit)"), thirteen.truncation());
    }

    @Test
    void perTargetLimitListsTheWeakestThreeAndSaysWhichTargetsHadMore() {
        ArchitectureModel model = Plants.model();
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        Zone control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        asset(enterprise, "WS-1", AssetType.WORKSTATION);
        asset(control, "PLC-1", AssetType.PLC);
        for (int i = 0; i < 5; i++) {
            Conduit conduit = conduit(model, "C-" + i, enterprise, control);
            if (i > 0) {
                conduit.getEnforcedBy().add(asset(enterprise, "FW-" + i, AssetType.FIREWALL));
            }
        }
        PathReport report = AttackPaths.analyse(model, PathQuery.defaults());
        assertEquals(List.of(0, 1, 1), report.paths().stream().map(AttackPath::barriers).toList());
        assertEquals(List.of(), report.truncation(), "the search itself was complete");
        assertEquals(List.of("from Enterprise users, more than 3 paths lead to PLC-1; the weakest 3 of each are listed"
                + " (per-target limit)"), report.limited());

        PathReport all = AttackPaths.analyse(model, PathQuery.defaults().perPair(5));
        assertEquals(List.of(0, 1, 1, 1, 1), all.paths().stream().map(AttackPath::barriers).toList());
        assertEquals(List.of(), all.limited(), "five paths, five allowed: nothing cut");
    }

    /** An enterprise workstation and a PLC at the two ends of a line of zones; its one path has {@code hops} hops. */
    private static ArchitectureModel chain(int hops) {
        ArchitectureModel model = Plants.model();
        Zone previous = zone(model, "Z-0", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        asset(previous, "WS-1", AssetType.WORKSTATION);
        for (int i = 1; i < hops; i++) {
            boolean last = i == hops - 1;
            Zone next = zone(model, "Z-" + i, last ? ZoneKind.BASIC_CONTROL : ZoneKind.SITE_OPERATIONS,
                    last ? PurdueLevel.LEVEL_1 : PurdueLevel.LEVEL_3);
            conduit(model, "C-" + i, previous, next);
            previous = next;
        }
        asset(previous, "PLC-1", AssetType.PLC);
        return model;
    }

    /**
     * The listed path is a real simple path: it starts in a zone of its entry, ends in a zone of its
     * target, and its barriers and monitored hops are what its hops cross.
     */
    private static void checkPath(AttackPath path, EntryPoint entry, Asset target) {
        List<Hop> hops = path.hops();
        assertTrue(entry.zones().contains(hops.get(0).to()), path.key());
        assertTrue(AssetQuery.interfaceZones(target).contains(hops.get(hops.size() - 1).to()), path.key());
        Set<Zone> visited = new HashSet<>();
        Set<Set<Object>> points = new HashSet<>();
        int monitored = 0;
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            assertTrue(visited.add(hop.to()), "simple: " + path.key());
            if (i > 0) {
                assertEquals(hops.get(i - 1).to(), hop.from(), "connected: " + path.key());
            }
            points.addAll(pointsOf(hop.conduits()));
            monitored += hop.monitored() ? 1 : 0;
        }
        assertEquals(points.size(), path.barriers(), "barriers of " + path.key());
        assertEquals(monitored, path.monitoredHops(), "monitored hops of " + path.key());
    }

    /** Every simple path from the entry (one entry step onto each of its zones) to each target's zones. */
    private static Map<Asset, List<Weight>> bruteForce(BarrierGraph graph, EntryPoint entry, List<Asset> targets) {
        Map<Zone, List<Asset>> targetsByZone = new HashMap<>();
        Map<Asset, List<Weight>> weights = new LinkedHashMap<>();
        for (Asset target : targets) {
            weights.put(target, new ArrayList<>());
            AssetQuery.interfaceZones(target)
                    .forEach(zone -> targetsByZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(target));
        }
        for (Zone first : entry.zones()) {
            walk(graph, graph.index(first), new HashSet<>(List.of(graph.index(first))), new ArrayList<>(), 0, 1,
                    targetsByZone, weights);
        }
        return weights;
    }

    private static void walk(BarrierGraph graph, int node, Set<Integer> visited, List<Set<Object>> points,
            int monitored, int hops, Map<Zone, List<Asset>> targetsByZone, Map<Asset, List<Weight>> weights) {
        int barriers = new HashSet<>(points).size();
        for (Asset target : targetsByZone.getOrDefault(graph.zone(node), List.of())) {
            weights.get(target).add(new Weight(barriers, monitored, hops));
        }
        if (hops >= PathQuery.DEFAULT_MAX_HOPS) {
            return;
        }
        for (BarrierGraph.Edge edge : graph.edges(node)) {
            if (visited.add(edge.to())) {
                List<Set<Object>> next = new ArrayList<>(points);
                next.addAll(pointsOf(edge.conduits()));
                walk(graph, edge.to(), visited, next, monitored + (edge.monitoring().isEmpty() ? 0 : 1), hops + 1,
                        targetsByZone, weights);
                visited.remove(edge.to());
            }
        }
    }

    private static List<Set<Object>> pointsOf(List<ModelElement> conduits) {
        List<Set<Object>> points = new ArrayList<>();
        for (ModelElement element : conduits) {
            Set<Object> point = ConduitQuery.enforcementPoint((Conduit) element);
            if (!point.isEmpty()) {
                points.add(point);
            }
        }
        return points;
    }

    /** BND-09's figure per zone is the fewest barriers over all simple paths from the enterprise side. */
    private static void checkDefenceInDepth(int seed, BarrierGraph graph) {
        Map<Zone, Integer> fewest = new HashMap<>();
        for (int node = 0; node < graph.zones.size(); node++) {
            if (ZoneQuery.isEnterpriseSide(graph.zone(node))) {
                fewestFrom(graph, node, new HashSet<>(List.of(node)), new ArrayList<>(), fewest);
            }
        }
        assertEquals(fewest, graph.defenceInDepth().barriers(), "seed " + seed + ": defence in depth per zone");
    }

    private static void fewestFrom(BarrierGraph graph, int node, Set<Integer> visited, List<Set<Object>> points,
            Map<Zone, Integer> fewest) {
        fewest.merge(graph.zone(node), new HashSet<>(points).size(), Math::min);
        for (BarrierGraph.Edge edge : graph.edges(node)) {
            if (edge.to() < graph.zones.size() && visited.add(edge.to())) {
                List<Set<Object>> next = new ArrayList<>(points);
                next.addAll(pointsOf(edge.conduits()));
                fewestFrom(graph, edge.to(), visited, next, fewest);
                visited.remove(edge.to());
            }
        }
    }

    /**
     * 3-7 zones (an enterprise zone with a workstation and a control zone with a PLC, the rest drawn
     * from the Purdue levels, the Internet, wireless and vendors), conduits between random zones
     * (some parallel, some one-way, some through a data diode), firewalls on them (some in HA
     * groups, some with interfaces in two zones), IDS on some, cross-zone flows, dual-homed hosts
     * and Internet-exposed assets.
     */
    static ArchitectureModel randomPlant(Random random) {
        ArchitectureModel model = Plants.model();
        List<Zone> zones = new ArrayList<>();
        List<Asset> hosts = new ArrayList<>();
        Zone enterprise = zone(model, "Z0", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        hosts.add(asset(enterprise, "WS0", AssetType.WORKSTATION));
        Zone control = zone(model, "Z1", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        hosts.add(asset(control, "PLC1", AssetType.PLC));
        zones.add(enterprise);
        zones.add(control);
        ZoneKind[] kinds = { ZoneKind.INTERNET, ZoneKind.IDMZ, ZoneKind.SITE_OPERATIONS, ZoneKind.SUPERVISORY,
                ZoneKind.BASIC_CONTROL, ZoneKind.SAFETY, ZoneKind.WIRELESS, ZoneKind.VENDOR_EXTERNAL };
        PurdueLevel[] levels = { PurdueLevel.EXTERNAL, PurdueLevel.LEVEL_35, PurdueLevel.LEVEL_3, PurdueLevel.LEVEL_2,
                PurdueLevel.LEVEL_1, PurdueLevel.LEVEL_1, PurdueLevel.LEVEL_2, PurdueLevel.EXTERNAL };
        AssetType[] types = { AssetType.APPLICATION_SERVER, AssetType.JUMP_HOST, AssetType.DATA_HISTORIAN,
                AssetType.HMI, AssetType.PLC, AssetType.SAFETY_CONTROLLER, AssetType.HMI, AssetType.WORKSTATION };
        int zoneCount = 3 + random.nextInt(5);
        for (int i = 2; i < zoneCount; i++) {
            int kind = random.nextInt(kinds.length);
            Zone zone = zone(model, "Z" + i, kinds[kind], levels[kind]);
            zones.add(zone);
            hosts.add(asset(zone, "H" + i, types[kind]));
        }
        List<Asset> firewalls = new ArrayList<>();
        int firewallCount = 1 + random.nextInt(4);
        for (int i = 0; i < firewallCount; i++) {
            Zone home = zones.get(random.nextInt(zones.size()));
            Asset firewall = asset(home, "FW" + i, AssetType.FIREWALL);
            if (random.nextInt(3) == 0) {
                firewall.setRedundancyGroup("HA-" + random.nextInt(2));
            }
            if (random.nextInt(3) == 0) {
                interfaces(firewall, home, zones.get(random.nextInt(zones.size())));
            }
            firewalls.add(firewall);
        }
        Asset diode = random.nextInt(4) == 0 ? asset(zones.get(1), "DD", AssetType.DATA_DIODE) : null;
        List<Asset> sensors = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            sensors.add(asset(zones.get(random.nextInt(zones.size())), "IDS" + i, AssetType.IDS));
        }
        int conduitCount = zoneCount - 1 + random.nextInt(4);
        for (int i = 0; i < conduitCount; i++) {
            // the first zoneCount-1 conduits chain every zone to one before it, so most plants are connected
            Zone first = i < zoneCount - 1 ? zones.get(i + 1) : zones.get(random.nextInt(zoneCount));
            Zone second = i < zoneCount - 1 ? zones.get(random.nextInt(i + 1)) : zones.get(random.nextInt(zoneCount));
            if (first == second) {
                continue;
            }
            Conduit conduit = conduit(model, "C" + i, first, second);
            for (int n = random.nextInt(3); n > 0; n--) {
                Asset firewall = firewalls.get(random.nextInt(firewalls.size()));
                if (!conduit.getEnforcedBy().contains(firewall)) {
                    conduit.getEnforcedBy().add(firewall);
                }
            }
            if (diode != null && random.nextInt(4) == 0) {
                conduit.getEnforcedBy().add(diode);
            } else if (random.nextInt(5) == 0) {
                conduit.setUnidirectional(true);
                if (random.nextBoolean()) {
                    conduit.setAllowedSource(random.nextBoolean() ? first : second);
                }
            }
            if (!sensors.isEmpty() && random.nextInt(3) == 0) {
                conduit.getMonitoredBy().add(sensors.get(random.nextInt(sensors.size())));
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            Asset source = hosts.get(random.nextInt(hosts.size()));
            Asset target = hosts.get(random.nextInt(hosts.size()));
            if (source != target) {
                flow(model, "F" + i, source, target).setRemoteAccess(random.nextInt(4) == 0);
            }
        }
        if (random.nextInt(3) == 0) {
            Asset host = hosts.get(random.nextInt(hosts.size()));
            interfaces(host, AssetQuery.zone(host), zones.get(random.nextInt(zones.size())));
        }
        if (random.nextInt(4) == 0) {
            hosts.get(random.nextInt(hosts.size())).setInternetExposed(true);
        }
        return model;
    }
}
