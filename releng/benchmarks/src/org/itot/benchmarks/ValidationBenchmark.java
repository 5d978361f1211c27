package org.itot.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.Deadline;
import org.itot.validation.rules.RulePack;

/**
 * Full and live validation of synthetic plants, and, as the baseline in the same run, five rules
 * of the catalogue (SEG-01 on conduits, SEG-02, SEG-03, BND-01, BND-02) hand-written in Java against
 * the same five rules in OCL.
 */
public final class ValidationBenchmark {

    private static final Set<String> FIVE = Set.of("SEG_01_conduit", "SEG_02", "SEG_03", "BND_01", "BND_02");

    public static void main(String[] args) {
        ItotModelSetup.init();
        int[] sizes = args.length > 0 ? parse(args) : new int[] { 1_000, 10_000 };
        for (int assets : sizes) {
            run(assets);
        }
    }

    private static void run(int assets) {
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        ModelValidator all = new ModelValidator(Catalogue.builtIn());
        double[] full = time(5, 2, () -> all.validate(model));
        int findings = all.validate(model).getChildren().size();
        System.out.printf("| full validation, %d assets / %d flows, %d rules (%d findings), median of 5 | %s | | |%n",
                assets, model.getFlows().size(), all.rules().size(), findings, Stats.ms(Stats.median(full)));
        // The validator spreads a run over the cores; the same run on one thread is the baseline of that.
        ModelValidator oneThread = new ModelValidator(Catalogue.builtIn(), Map.of(), Deadline.configured(), 1);
        double[] single = time(5, 2, () -> oneThread.validate(model));
        System.out.printf("| full validation on %d threads, %d assets | %s | on 1 thread: %s | %s |%n",
                ModelValidator.configuredThreads(), assets, Stats.ms(Stats.median(full)),
                Stats.ms(Stats.median(single)), Stats.ratio(Stats.median(full), Stats.median(single)));

        // OCL against hand-written Java, both on one thread.
        List<CompiledRule> fiveRules = all.rules().stream().filter(r -> FIVE.contains(r.invariantName())).toList();
        ModelValidator five = new ModelValidator(List.of(new RulePack("five", fiveRules, List.of())), Map.of(),
                Deadline.configured(), 1);
        double[] ocl = time(5, 2, () -> five.validate(model));
        double[] java = time(5, 2, () -> handWritten(model));
        int oclCount = five.validate(model).getChildren().size();
        int javaCount = handWritten(model);
        if (oclCount != javaCount) {
            throw new IllegalStateException("OCL and Java disagree: " + oclCount + " vs " + javaCount);
        }
        System.out.printf("| 5 rules in OCL, %d assets (%d findings) | %s | same 5 rules in Java: %s | %s |%n", assets,
                oclCount, Stats.ms(Stats.median(ocl)), Stats.ms(Stats.median(java)),
                Stats.ratio(Stats.median(ocl), Stats.median(java)));

        LiveValidation live = new LiveValidation(all, model);
        live.update();
        Random random = new Random(42);
        List<Asset> everyAsset = model.getAllAssets();
        int edits = 200;
        double[] incremental = new double[edits];
        for (int i = -20; i < edits; i++) {
            Asset asset = everyAsset.get(random.nextInt(everyAsset.size()));
            long start = System.nanoTime();
            asset.setFirmware("V" + random.nextInt(1000));
            live.update();
            if (i >= 0) {
                incremental[i] = Stats.millisSince(start);
            }
        }
        System.out.printf(
                "| live update after a single-attribute edit (asset firmware), %d assets, %d edits | median %s, p95 %s | full validation: %s | %s |%n",
                assets, edits, Stats.ms(Stats.median(incremental)), Stats.ms(Stats.percentile(incremental, 95)),
                Stats.ms(Stats.median(full)), Stats.ratio(Stats.median(incremental), Stats.median(full)));
        live.dispose();
    }

    /** SEG-01 (conduits), SEG-02, SEG-03, BND-01 and BND-02 written directly in Java; returns the finding count. */
    static int handWritten(ArchitectureModel model) {
        int findings = 0;
        for (Conduit conduit : model.getConduits()) {
            List<Zone> zones = conduit.getZones();
            boolean enterprise = zones.stream().anyMatch(Zone::isEnterpriseSide);
            boolean industrial = zones.stream().anyMatch(Zone::isIndustrialSide);
            if (enterprise && zones.stream().anyMatch(z -> z.getLevelRank() <= 20)) {
                findings++;
            }
            if (enterprise && industrial && zones.stream().noneMatch(Zone::isIdmz)) {
                findings++;
            }
            if (zones.stream().distinct().count() == 2 && conduit.getEnforcedBy().stream().noneMatch(Asset::isEnforcementDevice)) {
                findings++;
            }
        }
        for (Flow flow : model.getFlows()) {
            Zone source = flow.getSourceZone();
            Zone target = flow.getTargetZone();
            if (source != null && target != null && (source.isEnterpriseSide() && target.isIndustrialSide()
                    || source.isIndustrialSide() && target.isEnterpriseSide())) {
                findings++;
            }
        }
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Asset asset && asset.getType() == AssetType.FIREWALL
                    && !asset.getEnforcedConduits().isEmpty()) {
                List<FirewallRule> rules = new ArrayList<>(asset.getFirewallRules());
                rules.sort((a, b) -> Integer.compare(a.getOrder(), b.getOrder()));
                FirewallRule last = rules.isEmpty() ? null : rules.get(rules.size() - 1);
                if (last == null || last.getAction() != RuleAction.DENY || last.getSource() != null
                        || last.getDestination() != null || !last.isAnyService()) {
                    findings++;
                }
            }
        }
        return findings;
    }

    private static double[] time(int rounds, int warmup, Runnable work) {
        double[] samples = new double[rounds];
        for (int round = -warmup; round < rounds; round++) {
            long start = System.nanoTime();
            work.run();
            if (round >= 0) {
                samples[round] = Stats.millisSince(start);
            }
        }
        return samples;
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        return sizes;
    }
}
