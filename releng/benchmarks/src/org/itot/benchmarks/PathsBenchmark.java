package org.itot.benchmarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;
import org.itot.model.query.BarrierGraph;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;

/**
 * Attack-path analysis of a synthetic plant (all entry points to every level 0-2 asset, and one
 * chosen target), BND-09's per-zone figures, and as same-run baselines a plain breadth-first
 * reachability over the same zones, conduits and flows, and full validation.
 */
public final class PathsBenchmark {

    public static void main(String[] args) {
        ItotModelSetup.init();
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        PathReport report = AttackPaths.analyse(model, PathQuery.defaults());
        double[] paths = time(5, 2, () -> AttackPaths.analyse(model, PathQuery.defaults()));
        double[] bfs = time(5, 2, () -> reachable(model));
        System.out.printf("| path analysis, %d assets / %d zones / %d flows: %d entry points, %d targets, %d paths"
                + " listed, %d expansions, truncated: %s | %s | plain BFS reachability (%d zones reached): %s | %s |%n",
                assets, model.getAllZones().size(), model.getFlows().size(), report.entries().size(),
                report.targets().size(), report.paths().size(), report.expansions(),
                report.truncated() ? String.join("; ", report.truncation()) : "no", Stats.ms(Stats.median(paths)),
                reachable(model), Stats.ms(Stats.median(bfs)), Stats.ratio(Stats.median(paths), Stats.median(bfs)));

        Asset target = model.getAllAssets().stream()
                .filter(asset -> asset.getType() == org.itot.model.AssetType.PLC).reduce((a, b) -> b).orElseThrow();
        PathQuery one = PathQuery.defaults().to(target.getId());
        double[] single = time(5, 2, () -> AttackPaths.analyse(model, one));
        System.out.printf("| path analysis to one PLC (%s), %d assets (%d paths) | %s | plain BFS reachability: %s | %s |%n",
                target.getId(), assets, AttackPaths.analyse(model, one).paths().size(), Stats.ms(Stats.median(single)),
                Stats.ms(Stats.median(bfs)), Stats.ratio(Stats.median(single), Stats.median(bfs)));

        double[] depth = time(5, 2, () -> BarrierGraph.build(model).defenceInDepth());
        ModelValidator validator = new ModelValidator(Catalogue.builtIn());
        double[] full = time(3, 1, () -> validator.validate(model));
        System.out.printf("| BND-09 figures (fewest barriers and monitored hops per zone), %d assets | %s | full"
                + " validation: %s | %s |%n", assets, Stats.ms(Stats.median(depth)), Stats.ms(Stats.median(full)),
                Stats.ratio(Stats.median(depth), Stats.median(full)));
    }

    private static double[] time(int rounds, int warmup, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] samples = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            samples[i] = Stats.millisSince(start);
        }
        return samples;
    }

    /** Zones reachable from enterprise-side zones over conduits and flows: the least any path search must do. */
    static int reachable(ArchitectureModel model) {
        Map<Zone, List<Zone>> next = new HashMap<>();
        for (Conduit conduit : model.getConduits()) {
            Zone a = conduit.getZones().get(0);
            Zone b = conduit.getZones().get(1);
            next.computeIfAbsent(a, z -> new ArrayList<>()).add(b);
            next.computeIfAbsent(b, z -> new ArrayList<>()).add(a);
        }
        for (Flow flow : model.getFlows()) {
            Zone source = flow.getSourceZone();
            Zone target = flow.getTargetZone();
            if (source != null && target != null && source != target) {
                next.computeIfAbsent(source, z -> new ArrayList<>()).add(target);
            }
        }
        Set<Zone> seen = new HashSet<>();
        Deque<Zone> queue = new ArrayDeque<>();
        for (Zone zone : model.getAllZones()) {
            if (zone.isEnterpriseSide() && seen.add(zone)) {
                queue.add(zone);
            }
        }
        while (!queue.isEmpty()) {
            for (Zone zone : next.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(zone)) {
                    queue.add(zone);
                }
            }
        }
        return seen.size();
    }
}
