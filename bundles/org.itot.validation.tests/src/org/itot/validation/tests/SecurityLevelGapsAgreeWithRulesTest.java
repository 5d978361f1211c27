package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.countermeasure;
import static org.itot.validation.tests.TestModels.levels;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Countermeasure;
import org.itot.model.PurdueLevel;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.query.SecurityLevels;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/**
 * The gap table (SecurityLevelGaps) and rule SL-03 compute the same formula in Java and OCL; on
 * many random zones they must name the same zones as falling short of SL-T by design.
 */
class SecurityLevelGapsAgreeWithRulesTest {

    private final ModelValidator validator = TestModels.validatorFor("SL-03");

    @Test
    void gapTableAndSl03AgreeOnRandomZones() {
        Random random = new Random(62443);
        for (int plant = 0; plant < 60; plant++) {
            ArchitectureModel model = model();
            for (int z = 0; z < 5; z++) {
                Zone zone = zone(model, "Z-" + z, ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
                zone.setSlTarget(random.nextInt(5) == 0 ? null : vector(random));
                for (int a = random.nextInt(4); a > 0; a--) {
                    Asset asset = asset(zone, "A-" + z + "-" + a, AssetType.PLC);
                    asset.setSlCapability(random.nextInt(4) == 0 ? null : vector(random));
                }
                for (int c = random.nextInt(3); c > 0; c--) {
                    countermeasure(zone, "CM-" + z + "-" + c, random.nextInt(4) == 0 ? null : vector(random));
                }
            }
            List<RuleDiagnostic> sl03 = findings(validator.validate(model)).stream()
                    .filter(f -> f.ruleId().equals("SL-03")).toList();
            Set<String> byRule = sl03.stream().filter(f -> f.getSeverity() != Diagnostic.INFO)
                    .map(f -> f.findingId()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> shortByTable = SecurityLevelGaps.of(model).stream().filter(g -> g.designGap() > 0)
                    .map(g -> "SL-03@" + g.zone().getId()).collect(Collectors.toCollection(TreeSet::new));
            // Unknown is not zero: a shortfall that a countermeasure without SL-C might cover is not assessed.
            Set<String> byTable = SecurityLevelGaps.of(model).stream()
                    .filter(g -> g.designGap() > 0 && g.countermeasuresNotAssessed().isEmpty())
                    .map(g -> "SL-03@" + g.zone().getId()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(byTable, byRule, "plant " + plant);
            // Completeness findings carry their missing input in the id ("#sl-c"); the zone is what the table knows.
            Set<String> notAssessedByRule = sl03.stream().filter(f -> f.getSeverity() == Diagnostic.INFO)
                    .map(f -> f.findingId().replace("#sl-c", "")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> notAssessedByTable = SecurityLevelGaps.of(model).stream()
                    .filter(g -> g.target() != null && !g.notAssessed().isEmpty()
                            && !shortByTable.contains("SL-03@" + g.zone().getId()))
                    .map(g -> "SL-03@" + g.zone().getId()).collect(Collectors.toCollection(TreeSet::new));
            shortByTable.stream().filter(id -> !byTable.contains(id)).forEach(notAssessedByTable::add);
            assertEquals(notAssessedByTable, notAssessedByRule, "plant " + plant + ": not assessed");
        }
    }

    @Test
    void achievableIsTheWeakestAssetRaisedByTheStrongestCountermeasure() {
        ArchitectureModel model = model();
        Zone zone = zone(model, "Z", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        zone.setSlTarget(SecurityLevels.uniform(3));
        asset(zone, "PLC-A", AssetType.PLC).setSlCapability(levels(3, 1, 1));
        asset(zone, "PLC-B", AssetType.PLC).setSlCapability(levels(2, 2, 3));
        countermeasure(zone, "CM", levels(0, 1, 3));
        zone.setSlAchieved(levels(3, 2, 1));

        SecurityLevelGaps.Gap fr1 = SecurityLevelGaps.gap(zone, 1);
        assertEquals(3, fr1.achievable(), "PLC-A has 1 and PLC-B 2, but the countermeasure 3");
        assertEquals(0, fr1.designGap());
        assertEquals(true, fr1.compensated());
        assertEquals(0, fr1.assessedGap());
        SecurityLevelGaps.Gap fr2 = SecurityLevelGaps.gap(zone, 2);
        assertEquals(3, fr2.achievable());
        assertEquals(0, fr2.designGap());
        assertEquals(2, fr2.assessedGap(), "the assessment found FR2 at 1");
        SecurityLevelGaps.Gap fr3 = SecurityLevelGaps.gap(zone, 3);
        assertEquals(2, fr3.achievable(), "PLC-B's 2; the countermeasure has 0 there");
        assertEquals(1, fr3.designGap());
        assertEquals(false, fr3.compensated());
        assertEquals("PLC-B", fr3.assetsBelow().get(0).getId());
        assertEquals(1, fr3.assetsBelow().size());
        Asset unassessed = asset(zone, "PLC-C", AssetType.PLC);
        unassessed.setSlCapability(null);
        assertEquals(2, SecurityLevelGaps.gap(zone, 3).achievable(), "unknown is not zero: PLC-C does not lower it");
        assertEquals(List.of(unassessed), SecurityLevelGaps.gap(zone, 3).notAssessed());
        assertEquals(List.of(), SecurityLevelGaps.gap(zone, 3).countermeasuresNotAssessed());
        Countermeasure unassessedCountermeasure = countermeasure(zone, "CM-NEW", null);
        assertEquals(List.of(unassessedCountermeasure), SecurityLevelGaps.gap(zone, 3).countermeasuresNotAssessed());
        assertEquals(1, SecurityLevelGaps.gap(zone, 3).designGap(), "the gap stays, but it is no longer a known fact");
        zone.getCountermeasures().remove(unassessedCountermeasure);
        assertEquals(List.of("PLC-B"), SecurityLevelGaps.gap(zone, 3).assetsBelow().stream().map(Asset::getId).toList());
        zone.getAssets().removeIf(asset -> asset != unassessed);
        assertEquals(null, SecurityLevelGaps.gap(zone, 2).achievable(), "no assessed asset: nothing to judge");
        assertEquals(0, SecurityLevelGaps.gap(zone, 2).designGap());
        zone.getAssets().clear();
        assertEquals(null, SecurityLevelGaps.gap(zone, 2).achievable(), "an empty zone has nothing to judge");
    }

    private static SecurityLevelVector vector(Random random) {
        SecurityLevelVector vector = SecurityLevels.uniform(0);
        for (int fr = 1; fr <= SecurityLevels.FR_COUNT; fr++) {
            SecurityLevels.setFr(vector, fr, random.nextInt(5));
        }
        return vector;
    }
}
