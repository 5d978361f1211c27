package org.itot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.itot.export.excel.RegisterExporter;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Near-linearity (issue 19, goal 2): the model load and the Excel register export of a small and a large plant in one
 * JVM run, each timed by the working thread's CPU time (median of the rounds after one warm-up round), and the large
 * figure as a multiple of the small one. The findings for the register's Findings sheet are computed once per plant,
 * outside the timed export.
 * <p>
 * Arguments: SMALL LARGE [ROUNDS], e.g. {@code 10000 100000 3}.
 */
public final class ScaleBenchmark {

    private record Figures(int assets, long fileBytes, double load, double export, long cells) {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ItotModelSetup.init();
        Path folder = Files.createTempDirectory("itot-scale-bench");
        List<Figures> figures = new ArrayList<>();
        for (int assets : new int[] { small, large }) {
            figures.add(measure(assets, rounds, folder));
        }
        Files.deleteIfExists(folder);
        Figures first = figures.get(0);
        Figures second = figures.get(1);
        System.out.printf("| load (`ModelFiles.load`), thread CPU time, median of %d | %d assets (%d MB): %s | %d assets"
                + " (%d MB): %s | %s |%n", rounds, first.assets(), first.fileBytes() >> 20, Stats.ms(first.load()),
                second.assets(), second.fileBytes() >> 20, Stats.ms(second.load()), Stats.ratio(second.load(), first.load()));
        System.out.printf("| Excel export (`RegisterExporter.write`), thread CPU time, median of %d | %d assets (%d cells):"
                + " %s | %d assets (%d cells): %s | %s |%n", rounds, first.assets(), first.cells(), Stats.ms(first.export()),
                second.assets(), second.cells(), Stats.ms(second.export()), Stats.ratio(second.export(), first.export()));
    }

    private static Figures measure(int assets, int rounds, Path folder) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path modelFile = folder.resolve("plant-" + assets + ".itot");
        ModelFiles.save(SyntheticPlant.generate(assets, 1), modelFile);
        long fileBytes = Files.size(modelFile);
        double[] loads = new double[rounds];
        ArchitectureModel model = null;
        for (int round = -1; round < rounds; round++) {
            model = null; // one plant in memory at a time
            long cpu = threads.getCurrentThreadCpuTime();
            model = ModelFiles.load(modelFile);
            if (round >= 0) {
                loads[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }
        List<RuleDiagnostic> findings = ModelFindings.findings(model, ModelFindings.Configuration.builtInOnly());
        RegisterExporter.Options options = new RegisterExporter.Options("benchmark", Instant.now(), findings);
        Path register = folder.resolve("register-" + assets + ".xlsx");
        double[] exports = new double[rounds];
        long cells = 0;
        for (int round = -1; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            cells = RegisterExporter.write(model, options, register).cells();
            if (round >= 0) {
                exports[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }
        for (Path file : new Path[] { modelFile, ModelFiles.backupOf(modelFile), register }) {
            Files.deleteIfExists(file);
        }
        return new Figures(assets, fileBytes, Stats.median(loads), Stats.median(exports), cells);
    }
}
