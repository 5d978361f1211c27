package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.rule;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SEG-01..03, BND-01, BND-02 on minimal models: exact rule IDs and the elements they name. */
class SegmentationAndBoundaryRulesTest {

    private final ModelValidator validator =
            new ModelValidator(TestModels.builtInPacks("segmentation.ocl", "boundary.ocl"));

    private ArchitectureModel model;
    private Zone enterprise;
    private Zone idmz;
    private Zone operations;
    private Zone control;
    private Asset erp;
    private Asset mirror;
    private Asset historian;
    private Asset plc;
    private Asset itFirewall;
    private Asset otFirewall;

    /** A compliant chain: enterprise - iDMZ - operations - control, each conduit firewalled. */
    @BeforeEach
    void compliantPlant() {
        model = model();
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        erp = asset(enterprise, "ERP", AssetType.ERP);
        mirror = asset(idmz, "MIRROR", AssetType.HISTORIAN_MIRROR);
        itFirewall = asset(idmz, "FW-IT", AssetType.FIREWALL);
        otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        plc = asset(control, "PLC", AssetType.PLC);
        conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        conduit(model, "C-DMZ-OPS", idmz, operations, otFirewall);
        conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        flow(model, "F-ERP-MIRROR", erp, mirror);
        flow(model, "F-HIST-MIRROR", historian, mirror);
        flow(model, "F-HIST-PLC", historian, plc);
        rule(itFirewall, 1, RuleAction.ALLOW).setSource(erp);
        rule(itFirewall, 99, RuleAction.DENY);
        rule(otFirewall, 1, RuleAction.ALLOW).setSource(historian);
        rule(otFirewall, 99, RuleAction.DENY);
    }

    @Test
    void compliantPlantHasNoFindingsOfTheseRules() {
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    @Test
    void seg01ConduitFromEnterpriseToLevelOne() {
        Conduit bypass = conduit(model, "C-BYPASS", enterprise, control, itFirewall);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-01@C-BYPASS", "SEG-02@C-BYPASS"), findingIds(findings));
        RuleDiagnostic seg01 = find(findings, "SEG-01");
        assertEquals(bypass, seg01.element());
        assertEquals(Diagnostic.ERROR, seg01.getSeverity());
        assertTrue(seg01.getMessage().contains("Z-ENT") && seg01.getMessage().contains("Z-CTL"), seg01.getMessage());
    }

    @Test
    void itToPlcFlowBypassingTheIdmzIsSeg01AndSeg03() {
        Flow direct = flow(model, "F-ERP-PLC", erp, plc);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-01@F-ERP-PLC", "SEG-03@F-ERP-PLC"), findingIds(findings));
        RuleDiagnostic seg03 = find(findings, "SEG-03");
        assertEquals(List.of(direct, erp, plc), seg03.getData());
        assertTrue(seg03.getMessage().contains("ERP") && seg03.getMessage().contains("PLC"), seg03.getMessage());
    }

    @Test
    void seg02ConduitFromEnterpriseToLevelThree() {
        conduit(model, "C-ENT-OPS", enterprise, operations, itFirewall);
        assertEquals(Set.of("SEG-02@C-ENT-OPS"), findingIds(findings(validator.validate(model))));
    }

    @Test
    void seg03FlowFromEnterpriseToLevelThreeButNotToTheIdmz() {
        flow(model, "F-ERP-HIST", erp, historian);
        assertEquals(Set.of("SEG-03@F-ERP-HIST"), findingIds(findings(validator.validate(model))));
    }

    @Test
    void bnd01UnenforcedConduit() {
        Conduit open = conduit(model, "C-OPEN", idmz, operations);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("BND-01@C-OPEN"), findingIds(findings));
        assertEquals(open, findings.get(0).element());

        open.getEnforcedBy().add(asset(idmz, "SW", AssetType.SWITCH));
        assertEquals(Set.of("BND-01@C-OPEN"), findingIds(findings(validator.validate(model))),
                "a switch is no boundary device");
    }

    @Test
    void bnd02FirewallWithoutFinalDenyAll() {
        otFirewall.getFirewallRules().get(1).setAction(RuleAction.ALLOW);
        assertEquals(Set.of("BND-02@FW-OT"), findingIds(findings(validator.validate(model))));

        otFirewall.getFirewallRules().get(1).setAction(RuleAction.DENY);
        otFirewall.getFirewallRules().get(1).setDestination(plc);
        assertEquals(Set.of("BND-02@FW-OT"), findingIds(findings(validator.validate(model))),
                "a deny rule with a destination is not deny-all");

        otFirewall.getFirewallRules().clear();
        assertEquals(Set.of("BND-02@FW-OT"), findingIds(findings(validator.validate(model))), "an empty rule set");
    }

    @Test
    void disabledRulesAreSkippedAndSeverityCanBeOverridden() {
        conduit(model, "C-OPEN", idmz, operations);
        RuleSetting lower = ItotFactory.eINSTANCE.createRuleSetting();
        lower.setRuleId("BND-01");
        lower.setEnabled(true);
        lower.setSeverity(SeverityOverride.WARNING);
        model.getRuleSettings().add(lower);
        assertEquals(Diagnostic.WARNING, find(findings(validator.validate(model)), "BND-01").getSeverity());

        lower.setEnabled(false);
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    static List<RuleDiagnostic> findings(Diagnostic result) {
        return result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    static Set<String> findingIds(List<RuleDiagnostic> findings) {
        return findings.stream().map(RuleDiagnostic::findingId).collect(Collectors.toSet());
    }

    static RuleDiagnostic find(List<RuleDiagnostic> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " in " + findingIds(findings)));
    }
}
