package org.itot.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.merge.MergeResult;
import org.itot.merge.ModelMerge;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.Zone;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;

/**
 * Three-way merge of two branches of a large plant, each with its own set of changes (renames, firmware updates,
 * moves between zones, additions and flow deletions), against loading the three files in the same run. Median of
 * the measured rounds after a warm-up round; every round checks the merge is clean and holds both sides' changes.
 */
public final class MergeBenchmark {

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ItotModelSetup.init();
        Path folder = Files.createTempDirectory("itot-merge-bench");
        Path base = folder.resolve("base.itot");
        Path ours = folder.resolve("ours.itot");
        Path theirs = folder.resolve("theirs.itot");
        ModelFiles.save(SyntheticPlant.generate(assets, 1), base);
        branch(base, ours, changes, 0, "ours");
        branch(base, theirs, changes, 1, "theirs");
        System.out.printf("plant: %d assets, %d changes on each branch, files of %d kB%n", assets, changes,
                Files.size(base) / 1024);

        int warmup = 1;
        double[] loads = new double[rounds];
        double[] merges = new double[rounds];
        for (int round = -warmup; round < rounds; round++) {
            long start = System.nanoTime();
            ArchitectureModel baseModel = ModelFiles.load(base);
            ArchitectureModel ourModel = ModelFiles.load(ours);
            ArchitectureModel theirModel = ModelFiles.load(theirs);
            double load = Stats.millisSince(start);
            start = System.nanoTime();
            MergeResult result = ModelMerge.merge(baseModel, ourModel, theirModel);
            double merge = Stats.millisSince(start);
            if (!result.clean() || result.theirsApplied() < changes) {
                throw new IllegalStateException("expected a clean merge of at least " + changes + " changes, got "
                        + result.conflicts().size() + " conflicts and " + result.theirsApplied() + " changes");
            }
            if (round >= 0) {
                loads[round] = load;
                merges[round] = merge;
            }
        }
        double load = Stats.median(loads);
        double merge = Stats.median(merges);
        System.out.printf("load of the three files: %s (median of %d)%n", Stats.ms(load), rounds);
        System.out.printf("merge:                   %s (median of %d)%n", Stats.ms(merge), rounds);
        System.out.printf("merge / load: %s (goal: at most 3)%n", Stats.ratio(merge, load));
        System.out.printf("%n| assets | changes per branch | load of three files | merge | merge / load |%n");
        System.out.printf("|---|---|---|---|---|%n");
        System.out.printf("| %d | %d | %s | %s | %s |%n", assets, changes, Stats.ms(load), Stats.ms(merge),
                Stats.ratio(merge, load));
    }

    /**
     * A branch with {@code changes} edits on its own elements ({@code side} 0 or 1 takes every other one): renames,
     * firmware updates, moves to another zone of the same kind, new assets and deleted flows.
     */
    private static void branch(Path base, Path target, int changes, int side, String name) throws Exception {
        ArchitectureModel model = ModelFiles.load(base);
        List<Asset> assets = new ArrayList<>(model.getAllAssets());
        List<Zone> zones = model.getAllZones();
        int done = 0;
        for (int i = side; done < changes * 8 / 10 && i < assets.size(); i += 2) {
            Asset asset = assets.get(i * 7 % assets.size() / 2 * 2 + side);
            switch (done % 4) {
            case 0 -> asset.setName(asset.getName() + " (" + name + ")");
            case 1 -> asset.setFirmware(name + "-" + i);
            case 2 -> asset.setLocation(name + " hall " + i);
            default -> {
                Zone from = (Zone) asset.eContainer();
                Zone to = zones.stream().filter(z -> z != from && z.getKind() == from.getKind()).findFirst()
                        .orElse(from);
                to.getAssets().add(asset);
            }
            }
            done++;
        }
        for (int i = 0; done < changes * 9 / 10; i++, done++) {
            Asset added = ItotFactory.eINSTANCE.createAsset();
            added.setId("NEW-" + name + "-" + i);
            added.setName("New " + name + " " + i);
            added.setType(AssetType.WORKSTATION);
            zones.get(i % zones.size()).getAssets().add(added);
        }
        List<Flow> flows = new ArrayList<>(model.getFlows());
        for (int i = side; done < changes; i += 2, done++) {
            EcoreUtil.delete(flows.get(i * 13 % flows.size() / 2 * 2 + side), true);
        }
        ModelFiles.save(model, target);
    }
}
