package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findingIds;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.firewall;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.interfaces;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.rule;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.SecurityLevels;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SEG-03's same-protocol warning and SEG-04..SEG-11 against the whole built-in catalogue: a plant that meets every rule, and one
 * violation per test with the exact findings it must produce.
 */
class SegmentationRulesTest {

    private final ModelValidator validator = TestModels.validatorFor("SEG");

    private ArchitectureModel model;
    private Zone enterprise;
    private Zone idmz;
    private Zone operations;
    private Zone control;
    private Zone safety;
    private Zone wireless;
    private Zone maintenance;
    private Zone wan;
    private Asset mirror;
    private Asset historian;
    private Asset plc;
    private Asset operationsSwitch;
    private Asset otFirewall;
    private Asset safetyFirewall;
    private Protocol modbus;

    /**
     * Enterprise - iDMZ - operations - control, with a safety zone, a wireless zone, a transient
     * (maintenance) zone and a WAN zone, each where the rules want it; one switch trunks operations
     * and control (same SL-T, FR5 below 2) and the OT firewall has interfaces in the zones it guards.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        safety = zone(model, "Z-SIS", ZoneKind.SAFETY, PurdueLevel.LEVEL_1);
        safety.setSafetyDesignation(true);
        wireless = zone(model, "Z-WLS", ZoneKind.WIRELESS, PurdueLevel.LEVEL_2);
        maintenance = zone(model, "Z-MNT", ZoneKind.TRANSIENT, PurdueLevel.LEVEL_3);
        wan = zone(model, "Z-WAN", ZoneKind.WAN, PurdueLevel.EXTERNAL);

        Asset erp = asset(enterprise, "ERP", AssetType.ERP);
        mirror = asset(idmz, "MIRROR", AssetType.HISTORIAN_MIRROR);
        Asset itFirewall = firewall(idmz, "FW-IT");
        otFirewall = firewall(idmz, "FW-OT");
        interfaces(otFirewall, idmz, operations, control, wireless, maintenance);
        historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        operationsSwitch = asset(operations, "SW-OPS", AssetType.SWITCH);
        interfaces(operationsSwitch, operations, control);
        plc = asset(control, "PLC", AssetType.PLC);
        asset(control, "HMI", AssetType.HMI);
        asset(safety, "SIS", AssetType.SAFETY_CONTROLLER);
        asset(safety, "SIS-IO", AssetType.FIELD_IO);
        safetyFirewall = firewall(safety, "FW-SIS");
        asset(wireless, "AP", AssetType.WIRELESS_AP);
        asset(wireless, "WSENSOR", AssetType.SENSOR).setWireless(true);
        asset(maintenance, "LAPTOP", AssetType.TRANSIENT_DEVICE);
        asset(wan, "MODEM", AssetType.MODEM);

        conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        conduit(model, "C-WAN-DMZ", wan, idmz, itFirewall).setMedium(ConduitMedium.CELLULAR);
        conduit(model, "C-DMZ-OPS", idmz, operations, otFirewall);
        conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        conduit(model, "C-OPS-MNT", operations, maintenance, otFirewall);
        conduit(model, "C-CTL-WLS", control, wireless, otFirewall);
        conduit(model, "C-CTL-SIS", control, safety, safetyFirewall);

        modbus = protocol(model, "Modbus/TCP", ProtocolCategory.INDUSTRIAL);
        Protocol https = protocol(model, "HTTPS", ProtocolCategory.WEB);
        flow(model, "F-HIST-PLC", historian, plc, modbus);
        flow(model, "F-HIST-MIRROR", historian, mirror, https);
        flow(model, "F-ERP-MIRROR", erp, mirror, https);
        rule(otFirewall, 1, RuleAction.ALLOW).setSource(historian);
    }

    @Test
    void compliantPlantHasNoFindings() {
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    @Test
    void seg04IndustrialProtocolIntoTheIdmz() {
        Flow modbusToMirror = flow(model, "F-PLC-MIRROR", plc, mirror, modbus);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-04@F-PLC-MIRROR"), findingIds(findings));
        RuleDiagnostic seg04 = find(findings, "SEG-04");
        assertEquals(Diagnostic.ERROR, seg04.getSeverity());
        assertEquals(List.of(modbusToMirror, mirror), seg04.getData());
        assertTrue(seg04.getMessage().contains("MIRROR") && seg04.getMessage().contains("Modbus/TCP")
                && seg04.getMessage().contains("Z-DMZ"), seg04.getMessage());

        modbusToMirror.setProtocol(protocol(model, "HTTP", ProtocolCategory.WEB));
        assertEquals(List.of(), findings(validator.validate(model)), "an IT protocol may reach the iDMZ");
    }

    @Test
    void seg05OfficeWorkstationInTheOperationsZone() {
        Asset officePc = asset(operations, "OFFICE-PC", AssetType.WORKSTATION);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-05@Z-OPS"), findingIds(findings));
        RuleDiagnostic seg05 = find(findings, "SEG-05");
        assertEquals(List.of(operations, historian, officePc), seg05.getData());
        assertTrue(seg05.getMessage().contains("OFFICE-PC") && seg05.getMessage().contains("HIST"), seg05.getMessage());

        officePc.setType(AssetType.DOMAIN_CONTROLLER);
        assertEquals(List.of(), findings(validator.validate(model)), "a domain controller at level 3 is an OT one");
    }

    @Test
    void seg06SafetyControllerOutsideASafetyZone() {
        Asset misplaced = asset(control, "SIS-2", AssetType.SAFETY_CONTROLLER);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@SIS-2"), findingIds(findings));
        RuleDiagnostic seg06 = find(findings, "SEG-06");
        assertEquals(misplaced, seg06.element());
        assertTrue(seg06.getMessage().contains("SIS-2") && seg06.getMessage().contains("Z-CTL"), seg06.getMessage());
    }

    @Test
    void seg06NonSafetyAssetInTheSafetyZone() {
        Asset hmi = asset(safety, "HMI-2", AssetType.HMI);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@Z-SIS"), findingIds(findings));
        RuleDiagnostic seg06 = find(findings, "SEG-06");
        assertEquals(List.of(safety, hmi), seg06.getData());
        assertTrue(seg06.getMessage().contains("HMI-2") && !seg06.getMessage().contains("SIS-IO"), seg06.getMessage());
    }

    @Test
    void seg06FirewallInTheSafetyZoneThatGuardsOtherZonesIsNonSafety() {
        Asset foreign = firewall(safety, "FW-FOREIGN");
        conduit(model, "C-OPS-CTL-2", operations, control, foreign);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@Z-SIS"), findingIds(findings));
        assertEquals(List.of(safety, foreign), find(findings, "SEG-06").getData());
    }

    @Test
    void seg06UnenforcedConduitToTheSafetyZone() {
        Conduit open = conduit(model, "C-OPS-SIS", operations, safety);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-06@C-OPS-SIS"), findingIds(findings), "BND-01 reports the same conduit in its own family");
        RuleDiagnostic seg06 = find(findings, "SEG-06");
        assertEquals(open, seg06.element());
        assertTrue(seg06.getMessage().contains("C-OPS-SIS") && seg06.getMessage().contains("Z-SIS"), seg06.getMessage());
    }

    @Test
    void seg07LaptopInTheControlZone() {
        Asset laptop = asset(control, "LAPTOP-2", AssetType.TRANSIENT_DEVICE);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-07@LAPTOP-2"), findingIds(findings));
        RuleDiagnostic seg07 = find(findings, "SEG-07");
        assertEquals(Diagnostic.WARNING, seg07.getSeverity());
        assertEquals(List.of(laptop, control), seg07.getData());
        assertTrue(seg07.getMessage().contains("LAPTOP-2") && seg07.getMessage().contains("Z-CTL"), seg07.getMessage());
    }

    @Test
    void seg07LaptopOfTheTransientZonePluggedIntoTheControlZone() {
        Asset laptop = maintenance.getAssets().get(0);
        interfaces(laptop, control);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-07@LAPTOP"), findingIds(findings));
        assertEquals(List.of(laptop, control), find(findings, "SEG-07").getData());
    }

    @Test
    void seg08AccessPointInTheControlZone() {
        Asset accessPoint = asset(control, "AP-2", AssetType.WIRELESS_AP);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-08@AP-2"), findingIds(findings));
        RuleDiagnostic seg08 = find(findings, "SEG-08");
        assertEquals(Diagnostic.ERROR, seg08.getSeverity());
        assertEquals(List.of(accessPoint, control), seg08.getData());
        assertTrue(seg08.getMessage().contains("AP-2") && seg08.getMessage().contains("Z-CTL"), seg08.getMessage());
    }

    @Test
    void seg08WirelessSensorBridgedIntoTheControlZone() {
        Asset sensor = wireless.getAssets().get(1);
        interfaces(sensor, wireless, control);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-08@WSENSOR", "SEG-10@WSENSOR"), findingIds(findings));
        assertEquals(List.of(sensor, control), find(findings, "SEG-08").getData());
    }

    @Test
    void seg08UnenforcedConduitFromTheWirelessZone() {
        conduit(model, "C-OPS-WLS", operations, wireless);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-08@C-OPS-WLS"), findingIds(findings), "BND-01 reports the same conduit in its own family");
        RuleDiagnostic seg08 = find(findings, "SEG-08");
        assertTrue(seg08.getMessage().contains("Z-WLS") && seg08.getMessage().contains("Z-OPS"), seg08.getMessage());
    }

    @Test
    void seg09ModemInTheControlZone() {
        Asset modem = asset(control, "MODEM-2", AssetType.MODEM);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-09@MODEM-2"), findingIds(findings));
        RuleDiagnostic seg09 = find(findings, "SEG-09");
        assertEquals(Diagnostic.WARNING, seg09.getSeverity());
        assertEquals(modem, seg09.element());
        assertTrue(seg09.getMessage().contains("MODEM-2") && seg09.getMessage().contains("Z-CTL"), seg09.getMessage());
    }

    @Test
    void seg09RouterOnAWanConduitInTheOperationsZone() {
        Asset router = asset(operations, "RTR", AssetType.ROUTER);
        Conduit uplink = model.getConduits().stream().filter(c -> c.getId().equals("C-DMZ-OPS")).findFirst().orElseThrow();
        uplink.getEnforcedBy().add(router);
        assertEquals(List.of(), findings(validator.validate(model)), "a router on a LAN conduit is local");

        uplink.setMedium(ConduitMedium.WAN);
        assertEquals(Set.of("SEG-09@RTR"), findingIds(findings(validator.validate(model))));
    }

    /* SEG-03 (W): RDP in from the enterprise side and RDP out into the plant passes the protocol through. */
    @Test
    void seg03BrokerRelayingTheSameProtocolIntoThePlantIsAWarning() {
        Protocol rdp = protocol(model, "RDP", ProtocolCategory.REMOTE_ADMIN);
        Asset office = asset(enterprise, "WS", AssetType.WORKSTATION);
        Asset jump = asset(idmz, "JUMP", AssetType.JUMP_HOST);
        Flow in = flow(model, "F-WS-JUMP", office, jump, rdp);
        Flow out = flow(model, "F-JUMP-HIST", jump, historian, rdp);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-03@JUMP"), findingIds(findings));
        RuleDiagnostic seg03 = find(findings, "SEG-03");
        assertEquals(Diagnostic.WARNING, seg03.getSeverity());
        assertEquals(List.of(jump, in, out), seg03.getData());
        assertTrue(seg03.getMessage().contains("RDP") && seg03.getMessage().contains("F-WS-JUMP")
                && seg03.getMessage().contains("F-JUMP-HIST"), seg03.getMessage());

        in.setProtocol(protocol(model, "HTTPS-GW", ProtocolCategory.WEB));
        assertEquals(List.of(), findings(validator.validate(model)), "an RD gateway: HTTPS in, RDP out breaks the protocol");
    }

    @Test
    void seg03SecureVariantIsTheSameApplicationProtocol() {
        Protocol http = protocol(model, "HTTP", ProtocolCategory.WEB);
        Protocol https = model.getProtocols().stream().filter(p -> p.getId().equals("HTTPS")).findFirst().orElseThrow();
        https.setSecureVariantOf(http);
        Asset office = asset(enterprise, "WS", AssetType.WORKSTATION);
        Asset proxy = asset(idmz, "PROXY", AssetType.REVERSE_PROXY);
        flow(model, "F-WS-PROXY", office, proxy, https);
        flow(model, "F-PROXY-HIST", proxy, historian, http);
        assertEquals(Set.of("SEG-03@PROXY"), findingIds(findings(validator.validate(model))));
    }

    /* Store and forward: both sides open their flows to the broker (file drop, replica), nothing is relayed. */
    @Test
    void seg03BrokerBothSidesConnectToIsNoRelay() {
        Protocol sftp = protocol(model, "SFTP", ProtocolCategory.FILE_TRANSFER);
        Asset office = asset(enterprise, "WS", AssetType.WORKSTATION);
        Asset broker = asset(idmz, "SFT", AssetType.FILE_TRANSFER_BROKER);
        flow(model, "F-WS-SFT", office, broker, sftp);
        flow(model, "F-HIST-SFT", historian, broker, sftp);
        flow(model, "F-SFT-ERP", broker, office, sftp);
        assertEquals(List.of(), findings(validator.validate(model)),
                "the plant collects from the broker; the broker's own flow goes back to the enterprise side");
    }

    /* An edge gateway with a 4G modem of its own: its flow leaves its zone over a cellular conduit nothing else terminates. */
    @Test
    void seg09GatewayWithItsOwnCellularUplink() {
        Zone remote = zone(model, "Z-SITE2", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Asset gateway = asset(remote, "GW", AssetType.DATA_GATEWAY);
        Conduit cellular = conduit(model, "C-OPS-SITE2", operations, remote, otFirewall);
        cellular.setMedium(ConduitMedium.CELLULAR);
        flow(model, "F-GW-HIST", gateway, historian);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-09@GW"), findingIds(findings));
        assertEquals(gateway, find(findings, "SEG-09").element());

        cellular.setMedium(ConduitMedium.LAN);
        assertEquals(List.of(), findings(validator.validate(model)), "a LAN link is local");
        cellular.setMedium(ConduitMedium.WAN);
        assertEquals(List.of(), findings(validator.validate(model)),
                "behind a WAN link whose router is not drawn, the gateway is not connected via it itself");
    }

    @Test
    void seg09CellularRouterOfTheZoneTerminatesTheUplinkInsteadOfTheGateway() {
        Zone remote = zone(model, "Z-SITE2", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        asset(remote, "GW", AssetType.DATA_GATEWAY);
        Asset router = asset(remote, "RTR-4G", AssetType.ROUTER);
        Conduit cellular = conduit(model, "C-OPS-SITE2", operations, remote, otFirewall, router);
        cellular.setMedium(ConduitMedium.SATELLITE);
        flow(model, "F-GW-HIST", remote.getAssets().get(0), historian);
        assertEquals(Set.of("SEG-09@RTR-4G"), findingIds(findings(validator.validate(model))),
                "the router holds the uplink and belongs in a zone of its own, the gateway behind it does not");
    }

    @Test
    void seg09GatewayAttachedToAWanConduit() {
        Asset gateway = asset(operations, "GW", AssetType.REMOTE_ACCESS_GATEWAY);
        Conduit uplink = model.getConduits().stream().filter(c -> c.getId().equals("C-DMZ-OPS")).findFirst().orElseThrow();
        uplink.getEnforcedBy().add(gateway);
        uplink.setMedium(ConduitMedium.WAN);
        assertEquals(Set.of("SEG-09@GW"), findingIds(findings(validator.validate(model))),
                "any device that terminates an external link is connected via it, not only routers");
    }

    @Test
    void seg10DualHomedHistorian() {
        interfaces(historian, operations, control);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-10@HIST"), findingIds(findings));
        RuleDiagnostic seg10 = find(findings, "SEG-10");
        assertEquals(List.of(historian, operations, control), seg10.getData());
        assertTrue(seg10.getMessage().contains("Z-OPS") && seg10.getMessage().contains("Z-CTL"), seg10.getMessage());
    }

    @Test
    void seg10RouterNeedsAnAclToJoinTwoZones() {
        Asset router = asset(operations, "RTR", AssetType.ROUTER);
        interfaces(router, operations, control);
        assertEquals(Set.of("SEG-10@RTR"), findingIds(findings(validator.validate(model))));

        rule(router, 1, RuleAction.ALLOW).setSource(historian);
        assertEquals(List.of(), findings(validator.validate(model)), "a router with an ACL enforces the boundary");
    }

    @Test
    void seg11SwitchTrunksZonesWithDifferentTargets() {
        SecurityLevels.setFr(control.getSlTarget(), 1, 0);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-11@SW-OPS"), findingIds(findings));
        RuleDiagnostic seg11 = find(findings, "SEG-11");
        assertEquals(Diagnostic.WARNING, seg11.getSeverity());
        assertEquals(List.of(operationsSwitch, operations, control), seg11.getData());
        assertTrue(seg11.getMessage().contains("different SL-T"), seg11.getMessage());
    }

    @Test
    void seg11SwitchTrunksZonesNeedingPhysicalSeparation() {
        raiseFr5(operations);
        raiseFr5(control);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("SEG-11@SW-OPS"), findingIds(findings));
        RuleDiagnostic seg11 = find(findings, "SEG-11");
        assertEquals(List.of(operationsSwitch, operations, control), seg11.getData());
        assertTrue(seg11.getMessage().contains("physical separation") && seg11.getMessage().contains("Z-CTL"),
                seg11.getMessage());

        operationsSwitch.getInterfaces().remove(1);
        assertEquals(List.of(), findings(validator.validate(model)), "a switch of one zone only");
    }

    @Test
    void catalogueCarriesTheSpecifiedSeveritiesAndAttackIds() {
        Map<String, Set<Severity>> severities = Map.of("SEG-03", Set.of(Severity.ERROR, Severity.WARNING),
                "SEG-04", Set.of(Severity.ERROR), "SEG-05", Set.of(Severity.ERROR),
                "SEG-06", Set.of(Severity.ERROR), "SEG-07", Set.of(Severity.WARNING), "SEG-08", Set.of(Severity.ERROR),
                "SEG-09", Set.of(Severity.WARNING), "SEG-10", Set.of(Severity.ERROR), "SEG-11", Set.of(Severity.WARNING));
        for (Map.Entry<String, Set<Severity>> expected : severities.entrySet()) {
            List<CompiledRule> invariants = validator.rules().stream()
                    .filter(r -> r.definition().id().equals(expected.getKey())).toList();
            assertEquals(expected.getValue(), Set.copyOf(invariants.stream().map(CompiledRule::severity).toList()),
                    expected.getKey());
            assertTrue(!invariants.get(0).definition().standards().isEmpty(), expected.getKey());
        }
        RuleDefinition seg08 = definition("SEG-08");
        assertEquals(List.of("M0802", "M0806", "M0808", "M0813", "T0860", "T0887"), seg08.attackIds());
        assertEquals(List.of("IEC 62443-3-2 ZCR 3.5 (4.4.6)", "IEC 62443-3-3 SR 1.6 RE1"), seg08.standards());
        assertTrue(definition("SEG-10").title().startsWith("An asset that is not an enforcement device"));
    }

    private RuleDefinition definition(String id) {
        return validator.rules().stream().map(CompiledRule::definition).filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** FR5 target 2 for the zone, and SL-C to match for its assets so that SL-03 stays satisfied. */
    private static void raiseFr5(Zone zone) {
        SecurityLevels.setFr(zone.getSlTarget(), 5, 2);
        for (Asset asset : zone.getAssets()) {
            SecurityLevels.setFr(asset.getSlCapability(), 5, 2);
        }
    }
}
