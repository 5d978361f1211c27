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
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MON-01..03 on a small plant: exact findings, severities and the elements they name. */
class MonitoringRulesTest {

    private final ModelValidator validator = new ModelValidator(TestModels.builtInPacks("monitoring.ocl"));

    private ArchitectureModel model;
    private Protocol modbus;
    private Protocol syslog;
    private Asset ips;
    private Asset idmzIds;
    private Asset otSensor;
    private Asset siem;
    private Asset otFirewall;
    private Asset ews;
    private Asset plc;
    private Conduit enterpriseToIdmz;
    private Conduit idmzToOperations;
    private Conduit operationsToControl;
    private Flow scadaPollsPlc;
    private Flow firewallToCollector;

    /**
     * Internet - enterprise - iDMZ - operations - control. An inline IPS sits at the enterprise/iDMZ
     * boundary, passive sensors watch the industrial conduits; the enterprise firewall logs straight to
     * the SIEM, the OT firewall, the EWS and the control server through a log collector in the iDMZ.
     */
    @BeforeEach
    void compliantPlant() {
        model = model();
        Zone internet = zone(model, "Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL);
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        Zone control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        modbus = protocol(model, "MODBUS", ProtocolCategory.INDUSTRIAL, false, PortRanges.tcp(502));
        syslog = protocol(model, "SYSLOG-TLS", ProtocolCategory.LOGGING, true, PortRanges.tcp(6514));

        siem = asset(enterprise, "SIEM", AssetType.SIEM);
        Asset itFirewall = asset(idmz, "FW-IT", AssetType.FIREWALL);
        otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        ips = asset(idmz, "IPS", AssetType.IPS);
        ips.setInline(true);
        idmzIds = asset(idmz, "IDS-DMZ", AssetType.IDS);
        Asset collector = asset(idmz, "LOG-COLLECTOR", AssetType.APPLICATION_SERVER);
        otSensor = asset(operations, "NSM-OT", AssetType.NSM_SENSOR);
        ews = asset(operations, "EWS", AssetType.ENGINEERING_WORKSTATION);
        Asset scada = asset(operations, "SCADA", AssetType.CONTROL_SERVER);
        plc = asset(control, "PLC", AssetType.PLC);

        conduit(model, "C-INET-ENT", internet, enterprise, itFirewall);
        enterpriseToIdmz = conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        enterpriseToIdmz.getMonitoredBy().add(ips);
        idmzToOperations = conduit(model, "C-DMZ-OPS", idmz, operations, otFirewall);
        idmzToOperations.getMonitoredBy().add(idmzIds);
        operationsToControl = conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        operationsToControl.getMonitoredBy().add(otSensor);

        scadaPollsPlc = flow(model, "F-SCADA-PLC", scada, plc, modbus, FlowOperation.READ);

        itFirewall.getLogsTo().add(siem);
        logFlow("F-FWIT-SIEM", itFirewall, siem);
        otFirewall.getLogsTo().add(collector);
        collector.getLogsTo().add(siem);
        firewallToCollector = logFlow("F-FWOT-COL", otFirewall, collector);
        logFlow("F-COL-SIEM", collector, siem);
        ews.getLogsTo().add(siem);
        logFlow("F-EWS-COL", ews, collector);
        scada.getLogsTo().add(collector);
        logFlow("F-SCADA-COL", scada, collector);
    }

    private Flow logFlow(String id, Asset source, Asset target) {
        return flow(model, id, source, target, syslog, FlowOperation.LOGGING);
    }

    @Test
    void compliantPlantHasNoFindings() {
        assertEquals(Set.of(), ids(validator.validate(model)),
                "the Internet/enterprise conduit has no industrial or iDMZ end and needs no sensor");
    }

    @Test
    void catalogueEntriesCarryTheSpecifiedSeveritiesSourcesAndAttackIds() {
        assertEquals(Map.of("MON_01", Severity.WARNING, "MON_02_inline", Severity.INFO,
                "MON_02_boundary", Severity.INFO, "MON_03_asset", Severity.WARNING, "MON_03_flow", Severity.WARNING),
                severities("monitoring.ocl"));
        assertEquals(List.of("M0931", "T0830", "T0867", "T0869", "T0884", "T0885"), definition("MON-01").attackIds());
        assertEquals(List.of("M0931"), definition("MON-02").attackIds());
        assertEquals(List.of("M0947", "T0859", "T0843", "M0931"), definition("MON-03").attackIds());
        assertTrue(definition("MON-01").standards().contains("IEC 62443-3-3 SR 6.2"));
        assertTrue(definition("MON-03").title().startsWith("Firewalls, jump hosts, remote-access gateways,"));
    }

    @Test
    void mon01UnmonitoredConduitIntoOperations() {
        idmzToOperations.getMonitoredBy().clear();
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("MON-01@C-DMZ-OPS"), ids(result));
        RuleDiagnostic finding = only(result, "MON-01@C-DMZ-OPS");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(idmzToOperations), finding.getData());
        assertTrue(finding.getMessage().contains("Z-DMZ") && finding.getMessage().contains("Z-OPS"),
                finding.getMessage());
    }

    @Test
    void mon01ASwitchIsNoSensor() {
        Asset span = asset(idmzToOperations.getZones().get(1), "SW", AssetType.SWITCH);
        operationsToControl.getMonitoredBy().set(0, span);
        assertEquals(Set.of("MON-01@C-OPS-CTL"), ids(validator.validate(model)));
    }

    @Test
    void mon02InlineIpsOnAConduitCarryingControlTrafficIntoLevelOne() {
        otSensor.setInline(true);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("MON-02@C-OPS-CTL"), ids(result));
        RuleDiagnostic finding = only(result, "MON-02@C-OPS-CTL");
        assertEquals(Diagnostic.INFO, finding.getSeverity());
        assertEquals(List.of(operationsToControl, otSensor), finding.getData());
        assertTrue(finding.getMessage().contains("F-SCADA-PLC") && finding.getMessage().contains("NSM-OT"),
                finding.getMessage());

        scadaPollsPlc.setProtocol(syslog);
        assertEquals(Set.of(), ids(validator.validate(model)), "no real-time control traffic on the conduit");
    }

    @Test
    void mon02NoInlineIpsAnywhereIsReportedAtTheEnterpriseIdmzBoundary() {
        ips.setInline(false);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("MON-02@C-ENT-DMZ"), ids(result));
        RuleDiagnostic finding = only(result, "MON-02@C-ENT-DMZ");
        assertEquals(Diagnostic.INFO, finding.getSeverity());
        assertTrue(finding.getMessage().contains("Z-ENT") && finding.getMessage().contains("Z-DMZ"),
                finding.getMessage());

        idmzIds.setInline(true);
        assertEquals(Set.of(), ids(validator.validate(model)), "an inline IPS elsewhere: there is one somewhere");
    }

    @Test
    void mon03FirewallWithoutALoggingFlowToItsCollector() {
        model.getFlows().remove(firewallToCollector);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("MON-03@FW-OT"), ids(result));
        RuleDiagnostic finding = only(result, "MON-03@FW-OT");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(otFirewall, siem), finding.getData());
        assertTrue(finding.getMessage().contains("no chain of logging flows reaches SIEM"), finding.getMessage());
    }

    @Test
    void mon03WorkstationThatLogsToNoSiem() {
        ews.getLogsTo().clear();
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("MON-03@EWS"), ids(result), "a logging flow alone is not a log destination");
        assertTrue(only(result, "MON-03@EWS").getMessage().contains("none of the systems it logs to"));
    }

    @Test
    void mon03OnlyTheListedAssetTypesMustForwardLogs() {
        asset(plc.getZone(), "PLC-2", AssetType.PLC);
        asset(siem.getZone(), "WS", AssetType.WORKSTATION);
        assertEquals(Set.of(), ids(validator.validate(model)));

        asset(otFirewall.getZone(), "RAS", AssetType.REMOTE_ACCESS_GATEWAY);
        asset(siem.getZone(), "DC", AssetType.DOMAIN_CONTROLLER);
        asset(otFirewall.getZone(), "JUMP", AssetType.JUMP_HOST);
        assertEquals(Set.of("MON-03@RAS", "MON-03@DC", "MON-03@JUMP"), ids(validator.validate(model)));
    }

    @Test
    void mon03LogFlowFromTheIndustrialSideStraightToTheEnterpriseSiem() {
        Flow direct = logFlow("F-EWS-SIEM", ews, siem);
        Diagnostic result = validator.validate(model);
        assertEquals(Set.of("MON-03@F-EWS-SIEM"), ids(result));
        RuleDiagnostic finding = only(result, "MON-03@F-EWS-SIEM");
        assertEquals(Diagnostic.WARNING, finding.getSeverity());
        assertEquals(List.of(direct, ews, siem), finding.getData());
        assertTrue(finding.getMessage().contains("EWS") && finding.getMessage().contains("SIEM"), finding.getMessage());
    }
}
