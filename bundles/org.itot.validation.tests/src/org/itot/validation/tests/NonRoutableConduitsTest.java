package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findingIds;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.firewall;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
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
import org.itot.model.ItotFactory;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Routable and non-routable conduits (issue 16 item 4). IEC 62443-3-3 SR 5.1/5.2 put boundary protection on
 * the network: a 4-20 mA loop, a point-to-point serial line or a non-routable fieldbus cannot hold a
 * firewall, so BND-01, SEG-06 and SEG-08 ask enforcement of routable conduits only. The risk of such a
 * link is where it meets IP: the protocol gateway, whose routable side must be enforced (BND-10), and IP
 * traffic that is drawn as running over the wire end to end, which would make the exemption a loophole.
 */
class NonRoutableConduitsTest {

    private static final Set<ConduitMedium> NON_ROUTABLE = EnumSet.of(ConduitMedium.SERIAL, ConduitMedium.HARDWIRED,
            ConduitMedium.FIELDBUS);

    private final ModelValidator validator = TestModels.validatorFor("BND-01", "BND-10", "SEG-08");

    private ArchitectureModel model;
    private Zone operations;
    private Zone control;
    private Zone field;
    private Asset scada;
    private Asset rtu;
    private Asset otFirewall;
    private Conduit opsCtl;
    private Conduit serialLine;
    private Protocol modbusTcp;
    private Protocol modbusRtu;

    /**
     * Operations and control joined through a firewall; a serial line from the control zone to a field
     * zone with an RTU, polled by the SCADA server over a serial protocol (no ports).
     */
    @BeforeEach
    void plantWithASerialLine() {
        model = model();
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.SUPERVISORY, PurdueLevel.LEVEL_2);
        field = zone(model, "Z-FIELD", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        otFirewall = firewall(operations, "FW-OT");
        scada = asset(control, "SCADA", AssetType.CONTROL_SERVER);
        rtu = asset(field, "RTU", AssetType.RTU);
        opsCtl = conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        serialLine = conduit(model, "C-CTL-FIELD", control, field);
        serialLine.setMedium(ConduitMedium.SERIAL);
        modbusTcp = protocol(model, "Modbus/TCP", ProtocolCategory.INDUSTRIAL, 502);
        modbusRtu = protocol(model, "Modbus RTU", ProtocolCategory.INDUSTRIAL);
        flow(model, "F-SCADA-RTU", scada, rtu, modbusRtu);
    }

    @Test
    void routableIsDefinedOnceOnTheConduit() {
        for (ConduitMedium medium : ConduitMedium.values()) {
            Conduit conduit = ItotFactory.eINSTANCE.createConduit();
            conduit.setMedium(medium);
            assertEquals(!NON_ROUTABLE.contains(medium), conduit.isRoutable(), medium.getLiteral());
        }
        assertTrue(ItotFactory.eINSTANCE.createConduit().isRoutable(), "an unset medium is a LAN");
    }

    @ParameterizedTest
    @EnumSource(value = ConduitMedium.class, names = { "SERIAL", "HARDWIRED", "FIELDBUS" })
    void aNonRoutableConduitBetweenZonesPassesBnd01(ConduitMedium medium) {
        serialLine.setMedium(medium);
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    @Test
    void theSameConduitOnALanStillNeedsItsFirewall() {
        serialLine.setMedium(ConduitMedium.LAN);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("BND-01@C-CTL-FIELD"), findingIds(findings));
        assertTrue(find(findings, "BND-01").getMessage().contains("is not enforced by any firewall"));
    }

    @Test
    void ipTrafficDrawnEndToEndOverASerialLineIsNotExempt() {
        Asset historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        Flow ipEndToEnd = flow(model, "F-HIST-RTU", historian, rtu, modbusTcp);
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("BND-01@C-CTL-FIELD"), findingIds(findings));
        RuleDiagnostic bnd01 = find(findings, "BND-01");
        assertEquals(Diagnostic.ERROR, bnd01.getSeverity());
        assertEquals(List.of(serialLine, ipEndToEnd), bnd01.getData());
        assertTrue(bnd01.getMessage().contains("F-HIST-RTU") && bnd01.getMessage().contains("not routable"),
                bnd01.getMessage());

        serialLine.getEnforcedBy().add(firewall(control, "FW-SERIAL"));
        assertEquals(List.of(), findings(validator.validate(model)), "an enforced conduit meets BND-01 either way");
    }

    @Test
    void ipTrafficConvertedByAProtocolGatewayAtTheLinkIsFine() {
        Asset gateway = asset(control, "GW", AssetType.PROTOCOL_GATEWAY);
        Asset historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        Flow viaGateway = flow(model, "F-HIST-RTU", historian, rtu, modbusTcp);
        viaGateway.setCarriedBy(gateway);
        assertEquals(List.of(), findings(validator.validate(model)), "the flow names the gateway that converts it");

        viaGateway.setCarriedBy(null);
        serialLine.getTerminatedBy().add(gateway);
        assertEquals(List.of(), findings(validator.validate(model)), "the link names the gateway that terminates it");

        serialLine.getTerminatedBy().clear();
        viaGateway.setSource(gateway);
        assertEquals(List.of(), findings(validator.validate(model)), "the flow starts on the gateway");
    }

    @Test
    void aFlowWithPortsCountsAsIpEvenWithoutALibraryProtocol() {
        Flow withPorts = flow(model, "F-SCADA-RTU-2", scada, rtu);
        withPorts.getPorts().add(PortRanges.tcp(20000));
        assertEquals(Set.of("BND-01@C-CTL-FIELD"), findingIds(findings(validator.validate(model))));
    }

    @Test
    void aProtocolGatewayMustSitBehindEnforcedRoutableConduits() {
        Asset gateway = asset(control, "GW", AssetType.PROTOCOL_GATEWAY);
        serialLine.getTerminatedBy().add(gateway);
        assertEquals(List.of(), findings(validator.validate(model)), "its zone is reached only through FW-OT");

        opsCtl.getEnforcedBy().clear();
        List<RuleDiagnostic> findings = findings(validator.validate(model));
        assertEquals(Set.of("BND-01@C-OPS-CTL", "BND-10@GW"), findingIds(findings));
        RuleDiagnostic bnd10 = find(findings, "BND-10");
        assertEquals(Diagnostic.ERROR, bnd10.getSeverity());
        assertEquals(List.of(gateway, opsCtl), bnd10.getData());
        assertTrue(bnd10.getMessage().contains("GW") && bnd10.getMessage().contains("C-OPS-CTL"), bnd10.getMessage());
    }

    @Test
    void aGatewayWhoseSerialSideStaysInItsZoneIsJudgedToo() {
        serialLine.setMedium(ConduitMedium.LAN);
        serialLine.getEnforcedBy().add(otFirewall);
        Asset serialServer = asset(field, "NPORT", AssetType.PROTOCOL_GATEWAY);
        Conduit plantLan = conduit(model, "C-OPS-FIELD", operations, field);
        assertEquals(Set.of("BND-01@C-OPS-FIELD", "BND-10@NPORT"), findingIds(findings(validator.validate(model))));

        assertEquals(List.of(serialServer, plantLan), find(findings(validator.validate(model)), "BND-10").getData());

        plantLan.getEnforcedBy().add(otFirewall);
        assertEquals(List.of(), findings(validator.validate(model)));
    }

    @Test
    void aDataGatewayIsAProtocolGatewayOnlyOnANonRoutableLink() {
        Asset opcAggregator = asset(control, "DGW", AssetType.DATA_GATEWAY);
        opsCtl.getEnforcedBy().clear();
        assertEquals(Set.of("BND-01@C-OPS-CTL"), findingIds(findings(validator.validate(model))),
                "an OPC aggregator on the LAN is no protocol converter");

        flow(model, "F-DGW-RTU", opcAggregator, rtu, modbusRtu);
        assertEquals(Set.of("BND-01@C-OPS-CTL", "BND-10@DGW"), findingIds(findings(validator.validate(model))),
                "its flow runs over the serial line: it converts");
    }

    @Test
    void anApplianceWithTheGatewayRoleIsAProtocolGateway() {
        Asset rtuFrontEnd = asset(control, "FEP", AssetType.CONTROL_SERVER);
        rtuFrontEnd.getAdditionalRoles().add(AssetType.PROTOCOL_GATEWAY);
        opsCtl.getEnforcedBy().clear();
        assertEquals(Set.of("BND-01@C-OPS-CTL", "BND-10@FEP"), findingIds(findings(validator.validate(model))));
    }

    @Test
    void aWirelessGatewaysFieldbusLinkToTheWiredSideNeedsNoFirewall() {
        Zone wireless = zone(model, "Z-WLS", ZoneKind.WIRELESS, PurdueLevel.LEVEL_1);
        asset(wireless, "WHART-GW", AssetType.DATA_GATEWAY);
        Conduit fieldbus = conduit(model, "C-CTL-WLS", control, wireless);
        fieldbus.setMedium(ConduitMedium.FIELDBUS);
        assertEquals(List.of(), findings(validator.validate(model)));

        fieldbus.setMedium(ConduitMedium.VLAN);
        assertEquals(Set.of("BND-01@C-CTL-WLS", "SEG-08@C-CTL-WLS"), findingIds(findings(validator.validate(model))));
    }

    @Test
    void attackPathsCrossANonRoutableLinkWithoutABarrier() {
        // Whoever holds the master or gateway on one end commands the devices on the other, and nothing on
        // the wire filters: the field zone has exactly the defence in depth of the control zone.
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        conduit(model, "C-ENT-OPS", enterprise, operations, firewall(enterprise, "FW-IT"));
        assertEquals(2, control.getMinIndependentBarriers());
        assertEquals(2, field.getMinIndependentBarriers());
    }

    @Test
    void theCatalogueDescribesTheGatewayRule() {
        Map<String, Severity> severities = Findings.severities("boundary.ocl");
        assertEquals(Severity.ERROR, severities.get("BND_10"));
        assertEquals(Severity.ERROR, severities.get("BND_01_ip_over_non_routable"));
        assertTrue(Findings.definition("BND-10").implementationNote().contains("protocol gateway"));
        assertTrue(Findings.definition("BND-01").implementationNote().contains("Conduit.isRoutable()"));
    }
}
