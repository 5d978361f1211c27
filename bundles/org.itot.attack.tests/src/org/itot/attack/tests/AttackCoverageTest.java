package org.itot.attack.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.attack.ThreatReports;
import org.itot.attack.coverage.AttackCoverage;
import org.itot.attack.coverage.CoverageData;
import org.itot.attack.coverage.CoverageReport;
import org.itot.attack.coverage.CoverageReport.ZoneCoverage;
import org.itot.attack.coverage.CoverageStatus;
import org.itot.attack.coverage.Evidence;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coverage on a hand-built two-zone plant with the real v18.1 data: each criterion flips what it should. */
class AttackCoverageTest {

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private ArchitectureModel model;
    private Zone control;
    private Zone operations;
    private Asset firewall;
    private Conduit conduit;

    /** Operations (a workstation and the firewall) and control (a PLC and an HMI) joined by a conduit through a firewall that denies by default. */
    @BeforeEach
    void plant() throws Exception {
        model = F.createArchitectureModel();
        model.setName("Two zones");
        operations = zone("Z-OPS");
        control = zone("Z-CTL");
        Asset workstation = asset(operations, "EWS", AssetType.ENGINEERING_WORKSTATION);
        asset(control, "PLC", AssetType.PLC);
        asset(control, "HMI", AssetType.HMI);
        firewall = asset(operations, "FW", AssetType.FIREWALL);
        FirewallRule deny = F.createFirewallRule();
        deny.setOrder(99);
        deny.setAction(RuleAction.DENY);
        firewall.getFirewallRules().add(deny);
        conduit = F.createConduit();
        conduit.setId("C-1");
        conduit.getZones().addAll(List.of(operations, control));
        conduit.getEnforcedBy().add(firewall);
        model.getConduits().add(conduit);
        Flow flow = F.createFlow();
        flow.setId("F-1");
        flow.setSource(workstation);
        flow.setTarget(control.getAssets().get(0));
        model.getFlows().add(flow);
        AttackTestModels.inResource(model);
    }

    @Test
    void withoutImportedDataCoverageUsesTheBuiltInRelease() throws Exception {
        assertFalse(AttackCoverage.hasAttackData(model));
        CoverageReport builtIn = AttackCoverage.of(model);
        assertTrue(builtIn.attack().builtIn());
        assertEquals("18.1", builtIn.version());
        assertEquals("ATT&CK for ICS 18.1 (built into ITOT Architect)", builtIn.attack().describe());
        assertEquals(83, builtIn.techniques().size());
        assertEquals(0, model.getAttackReferences().size(), "coverage never writes the built-in data into the model");

        importBundle();
        CoverageReport own = AttackCoverage.of(model);
        assertFalse(own.attack().builtIn());
        assertEquals("ATT&CK for ICS 18.1 (imported into the model)", own.attack().describe());
        assertEquals(statuses(builtIn), statuses(own), "the built-in release and the same release imported agree");
    }

    @Test
    void theModelsOwnReleaseWinsOverTheBuiltInOne() throws Exception {
        importBundle();
        model.setAttackVersion("19.0");
        CoverageReport report = AttackCoverage.of(model);
        assertEquals("19.0", report.version());
        assertFalse(report.attack().builtIn());
        assertTrue(ThreatReports.coverageText(report, null).startsWith(
                "ATT&CK for ICS 19.0 (imported into the model): 83 techniques"), ThreatReports.coverageText(report, null));
        String json = ThreatReports.coverageJson(report, null);
        assertTrue(json.contains("\"attackVersion\": \"19.0\"") && json.contains("\"attackData\": \"model\""), json);
        model.getAttackReferences().clear();
        json = ThreatReports.coverageJson(AttackCoverage.of(model), null);
        assertTrue(json.contains("\"attackVersion\": \"18.1\"") && json.contains("\"attackData\": \"built-in\""),
                json);
    }

    private static java.util.Map<String, String> statuses(CoverageReport report) {
        java.util.Map<String, String> byId = new java.util.TreeMap<>();
        report.overall().forEach((technique, status) -> byId.put(technique.getExternalId(), status.label()));
        report.zones().forEach(zone -> zone.techniques().forEach((technique, status) -> byId.put(
                zone.zone().getId() + "/" + technique.getExternalId(), status.label())));
        return byId;
    }

    @Test
    void enforcedDenyByDefaultConduitMitigatesSegmentationTechniques() throws Exception {
        importBundle();
        CoverageReport report = AttackCoverage.of(model);
        ZoneCoverage zone = report.zone(control);

        assertEquals(List.of("A0003", "A0002"), zone.attackAssets());
        assertEquals(Evidence.Status.IN_PLACE, zone.mitigations().get("M0930").status());
        assertEquals(Evidence.Status.IN_PLACE, zone.mitigations().get("M0937").status());
        assertEquals(Evidence.Status.NOT_IN_PLACE, zone.mitigations().get("M0931").status(), "no IDS on the conduit");
        assertEquals(CoverageStatus.NOT_APPLICABLE, status(zone, "T0883"), "targets neither PLCs nor HMIs");
        assertEquals(CoverageStatus.MITIGATED, status(report.zone(operations), "T0883"),
                "Internet Accessible Device (M0930 only) targets workstations and firewalls");
        assertEquals(CoverageStatus.MITIGATED, status(zone, "T0886"), "Remote Services targets HMIs");
        assertEquals(83, report.techniques().size());
        assertEquals(12, report.tactics().size());
        long plcTechniques = zone.techniques().values().stream().filter(s -> s != CoverageStatus.NOT_APPLICABLE)
                .count();
        assertTrue(plcTechniques >= 48, "every technique targeting PLCs applies: " + plcTechniques);
        assertTrue(zone.with(CoverageStatus.UNMITIGATED).size() > 0, "a PLC zone has techniques no criterion covers");
        assertEquals(83, report.overall().size());
    }

    @Test
    void unenforcedConduitLeavesSegmentationOnlyTechniquesUnmitigated() throws Exception {
        importBundle();
        conduit.getEnforcedBy().clear();
        CoverageReport report = AttackCoverage.of(model);
        ZoneCoverage zone = report.zone(control);
        assertEquals(Evidence.Status.NOT_IN_PLACE, zone.mitigations().get("M0930").status());
        assertTrue(zone.mitigations().get("M0930").detail().contains("C-1"), zone.mitigations().get("M0930").detail());
        assertEquals(CoverageStatus.UNMITIGATED, status(report.zone(operations), "T0883"));
        assertEquals(CoverageStatus.UNMITIGATED, report.overall().get(StixImportTest.find(model, "T0883")));
    }

    @Test
    void ruleSetWithoutFinalDenyIsNotFiltering() throws Exception {
        importBundle();
        firewall.getFirewallRules().get(0).setAction(RuleAction.ALLOW);
        ZoneCoverage zone = AttackCoverage.of(model).zone(control);
        assertEquals(Evidence.Status.NOT_IN_PLACE, zone.mitigations().get("M0937").status());
    }

    @Test
    void remoteAccessWithoutMfaIsPartlyCoveredWhenOneOfTwoHasIt() throws Exception {
        importBundle();
        Flow withMfa = remoteFlow("F-R1", true);
        remoteFlow("F-R2", false);
        ZoneCoverage zone = AttackCoverage.of(model).zone(control);
        assertEquals(Evidence.Status.PARTIAL, zone.mitigations().get("M0932").status());
        assertTrue(zone.mitigations().get("M0932").detail().startsWith("1 of 2"), zone.mitigations().get("M0932").detail());
        withMfa.setMfa(false);
        assertEquals(Evidence.Status.NOT_IN_PLACE, AttackCoverage.of(model).zone(control).mitigations().get("M0932")
                .status());
    }

    @Test
    void modelWideStatusIsMitigatedOnlyWhereEveryZoneIs() throws Exception {
        importBundle();
        CoverageReport report = AttackCoverage.of(model);
        assertEquals(CoverageStatus.MITIGATED, report.overall().get(StixImportTest.find(model, "T0883")));
        // A second workstation zone, not segmented: T0883 is mitigated in one zone of two, so partly over the model.
        Zone office = zone("Z-OFFICE");
        asset(office, "WS", AssetType.WORKSTATION);
        Conduit open = F.createConduit();
        open.setId("C-2");
        open.getZones().addAll(List.of(office, operations));
        model.getConduits().add(open);
        report = AttackCoverage.of(model);
        assertEquals(CoverageStatus.UNMITIGATED, status(report.zone(office), "T0883"));
        assertEquals(CoverageStatus.PARTLY, report.overall().get(StixImportTest.find(model, "T0883")));
    }

    @Test
    void everyAssetTypeIsMappedAndEveryCriterionNamesAMitigationOfTheBundle() throws Exception {
        importBundle();
        for (String mitigation : CoverageData.get().criteria().keySet()) {
            assertEquals(org.itot.model.AttackObjectKind.MITIGATION, StixImportTest.find(model, mitigation).getKind());
        }
        assertEquals(List.of("A0003"), CoverageData.get().attackAssets(AssetType.PLC));
        assertEquals(List.of(), CoverageData.get().attackAssets(AssetType.ERP));
    }

    private Flow remoteFlow(String id, boolean mfa) {
        Flow flow = F.createFlow();
        flow.setId(id);
        flow.setSource(operations.getAssets().get(0));
        flow.setTarget(control.getAssets().get(0));
        flow.setRemoteAccess(true);
        flow.setMfa(mfa);
        model.getFlows().add(flow);
        return flow;
    }

    private void importBundle() throws Exception {
        AttackTestModels.importBuiltIn(model);
    }

    private static CoverageStatus status(ZoneCoverage zone, String technique) {
        return zone.techniques().entrySet().stream().filter(e -> e.getKey().getExternalId().equals(technique))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
    }

    private Zone zone(String id) {
        return AttackTestModels.zone(model, id);
    }

    private static Asset asset(Zone zone, String id, AssetType type) {
        return AttackTestModels.asset(zone, id, type);
    }
}
