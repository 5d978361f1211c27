package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.networkInterface;
import static org.itot.validation.tests.TestModels.protocol;
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
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EXT-01..06 on a compliant brokered remote-access chain, one deviation per test: exact findings and messages. */
class ExternalAccessRulesTest {

    private final ModelValidator validator = validatorFor("EXT");

    private ArchitectureModel model;
    private Protocol https;
    private Protocol rdp;
    private Protocol ssh;
    private Zone internet;
    private Zone enterprise;
    private Zone idmz;
    private Zone operations;
    private Zone control;
    private Asset vendor;
    private Asset gateway;
    private Asset jumpHost;
    private Asset siem;
    private Asset hmi;
    private Asset plc;
    private Asset workstation;
    private Asset perimeterFirewall;
    private Asset otFirewall;
    private Conduit internetDmz;
    private Flow vendorToGateway;
    private Flow gatewayToJumpHost;
    private Flow jumpHostToHmi;

    /**
     * A vendor on the Internet reaches an HMI through the chain the rules ask for: remote-access
     * gateway in the iDMZ (MFA, approval), jump host in the iDMZ (logged to the SIEM), HMI in level 3.
     * Every asset another zone reaches has its default credentials changed.
     */
    @BeforeEach
    void compliantRemoteAccess() {
        model = model();
        https = protocol(model, "HTTPS", ProtocolCategory.WEB, 443);
        rdp = protocol(model, "RDP", ProtocolCategory.REMOTE_ADMIN, 3389);
        ssh = protocol(model, "SSH", ProtocolCategory.REMOTE_ADMIN, 22);
        internet = zone(model, "Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL);
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        idmz.setSlTarget(sl(2));
        operations.setSlTarget(sl(2));
        vendor = asset(internet, "VENDOR", AssetType.EXTERNAL_ENTITY);
        workstation = asset(enterprise, "WS", AssetType.WORKSTATION);
        perimeterFirewall = asset(idmz, "FW-EXT", AssetType.FIREWALL);
        otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        gateway = credentialsChanged(asset(idmz, "GW", AssetType.REMOTE_ACCESS_GATEWAY));
        gateway.setInternetExposed(true);
        jumpHost = credentialsChanged(asset(idmz, "JUMP", AssetType.JUMP_HOST));
        siem = asset(operations, "SIEM", AssetType.SIEM);
        jumpHost.getLogsTo().add(siem);
        hmi = credentialsChanged(asset(operations, "HMI", AssetType.HMI));
        plc = asset(control, "PLC", AssetType.PLC);
        internetDmz = conduit(model, "C-INET-DMZ", internet, idmz, perimeterFirewall);
        internetDmz.setMedium(ConduitMedium.INTERNET);
        conduit(model, "C-ENT-DMZ", enterprise, idmz, perimeterFirewall);
        conduit(model, "C-DMZ-OPS", idmz, operations, otFirewall);
        conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        vendorToGateway = flow(model, "F-VENDOR-GW", vendor, gateway, https);
        vendorToGateway.setRemoteAccess(true);
        vendorToGateway.setMfa(true);
        vendorToGateway.setApprovalRequired(true);
        gatewayToJumpHost = flow(model, "F-GW-JUMP", gateway, jumpHost, rdp);
        jumpHostToHmi = flow(model, "F-JUMP-HMI", jumpHost, hmi, rdp);
        jumpHostToHmi.setOperation(FlowOperation.INTERACTIVE_SESSION);
        // The PLC keeps its default credentials: only its own zone reaches it, which EXT-06 does not ask about.
        flow(model, "F-HMI-PLC", asset(control, "HMI-2", AssetType.HMI), plc);
    }

    @Test
    void theCatalogueDefinesExt01To06WithTheSpecifiedSeverities() {
        Map<String, Set<Severity>> severities = new TreeMap<>();
        for (CompiledRule rule : validator.rules()) {
            severities.computeIfAbsent(rule.definition().id(), id -> new TreeSet<>()).add(rule.severity());
            assertEquals("built-in:external.ocl", rule.definition().source());
            assertTrue(!rule.definition().title().isBlank() && !rule.definition().standards().isEmpty()
                    && !rule.definition().attackIds().isEmpty() && !rule.definition().fix().isBlank(),
                    rule.definition().id());
        }
        assertEquals(Map.of("EXT-01", Set.of(Severity.ERROR), "EXT-02", Set.of(Severity.ERROR),
                "EXT-03", Set.of(Severity.ERROR), "EXT-04", Set.of(Severity.ERROR, Severity.WARNING),
                "EXT-05", Set.of(Severity.WARNING), "EXT-06", Set.of(Severity.ERROR)), severities);
    }

    @Test
    void compliantRemoteAccessHasNoExternalFindings() {
        assertEquals(List.of(), findings());
    }

    @Test
    void ext01InternetExposedAssetInLevelThree() {
        hmi.setInternetExposed(true);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-01@HMI", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(hmi), findings.get(0).getData());
        assertEquals("Asset HMI in Z-OPS (levels 0-3) is marked internet-exposed.", findings.get(0).getMessage());
    }

    @Test
    void ext01FlowFromTheInternetToLevelThree() {
        Flow direct = flow(model, "F-VENDOR-HMI", vendor, hmi, https);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-01@F-VENDOR-HMI", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(direct, vendor, hmi), findings.get(0).getData());
        assertEquals("Flow F-VENDOR-HMI goes from VENDOR in external zone Z-INET straight to HMI in Z-OPS (levels 0-3).",
                findings.get(0).getMessage());
    }

    @Test
    void ext02ExternalConduitWithoutFirewall() {
        internetDmz.getEnforcedBy().clear();
        internetDmz.getEnforcedBy().add(asset(idmz, "DIODE", AssetType.DATA_DIODE));
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-02@C-INET-DMZ", Diagnostic.ERROR), severities(findings), "a diode is no firewall");
        assertEquals("Conduit C-INET-DMZ links external Z-INET with internal Z-DMZ without a firewall.",
                findings.get(0).getMessage());
    }

    @Test
    void ext02ModemInsideAControlZone() {
        Asset modem = asset(control, "MODEM", AssetType.MODEM);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-02@MODEM", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(modem, control), findings.get(0).getData());
        assertEquals("Asset MODEM links an external network into internal zone Z-CTL without passing a firewall.",
                findings.get(0).getMessage());

        Zone wan = zone(model, "Z-WAN", ZoneKind.WAN, PurdueLevel.EXTERNAL);
        wan.getAssets().add(modem);
        Conduit wanLink = conduit(model, "C-WAN-CTL", wan, control);
        assertEquals(Set.of("EXT-02@C-WAN-CTL"), ids(findings()), "in its own WAN zone, behind nothing");
        wanLink.getEnforcedBy().add(otFirewall);
        assertEquals(List.of(), findings(), "in its own WAN zone behind a firewall");
    }

    @Test
    void ext02RouterBridgingAWanZoneIntoControl() {
        Zone wan = zone(model, "Z-WAN", ZoneKind.WAN, PurdueLevel.EXTERNAL);
        Asset router = asset(wan, "CELL-ROUTER", AssetType.ROUTER);
        networkInterface(router, wan);
        assertEquals(List.of(), findings());
        networkInterface(router, control);
        assertEquals(Set.of("EXT-02@CELL-ROUTER"), ids(findings()));
    }

    @Test
    void ext03RemoteSessionFromTheEnterpriseStraightToLevelThree() {
        Flow direct = flow(model, "F-WS-HMI", workstation, hmi, rdp);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-03@F-WS-HMI", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(direct, workstation, hmi), findings.get(0).getData());
        assertEquals("Remote access flow F-WS-HMI reaches HMI in Z-OPS (levels 0-3) from WS in Z-ENT without going"
                + " through a jump host in the iDMZ.", findings.get(0).getMessage());
    }

    @Test
    void ext03RemoteAccessMarkedOnAWebFlowCounts() {
        Flow console = flow(model, "F-WS-HMI", workstation, hmi, https);
        assertEquals(List.of(), findings(), "a plain web flow is no interactive remote access");
        console.setRemoteAccess(true);
        assertEquals(Set.of("EXT-03@F-WS-HMI"), ids(findings()));
    }

    @Test
    void ext03VendorSkippingTheGateway() {
        Flow skip = flow(model, "F-VENDOR-JUMP", vendor, jumpHost, rdp);
        skip.setRemoteAccess(true);
        skip.setMfa(true);
        skip.setApprovalRequired(true);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-03@F-VENDOR-JUMP", Diagnostic.ERROR, "EXT-05@JUMP", Diagnostic.WARNING),
                severities(findings), "the jump host now also accepts a session that is not the gateway's");
        assertEquals("Remote access flow F-VENDOR-JUMP from external VENDOR in Z-INET reaches JUMP without going"
                + " through a remote-access gateway or VPN first.", find(findings, "EXT-03@F-VENDOR-JUMP").getMessage());
    }

    @Test
    void ext03RemoteAdminIntoTheIdmzMustTerminateOnAJumpHost() {
        Asset server = credentialsChanged(asset(idmz, "PATCH", AssetType.PATCH_SERVER));
        flow(model, "F-WS-PATCH", workstation, server, ssh);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-03@F-WS-PATCH", Diagnostic.ERROR), severities(findings));
        assertEquals("Remote-admin flow F-WS-PATCH from WS in Z-ENT to PATCH in Z-DMZ crosses zones without terminating"
                + " on a jump host.", findings.get(0).getMessage());
    }

    @Test
    void ext03EnterpriseOnlyAdminSessionsAreOutOfScope() {
        Zone office = zone(model, "Z-OFFICE", ZoneKind.SITE_BUSINESS, PurdueLevel.LEVEL_4);
        conduit(model, "C-ENT-OFFICE", enterprise, office, perimeterFirewall);
        flow(model, "F-WS-FILESERVER", workstation,
                credentialsChanged(asset(office, "FILESERVER", AssetType.APPLICATION_SERVER)), ssh);
        assertEquals(List.of(), findings());
    }

    @Test
    void ext04RemoteAccessWithoutMfaIsAWarningOnLowSecurityLevels() {
        vendorToGateway.setMfa(false);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-04@F-VENDOR-GW", Diagnostic.WARNING), severities(findings));
        assertEquals(List.of(vendorToGateway, vendor, gateway), findings.get(0).getData());
        assertEquals("Remote access flow F-VENDOR-GW into GW does not require MFA.", findings.get(0).getMessage());

        Role vendorRole = ItotFactory.eINSTANCE.createRole();
        vendorRole.setId("R-VENDOR");
        vendorRole.setMfaRequired(true);
        model.getRoles().add(vendorRole);
        vendorToGateway.setRole(vendorRole);
        assertEquals(List.of(), findings(), "MFA required by the flow's role");
    }

    @Test
    void ext04ErrorWhenAZoneOnThePathHasFr1OfThreeOrMore() {
        vendorToGateway.setApprovalRequired(false);
        vendorToGateway.setMfa(false);
        idmz.getSlTarget().setFr1(3);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-04@F-VENDOR-GW", Diagnostic.ERROR), severities(findings));
        assertEquals("Remote access flow F-VENDOR-GW into GW does not require MFA and explicit approval, and its path"
                + " crosses Z-DMZ with SL-T(FR1) 3 or higher.", findings.get(0).getMessage());
    }

    @Test
    void ext04AccessOverAnUntrustedMediumCountsAsRemote() {
        Zone partner = zone(model, "Z-PARTNER", ZoneKind.SITE_BUSINESS, PurdueLevel.LEVEL_4);
        conduit(model, "C-PARTNER-DMZ", partner, idmz, perimeterFirewall).setMedium(ConduitMedium.SATELLITE);
        Flow session = flow(model, "F-PARTNER-GW", asset(partner, "PARTNER-WS", AssetType.WORKSTATION), gateway, https);
        session.setMfa(true);
        assertEquals(Set.of("EXT-04@F-PARTNER-GW"), ids(findings()));
        assertEquals("Remote access flow F-PARTNER-GW into GW does not require explicit approval.",
                findings().get(0).getMessage());
    }

    @Test
    void ext05JumpHostWithASecondLegEgressAndNoSiem() {
        networkInterface(jumpHost, idmz);
        networkInterface(jumpHost, operations);
        jumpHost.getLogsTo().clear();
        Asset updates = credentialsChanged(asset(internet, "UPDATES", AssetType.CLOUD_SERVICE));
        Flow egress = flow(model, "F-JUMP-UPDATES", jumpHost, updates, https);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-05@JUMP", Diagnostic.WARNING), severities(findings));
        assertEquals(List.of(jumpHost, egress), findings.get(0).getData());
        assertEquals("Jump host JUMP is not isolated as a jump host must be: it has interfaces in other zones; it has"
                + " flows to the Internet or other external networks; it does not log to a SIEM.",
                findings.get(0).getMessage());
    }

    @Test
    void ext05JumpHostOutsideTheIdmzAndWithASecondInboundProtocol() {
        Flow fileCopy = flow(model, "F-GW-JUMP-SSH", gateway, jumpHost, ssh);
        assertEquals(Set.of("EXT-05@JUMP"), ids(findings()));
        assertTrue(findings().get(0).getMessage().endsWith(": its inbound flows use more than one protocol."),
                findings().get(0).getMessage());
        model.getFlows().remove(fileCopy);

        Zone remoteAccess = zone(model, "Z-RA", ZoneKind.REMOTE_ACCESS, PurdueLevel.LEVEL_35);
        conduit(model, "C-DMZ-RA", idmz, remoteAccess, otFirewall);
        remoteAccess.getAssets().add(jumpHost);
        assertEquals(List.of(), findings(), "a level 3.5 remote-access zone is part of the iDMZ");

        operations.getAssets().add(jumpHost);
        assertEquals(Map.of("EXT-05@JUMP", Diagnostic.WARNING, "EXT-03@F-GW-JUMP", Diagnostic.ERROR),
                severities(findings()), "the gateway's session now reaches level 3 on a jump host outside the iDMZ");
        assertTrue(find(findings(), "EXT-05@JUMP").getMessage().endsWith(": it is not in an iDMZ (remote-access) zone."));
    }

    @Test
    void ext06DefaultAndHardcodedCredentialsOnAnAssetOtherZonesReach() {
        hmi.setDefaultCredentialsChanged(false);
        List<RuleDiagnostic> findings = findings();
        assertEquals(Map.of("EXT-06@HMI", Diagnostic.ERROR), severities(findings));
        assertEquals(List.of(hmi, jumpHostToHmi), findings.get(0).getData());
        assertEquals("Asset HMI, reached from other zones or from outside by flows F-JUMP-HMI, still has its default credentials unchanged.",
                findings.get(0).getMessage());

        hmi.setHardcodedCredentials(true);
        assertTrue(findings().get(0).getMessage().endsWith(
                "still has its default credentials unchanged and known hard-coded credentials."));
        hmi.setDefaultCredentialsChanged(true);
        assertEquals(Set.of("EXT-06@HMI"), ids(findings()), "hard-coded credentials alone");
    }

    private static Asset credentialsChanged(Asset asset) {
        asset.setDefaultCredentialsChanged(true);
        return asset;
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
}
