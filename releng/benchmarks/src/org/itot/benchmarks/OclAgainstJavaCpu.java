package org.itot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;

/**
 * The five OCL rules of {@link ValidationBenchmark} against the same rules in Java, and the whole catalogue, on one
 * thread, timed by the thread's CPU time: wall time means little on a shared machine. Run with
 * {@code -Ditot.validation.threads=1}. Argument: ASSETS.
 */
public final class OclAgainstJavaCpu {

    private static final Set<String> FIVE = Set.of("SEG_01_conduit", "SEG_02", "SEG_03", "BND_01", "BND_02");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        ItotModelSetup.init();
        ArchitectureModel model = SyntheticPlant.generate(Integer.parseInt(args[0]), 1);
        ModelValidator all = new ModelValidator(Catalogue.builtIn());
        List<CompiledRule> fiveRules = all.rules().stream().filter(r -> FIVE.contains(r.invariantName())).toList();
        ModelValidator five = new ModelValidator(List.of(new RulePack("five", fiveRules, List.of())));
        double[] ocl = new double[15];
        double[] java = new double[15];
        double[] full = new double[7];
        for (int round = -5; round < ocl.length; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            five.validate(model);
            long middle = THREADS.getCurrentThreadCpuTime();
            ValidationBenchmark.handWritten(model);
            long end = THREADS.getCurrentThreadCpuTime();
            if (round >= 0) {
                ocl[round] = (middle - start) / 1e6;
                java[round] = (end - middle) / 1e6;
            }
        }
        for (int round = -2; round < full.length; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            all.validate(model);
            if (round >= 0) {
                full[round] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            }
        }
        System.out.printf("| %s assets | 5 rules in OCL: %.1f ms CPU | in Java: %.1f ms CPU | %.2f | whole catalogue: %.0f ms CPU |%n",
                args[0], median(ocl), median(java), median(ocl) / median(java), median(full));
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
