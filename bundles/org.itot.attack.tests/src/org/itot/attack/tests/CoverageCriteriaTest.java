package org.itot.attack.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.attack.coverage.AttackCoverage;
import org.itot.attack.coverage.CoverageData;
import org.itot.attack.coverage.CoverageData.MitigationCriterion;
import org.itot.attack.coverage.Criterion;
import org.itot.attack.coverage.Evidence;
import org.itot.attack.coverage.Evidence.Status;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ListeningService;
import org.itot.model.Protocol;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every coverage criterion on small models, once where the mitigation is shown in place and once where
 * it is not. The criteria that a rule also judges (BND-01, BND-02, PRO-03) are tested on the cases
 * where the coverage matrix used to disagree with the rule.
 */
class CoverageCriteriaTest {

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private ArchitectureModel model;
    private Zone operations;
    private Zone control;
    private Asset workstation;
    private Asset plc;
    private Asset firewall;
    private Conduit conduit;

    /** Operations (an engineering workstation, a firewall) and control (a PLC) joined by one conduit. */
    @BeforeEach
    void plant() {
        model = F.createArchitectureModel();
        model.setName("Criteria");
        operations = zone("Z-OPS");
        control = zone("Z-CTL");
        workstation = asset(operations, "EWS", AssetType.ENGINEERING_WORKSTATION);
        plc = asset(control, "PLC", AssetType.PLC);
        firewall = asset(operations, "FW", AssetType.FIREWALL);
        conduit = F.createConduit();
        conduit.setId("C-1");
        conduit.getZones().addAll(List.of(operations, control));
        model.getConduits().add(conduit);
        AttackTestModels.inResource(model);
    }

    @Test
    void enforcedConduits() {
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.ENFORCED_CONDUITS, control));
        conduit.getEnforcedBy().add(plc);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.ENFORCED_CONDUITS, control), "a PLC enforces nothing");
        conduit.getEnforcedBy().add(firewall);
        assertEquals(Status.IN_PLACE, status(Criterion.ENFORCED_CONDUITS, control));
    }

    @Test
    void enforcedConduitsCountRoutableConduitsOnlyAsBnd01Does() {
        conduit.setMedium(ConduitMedium.HARDWIRED);
        assertEquals(Status.IN_PLACE, status(Criterion.ENFORCED_CONDUITS, control), "a 4-20 mA loop cannot hold a firewall");
        Conduit lan = F.createConduit();
        lan.setId("C-2");
        lan.getZones().addAll(List.of(operations, control));
        model.getConduits().add(lan);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.ENFORCED_CONDUITS, control), "the LAN beside it can");
        lan.getEnforcedBy().add(firewall);
        assertEquals(Status.IN_PLACE, status(Criterion.ENFORCED_CONDUITS, control));
    }

    @Test
    void denyByDefaultNeedsBnd02sDenyAllNotAnyFinalDeny() {
        conduit.getEnforcedBy().add(firewall);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.DENY_BY_DEFAULT, control), "no rules at all");
        FirewallRule last = rule(firewall, 99, RuleAction.DENY);
        last.setSource(operations);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.DENY_BY_DEFAULT, control),
                "a final deny from one zone is no deny-all (BND-02)");
        last.setSource(null);
        last.setProtocol(protocol("SSH", true));
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.DENY_BY_DEFAULT, control),
                "a final deny of one protocol is no deny-all (BND-02)");
        last.setProtocol(null);
        assertEquals(Status.IN_PLACE, status(Criterion.DENY_BY_DEFAULT, control));
        rule(firewall, 100, RuleAction.ALLOW);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.DENY_BY_DEFAULT, control), "the deny-all is not last");
        firewall.setType(AssetType.DATA_DIODE);
        assertEquals(Status.IN_PLACE, status(Criterion.DENY_BY_DEFAULT, control), "a diode denies by construction");
    }

    @Test
    void explicitAllowRules() {
        conduit.getEnforcedBy().add(firewall);
        Flow flow = flow("F-1", workstation, plc);
        FirewallRule allow = rule(firewall, 1, RuleAction.ALLOW);
        allow.setSource(operations);
        allow.setDestination(plc);
        allow.getPorts().add(PortRanges.tcp(502));
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.EXPLICIT_ALLOW_RULES, control), "no flow justifies it");
        allow.getJustifiedBy().add(flow);
        assertEquals(Status.IN_PLACE, status(Criterion.EXPLICIT_ALLOW_RULES, control));
        allow.getPorts().clear();
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.EXPLICIT_ALLOW_RULES, control), "any service");
    }

    @Test
    void mfaOnRemoteAccess() {
        assertEquals(Status.IN_PLACE, status(Criterion.MFA_REMOTE_ACCESS, control), "no remote access at all");
        Flow remote = flow("F-R", workstation, plc);
        remote.setRemoteAccess(true);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.MFA_REMOTE_ACCESS, control));
        remote.setMfa(true);
        assertEquals(Status.IN_PLACE, status(Criterion.MFA_REMOTE_ACCESS, control));
        plc.setRemoteAccessEnabled(true);
        assertEquals(Status.PARTIAL, status(Criterion.MFA_REMOTE_ACCESS, control), "the PLC's own remote access");
    }

    @Test
    void noInternetExposure() {
        assertEquals(Status.IN_PLACE, status(Criterion.NO_INTERNET_EXPOSURE, control));
        plc.setInternetExposed(true);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.NO_INTERNET_EXPOSURE, control));
        plc.setInternetExposed(false);
        conduit.setMedium(ConduitMedium.CELLULAR);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.NO_INTERNET_EXPOSURE, control), "open cellular link");
        conduit.getEnforcedBy().add(firewall);
        conduit.setAuthenticated(true);
        assertEquals(Status.IN_PLACE, status(Criterion.NO_INTERNET_EXPOSURE, control));
    }

    @Test
    void unusedServicesCompareProtocolAndPortsAsPro03Does() {
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.NO_UNUSED_SERVICES, control), "no services recorded");
        Protocol modbus = protocol("Modbus/TCP", false);
        modbus.getDefaultPorts().add(PortRanges.tcp(502));
        ListeningService service = F.createListeningService();
        service.setProtocol(modbus);
        service.getPorts().add(PortRanges.tcp(502));
        plc.getListeningServices().add(service);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.NO_UNUSED_SERVICES, control), "no flow uses it");
        Flow flow = flow("F-1", workstation, plc);
        flow.setProtocol(modbus);
        flow.getPorts().add(PortRanges.tcp(5020));
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.NO_UNUSED_SERVICES, control),
                "the flow's protocol fits but its port does not (PRO-03)");
        assertTrue(evidence(Criterion.NO_UNUSED_SERVICES, control).detail().contains("PLC"),
                evidence(Criterion.NO_UNUSED_SERVICES, control).detail());
        flow.getPorts().clear();
        assertEquals(Status.IN_PLACE, status(Criterion.NO_UNUSED_SERVICES, control),
                "the protocol's default port 502 fits");
        flow.setProtocol(protocol("S7comm", false));
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.NO_UNUSED_SERVICES, control), "another protocol");
    }

    @Test
    void monitoredConduits() {
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.MONITORED_CONDUITS, control));
        conduit.getMonitoredBy().add(asset(operations, "IDS", AssetType.IDS));
        assertEquals(Status.IN_PLACE, status(Criterion.MONITORED_CONDUITS, control));
    }

    @Test
    void logsForwarded() {
        Asset siem = asset(operations, "SIEM", AssetType.SIEM);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.LOGS_FORWARDED, control));
        plc.getLogsTo().add(siem);
        assertEquals(Status.IN_PLACE, status(Criterion.LOGS_FORWARDED, control));
    }

    @Test
    void credentialsHardened() {
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.CREDENTIALS_HARDENED, control));
        plc.setDefaultCredentialsChanged(true);
        assertEquals(Status.IN_PLACE, status(Criterion.CREDENTIALS_HARDENED, control));
        plc.setHardcodedCredentials(true);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.CREDENTIALS_HARDENED, control), "hard-coded credentials");
    }

    @Test
    void patchSource() {
        assertEquals(Status.NOT_APPLICABLE, status(Criterion.PATCH_SOURCE, control), "a PLC is no computer");
        Asset hmi = asset(control, "HMI", AssetType.HMI);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.PATCH_SOURCE, control));
        hmi.setPatchSource(asset(operations, "WSUS", AssetType.PATCH_SERVER));
        assertEquals(Status.IN_PLACE, status(Criterion.PATCH_SOURCE, control));
    }

    @Test
    void antiMalwareSource() {
        Asset hmi = asset(control, "HMI", AssetType.HMI);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.AV_SOURCE, control));
        hmi.setAvSource(asset(operations, "AV", AssetType.AV_SERVER));
        assertEquals(Status.IN_PLACE, status(Criterion.AV_SOURCE, control));
    }

    @Test
    void authenticatedProtocols() {
        Flow flow = flow("F-1", workstation, plc);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.AUTHENTICATED_PROTOCOLS, control), "no protocol named");
        flow.setProtocol(protocol("Modbus/TCP", false));
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.AUTHENTICATED_PROTOCOLS, control));
        flow.setProtocol(protocol("CIP Security", true));
        assertEquals(Status.IN_PLACE, status(Criterion.AUTHENTICATED_PROTOCOLS, control));
    }

    @Test
    void encryptedUntrustedConduits() {
        assertEquals(Status.NOT_APPLICABLE, status(Criterion.ENCRYPTED_UNTRUSTED_CONDUITS, control), "a LAN conduit");
        conduit.setMedium(ConduitMedium.WAN);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.ENCRYPTED_UNTRUSTED_CONDUITS, control));
        conduit.setEncrypted(true);
        assertEquals(Status.IN_PLACE, status(Criterion.ENCRYPTED_UNTRUSTED_CONDUITS, control));
    }

    @Test
    void controlledWritesFollowPro02() {
        operations.setKind(ZoneKind.SITE_OPERATIONS);
        operations.setPurdueLevel(PurdueLevel.LEVEL_3);
        control.setKind(ZoneKind.BASIC_CONTROL);
        control.setPurdueLevel(PurdueLevel.LEVEL_1);
        Flow write = flow("F-W", asset(operations, "WS", AssetType.WORKSTATION), plc);
        assertEquals(Status.NOT_APPLICABLE, status(Criterion.CONTROLLED_WRITES, control), "a read is no write");
        write.setOperation(FlowOperation.PROGRAM_DOWNLOAD);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.CONTROLLED_WRITES, control), "from an office workstation");
        write.setSource(workstation);
        assertEquals(Status.IN_PLACE, status(Criterion.CONTROLLED_WRITES, control),
                "from the engineering workstation in the adjacent level 3 zone");
        model.getConduits().remove(conduit);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.CONTROLLED_WRITES, control),
                "an engineering workstation in a zone not joined to the controller's is no authorised writer (PRO-02)");
    }

    @Test
    void individualAccounts() {
        Flow session = flow("F-S", workstation, plc);
        session.setOperation(FlowOperation.INTERACTIVE_SESSION);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.INDIVIDUAL_ACCOUNTS, control), "no role");
        Role role = F.createRole();
        role.setId("R-1");
        model.getRoles().add(role);
        session.setRole(role);
        assertEquals(Status.IN_PLACE, status(Criterion.INDIVIDUAL_ACCOUNTS, control));
        role.setShared(true);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.INDIVIDUAL_ACCOUNTS, control), "a shared account");
    }

    @Test
    void approvedRemoteAccess() {
        Flow remote = flow("F-R", workstation, plc);
        assertEquals(Status.NOT_APPLICABLE, status(Criterion.APPROVED_REMOTE_ACCESS, control), "no remote access");
        remote.setRemoteAccess(true);
        assertEquals(Status.NOT_IN_PLACE, status(Criterion.APPROVED_REMOTE_ACCESS, control));
        remote.setApprovalRequired(true);
        assertEquals(Status.IN_PLACE, status(Criterion.APPROVED_REMOTE_ACCESS, control));
    }

    private Status status(Criterion criterion, Zone zone) {
        return evidence(criterion, zone).status();
    }

    private Evidence evidence(Criterion criterion, Zone zone) {
        String mitigation = CoverageData.get().criteria().values().stream()
                .filter(entry -> entry.criterion() == criterion).map(MitigationCriterion::mitigationId).findFirst()
                .orElseThrow(() -> new AssertionError(criterion + " shows no mitigation"));
        return AttackCoverage.of(model).zone(zone).mitigations().get(mitigation);
    }

    private Zone zone(String id) {
        return AttackTestModels.zone(model, id);
    }

    private static Asset asset(Zone zone, String id, AssetType type) {
        return AttackTestModels.asset(zone, id, type);
    }

    private Flow flow(String id, Asset source, Asset target) {
        Flow flow = F.createFlow();
        flow.setId(id);
        flow.setSource(source);
        flow.setTarget(target);
        model.getFlows().add(flow);
        return flow;
    }

    private static FirewallRule rule(Asset device, int order, RuleAction action) {
        FirewallRule rule = F.createFirewallRule();
        rule.setOrder(order);
        rule.setAction(action);
        device.getFirewallRules().add(rule);
        return rule;
    }

    private Protocol protocol(String id, boolean secure) {
        Protocol protocol = F.createProtocol();
        protocol.setId(id);
        protocol.setName(id);
        protocol.setAuthenticates(secure);
        protocol.setIntegrityProtected(secure);
        protocol.setCleartext(!secure);
        model.getProtocols().add(protocol);
        return protocol;
    }
}
