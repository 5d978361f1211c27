package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.definition;
import static org.itot.validation.tests.Findings.ids;
import static org.itot.validation.tests.Findings.only;
import static org.itot.validation.tests.Findings.severities;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.rule;
import static org.itot.validation.tests.TestModels.service;
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
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Transport;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PRO-01..03 on a small plant: exact findings, severities and the elements they name. */
class ProtocolRulesTest {

    private final ModelValidator validator = new ModelValidator(TestModels.builtInPacks("protocols.ocl"));

    private ArchitectureModel model;
    private Zone idmz;
    private Zone operations;
    private Zone supervisory;
    private Zone control;
    private Protocol modbus;
    private Protocol opcUa;
    private Asset mirror;
    private Asset historian;
    private Asset ews;
    private Asset hmi;
    private Asset plc;
    private Conduit opsToSupervisory;
    private Conduit supervisoryToControl;
    private Flow historianReadsPlc;
    private FirewallRule ewsToPlcRule;

    /**
     * Enterprise - iDMZ - operations (L3) - supervisory (L2) - control (L1). Cross-zone flows use the
     * authenticated OPC UA; cleartext Modbus stays inside the control zone; every flow and allow rule
     * names single ports, and every listening service is used.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        supervisory = zone(model, "Z-SUP", ZoneKind.SUPERVISORY, PurdueLevel.LEVEL_2);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Protocol https = protocol(model, "HTTPS", ProtocolCategory.WEB, true, PortRanges.tcp(443));
        modbus = protocol(model, "MODBUS", ProtocolCategory.INDUSTRIAL, false, PortRanges.tcp(502));
        opcUa = protocol(model, "OPCUA", ProtocolCategory.INDUSTRIAL, true, PortRanges.tcp(4840));

        Asset erp = asset(enterprise, "ERP", AssetType.ERP);
        mirror = asset(idmz, "MIRROR", AssetType.HISTORIAN_MIRROR);
        Asset firewall = asset(idmz, "FW", AssetType.FIREWALL);
        historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        ews = asset(supervisory, "EWS", AssetType.ENGINEERING_WORKSTATION);
        hmi = asset(control, "HMI", AssetType.HMI);
        plc = asset(control, "PLC", AssetType.PLC);
        service(mirror, https);
        service(plc, opcUa, PortRanges.tcp(4840));
        service(plc, modbus, PortRanges.tcp(502));

        conduit(model, "C-ENT-DMZ", enterprise, idmz, firewall);
        conduit(model, "C-DMZ-OPS", idmz, operations, firewall);
        opsToSupervisory = conduit(model, "C-OPS-SUP", operations, supervisory, firewall);
        supervisoryToControl = conduit(model, "C-SUP-CTL", supervisory, control, firewall);

        flow(model, "F-ERP-MIRROR", erp, mirror, https, FlowOperation.READ);
        historianReadsPlc = flow(model, "F-HIST-PLC", historian, plc, opcUa, FlowOperation.READ);
        flow(model, "F-EWS-PLC", ews, plc, opcUa, FlowOperation.PROGRAM_DOWNLOAD);
        flow(model, "F-HMI-PLC", hmi, plc, modbus, FlowOperation.WRITE);

        ewsToPlcRule = rule(firewall, 1, RuleAction.ALLOW);
        ewsToPlcRule.setSource(ews);
        ewsToPlcRule.setDestination(plc);
        ewsToPlcRule.setProtocol(opcUa);
        ewsToPlcRule.getPorts().add(PortRanges.tcp(4840));
        FirewallRule historianRule = rule(firewall, 2, RuleAction.ALLOW);
        historianRule.setSource(historian);
        historianRule.getPorts().add(PortRanges.tcp(4840));
        rule(firewall, 99, RuleAction.DENY);
    }

    @Test
    void compliantPlantHasNoFindings() {
        assertEquals(Set.of(), ids(validator.validate(model)));
    }

    @Test
    void catalogueEntriesCarryTheSpecifiedSeveritiesSourcesAndAttackIds() {
        assertEquals(Map.of("PRO_01_error", Severity.ERROR, "PRO_01_warning", Severity.WARNING,
                "PRO_02", Severity.ERROR, "PRO_03_flow", Severity.WARNING, "PRO_03_rule", Severity.WARNING,
                "PRO_03_service", Severity.INFO, "PRO_01_not_assessed", Severity.INFO), severities("protocols.ocl"));
        assertEquals(List.of("M0802", "T0830", "T0855", "T0856", "T0843", "M0808", "T0842", "M0937"),
                definition("PRO-01").attackIds());
        assertEquals(List.of("M0800", "T0843", "T0858", "M0801", "T0857", "M0807", "T0855", "M0937"),
                definition("PRO-02").attackIds());
        assertEquals(List.of("M0942", "T0822", "T0866", "T0885", "T0830"), definition("PRO-03").attackIds());
        assertTrue(definition("PRO-01").standards().contains("IEC 62443-3-3 SR 4.1 RE2 (SL4)"));
        assertTrue(definition("PRO-02").title().startsWith("Flows that write to controllers (program download,"));
        assertEquals("PRO", definition("PRO-03").family());
    }

    @Test
    void pro01CleartextFlowOverAConduitBetweenLevelTwoAndTheIdmzIsAnError() {
        Conduit shortcut = conduit(model, "C-DMZ-SUP", idmz, supervisory);
        Flow flow = flow(model, "F-MIRROR-EWS", mirror, ews, modbus, FlowOperation.READ);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-01@F-MIRROR-EWS"), ids(result));
        RuleDiagnostic finding = only(result, "PRO-01@F-MIRROR-EWS");
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(List.of(flow, shortcut), finding.getData());
        assertTrue(finding.getMessage().contains("MODBUS") && finding.getMessage().contains("C-DMZ-SUP"),
                finding.getMessage());
    }

    @Test
    void pro01CleartextFlowBetweenLevelThreeAndLevelOneIsAWarning() {
        Flow flow = flow(model, "F-HIST-PLC-MODBUS", historian, plc, modbus, FlowOperation.READ);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-01@F-HIST-PLC-MODBUS"), ids(result));
        RuleDiagnostic finding = only(result, "PRO-01@F-HIST-PLC-MODBUS");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(flow, opsToSupervisory, supervisoryToControl), finding.getData());
        assertTrue(finding.getMessage().contains("Z-OPS") && finding.getMessage().contains("Z-CTL"),
                finding.getMessage());
    }

    @Test
    void pro01AuthenticationDoesNotExcuseCleartext() {
        opcUa.setCleartext(true);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-01@F-HIST-PLC", "PRO-01@F-EWS-PLC"), ids(result),
                "the Modbus write inside the control zone crosses no boundary and stays allowed");
        assertEquals(Diagnostic.WARNING, only(result, "PRO-01@F-EWS-PLC").getSeverity());
    }

    @Test
    void pro02HistorianMustNotWriteToAController() {
        Flow write = flow(model, "F-HIST-WRITE", historian, plc, opcUa, FlowOperation.WRITE);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-02@F-HIST-WRITE"), ids(result));
        RuleDiagnostic finding = only(result, "PRO-02@F-HIST-WRITE");
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(List.of(write, historian, plc), finding.getData());
        assertTrue(finding.getMessage().contains("HIST") && finding.getMessage().contains("PLC"), finding.getMessage());
    }

    @Test
    void pro02EngineeringWorkstationInANonAdjacentZoneMustNotProgramAController() {
        Asset farEws = asset(operations, "EWS-OPS", AssetType.ENGINEERING_WORKSTATION);
        flow(model, "F-FAR-DOWNLOAD", farEws, plc, opcUa, FlowOperation.PROGRAM_DOWNLOAD);
        assertEquals(Set.of("PRO-02@F-FAR-DOWNLOAD"), ids(validator.validate(model)));
    }

    @Test
    void pro02AdjacentZoneMustBeAtLevelTwoOrThree() {
        Zone cell = zone(model, "Z-CELL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        conduit(model, "C-CTL-CELL", control, cell);
        Asset cellHmi = asset(cell, "HMI-CELL", AssetType.HMI);
        flow(model, "F-CELL-MODE", cellHmi, plc, opcUa, FlowOperation.MODE_CHANGE);
        assertEquals(Set.of("PRO-02@F-CELL-MODE"), ids(validator.validate(model)));
    }

    @Test
    void pro02AllowsWritersInTheSameZoneOrAnAdjacentLevelTwoZone() {
        Asset supervisoryHmi = asset(supervisory, "HMI-SUP", AssetType.HMI);
        Asset controlServer = asset(control, "SCADA", AssetType.CONTROL_SERVER);
        flow(model, "F-SUP-MODE", supervisoryHmi, plc, opcUa, FlowOperation.MODE_CHANGE);
        flow(model, "F-SCADA-FIRMWARE", controlServer, plc, opcUa, FlowOperation.FIRMWARE_UPDATE);
        flow(model, "F-HIST-READS-HMI", historian, hmi, opcUa, FlowOperation.WRITE);
        assertEquals(Set.of(), ids(validator.validate(model)), "an HMI is no controller");
    }

    @Test
    void pro03FlowWithAPortRange() {
        historianReadsPlc.getPorts().add(PortRanges.of(Transport.TCP, 4000, 5000));
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-03@F-HIST-PLC"), ids(result));
        RuleDiagnostic finding = only(result, "PRO-03@F-HIST-PLC");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(historianReadsPlc), finding.getData());
        assertTrue(finding.getMessage().contains("4000-5000/tcp"), finding.getMessage());
    }

    @Test
    void pro03FlowWithoutPortsOrAProtocolThatHasDefaultPorts() {
        flow(model, "F-UNSPECIFIED", historian, mirror);
        Protocol custom = protocol(model, "CUSTOM", ProtocolCategory.OTHER, true);
        flow(model, "F-CUSTOM", historian, mirror, custom, FlowOperation.REPLICATION);
        Diagnostic result = validator.validate(model);
        // A flow without a protocol is also one PRO-01 cannot judge: a completeness finding on its source zone.
        assertEquals(Set.of("PRO-03@F-UNSPECIFIED", "PRO-03@F-CUSTOM", "PRO-01@Z-OPS#flow-protocol"), ids(result));
        RuleDiagnostic notAssessed = only(result, "PRO-01@Z-OPS#flow-protocol");
        assertEquals(Diagnostic.INFO, notAssessed.getSeverity());
        assertEquals(1, notAssessed.undecidedCount());
        assertTrue(only(result, "PRO-03@F-CUSTOM").getMessage().contains("no port"));
    }

    @Test
    void pro03AllowRuleWithAPortRangeOrAnyPort() {
        ewsToPlcRule.getPorts().set(0, PortRanges.of(Transport.TCP, 4840, 4850));
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-03@FW-R1"), ids(result));
        RuleDiagnostic finding = only(result, "PRO-03@FW-R1");
        assertEquals(List.of(ewsToPlcRule, ewsToPlcRule.getDevice()), finding.getData());
        assertTrue(finding.getMessage().contains("4840-4850/tcp") && finding.getMessage().contains("FW"),
                finding.getMessage());

        ewsToPlcRule.getPorts().clear();
        result = validator.validate(model);
        assertEquals(Set.of("PRO-03@FW-R1"), ids(result), "a protocol without ports allows it on any port");
        assertTrue(only(result, "PRO-03@FW-R1").getMessage().contains("any port"));
    }

    @Test
    void pro03UnusedListeningServiceIsInfo() {
        Protocol telnet = protocol(model, "TELNET", ProtocolCategory.REMOTE_ADMIN, false, PortRanges.tcp(23));
        service(plc, telnet, PortRanges.tcp(23));
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("PRO-03@PLC"), ids(result));
        RuleDiagnostic finding = only(result, "PRO-03@PLC");
        assertEquals(Diagnostic.INFO, finding.getSeverity());
        assertTrue(finding.getMessage().contains("TELNET on 23/tcp"), finding.getMessage());
        assertTrue(!finding.getMessage().contains("MODBUS"), "used services are not listed: " + finding.getMessage());

        flow(model, "F-HMI-TELNET", hmi, plc, telnet, FlowOperation.INTERACTIVE_SESSION);
        assertEquals(Set.of(), ids(validator.validate(model)), "a flow inside the zone now uses the service");
    }

    @Test
    void pro03ServiceOnAnotherPortThanTheFlowUsesIsUnused() {
        service(mirror, opcUa, PortRanges.tcp(4843));
        flow(model, "F-HIST-MIRROR", historian, mirror, opcUa, FlowOperation.REPLICATION);
        assertEquals(Set.of("PRO-03@MIRROR"), ids(validator.validate(model)),
                "the flow uses OPC UA's default 4840, the mirror listens on 4843");
    }
}
