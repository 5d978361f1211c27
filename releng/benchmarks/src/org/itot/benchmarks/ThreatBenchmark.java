package org.itot.benchmarks;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.itot.attack.AttackImport;
import org.itot.attack.StixLimits;
import org.itot.attack.coverage.AttackCoverage;
import org.itot.attack.coverage.CoverageReport;
import org.itot.model.ArchitectureModel;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The threat view's headless parts on a large plant: importing MITRE's ATT&amp;CK for ICS bundle (bounded
 * streaming read, relations, one command on the model's stack) against a plain Gson parse of the same
 * file into a tree, and ATT&amp;CK coverage and the security-level gap table against one plain traversal
 * of every object of the model. Median of the measured rounds after a warm-up round, same JVM run.
 */
public final class ThreatBenchmark {

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args.length > 0 ? args[0] : "../shared/data/mitre-attack-ics/ics-attack.json");
        int assets = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ItotModelSetup.init();
        Path modelFile = Files.createTempDirectory("itot-threat-bench").resolve("plant.itot");
        ModelFiles.save(SyntheticPlant.generate(assets, 1), modelFile);
        ArchitectureModel model = ModelFiles.load(modelFile);

        double[] imports = new double[rounds];
        double[] parses = new double[rounds];
        double[] coverages = new double[rounds];
        double[] gaps = new double[rounds];
        double[] traversals = new double[rounds];
        CoverageReport report = null;
        int rows = 0;
        long objects = 0;
        for (int round = -1; round < rounds; round++) {
            long start = System.nanoTime();
            AttackImport.prepare(model, bundle, StixLimits.DEFAULT, "18.1").execute();
            double importing = Stats.millisSince(start);

            start = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                JsonElement tree = JsonParser.parseReader(reader);
                if (!tree.isJsonObject()) {
                    throw new IllegalStateException("not a bundle");
                }
            }
            double parsing = Stats.millisSince(start);

            start = System.nanoTime();
            report = AttackCoverage.of(model);
            double covering = Stats.millisSince(start);

            start = System.nanoTime();
            rows = SecurityLevelGaps.of(model).size();
            double gapping = Stats.millisSince(start);

            start = System.nanoTime();
            objects = 0;
            for (Iterator<EObject> all = model.eAllContents(); all.hasNext(); all.next()) {
                objects++;
            }
            double traversing = Stats.millisSince(start);
            if (round >= 0) {
                imports[round] = importing;
                parses[round] = parsing;
                coverages[round] = covering;
                gaps[round] = gapping;
                traversals[round] = traversing;
            }
        }
        double importMedian = Stats.median(imports);
        double parseMedian = Stats.median(parses);
        double coverageMedian = Stats.median(coverages);
        double gapMedian = Stats.median(gaps);
        double traversalMedian = Stats.median(traversals);
        System.out.println("| figure | value | baseline (same run) | ratio |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| import of %s (%d KB) into a %d-asset plant | %s | plain Gson parse of the same file into "
                + "a tree: %s | %s |%n", bundle.getFileName(), Files.size(bundle) / 1024, assets,
                Stats.ms(importMedian), Stats.ms(parseMedian), Stats.ratio(importMedian, parseMedian));
        System.out.printf("| ATT&CK coverage, %d zones × %d techniques | %s | one traversal of the model's %d objects: "
                + "%s | %s |%n", report.zones().size(), report.techniques().size(), Stats.ms(coverageMedian), objects,
                Stats.ms(traversalMedian), Stats.ratio(coverageMedian, traversalMedian));
        System.out.printf("| security-level gap table, %d rows | %s | (same traversal) | %s |%n", rows,
                Stats.ms(gapMedian), Stats.ratio(gapMedian, traversalMedian));
    }
}
