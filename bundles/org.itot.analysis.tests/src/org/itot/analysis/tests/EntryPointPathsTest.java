package org.itot.analysis.tests;

import static org.itot.analysis.tests.Plants.asset;
import static org.itot.analysis.tests.Plants.conduit;
import static org.itot.analysis.tests.Plants.flow;
import static org.itot.analysis.tests.Plants.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.analysis.paths.AttackPath;
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
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.BarrierGraph;
import org.itot.model.query.FlowQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 items 1 and 5 in the attack paths: entry points inside the plant (modems, routers terminating an
 * outside-facing link) are ways in at their own zone, and a flow carried by a gateway is routed through it.
 */
class EntryPointPathsTest {

    private ArchitectureModel model;
    private Zone vendorZone;
    private Zone idmz;
    private Zone control;
    private Asset plc;

    @BeforeEach
    void plant() {
        model = Plants.model();
        vendorZone = zone(model, "Z-VENDOR", ZoneKind.VENDOR_EXTERNAL, PurdueLevel.EXTERNAL);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        plc = asset(control, "PLC-1", AssetType.PLC);
        Asset firewall = asset(idmz, "FW-1", AssetType.FIREWALL);
        conduit(model, "C-VENDOR-DMZ", vendorZone, idmz, firewall);
        conduit(model, "C-DMZ-CTL", idmz, control, asset(idmz, "FW-2", AssetType.FIREWALL));
    }

    @Test
    void modemInTheControlZoneIsAWayInWithNoBarrier() {
        assertEquals(2, weakestToPlc().barriers(), "through both firewalls");

        asset(control, "MODEM-1", AssetType.MODEM);
        EntryPoint vendor = vendorEntry();
        assertTrue(vendor.modelled());
        assertEquals(List.of(vendorZone, control), vendor.zones());
        assertEquals(0, weakestToPlc().barriers(), "the modem lands the caller in the control zone");
    }

    @Test
    void routerTerminatingACellularLineIsAWayInOnlyWhileItTerminatesIt() {
        Asset router = asset(control, "ROUTER-1", AssetType.ROUTER);
        Conduit cellular = conduit(model, "C-VENDOR-CTL", vendorZone, control,
                asset(control, "FW-CELL", AssetType.FIREWALL));
        cellular.setMedium(ConduitMedium.CELLULAR);
        assertEquals(List.of(vendorZone), vendorEntry().zones());
        assertEquals(1, weakestToPlc().barriers(), "the cellular line's firewall");

        cellular.getTerminatedBy().add(router);
        assertEquals(List.of(vendorZone, control), vendorEntry().zones());
        assertEquals(0, weakestToPlc().barriers(), "the router faces the cellular network in front of the firewall");
    }

    @Test
    void aCarriedFlowIsRoutedThroughItsGateway() {
        Zone internet = zone(model, "Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL);
        Zone remoteAccess = zone(model, "Z-RA", ZoneKind.REMOTE_ACCESS, PurdueLevel.LEVEL_35);
        Conduit direct = conduit(model, "C-INET-DMZ", internet, idmz);
        Conduit toGateway = conduit(model, "C-INET-RA", internet, remoteAccess,
                asset(remoteAccess, "FW-RA", AssetType.FIREWALL));
        Conduit fromGateway = conduit(model, "C-RA-DMZ", remoteAccess, idmz,
                asset(remoteAccess, "FW-RA-2", AssetType.FIREWALL));
        Asset user = asset(internet, "USER", AssetType.EXTERNAL_ENTITY);
        Asset jumpHost = asset(idmz, "JUMP", AssetType.JUMP_HOST);
        Asset gateway = asset(remoteAccess, "VPN", AssetType.VPN_SERVER);
        Flow session = flow(model, "F-USER-JUMP", user, jumpHost);
        assertEquals(List.of(direct), List.copyOf(FlowQuery.conduits(session)));

        session.setCarriedBy(gateway);
        assertEquals(List.of(toGateway, fromGateway), List.copyOf(FlowQuery.conduits(session)));
        assertEquals(List.of(internet, remoteAccess, idmz), List.copyOf(session.getZonePath()));
        BarrierGraph graph = BarrierGraph.build(model);
        BarrierGraph.Edge edge = graph.edges(graph.index(internet)).stream().filter(e -> e.element() == session)
                .findFirst().orElseThrow();
        assertEquals(2, edge.points().length, "the carried flow crosses both firewalls of the gateway's zone");

        session.setCarriedBy(asset(internet, "ELSEWHERE", AssetType.ROUTER));
        assertEquals(List.of(direct), List.copyOf(FlowQuery.conduits(session)),
                "a carrier at one end of the flow changes nothing");
    }

    private EntryPoint vendorEntry() {
        return AttackPaths.analyse(model, PathQuery.defaults()).entries().stream()
                .filter(entry -> entry.kind() == EntryKind.REMOTE_VENDOR).findFirst().orElseThrow();
    }

    private AttackPath weakestToPlc() {
        PathReport report = AttackPaths.analyse(model, PathQuery.defaults().from("vendor"));
        return report.paths().stream().filter(path -> path.target() == plc).findFirst().orElseThrow();
    }
}
