package org.itot.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RulePack;

/**
 * What one cold validation spends its time on, phase by phase, in a fresh JVM: load the model, parse the built-in
 * catalogue, validate, write the JSON report, then validate warm. Prints wall and process CPU time per phase (CPU
 * time says more than wall time on a shared machine). Arguments: MODEL.itot [REPORT.json] [WARM_ROUNDS].
 */
public final class ValidationPhases {

    public static void main(String[] args) throws Exception {
        long[] wall = new long[6];
        long[] cpu = new long[6];
        mark(wall, cpu, 0);
        ArchitectureModel model = ModelFiles.load(Path.of(args[0]));
        mark(wall, cpu, 1);
        List<RulePack> packs = Catalogue.builtIn();
        mark(wall, cpu, 2);
        ModelValidator validator = new ModelValidator(packs);
        Diagnostic findings = ModelFindings.validate(model, validator);
        mark(wall, cpu, 3);
        ValidationReport report = ValidationReport.of(args[0], validator, FindingSummary.disabledRules(model), findings,
                List.of(), "benchmark");
        try (var out = Files.newBufferedWriter(Path.of(args.length > 1 ? args[1] : "validation-phases.json"))) {
            report.writeJson(out);
        }
        mark(wall, cpu, 4);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        for (int i = 0; i < rounds; i++) {
            ModelFindings.validate(model, validator);
        }
        mark(wall, cpu, 5);
        String[] phases = { "load", "parse catalogue", "validate (cold)", "JSON report", "validate (warm, each)" };
        System.out.printf("%d findings, %d threads%n", findings.getChildren().size(), ModelValidator.configuredThreads());
        for (int i = 0; i < phases.length; i++) {
            int divisor = i == 4 ? Math.max(1, rounds) : 1;
            System.out.printf("| %s | %d ms | %d ms CPU |%n", phases[i], (wall[i + 1] - wall[i]) / 1_000_000 / divisor,
                    (cpu[i + 1] - cpu[i]) / 1_000_000 / divisor);
        }
    }

    private static void mark(long[] wall, long[] cpu, int index) {
        wall[index] = System.nanoTime();
        cpu[index] = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
