package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.protocol;
import static org.itot.validation.tests.TestModels.validatorFor;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.EntryKind;
import org.itot.analysis.paths.EntryPoint;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.AssetQuery;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 items 1 and 5: entry points are one idea, and tunnels and multi-role appliances are understood.
 * Written from the standards' intent: IEC 62443-3-2 ZCR 3.6 (a modem or WAN router is an access point of
 * the system under consideration, whatever zone it is drawn in), IEC 62443-3-3 SR 1.13 (access via untrusted
 * networks is authenticated and monitored) and NERC CIP-005 R2 (interactive remote access goes through an
 * intermediate system, with MFA; dial-up and cellular connectivity count as remote access).
 */
class EntryPointRulesTest {

    private final ModelValidator validator = validatorFor("EXT", "SEG-09");

    private ArchitectureModel model;
    private Protocol rdp;
    private Protocol https;
    private Zone internet;
    private Zone vendorZone;
    private Zone idmz;
    private Zone operations;
    private Zone control;
    private Asset plc;
    private Asset hmi;
    private Asset jumpHost;
    private Asset gateway;
    private Asset siem;
    private Asset remoteUser;

    /** An Internet user, a gateway and a jump host in the iDMZ, an HMI in level 3, a PLC in level 1. */
    @BeforeEach
    void plant() {
        model = model();
        rdp = protocol(model, "RDP", ProtocolCategory.REMOTE_ADMIN, 3389);
        https = protocol(model, "HTTPS", ProtocolCategory.WEB, 443);
        internet = zone(model, "Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL);
        vendorZone = zone(model, "Z-VENDOR", ZoneKind.VENDOR_EXTERNAL, PurdueLevel.EXTERNAL);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Asset perimeter = asset(idmz, "FW-EXT", AssetType.FIREWALL);
        Asset otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        conduit(model, "C-INET-DMZ", internet, idmz, perimeter).setMedium(ConduitMedium.INTERNET);
        conduit(model, "C-DMZ-OPS", idmz, operations, otFirewall);
        conduit(model, "C-OPS-CTL", operations, control, otFirewall);
        remoteUser = asset(internet, "REMOTE-USER", AssetType.EXTERNAL_ENTITY);
        gateway = credentialsChanged(asset(idmz, "GW", AssetType.VPN_SERVER));
        jumpHost = credentialsChanged(asset(idmz, "JUMP", AssetType.JUMP_HOST));
        siem = asset(operations, "SIEM", AssetType.SIEM);
        jumpHost.getLogsTo().add(siem);
        hmi = credentialsChanged(asset(operations, "HMI", AssetType.HMI));
        plc = credentialsChanged(asset(control, "PLC", AssetType.PLC));
    }

    // ---- item 1: a device that faces an outside network is an entry point wherever it sits

    @Test
    void dialInModemInTheControlZoneIsRemoteAccessFromOutsideAlthoughTheFlowStaysInTheZone() {
        Asset modem = asset(control, "MODEM", AssetType.MODEM);
        Flow session = remote(flow(model, "F-MODEM-PLC", modem, plc, rdp));

        Set<String> found = ids(findings());
        assertTrue(found.contains("EXT-03@F-MODEM-PLC"),
                "the session enters from outside and skips the jump host: " + found);
        assertTrue(found.contains("SEG-09@MODEM"), found.toString());
        assertEquals(List.of("Remote access flow F-MODEM-PLC reaches PLC in Z-CTL (levels 0-3) from MODEM, an entry"
                + " point facing an outside network, in Z-CTL without going through a jump host in the iDMZ."),
                findings().stream().filter(f -> f.findingId().equals("EXT-03@F-MODEM-PLC"))
                        .map(RuleDiagnostic::getMessage).toList());

        session.setSource(hmi);
        control.getAssets().add(hmi);
        assertEquals(Set.of("EXT-02@MODEM", "SEG-09@MODEM"), ids(findings()),
                "a session between two plant devices of one zone is not remote access from outside");
    }

    @Test
    void plainRouterTerminatingACellularLinkIsAttachedAndCounts() {
        Asset router = asset(control, "CELL-ROUTER", AssetType.ROUTER);
        Conduit cellular = conduit(model, "C-VENDOR-CTL", vendorZone, control,
                asset(control, "FW-CELL", AssetType.FIREWALL));
        cellular.setMedium(ConduitMedium.CELLULAR);
        assertEquals(Set.of(), ids(findings()), "a router that terminates nothing faces no outside network");

        cellular.getTerminatedBy().add(router);
        assertTrue(router.isEntryPoint());
        assertEquals(Set.of("SEG-09@CELL-ROUTER"), ids(findings()));

        remote(flow(model, "F-ROUTER-PLC", router, plc, rdp));
        assertEquals(Set.of("SEG-09@CELL-ROUTER", "EXT-03@F-ROUTER-PLC"), ids(findings()));
    }

    @Test
    void terminatingAPlantInternalLanConduitIsNoEntryPoint() {
        Asset router = asset(control, "ROUTER", AssetType.ROUTER);
        conduit(model, "C-OPS-CTL-2", operations, control).getTerminatedBy().add(router);
        remote(flow(model, "F-ROUTER-PLC", router, plc, rdp));
        assertEquals(Set.of(), ids(findings()), "a LAN between two plant zones faces nothing outside");
        assertTrue(!router.isEntryPoint());
    }

    @Test
    void firewallsAtTheLinkAreBarriersNotEntryPoints() {
        Asset edge = asset(control, "FW-CELL", AssetType.FIREWALL);
        Conduit cellular = conduit(model, "C-VENDOR-CTL", vendorZone, control, edge);
        cellular.setMedium(ConduitMedium.CELLULAR);
        assertTrue(!edge.isEntryPoint());
        assertEquals(Set.of(), ids(findings()));
    }

    @Test
    void entryPointsAndAttackPathsAgreeOnSmallModels() {
        // model 1: a modem in the control zone; model 2: a cellular router terminating a vendor line;
        // model 3: an edge gateway holding its own 4G uplink; model 4: none of them (negative)
        Asset modem = asset(control, "MODEM", AssetType.MODEM);
        assertAgreement();
        control.getAssets().remove(modem);

        Asset router = asset(operations, "CELL-ROUTER", AssetType.ROUTER);
        Conduit cellular = conduit(model, "C-VENDOR-OPS", vendorZone, operations);
        cellular.setMedium(ConduitMedium.CELLULAR);
        cellular.getTerminatedBy().add(router);
        assertAgreement();
        model.getConduits().remove(cellular);
        operations.getAssets().remove(router);

        Zone cloud = zone(model, "Z-CLOUD", ZoneKind.CLOUD, PurdueLevel.EXTERNAL);
        Asset edgeGateway = asset(control, "EDGE-GW", AssetType.DATA_GATEWAY);
        Conduit uplink = conduit(model, "C-CTL-CLOUD", control, cloud);
        uplink.setMedium(ConduitMedium.CELLULAR);
        flow(model, "F-EDGE-CLOUD", edgeGateway, asset(cloud, "IOT-HUB", AssetType.CLOUD_SERVICE), https);
        assertTrue(edgeGateway.isEntryPoint(), "holds its own cellular uplink");
        assertAgreement();
        model.getConduits().remove(uplink);
        model.getZones().remove(cloud);
        model.getFlows().clear();
        control.getAssets().remove(edgeGateway);

        assertAgreement();
        assertTrue(model.getZones().stream().flatMap(z -> z.getAssets().stream()).noneMatch(Asset::isEntryPoint));
    }

    /**
     * SEG-09 reports exactly the entry points of the industrial side, and the attack paths enter at the zone
     * of every entry point: the two read one definition.
     */
    private void assertAgreement() {
        Set<String> entryPoints = new TreeSet<>();
        Set<String> industrialEntryPoints = new TreeSet<>();
        for (Zone zone : model.getZones()) {
            for (Asset asset : zone.getAssets()) {
                if (asset.isEntryPoint()) {
                    entryPoints.add(asset.getId());
                    if (zone.isIndustrialSide()) {
                        industrialEntryPoints.add(asset.getId());
                    }
                }
            }
        }
        Set<String> seg09 = findings().stream().filter(f -> f.ruleId().equals("SEG-09"))
                .map(f -> f.findingId().substring("SEG-09@".length())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(industrialEntryPoints, seg09);
        PathReport report = AttackPaths.analyse(model, PathQuery.defaults());
        for (Zone zone : model.getZones()) {
            for (Asset asset : zone.getAssets()) {
                if (entryPoints.contains(asset.getId())) {
                    assertTrue(report.entries().stream().anyMatch(entry -> entry.kind() != EntryKind.CHOSEN
                            && entry.zones().containsAll(AssetQuery.interfaceZones(asset))),
                            "the paths enter at " + asset.getId() + ": " + report.entries());
                }
            }
        }
        List<EntryPoint> insideEntries = report.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.REMOTE_VENDOR).toList();
        for (EntryPoint entry : insideEntries) {
            for (Zone zone : entry.zones()) {
                assertTrue(zone.getKind() == ZoneKind.VENDOR_EXTERNAL || zone.getAssets().stream()
                        .anyMatch(Asset::isEntryPoint), "no vendor entry without an entry point in " + zone.getId());
            }
        }
    }

    /**
     * The reference plants have no entry point inside the plant, no carried flow and only encrypted untrusted
     * links: the changed rules find on them what they found before (nothing).
     */
    @Test
    void referencePlantsGetNothingFromTheChangedRules() {
        ModelValidator changed = validatorFor("EXT", "SEG-09", "BND-07");
        assertEquals(List.of(), changed.validate(ModelTemplates.create(ModelTemplates.PURDUE)).getChildren());
        for (long seed : new long[] { 1, 16 }) {
            ArchitectureModel plant = SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS * 3, seed);
            assertEquals(List.of(), changed.validate(plant).getChildren(), "seed " + seed);
        }
    }

    // ---- item 5: tunnels (Flow.carriedBy) and appliances with several roles (Asset.additionalRoles)

    @Test
    void sessionToTheJumpHostCarriedByTheVpnEntersThroughTheGateway() {
        Flow session = mfaAndApproval(remote(flow(model, "F-USER-JUMP", remoteUser, jumpHost, rdp)));
        flow(model, "F-JUMP-HMI", jumpHost, hmi, rdp);
        assertEquals(Set.of("EXT-03@F-USER-JUMP", "EXT-05@JUMP"), ids(findings()),
                "drawn as a direct Internet-to-jump-host session it bypasses the gateway");

        session.setCarriedBy(gateway);
        assertEquals(Set.of(), ids(findings()),
                "carried by the VPN terminated on the gateway it has passed the gateway");

        session.setMfa(false);
        assertEquals(Set.of("EXT-04@F-USER-JUMP"), ids(findings()), "and the carried session is still remote access");
    }

    @Test
    void aTunnelOnAPlainRouterIsNoGateway() {
        Asset router = asset(idmz, "ROUTER", AssetType.ROUTER);
        Flow session = mfaAndApproval(remote(flow(model, "F-USER-JUMP", remoteUser, jumpHost, rdp)));
        session.setCarriedBy(router);
        assertTrue(ids(findings()).contains("EXT-03@F-USER-JUMP"));
    }

    @Test
    void theCarriedSessionStillNeedsTheJumpHostIntoLevelsZeroToThree() {
        Flow session = mfaAndApproval(remote(flow(model, "F-USER-HMI", remoteUser, hmi, rdp)));
        session.setCarriedBy(gateway);
        assertTrue(ids(findings()).contains("EXT-03@F-USER-HMI"), "a VPN straight to the HMI skips the jump host");
    }

    @Test
    void oneApplianceIsGatewayAndJumpHost() {
        Asset appliance = credentialsChanged(asset(idmz, "RA-APPLIANCE", AssetType.REMOTE_ACCESS_GATEWAY));
        appliance.setInternetExposed(true);
        appliance.getLogsTo().add(siem);
        mfaAndApproval(remote(flow(model, "F-USER-RA", remoteUser, appliance, https)));
        Flow onward = flow(model, "F-RA-HMI", appliance, hmi, rdp);
        onward.setOperation(org.itot.model.FlowOperation.INTERACTIVE_SESSION);
        assertEquals(Set.of("EXT-03@F-RA-HMI"), ids(findings()), "a gateway alone is no jump host");

        appliance.getAdditionalRoles().add(AssetType.JUMP_HOST);
        assertTrue(appliance.hasRole(AssetType.JUMP_HOST) && appliance.isRemoteAccessGateway());
        assertEquals(Set.of(), ids(findings()), "the VPN gateway that is also the jump host brokers the session");

        appliance.getLogsTo().clear();
        assertEquals(Set.of("EXT-05@RA-APPLIANCE"), ids(findings()), "the jump-host role brings the jump-host duties");
    }

    /**
     * NERC CIP-005 R2: interactive remote access passes an intermediate system. A session drawn end to end, from
     * the remote user to the HMI, carried by the appliance that is both the VPN gateway and the iDMZ jump host,
     * passes both; carried by a jump host outside the iDMZ it passes no intermediate system the rule accepts.
     */
    @Test
    void sessionCarriedByTheIntermediateSystemIsBrokeredEndToEnd() {
        Asset appliance = credentialsChanged(asset(idmz, "RA-APPLIANCE", AssetType.VPN_SERVER));
        appliance.getAdditionalRoles().add(AssetType.JUMP_HOST);
        appliance.getLogsTo().add(siem);
        Flow session = mfaAndApproval(remote(flow(model, "F-USER-HMI", remoteUser, hmi, rdp)));
        assertEquals(Set.of("EXT-01@F-USER-HMI", "EXT-03@F-USER-HMI"), ids(findings()), "straight from the Internet");

        session.setCarriedBy(appliance);
        assertEquals(Set.of(), ids(findings()));

        operations.getAssets().add(appliance);
        assertEquals(Set.of("EXT-03@F-USER-HMI", "EXT-05@RA-APPLIANCE"), ids(findings()),
                "an intermediate system outside the iDMZ");

        internet.getAssets().add(appliance);
        assertEquals(Set.of("EXT-01@F-USER-HMI", "EXT-03@F-USER-HMI", "EXT-05@RA-APPLIANCE"), ids(findings()),
                "a carrier out on the Internet brings the flow no nearer to a broker");
    }

    @Test
    void jumpHostRoleOutsideTheIdmzIsStillReported() {
        Asset server = credentialsChanged(asset(operations, "OPS-SERVER", AssetType.APPLICATION_SERVER));
        server.getLogsTo().add(siem);
        assertEquals(Set.of(), ids(findings()));
        server.getAdditionalRoles().add(AssetType.JUMP_HOST);
        assertEquals(Set.of("EXT-05@OPS-SERVER"), ids(findings()));
    }

    private static Flow remote(Flow flow) {
        flow.setRemoteAccess(true);
        return flow;
    }

    private static Flow mfaAndApproval(Flow flow) {
        flow.setMfa(true);
        flow.setApprovalRequired(true);
        return flow;
    }

    private static Asset credentialsChanged(Asset asset) {
        asset.setDefaultCredentialsChanged(true);
        return asset;
    }

    private List<RuleDiagnostic> findings() {
        return validator.validate(model).getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    private static Set<String> ids(List<RuleDiagnostic> findings) {
        return findings.stream().map(RuleDiagnostic::findingId).collect(Collectors.toCollection(TreeSet::new));
    }
}
