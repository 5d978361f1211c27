package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findingIds;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.countermeasure;
import static org.itot.validation.tests.TestModels.firewall;
import static org.itot.validation.tests.TestModels.levels;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.subZone;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Countermeasure;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.SecurityLevels;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SL-01..SL-03 against the whole built-in catalogue, one violation per test on a plant that meets them all. */
class SecurityLevelRulesTest {

    private final ModelValidator validator = TestModels.validatorFor("SL");

    private ArchitectureModel model;
    private Zone operations;
    private Zone control;
    private Zone cell;
    private Asset historian;
    private Asset plc;
    private Asset cellPlc;
    private Conduit operationsToControl;
    private Countermeasure mfaGateway;

    /**
     * Operations (SL-T 1) with a historian whose FR1 capability (0) a countermeasure compensates;
     * control (SL-T 2) with a PLC of SL-C 2 and a sub-zone (SL-T 3) whose PLC has SL-C 3.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        control.setSlTarget(SecurityLevels.uniform(2));
        cell = subZone(control, "Z-CELL", ZoneKind.BASIC_CONTROL);
        cell.setSlTarget(SecurityLevels.uniform(3));

        historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        historian.setSlCapability(levels(1, 1, 0));
        mfaGateway = countermeasure(operations, "CM-MFA", levels(0, 1, 1));
        Asset otFirewall = firewall(operations, "FW-OT");
        plc = asset(control, "PLC", AssetType.PLC);
        plc.setSlCapability(SecurityLevels.uniform(2));
        cellPlc = asset(cell, "CELL-PLC", AssetType.PLC);
        cellPlc.setSlCapability(SecurityLevels.uniform(3));
        operationsToControl = conduit(model, "C-OPS-CTL", operations, control, otFirewall);
    }

    @Test
    void compliantPlantHasNoFindings() {
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    /* Unknown is not zero (issue 16): a missing SL-T is a missing input, an info completeness finding, drafts or not. */
    @Test
    void sl01ZoneWithoutTargetIsNotAssessedNotAnError() {
        control.setSlTarget(null);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-01@Z-CTL#sl-t"), findingIds(findings));
        RuleDiagnostic sl01 = find(findings, "SL-01");
        assertEquals(Diagnostic.INFO, sl01.getSeverity());
        assertTrue(sl01.isCompleteness());
        assertEquals("SL-T", sl01.missingInput());
        assertEquals(List.of(control), sl01.getData(), "the zone, named once although it is the element lacking SL-T");
        assertEquals(1, sl01.undecidedCount());
        assertTrue(sl01.getMessage().startsWith("Zone Z-CTL: SL-T not entered for the zone,"), sl01.getMessage());

        model.setDraft(true);
        assertEquals(Set.of("SL-01@Z-CTL#sl-t"), findingIds(findings(validator.validate(model))));
    }

    @Test
    void sl01SubZoneWithoutTargetIsItsOwnFinding() {
        cell.setSlTarget(null);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-01@Z-CELL#sl-t"), findingIds(findings));
        assertEquals(Diagnostic.INFO, find(findings, "SL-01").getSeverity());
    }

    @Test
    void sl01ConduitWithoutTargetIsCountedWithItsFirstZone() {
        operationsToControl.setSlTarget(null);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-01@Z-OPS#sl-t"), findingIds(findings), "once, with the first of its zones");
        RuleDiagnostic sl01 = find(findings, "SL-01");
        assertEquals(Diagnostic.INFO, sl01.getSeverity());
        assertEquals(List.of(operations, operationsToControl), sl01.getData());
        assertTrue(sl01.getMessage().startsWith("Zone Z-OPS: SL-T not entered for 1 of its conduits,"),
                sl01.getMessage());

        operations.setSlTarget(null);
        RuleDiagnostic both = find(findings(validator.validate(model)), "SL-01");
        assertEquals(2, both.undecidedCount());
        assertTrue(both.getMessage().startsWith("Zone Z-OPS: SL-T not entered for the zone and 1 of its conduits,"),
                both.getMessage());
    }

    @Test
    void sl02SubZoneBelowItsParentInOneFr() {
        SecurityLevels.setFr(cell.getSlTarget(), 3, 1);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-02@Z-CELL"), findingIds(findings));
        RuleDiagnostic sl02 = find(findings, "SL-02");
        assertEquals(Diagnostic.WARNING, sl02.getSeverity());
        assertEquals(List.of(cell, control), sl02.getData());
        assertTrue(sl02.getMessage().contains("Z-CTL") && sl02.getMessage().contains("in FR 3."), sl02.getMessage());

        SecurityLevels.setFr(cell.getSlTarget(), 3, 2);
        assertEquals(List.of(), findings(validator.validate(model)), "equal to the parent is enough");
    }

    @Test
    void sl03AssetBelowTargetWithoutCountermeasureIsAnError() {
        plc.setSlCapability(levels(2, 4, 1));
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-03@Z-CTL"), findingIds(findings));
        RuleDiagnostic sl03 = find(findings, "SL-03");
        assertEquals(Diagnostic.ERROR, sl03.getSeverity());
        assertEquals(List.of(control, plc), sl03.getData(), "the short assets are the related elements");
        assertEquals("Zone Z-CTL: 1 of 7 foundational requirements below SL-T; 1 assets short;"
                + " no compensating countermeasure.", sl03.getMessage(), "one sentence, no lists");
    }

    @Test
    void sl03MessageCountsFrsAndAssetsInOneSentence() {
        plc.setSlCapability(levels(1, 4, 2));
        for (int i = 1; i <= 11; i++) {
            asset(control, "IO-" + i, AssetType.PLC).setSlCapability(levels(2, 4, 0));
        }
        RuleDiagnostic sl03 = find(findings(validator.validate(model)), "SL-03");
        assertEquals("Zone Z-CTL: 7 of 7 foundational requirements below SL-T; 12 assets short;"
                + " no compensating countermeasure.", sl03.getMessage());
        assertEquals(13, sl03.getData().size(), "the zone and its 12 short assets");
    }

    /* Unknown is not zero: an unrecorded SL-C is "not assessed" (info, once per zone), never a shortfall. */
    @Test
    void sl03AssetWithoutRecordedCapabilityIsNotAssessedRatherThanShort() {
        Asset hmi = asset(control, "HMI", AssetType.HMI);
        hmi.setSlCapability(null);
        Asset io = asset(control, "IO", AssetType.PLC);
        io.setSlCapability(null);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-03@Z-CTL#sl-c"), findingIds(findings));
        RuleDiagnostic notAssessed = find(findings, "SL-03");
        assertEquals(2, notAssessed.undecidedCount());
        assertEquals(Diagnostic.INFO, notAssessed.getSeverity());
        assertEquals(List.of(control, hmi, io), notAssessed.getData(), "one finding for the zone, listing both");
        assertTrue(notAssessed.getMessage().startsWith("Zone Z-CTL: SL-C not assessed for 2 of 3 assets")
                && notAssessed.getMessage().contains("Properties > Security"), notAssessed.getMessage());
    }

    @Test
    void sl03ZoneWithNoAssessedAssetIsNotAnError() {
        plc.setSlCapability(null);
        cellPlc.setSlCapability(null);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-03@Z-CTL#sl-c", "SL-03@Z-CELL#sl-c"), findingIds(findings));
        assertTrue(findings.stream().allMatch(f -> f.getSeverity() == Diagnostic.INFO), findings.toString());
    }

    @Test
    void sl03ShortfallOfTheAssessedAssetsIsStillAnErrorBesideUnassessedOnes() {
        asset(control, "HMI", AssetType.HMI).setSlCapability(null);
        plc.setSlCapability(levels(2, 4, 1));
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(1, findings.size(), "one SL-03 finding per zone: " + findings);
        assertEquals(Diagnostic.ERROR, find(findings, "SL-03").getSeverity());
        assertEquals(List.of(control, plc), find(findings, "SL-03").getData());
    }

    @Test
    void sl03CountermeasureThatDoesNotCoverTheGapIsAWarning() {
        historian.getSlCapability().setFr2(0);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-03@Z-OPS"), findingIds(findings));
        RuleDiagnostic sl03 = find(findings, "SL-03");
        assertEquals(Diagnostic.WARNING, sl03.getSeverity());
        assertEquals(List.of(operations, historian, mfaGateway), sl03.getData());
        assertEquals("Zone Z-OPS: 1 of 7 foundational requirements below SL-T; 1 assets short; its 1 countermeasures"
                + " do not compensate there.", sl03.getMessage(), "FR1 is compensated, FR2 is not");
    }

    /* Unknown is not zero: a countermeasure without SL-C might cover the gap; it is not assessed, not SL 0. */
    @Test
    void sl03CountermeasureWithoutRecordedCapabilityIsNotAssessedRatherThanNotCompensating() {
        historian.getSlCapability().setFr2(0);
        Countermeasure unassessed = countermeasure(operations, "CM-NEW", null);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-03@Z-OPS#sl-c"), findingIds(findings));
        RuleDiagnostic sl03 = find(findings, "SL-03");
        assertEquals(Diagnostic.INFO, sl03.getSeverity());
        assertEquals(List.of(operations, unassessed), sl03.getData());
        assertTrue(sl03.getMessage().contains("SL-C not assessed for 1 of its 2 countermeasures")
                && sl03.getMessage().contains("Properties > Security"), sl03.getMessage());

        unassessed.setSlCapability(SecurityLevels.uniform(0));
        assertEquals(Diagnostic.WARNING, find(findings(validator.validate(model)), "SL-03").getSeverity(),
                "once assessed (too low), the shortfall is a warning again");
        historian.getSlCapability().setFr2(1);
        unassessed.setSlCapability(null);
        assertEquals(List.of(), findings(validator.validate(model)), "no shortfall: nothing for it to compensate");
    }

    @Test
    void sl03WithoutTheCompensatingCountermeasureIsAnError() {
        operations.getCountermeasures().remove(mfaGateway);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SL-03@Z-OPS"), findingIds(findings));
        RuleDiagnostic sl03 = find(findings, "SL-03");
        assertEquals(Diagnostic.ERROR, sl03.getSeverity());
        assertEquals(List.of(operations, historian), sl03.getData());
    }

    @Test
    void sl03SubZoneAssetsCountForTheSubZoneOnly() {
        cellPlc.setSlCapability(SecurityLevels.uniform(2));
        assertEquals(Set.of("SL-03@Z-CELL"), findingIds(findings(validator.validate(model))),
                "SL-C 2 meets the parent's SL-T 2 but not the sub-zone's 3");
    }

    @Test
    void purdueTemplateHasNoErrorAndNoSl03Finding() {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        List<RuleDiagnostic> findings = findings(new ModelValidator(Catalogue.builtIn()).validate(purdue));
        assertEquals(List.of(), findings.stream().filter(f -> f.getSeverity() == Diagnostic.ERROR).toList());
        assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().equals("SL-03")).toList(),
                "every asset of a zone with an SL-T has its SL-C recorded");
    }

    @Test
    void catalogueCarriesTheSpecifiedSeverities() {
        assertEquals(Set.of("SL-01:INFO", "SL-02:WARNING", "SL-03:ERROR", "SL-03:WARNING", "SL-03:INFO"),
                Set.copyOf(validator.rules().stream().filter(r -> r.definition().family().equals("SL"))
                        .map(r -> r.definition().id() + ":" + r.severity()).toList()));
        RuleDefinition sl01 = validator.rules().stream().map(CompiledRule::definition)
                .filter(d -> d.id().equals("SL-01")).findFirst().orElseThrow();
        assertEquals("Every zone and every conduit must have an SL-T (7-FR vector or scalar).", sl01.title());
        assertEquals(List.of("IEC 62443-3-2 ZCR 5", "IEC 62443-3-2 ZCR 6"), sl01.standards());
        assertEquals(List.of(), sl01.attackIds());
    }
}
