package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.allow;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.firewall;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.interfaces;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.networkInterface;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.rule;
import static org.itot.validation.tests.TestModels.sl;
import static org.itot.validation.tests.TestModels.validatorFor;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BND-01..09 on a compliant firewalled chain, one deviation per test: exact findings, elements, messages. */
class BoundaryRulesTest {

    private final ModelValidator validator = validatorFor("BND");

    private ArchitectureModel model;
    private Protocol https;
    private Protocol modbus;
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
    private Asset ids;
    private Conduit entDmz;
    private Conduit dmzOps;
    private Conduit opsCtl;
    private Flow erpToMirror;
    private Flow historianToMirror;
    private Flow historianToPlc;

    /**
     * Enterprise - iDMZ - operations - control, two independent firewalls, an IDS on the iDMZ/OT
     * conduit, SL-Ts rising towards control, conduit SL-T = max of its zones, rules that name
     * exactly the three flows, each with a final deny-all.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        https = protocol(model, "HTTPS", ProtocolCategory.WEB, 443);
        modbus = protocol(model, "MODBUS", ProtocolCategory.INDUSTRIAL, 502);
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        enterprise.setSlTarget(sl(1));
        idmz.setSlTarget(sl(2));
        operations.setSlTarget(sl(2));
        control.setSlTarget(sl(3));
        erp = asset(enterprise, "ERP", AssetType.ERP);
        mirror = asset(idmz, "MIRROR", AssetType.HISTORIAN_MIRROR);
        itFirewall = asset(idmz, "FW-IT", AssetType.FIREWALL);
        otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        ids = asset(idmz, "IDS", AssetType.IDS);
        historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        plc = asset(control, "PLC", AssetType.PLC);
        itFirewall.setSlCapability(sl(2));
        otFirewall.setSlCapability(sl(3));
        entDmz = conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        dmzOps = conduit(model, "C-DMZ-OPS", idmz, operations, otFirewall);
        opsCtl = conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        entDmz.setSlTarget(sl(2));
        dmzOps.setSlTarget(sl(2));
        opsCtl.setSlTarget(sl(3));
        dmzOps.getMonitoredBy().add(ids);
        erpToMirror = flow(model, "F-ERP-MIRROR", erp, mirror, https);
        historianToMirror = flow(model, "F-HIST-MIRROR", historian, mirror, https);
        historianToPlc = flow(model, "F-HIST-PLC", historian, plc, modbus);
        allow(itFirewall, 10, erp, mirror, https, erpToMirror);
        rule(itFirewall, 99, RuleAction.DENY);
        allow(otFirewall, 10, historian, mirror, https, historianToMirror);
        allow(otFirewall, 20, historian, plc, modbus, historianToPlc);
        rule(otFirewall, 99, RuleAction.DENY);
    }

    @Test
    void theCatalogueDefinesBnd01To09WithTheSpecifiedSeverities() {
        Map<String, Set<Severity>> severities = new TreeMap<>();
        for (CompiledRule rule : validator.rules()) {
            severities.computeIfAbsent(rule.definition().id(), id -> new TreeSet<>()).add(rule.severity());
        }
        assertEquals(Map.of("BND-01", Set.of(Severity.ERROR), "BND-02", Set.of(Severity.ERROR),
                "BND-03", Set.of(Severity.ERROR, Severity.WARNING), "BND-04", Set.of(Severity.WARNING),
                "BND-05", Set.of(Severity.ERROR), "BND-06", Set.of(Severity.ERROR, Severity.INFO),
                "BND-07", Set.of(Severity.ERROR),
                "BND-08", Set.of(Severity.WARNING, Severity.INFO), "BND-09", Set.of(Severity.ERROR, Severity.WARNING),
                "BND-10", Set.of(Severity.ERROR)),
                severities);
        for (CompiledRule rule : validator.rules()) {
            assertEquals("built-in:boundary.ocl", rule.definition().source());
            assertTrue(!rule.definition().title().isBlank() && !rule.definition().standards().isEmpty()
                    && !rule.definition().fix().isBlank(), rule.definition().id());
        }
        assertEquals(List.of("M0930", "M0937", "M0931"), definition("BND-09").attackIds());
        assertTrue(definition("BND-09").implementationNote().contains("once per level 0-2 zone"));
    }

    @Test
    void compliantPlantHasNoBoundaryFindings() {
        assertEquals(List.of(), findings());
    }

    @Test
    void bnd03AnyDestinationTowardsControlIsAnError() {
        FirewallRule broad = otFirewall.getFirewallRules().get(1);
        broad.setDestination(null);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Set.of("BND-03@FW-OT-R20"), ids(findings));
        RuleDiagnostic finding = findings.get(0);
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(List.of(broad, otFirewall), finding.getData());
        assertEquals("Allow rule FW-OT-R20 on FW-OT uses any as destination and lets traffic into Z-DMZ, Z-CTL (level"
                + " 0-2 or iDMZ).", finding.getMessage());
    }

    @Test
    void bnd03AnyServiceTowardsTheEnterpriseIsAWarningAndInsideOneZoneIsFine() {
        Flow mirrorToErp = flow(model, "F-MIRROR-ERP", mirror, erp, https);
        FirewallRule anyService = allow(itFirewall, 20, mirror, erp, null, mirrorToErp);
        Asset broker = asset(idmz, "BROKER", AssetType.FILE_TRANSFER_BROKER);
        allow(otFirewall, 30, mirror, broker, null, flow(model, "F-MIRROR-BROKER", mirror, broker, https));
        List<RuleDiagnostic> findings = findings();
        assertEquals(Set.of("BND-03@FW-IT-R20"), ids(findings), "a rule within one zone crosses no boundary");
        assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
        assertEquals(List.of(anyService, itFirewall), findings.get(0).getData());
        assertEquals("Allow rule FW-IT-R20 on FW-IT crosses a zone boundary and uses any as service.",
                findings.get(0).getMessage());
    }

    @Test
    void bnd03AnySourceIntoLevelThreeIsAWarningUnlessItHoldsALevelOneSubZone() {
        Flow mirrorToHistorian = flow(model, "F-MIRROR-HIST", mirror, historian, https);
        allow(otFirewall, 30, null, operations, https, mirrorToHistorian);
        assertEquals(Map.of("BND-03@FW-OT-R30", Diagnostic.WARNING), severities(findings()));

        operations.getSubZones().add(zone(model, "Z-CELL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1));
        assertEquals(Map.of("BND-03@FW-OT-R30", Diagnostic.ERROR), severities(findings()),
                "a rule naming a zone covers its level 1 sub-zone");
    }

    @Test
    void bnd04AllowRuleWithoutJustification() {
        FirewallRule orphan = allow(otFirewall, 30, historian, plc, https);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-04@FW-OT-R30", Diagnostic.WARNING), severities(findings));
        assertEquals(List.of(orphan), findings.get(0).getData());
        assertEquals("Allow rule FW-OT-R30 on FW-OT is justified by no modelled flow.", findings.get(0).getMessage());
    }

    @Test
    void bnd04AllowRuleJustifiedByFlowsItDoesNotMatch() {
        FirewallRule rule = itFirewall.getFirewallRules().get(0);
        rule.getJustifiedBy().clear();
        rule.getJustifiedBy().add(historianToMirror);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Set.of("BND-04@FW-IT-R10"), ids(findings));
        assertEquals(List.of(rule, historianToMirror), findings.get(0).getData());
        assertEquals("Allow rule FW-IT-R10 on FW-IT matches none of the flows it is justified by: F-HIST-MIRROR.",
                findings.get(0).getMessage());

        rule.getJustifiedBy().add(erpToMirror);
        assertEquals(List.of(), findings(), "one matching flow is enough");
    }

    @Test
    void bnd05FlowDroppedByEveryFirewallOnItsRoute() {
        Flow notOpened = flow(model, "F-ERP-HIST", erp, historian, https);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-05@F-ERP-HIST", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(notOpened, itFirewall, otFirewall), findings.get(0).getData());
        assertEquals("Cross-zone flow F-ERP-HIST from ERP to HIST is not permitted by FW-IT, FW-OT on its route"
                + " C-ENT-DMZ, C-DMZ-OPS.", findings.get(0).getMessage());
    }

    @Test
    void bnd05FirstMatchingRuleDecides() {
        FirewallRule shadow = rule(otFirewall, 5, RuleAction.DENY);
        shadow.setDestination(plc);
        assertEquals(Set.of("BND-05@F-HIST-PLC"), ids(findings()), "the deny before the allow wins");

        shadow.setOrder(50);
        assertEquals(List.of(), findings(), "after the allow it no longer matters");
    }

    @Test
    void bnd05AndBnd06DataDiodeWithoutRuleSetIsJudgedByDirectionOnly() {
        Conduit diode = replicaBehindDiode();
        Asset replica = asset(diode.getZones().get(1), "REPLICA", AssetType.HISTORIAN_MIRROR);
        flow(model, "F-HIST-REPLICA", historian, replica, https);
        assertEquals(List.of(), findings(), "from level 3 out to the less critical replica zone");

        Flow back = flow(model, "F-REPLICA-HIST", replica, historian, https);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-06@F-REPLICA-HIST", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(back, diode), findings.get(0).getData());
        assertEquals("Flow F-REPLICA-HIST from Z-REPL to Z-OPS crosses one-way conduit C-DIODE against its permitted"
                + " direction.", findings.get(0).getMessage());

        operations.setClassified(true);
        assertEquals(List.of(), findings(), "a classified zone may receive through the diode");
    }

    @Test
    void bnd06AllowedSourceOfADiodeMustBeItsMoreCriticalZone() {
        Conduit diode = replicaBehindDiode();
        Zone replicaZone = diode.getZones().get(1);
        Asset replica = asset(replicaZone, "REPLICA", AssetType.HISTORIAN_MIRROR);
        flow(model, "F-HIST-REPLICA", historian, replica, https);
        diode.setAllowedSource(operations);
        assertEquals(List.of(), findings());

        diode.setAllowedSource(replicaZone);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Set.of("BND-06@C-DIODE", "BND-06@F-HIST-REPLICA"), ids(findings),
                "the diode points into level 3, and the outbound flow now runs against it");
        RuleDiagnostic conduitFinding = find(findings, "BND-06@C-DIODE");
        assertEquals(List.of(diode, operations), conduitFinding.getData());
        assertEquals("One-way conduit C-DIODE lets traffic flow from Z-REPL into the more critical zone Z-OPS, which is"
                + " not marked classified.", conduitFinding.getMessage());

        diode.setAllowedSource(control);
        assertEquals(Set.of("BND-06@C-DIODE", "BND-06@F-HIST-REPLICA"), ids(findings()));
        assertTrue(find(findings(), "BND-06@C-DIODE").getMessage().contains("not one of its zones"));
    }

    @Test
    void bnd06SameLevelZonesAreOrderedBySecurityLevelTarget() {
        Zone lab = zone(model, "Z-LAB", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        lab.setSlTarget(sl(1));
        Asset diode = oneWayDevice();
        Conduit oneWay = conduit(model, "C-LAB", operations, lab, diode);
        oneWay.setSlTarget(sl(2));
        Asset labServer = asset(lab, "LAB", AssetType.APPLICATION_SERVER);
        flow(model, "F-HIST-LAB", historian, labServer, https);
        assertEquals(List.of(), findings(), "SL 2 to SL 1 on the same level");

        flow(model, "F-LAB-HIST", labServer, historian, https);
        assertEquals(Set.of("BND-06@F-LAB-HIST"), ids(findings()));
    }

    /* Unknown is not zero: without the lab's SL-T the order of two level 3 zones is not known, not "SL 0". */
    @Test
    void bnd06SameLevelZoneWithoutSecurityLevelTargetIsNotAssessed() {
        Zone lab = zone(model, "Z-LAB", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        lab.setSlTarget(null);
        Conduit oneWay = conduit(model, "C-LAB", operations, lab, oneWayDevice());
        oneWay.setSlTarget(sl(2));
        Asset labServer = asset(lab, "LAB", AssetType.APPLICATION_SERVER);
        Flow labToHistorian = flow(model, "F-LAB-HIST", labServer, historian, https);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-06@F-LAB-HIST#sl-t", Diagnostic.INFO), severities(findings));
        assertEquals(List.of(labToHistorian, oneWay), findings.get(0).getData());
        assertTrue(findings.get(0).getMessage().contains("Z-LAB without an SL-T")
                && findings.get(0).getMessage().contains("allowed source"), findings.get(0).getMessage());

        oneWay.setAllowedSource(operations);
        assertEquals(Map.of("BND-06@F-LAB-HIST", Diagnostic.ERROR), severities(findings()),
                "an allowed source decides the direction without SL-Ts");
        oneWay.setAllowedSource(null);
        lab.setSlTarget(sl(1));
        assertEquals(Map.of("BND-06@F-LAB-HIST", Diagnostic.ERROR), severities(findings()),
                "with both SL-Ts the lab (SL 1) may not send into operations (SL 2)");
    }

    @Test
    void bnd07WanConduitNeedsProtectionOrFirewallsAtBothEnds() {
        entDmz.setMedium(ConduitMedium.WAN);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-07@C-ENT-DMZ", Diagnostic.ERROR), severities(findings));
        assertEquals("Conduit C-ENT-DMZ runs over an untrusted medium without encryption and authentication and has"
                + " no enforcement point of its own at Z-ENT.", findings.get(0).getMessage());

        entDmz.setEncrypted(true);
        assertTrue(findings().get(0).getMessage().contains("without authentication"), "encrypted alone is not enough");
        entDmz.setAuthenticated(true);
        assertEquals(List.of(), findings());

        entDmz.setEncrypted(false);
        networkInterface(itFirewall, enterprise);
        networkInterface(itFirewall, idmz);
        assertEquals(Set.of("BND-07@C-ENT-DMZ"), ids(findings()),
                "one firewall with a leg in each zone guards only its own end: the link reaches the enterprise unfiltered");
        Asset enterpriseFirewall = firewall(enterprise, "FW-ENT");
        enterpriseFirewall.setSlCapability(sl(2));
        entDmz.getEnforcedBy().add(enterpriseFirewall);
        allow(enterpriseFirewall, 10, erp, mirror, https, erpToMirror);
        assertEquals(List.of(), findings(), "a firewall of its own at each end");
    }

    @Test
    void bnd07LanAndVlanConduitsAreTrusted() {
        entDmz.setMedium(ConduitMedium.VLAN);
        opsCtl.setMedium(ConduitMedium.SERIAL);
        assertEquals(List.of(), findings());
        opsCtl.setMedium(ConduitMedium.CELLULAR);
        assertEquals(Set.of("BND-07@C-OPS-CTL"), ids(findings()));
    }

    @Test
    void bnd08BoundaryDeviceWeakerThanTheZoneItProtects() {
        otFirewall.getSlCapability().setFr5(2);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-08@FW-OT", Diagnostic.WARNING), severities(findings));
        assertEquals(List.of(otFirewall, opsCtl), findings.get(0).getData());
        assertEquals("Boundary device FW-OT has SL-C(FR5) 2, below the SL-T(FR5) of Z-CTL, which it separates on"
                + " C-OPS-CTL.", findings.get(0).getMessage());

    }

    /* Unknown is not zero: a boundary device without SL-C is not assessed (info), not SL 0 (a warning). */
    @Test
    void bnd08BoundaryDeviceWithoutRecordedCapabilityIsNotAssessed() {
        otFirewall.setSlCapability(null);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-08@FW-OT#sl-c", Diagnostic.INFO), severities(findings));
        assertEquals(List.of(otFirewall, dmzOps, opsCtl), findings.get(0).getData());
        assertTrue(findings.get(0).getMessage().startsWith("Boundary device FW-OT: SL-C not assessed")
                && findings.get(0).getMessage().contains("Z-CTL")
                && findings.get(0).getMessage().contains("Properties > Security"), findings.get(0).getMessage());

        for (Zone zone : List.of(idmz, operations, control)) {
            zone.getSlTarget().setFr5(0);
        }
        assertEquals(List.of(), findings(), "no zone asks for FR5 above 0: SL 0 would do, nothing to assess");
    }

    @Test
    void bnd08ConduitSecurityLevelBelowAConnectedZoneIsInfo() {
        opsCtl.getSlTarget().setFr1(2);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-08@C-OPS-CTL", Diagnostic.INFO), severities(findings));
        assertEquals(List.of(opsCtl, control), findings.get(0).getData());
        assertEquals("Conduit C-OPS-CTL has an SL-T lower than that of Z-CTL.", findings.get(0).getMessage());

        opsCtl.setSlTarget(null);
        assertEquals(Set.of(), ids(findings()).stream().filter(id -> id.startsWith("BND-08")).collect(Collectors.toSet()),
                "no SL-T is SL-01's finding, not one lower than the zones'");
    }

    @Test
    void bnd09UnenforcedPathToLevelOneIsAnError() {
        conduit(model, "C-ENT-CTL", enterprise, control).setSlTarget(sl(3));
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-01@C-ENT-CTL", Diagnostic.ERROR, "BND-09@Z-CTL", Diagnostic.ERROR), severities(findings));
        RuleDiagnostic finding = find(findings, "BND-09@Z-CTL");
        assertEquals(List.of(control, plc), finding.getData());
        assertEquals("Level 0-2 zone Z-CTL is reachable from the enterprise side without crossing any enforcement point"
                + " or monitored conduit.", finding.getMessage());
    }

    @Test
    void bnd09OnlyOneIndependentFirewallIsAWarning() {
        conduit(model, "C-ENT-OPS", enterprise, operations, otFirewall).setSlTarget(sl(2));
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-09@Z-CTL", Diagnostic.WARNING), severities(findings));
        assertEquals("Level 0-2 zone Z-CTL is reachable from the enterprise side through only one independent"
                + " enforcement point and without crossing a monitored conduit; defence in depth needs two at"
                + " different zone boundaries.", findings.get(0).getMessage());
    }

    @Test
    void bnd09HighAvailabilityPairCountsAsOnePoint() {
        itFirewall.setRedundancyGroup("HA-1");
        otFirewall.setRedundancyGroup("HA-1");
        assertEquals(Set.of("BND-09@Z-CTL"), ids(findings()));
        otFirewall.setRedundancyGroup("HA-2");
        assertEquals(List.of(), findings());
    }

    @Test
    void bnd09PathWithoutMonitoringIsAWarning() {
        dmzOps.getMonitoredBy().clear();
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-09@Z-CTL", Diagnostic.WARNING), severities(findings));
        assertEquals("Level 0-2 zone Z-CTL is reachable from the enterprise side along a path that crosses no"
                + " monitored conduit.", findings.get(0).getMessage());
    }

    /**
     * New with the attack-path analysis: a host with interfaces in the enterprise and control zones
     * bypasses both firewalls. The conduit-only search reported nothing here (SEG-10 alone named the
     * host); the path to the PLC crosses no enforcement point, which is what BND-09 is about.
     */
    @Test
    void bnd09DualHomedHostIsAPathWithoutBarriers() {
        Asset hmi = asset(control, "HMI", AssetType.HMI);
        interfaces(hmi, control, enterprise);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("BND-09@Z-CTL", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(control, plc, hmi), findings.get(0).getData());
    }

    /** A flow between zones that no conduit joins is an unprotected connection, not a missing path. */
    @Test
    void bnd09FlowBetweenZonesNoConduitJoinsIsAPathWithoutBarriers() {
        Zone cell = zone(model, "Z-CELL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        cell.setSlTarget(sl(3));
        Asset rtu = asset(cell, "RTU", AssetType.RTU);
        assertEquals(Set.of(), ids(findings()), "an island is not reported");
        flow(model, "F-ERP-RTU", erp, rtu, modbus);
        assertEquals(Map.of("BND-09@Z-CELL", Diagnostic.ERROR), severities(findings()));
    }

    @Test
    void bnd09IgnoresUnreachableAndEmptyLevelZeroToTwoZones() {
        asset(zone(model, "Z-ISLAND", ZoneKind.PROCESS, PurdueLevel.LEVEL_0), "SENSOR", AssetType.SENSOR);
        conduit(model, "C-ENT-EMPTY", enterprise, zone(model, "Z-EMPTY", ZoneKind.PROCESS, PurdueLevel.LEVEL_0),
                itFirewall);
        assertEquals(Set.of(), ids(findings()).stream().filter(id -> id.startsWith("BND-09")).collect(Collectors.toSet()));
    }

    /** A replica zone at level 3.5 fed from operations through a data diode without a rule set. */
    private Conduit replicaBehindDiode() {
        Zone replicaZone = zone(model, "Z-REPL", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Conduit diode = conduit(model, "C-DIODE", operations, replicaZone, oneWayDevice());
        diode.setSlTarget(sl(2));
        return diode;
    }

    private Asset oneWayDevice() {
        Asset diode = asset(operations, "DIODE-" + model.getConduits().size(), AssetType.DATA_DIODE);
        diode.setSlCapability(sl(3));
        return diode;
    }

    private List<RuleDiagnostic> findings() {
        return validator.validate(model).getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    private static Set<String> ids(List<RuleDiagnostic> findings) {
        return findings.stream().map(RuleDiagnostic::findingId).collect(Collectors.toSet());
    }

    private static Map<String, Integer> severities(List<RuleDiagnostic> findings) {
        return findings.stream().collect(Collectors.toMap(RuleDiagnostic::findingId, RuleDiagnostic::getSeverity));
    }

    private static RuleDiagnostic find(List<RuleDiagnostic> findings, String findingId) {
        return findings.stream().filter(f -> f.findingId().equals(findingId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + findingId + " in " + ids(findings)));
    }

    private static RuleDefinition definition(String ruleId) {
        return Catalogue.builtIn().stream().flatMap(pack -> pack.definitions().stream())
                .filter(d -> d.id().equals(ruleId)).findFirst().orElseThrow();
    }
}
