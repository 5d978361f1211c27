package org.itot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NetworkInterface;
import org.itot.model.Protocol;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.ConduitQuery;
import org.itot.model.query.PortRanges;
import org.itot.model.query.ZoneGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow routes over conduits, defence-in-depth counts, and first-match firewall evaluation. */
class ZoneGraphTest {

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private ArchitectureModel model;
    private Zone enterprise;
    private Zone idmz;
    private Zone operations;
    private Zone control;
    private Asset itFirewall;
    private Asset otFirewall;
    private Asset scada;
    private Asset plc;
    private Conduit entDmz;
    private Conduit dmzOps;
    private Conduit opsCtl;

    @BeforeEach
    void chain() {
        model = F.createArchitectureModel();
        enterprise = zone("ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone("DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone("OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        control = zone("CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        itFirewall = asset(idmz, "FW-IT", AssetType.FIREWALL);
        otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        scada = asset(operations, "SCADA", AssetType.CONTROL_SERVER);
        plc = asset(control, "PLC", AssetType.PLC);
        entDmz = conduit(enterprise, idmz, itFirewall);
        dmzOps = conduit(idmz, operations, otFirewall);
        opsCtl = conduit(operations, control, otFirewall);
    }

    @Test
    void flowsRouteAlongTheShortestConduitPath() {
        Flow flow = flow(asset(enterprise, "ERP", AssetType.ERP), plc);
        assertEquals(List.of(entDmz, dmzOps, opsCtl), flow.getConduits());
        assertEquals(List.of(enterprise, idmz, operations, control), flow.getZonePath());
        assertEquals(List.of(dmzOps, opsCtl).size(), flow(asset(idmz, "JUMP", AssetType.JUMP_HOST), plc).getConduits().size());
        assertEquals(List.of(control), flow(asset(control, "HMI", AssetType.HMI), plc).getZonePath());
        assertTrue(opsCtl.getFlows().contains(flow));
    }

    @Test
    void sameFirewallOnTwoBoundariesCountsOnce() {
        // FW-IT, then FW-OT twice: two independent points, not three.
        assertEquals(2, control.getMinIndependentBarriers());
        assertEquals(1, idmz.getMinIndependentBarriers());
        assertEquals(0, enterprise.getMinIndependentBarriers());

        // A bypass from the enterprise straight to operations leaves only FW-OT in the way.
        conduit(enterprise, operations, otFirewall);
        assertEquals(1, control.getMinIndependentBarriers(), "the cache must follow model changes");
    }

    /**
     * Issue 19: register data and diagram positions are no part of the graph, so editing them keeps it; before, each
     * such edit of a 100,000-asset estate rebuilt the barrier graph of its 400,000 flows at the next validation.
     */
    @Test
    void registerEditsKeepTheGraphAndStructuralEditsDropIt() {
        ZoneGraph graph = ZoneGraph.of(model);
        scada.setFirmware("V2.1");
        scada.setDefaultCredentialsChanged(true);
        scada.setDescription("SCADA server");
        assertSame(graph, ZoneGraph.of(model), "a register edit dropped the zone graph");

        scada.setType(AssetType.FIREWALL); // may make it an enforcement point
        ZoneGraph afterTypeChange = ZoneGraph.of(model);
        assertNotSame(graph, afterTypeChange, "a structural edit must drop the graph");
        conduit(enterprise, operations, otFirewall);
        assertNotSame(afterTypeChange, ZoneGraph.of(model));
    }

    @Test
    void haPairCountsAsOnePoint() {
        Asset standby = asset(idmz, "FW-IT-B", AssetType.FIREWALL);
        itFirewall.setRedundancyGroup("it-pair");
        standby.setRedundancyGroup("it-pair");
        entDmz.getEnforcedBy().add(standby);
        assertEquals(2, control.getMinIndependentBarriers());

        Zone island = zone("ISLAND", ZoneKind.PROCESS, PurdueLevel.LEVEL_0);
        assertEquals(-1, island.getMinIndependentBarriers(), "unreachable from the enterprise side");
    }

    /*
     * The model bundle alone (this fragment cannot see org.itot.validation or org.itot.analysis) gives
     * the full figure: a dual-homed host and a flow without a conduit are ways round the firewalls.
     * Before, the figure depended on whether ModelValidator had been loaded and installed a hook; here
     * it never is, and the conduit-only figure said 2.
     */
    @Test
    void barrierCountSeesDualHomedHostsWithoutTheValidator() {
        Asset historian = asset(operations, "HIST", AssetType.DATA_HISTORIAN);
        NetworkInterface inside = F.createNetworkInterface();
        inside.setZone(operations);
        NetworkInterface outside = F.createNetworkInterface();
        outside.setZone(enterprise);
        historian.getInterfaces().add(inside);
        historian.getInterfaces().add(outside);
        assertEquals(1, control.getMinIndependentBarriers(), "ENT -> HIST (dual-homed) -> OPS -> FW-OT -> CTL");
    }

    @Test
    void barrierCountSeesAFlowWithNoConduit() {
        Zone cell = zone("CELL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        asset(cell, "PLC-2", AssetType.PLC);
        assertEquals(-1, cell.getMinIndependentBarriers(), "no conduit, no flow: unreachable");
        flow(asset(enterprise, "ERP", AssetType.ERP), cell.getAssets().get(0));
        assertEquals(0, cell.getMinIndependentBarriers(), "a flow with no conduit is an unprotected connection");
    }

    @Test
    void oneWayConduitIsNoWayInFromTheEnterprise() {
        Zone safety = zone("SIS", ZoneKind.SAFETY, PurdueLevel.LEVEL_1);
        Asset diode = asset(safety, "DIODE", AssetType.DATA_DIODE);
        conduit(safety, operations, diode);
        assertEquals(-1, safety.getMinIndependentBarriers(), "a data diode carries traffic only outwards");
    }

    @Test
    void enforcementPointIsTheSetOfRedundancyGroupsOfAConduitsEnforcers() {
        assertEquals(ConduitQuery.enforcementPoint(dmzOps), ConduitQuery.enforcementPoint(opsCtl),
                "the same device on two conduits is one point");
        assertNotEquals(ConduitQuery.enforcementPoint(entDmz), ConduitQuery.enforcementPoint(dmzOps));

        Asset second = asset(idmz, "FW-IT-2", AssetType.FIREWALL);
        entDmz.getEnforcedBy().add(second);
        assertEquals(2, ConduitQuery.enforcementPoint(entDmz).size(), "two ungrouped devices: one point of two");
        assertEquals(2, control.getMinIndependentBarriers(), "a conduit's enforcers together are one point");

        itFirewall.setRedundancyGroup("it-pair");
        second.setRedundancyGroup(" it-pair ");
        assertEquals(java.util.Set.of("group:it-pair"), ConduitQuery.enforcementPoint(entDmz),
                "an HA pair is one member");
        Asset sw = asset(idmz, "SW", AssetType.SWITCH);
        opsCtl.getEnforcedBy().add(sw);
        assertEquals(ConduitQuery.enforcementPoint(dmzOps), ConduitQuery.enforcementPoint(opsCtl),
                "a device that enforces nothing does not count");
        Conduit bare = conduit(idmz, control, sw);
        assertTrue(ConduitQuery.enforcementPoint(bare).isEmpty(), "no enforcement device: no point");
        assertEquals(1, control.getMinIndependentBarriers(), "ENT -> FW-IT pair -> DMZ -> (no point) -> CTL");
    }

    @Test
    void monitoredConduitsAreCountedOnTheLeastMonitoredPath() {
        assertEquals(0, control.getMinMonitoredConduits());
        Asset ids = asset(idmz, "IDS", AssetType.IDS);
        dmzOps.getMonitoredBy().add(ids);
        assertEquals(1, control.getMinMonitoredConduits());
        assertEquals(0, idmz.getMinMonitoredConduits());
    }

    @Test
    void firstMatchingRuleDecides() {
        Protocol modbus = F.createProtocol();
        modbus.getDefaultPorts().add(PortRanges.tcp(502));
        model.getProtocols().add(modbus);
        Flow poll = flow(scada, plc);
        poll.setProtocol(modbus);

        assertFalse(otFirewall.permits(poll), "no rule: implicit deny");
        FirewallRule allow = rule(otFirewall, 10, RuleAction.ALLOW);
        allow.setSource(operations);
        allow.setDestination(plc);
        allow.getPorts().add(PortRanges.tcp(502));
        rule(otFirewall, 99, RuleAction.DENY);
        assertTrue(allow.matches(poll));
        assertTrue(otFirewall.permits(poll));

        FirewallRule denyFirst = rule(otFirewall, 1, RuleAction.DENY);
        denyFirst.setDestination(control);
        assertFalse(otFirewall.permits(poll), "an earlier deny wins");

        allow.getPorts().clear();
        allow.getPorts().add(PortRanges.tcp(102));
        assertFalse(allow.matches(poll), "port 502 is not inside 102");
    }

    private Zone zone(String id, ZoneKind kind, PurdueLevel level) {
        Zone zone = F.createZone();
        zone.setId(id);
        zone.setKind(kind);
        zone.setPurdueLevel(level);
        model.getZones().add(zone);
        return zone;
    }

    private static Asset asset(Zone zone, String id, AssetType type) {
        Asset asset = F.createAsset();
        asset.setId(id);
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    private Conduit conduit(Zone a, Zone b, Asset device) {
        Conduit conduit = F.createConduit();
        conduit.getZones().add(a);
        conduit.getZones().add(b);
        conduit.getEnforcedBy().add(device);
        model.getConduits().add(conduit);
        return conduit;
    }

    private Flow flow(Asset source, Asset target) {
        Flow flow = F.createFlow();
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
}
