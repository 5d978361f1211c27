package org.itot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;

/**
 * Live validation at estate size (issue 19, goal 3): the time from one register edit (an asset's firmware) to the
 * findings of the whole model, against one full validation in the same run; after the edits the live result must
 * equal a full validation's, or the run fails.
 */
public final class LiveValidationBenchmark {

    public static void main(String[] args) {
        ItotModelSetup.init();
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] { 10_000, 100_000 };
        for (int assets : sizes) {
            run(assets);
        }
    }

    private static void run(int assets) {
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        ModelValidator validator = new ModelValidator(Catalogue.builtIn());
        LiveValidation live = new LiveValidation(validator, model);
        long first = System.nanoTime();
        Diagnostic initial = live.update();
        double firstPass = Stats.millisSince(first);
        Random random = new Random(42);
        List<Asset> everyAsset = model.getAllAssets();
        int edits = 200;
        double[] incremental = new double[edits];
        // The thread's CPU time too: on a machine shared with other builds, wall time mostly measures waiting for a core.
        double[] incrementalCpu = new double[edits];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = -20; i < edits; i++) {
            Asset asset = everyAsset.get(random.nextInt(everyAsset.size()));
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            asset.setFirmware("V" + random.nextInt(1000));
            live.update();
            if (i >= 0) {
                incremental[i] = Stats.millisSince(start);
                incrementalCpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            }
        }
        long fullStart = System.nanoTime();
        Diagnostic full = validator.validate(model);
        double fullPass = Stats.millisSince(fullStart);
        if (!signatures(full).equals(signatures(live.update()))) {
            throw new IllegalStateException("live validation differs from a full validation after " + edits + " edits");
        }
        System.out.printf("| live update after one register edit (asset firmware), %d assets / %d flows, %d findings, "
                + "%d edits | median %s, p95 %s (CPU: median %s, p95 %s) | first (full) pass %s; full validation %s "
                + "| %s |%n", assets, model.getFlows().size(), initial.getChildren().size(), edits,
                Stats.ms(Stats.median(incremental)), Stats.ms(Stats.percentile(incremental, 95)),
                Stats.ms(Stats.median(incrementalCpu)), Stats.ms(Stats.percentile(incrementalCpu, 95)),
                Stats.ms(firstPass), Stats.ms(fullPass), Stats.ratio(Stats.median(incremental), fullPass));
        live.dispose();
    }

    private static List<String> signatures(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).signature()).toList();
    }
}
