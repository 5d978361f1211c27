package org.itot.analysis.tests;

import static org.itot.analysis.tests.Plants.asset;
import static org.itot.analysis.tests.Plants.conduit;
import static org.itot.analysis.tests.Plants.flow;
import static org.itot.analysis.tests.Plants.interfaces;
import static org.itot.analysis.tests.Plants.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.EntryKind;
import org.itot.analysis.paths.EntryPoint;
import org.itot.analysis.paths.Hop;
import org.itot.analysis.paths.HopKind;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.analysis.paths.UnknownElementException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Path analysis on hand-built plants with known answers: an enterprise zone with a workstation,
 * an iDMZ and a control zone with a PLC; each test adds the conduits and devices it is about.
 */
class AttackPathsTest {

    private ArchitectureModel model;
    private Zone enterprise;
    private Zone idmz;
    private Zone control;
    private Asset workstation;
    private Asset plc;

    @BeforeEach
    void plant() {
        model = Plants.model();
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        workstation = asset(enterprise, "WS-1", AssetType.WORKSTATION);
        plc = asset(control, "PLC-1", AssetType.PLC);
    }

    @Test
    void unenforcedConduitIsAPathWithNoBarrier() {
        conduit(model, "C-ENT-CTL", enterprise, control);
        PathReport report = analyse(PathQuery.defaults());
        assertEquals(List.of("enterprise"), report.entries().stream().map(EntryPoint::id).toList());
        EntryPoint entry = report.entries().get(0);
        assertEquals(EntryKind.ENTERPRISE, entry.kind());
        assertTrue(entry.modelled(), "a workstation in an enterprise zone models the enterprise users");
        assertEquals(List.of(plc), report.targets());
        AttackPath path = single(report);
        assertEquals(0, path.barriers());
        assertEquals(0, path.monitoredHops());
        assertEquals(List.of(HopKind.ENTRY, HopKind.CONDUIT), path.hops().stream().map(Hop::kind).toList());
        assertEquals("entry WS-1 -> Z-ENT; conduit C-ENT-CTL -> Z-CTL", PathText.hops(path));
        assertEquals("enterprise -> PLC-1 via WS-1, C-ENT-CTL", path.key());
        assertFalse(report.truncated());
    }

    @Test
    void oneFirewallIsOneBarrier() {
        Asset firewall = asset(enterprise, "FW-1", AssetType.FIREWALL);
        conduit(model, "C-ENT-CTL", enterprise, control, firewall);
        AttackPath path = single(analyse(PathQuery.defaults()));
        assertEquals(1, path.barriers());
        assertEquals(List.of(firewall), path.enforcingDevices());
    }

    @Test
    void twoFirewallsAtTwoBoundariesAreTwoBarriersAndTheIdsCountsOneMonitoredHop() {
        Asset itFirewall = asset(enterprise, "FW-IT", AssetType.FIREWALL);
        Asset otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        Asset ids = asset(idmz, "IDS-1", AssetType.IDS);
        conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        conduit(model, "C-DMZ-CTL", idmz, control, otFirewall).getMonitoredBy().add(ids);
        AttackPath path = single(analyse(PathQuery.defaults()));
        assertEquals(2, path.barriers());
        assertEquals(1, path.monitoredHops());
        assertEquals(List.of(itFirewall, otFirewall), path.enforcingDevices());
        assertEquals(List.of(ids), path.monitoringDevices());
        assertEquals(List.of(enterprise, idmz, control), path.hops().stream().map(Hop::to).toList());
    }

    @Test
    void highAvailabilityPairAndTheSameFirewallTwiceCountOnce() {
        Asset primary = asset(enterprise, "FW-A", AssetType.FIREWALL);
        Asset secondary = asset(idmz, "FW-B", AssetType.FIREWALL);
        conduit(model, "C-ENT-DMZ", enterprise, idmz, primary);
        conduit(model, "C-DMZ-CTL", idmz, control, secondary);
        primary.setRedundancyGroup("HA-1");
        secondary.setRedundancyGroup("HA-1");
        AttackPath pair = single(analyse(PathQuery.defaults()));
        assertEquals(1, pair.barriers(), "an HA pair is one barrier");
        assertEquals(List.of(primary, secondary), pair.enforcingDevices(), "both devices are still listed");

        secondary.setRedundancyGroup("HA-2");
        assertEquals(2, single(analyse(PathQuery.defaults())).barriers());

        model.getConduits().get(1).getEnforcedBy().set(0, primary);
        AttackPath twice = single(analyse(PathQuery.defaults()));
        assertEquals(1, twice.barriers(), "the same firewall crossed twice is one barrier");
    }

    @Test
    void dualHomedHostIsABypassListedBeforeTheGuardedRoute() {
        Asset itFirewall = asset(enterprise, "FW-IT", AssetType.FIREWALL);
        Asset otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        conduit(model, "C-DMZ-CTL", idmz, control, otFirewall);
        Asset hmi = asset(control, "HMI-1", AssetType.HMI);
        interfaces(hmi, control, enterprise);

        PathReport report = analyse(PathQuery.defaults().to("PLC-1"));
        assertEquals(2, report.paths().size());
        AttackPath bypass = report.paths().get(0);
        assertEquals(0, bypass.barriers());
        assertEquals(List.of(HopKind.ENTRY, HopKind.BYPASS), bypass.hops().stream().map(Hop::kind).toList());
        assertEquals(hmi, bypass.hops().get(1).element());
        assertEquals(2, report.paths().get(1).barriers());
        assertEquals(0, control.getMinIndependentBarriers(),
                "BND-09's figure sees the bypass too");
    }

    @Test
    void enforcementDeviceWithInterfacesInBothZonesIsNoBypass() {
        Asset firewall = asset(enterprise, "FW-1", AssetType.FIREWALL);
        interfaces(firewall, enterprise, control);
        conduit(model, "C-ENT-CTL", enterprise, control, firewall);
        assertEquals(1, single(analyse(PathQuery.defaults())).barriers());
    }

    @Test
    void flowWithoutAConduitIsAnUnprotectedPathAndAFlowOverConduitsCarriesTheirBarriers() {
        flow(model, "F-WS-PLC", workstation, plc);
        AttackPath unprotected = single(analyse(PathQuery.defaults()));
        assertEquals(List.of(HopKind.ENTRY, HopKind.FLOW), unprotected.hops().stream().map(Hop::kind).toList());
        assertEquals(0, unprotected.barriers());

        Asset itFirewall = asset(enterprise, "FW-IT", AssetType.FIREWALL);
        Asset otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        Conduit upper = conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        Conduit lower = conduit(model, "C-DMZ-CTL", idmz, control, otFirewall);
        List<AttackPath> paths = analyse(PathQuery.defaults()).paths();
        assertEquals(2, paths.size(), "the flow and the conduits are two routes");
        assertTrue(paths.stream().allMatch(path -> path.barriers() == 2));
        AttackPath overFlow = paths.get(0);
        assertEquals(List.of(HopKind.ENTRY, HopKind.FLOW), overFlow.hops().stream().map(Hop::kind).toList(),
                "the same barriers in fewer hops come first");
        assertEquals(List.of(upper, lower), overFlow.hops().get(1).conduits());
        assertEquals(List.of(itFirewall, otFirewall), overFlow.enforcingDevices());
    }

    @Test
    void aFlowOverTheOneConduitJoiningItsZonesIsNoSecondRoute() {
        Asset firewall = asset(enterprise, "FW-1", AssetType.FIREWALL);
        conduit(model, "C-ENT-CTL", enterprise, control, firewall);
        flow(model, "F-WS-PLC", workstation, plc);
        AttackPath path = single(analyse(PathQuery.defaults()));
        assertEquals(List.of(HopKind.ENTRY, HopKind.CONDUIT), path.hops().stream().map(Hop::kind).toList());
        assertEquals(1, path.barriers());
    }

    @Test
    void dataDiodeStopsPathsFromTheEnterpriseSide() {
        Asset diode = asset(control, "DIODE-1", AssetType.DATA_DIODE);
        conduit(model, "C-CTL-ENT", control, enterprise, diode);
        assertEquals(List.of(), analyse(PathQuery.defaults()).paths());
        assertEquals(-1, control.getMinIndependentBarriers(), "BND-09 agrees: no way in");
    }

    @Test
    void cyclicPlantTerminatesWithSimplePathsWeakestFirst() {
        // A ring ENT - DMZ - OPS - CTL - DMZ2 - ENT with a chord DMZ - CTL: many cycles.
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        Zone idmz2 = zone(model, "Z-DMZ2", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Asset fw1 = asset(enterprise, "FW-1", AssetType.FIREWALL);
        Asset fw2 = asset(idmz, "FW-2", AssetType.FIREWALL);
        Asset fw3 = asset(operations, "FW-3", AssetType.FIREWALL);
        conduit(model, "C1", enterprise, idmz, fw1);
        conduit(model, "C2", idmz, operations, fw2);
        conduit(model, "C3", operations, control, fw3);
        conduit(model, "C4", control, idmz2, fw3);
        conduit(model, "C5", idmz2, enterprise, fw1);
        conduit(model, "C6", idmz, control, fw2);
        PathReport report = analyse(PathQuery.defaults().perPair(10));
        List<AttackPath> paths = report.paths();
        assertFalse(report.truncated());
        // ENT-C5-DMZ2-C4-CTL and ENT-C1-DMZ-C6-CTL both cross two points; the rest three.
        assertEquals(List.of(2, 2), paths.stream().limit(2).map(AttackPath::barriers).toList());
        assertEquals(Set.of(List.of("WS-1", "C1", "C6"), List.of("WS-1", "C5", "C4")),
                paths.stream().limit(2).map(AttackPathsTest::elementIds).collect(Collectors.toSet()));
        for (int i = 1; i < paths.size(); i++) {
            assertTrue(paths.get(i - 1).barriers() <= paths.get(i).barriers(), "weakest first");
        }
        for (AttackPath path : paths) {
            Set<Zone> visited = new HashSet<>();
            path.hops().forEach(hop -> assertTrue(visited.add(hop.to()), "simple path: " + path.key()));
        }
        // The only simple routes from ENT to CTL; walks round the ring would revisit a zone.
        assertEquals(Set.of("C1,C6", "C1,C2,C3", "C5,C4"),
                paths.stream().map(path -> String.join(",", elementIds(path).subList(1,
                        path.hops().size()))).collect(Collectors.toSet()));
        assertEquals(2, control.getMinIndependentBarriers());
    }

    @Test
    void largeRingStaysBoundedAndSaysWhenItStopped() {
        Zone previous = enterprise;
        for (int i = 0; i < 30; i++) {
            Zone next = zone(model, "Z-R" + i, ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
            conduit(model, "C-R" + i, previous, next);
            conduit(model, "C-X" + i, next, control);
            previous = next;
        }
        conduit(model, "C-CLOSE", previous, enterprise);
        PathReport report = analyse(PathQuery.defaults().perPair(1000).maxExpansions(500));
        assertTrue(report.truncated());
        assertTrue(report.truncation().stream().anyMatch(reason -> reason.contains("expansion limit")),
                report.truncation().toString());
        assertTrue(report.expansions() <= 500);
        assertEquals(0, report.paths().get(0).barriers());
    }

    @Test
    void totalLimitCutsTheListAndSaysSo() {
        conduit(model, "C-ENT-CTL", enterprise, control);
        for (int i = 0; i < 5; i++) {
            asset(control, "PLC-X" + i, AssetType.PLC);
        }
        PathReport report = analyse(PathQuery.defaults().total(2));
        assertEquals(2, report.paths().size());
        assertEquals(List.of("6 paths found, the weakest 2 listed (total limit)"), report.truncation());
    }

    @Test
    void entryPointsAreModelledOrDefaulted() {
        Asset firewall = asset(enterprise, "FW-1", AssetType.FIREWALL);
        conduit(model, "C-ENT-CTL", enterprise, control, firewall);
        Asset gateway = asset(idmz, "RAG-1", AssetType.REMOTE_ACCESS_GATEWAY);
        gateway.setRemoteAccessEnabled(true);
        gateway.setInternetExposed(true);
        asset(control, "AP-1", AssetType.WIRELESS_AP);
        Zone transientZone = zone(model, "Z-TRANSIENT", ZoneKind.TRANSIENT, PurdueLevel.LEVEL_3);
        asset(transientZone, "LAPTOP-1", AssetType.TRANSIENT_DEVICE);

        PathReport report = analyse(PathQuery.defaults());
        assertEquals(List.of("internet:defaulted:Z-DMZ", "enterprise:modelled:Z-ENT", "vendor:defaulted:Z-DMZ",
                "wireless:modelled:Z-CTL", "transient:modelled:Z-TRANSIENT"),
                report.entries().stream().map(entry -> entry.id() + ":" + entry.origin() + ":"
                        + String.join(",", entry.zones().stream().map(Zone::getId).toList())).toList());
        AttackPath weakest = report.paths().get(0);
        assertEquals(EntryKind.WIRELESS, weakest.entry().kind(), "the access point in the control zone");
        assertEquals(1, weakest.hops().size());

        Zone internet = zone(model, "Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL);
        EntryPoint internetEntry = analyse(PathQuery.defaults()).entries().get(0);
        assertTrue(internetEntry.modelled());
        assertEquals(List.of(internet, idmz), internetEntry.zones(), "the Internet zone and the exposed gateway");
    }

    @Test
    void remoteAccessFlowsFromOutsideThePlantAreVendorsAndFromTheOfficeAreNot() {
        Asset gateway = asset(idmz, "RAG-1", AssetType.REMOTE_ACCESS_GATEWAY);
        flow(model, "F-OFFICE-RAG", workstation, gateway).setRemoteAccess(true);
        assertTrue(analyse(PathQuery.defaults()).entries().stream().noneMatch(e -> e.kind() == EntryKind.REMOTE_VENDOR),
                "an employee's session from the office is no vendor");

        Zone internet = zone(model, "Z-INET", ZoneKind.INTERNET, PurdueLevel.EXTERNAL);
        Asset engineer = asset(internet, "VENDOR-ENG", AssetType.EXTERNAL_ENTITY);
        flow(model, "F-VENDOR-RAG", engineer, gateway).setRemoteAccess(true);
        EntryPoint vendor = analyse(PathQuery.defaults()).entries().stream()
                .filter(e -> e.kind() == EntryKind.REMOTE_VENDOR).findFirst().orElseThrow();
        assertTrue(vendor.modelled());
        assertEquals(List.of(internet), vendor.zones());
    }

    @Test
    void enterpriseUsersAreDefaultedToEnterpriseZonesWithoutWorkstations() {
        enterprise.getAssets().remove(workstation);
        conduit(model, "C-ENT-CTL", enterprise, control);
        EntryPoint entry = analyse(PathQuery.defaults()).entries().get(0);
        assertEquals(EntryKind.ENTERPRISE, entry.kind());
        assertFalse(entry.modelled());
        assertEquals("Enterprise users (defaulted)", entry.label());
    }

    @Test
    void fromAndToSelectEntriesAndTargets() {
        conduit(model, "C-ENT-CTL", enterprise, control);
        Asset ap = asset(control, "AP-1", AssetType.WIRELESS_AP);
        Asset rtu = asset(control, "RTU-1", AssetType.RTU);

        PathReport wireless = analyse(PathQuery.defaults().from("wireless"));
        assertEquals(List.of(EntryKind.WIRELESS), wireless.entries().stream().map(EntryPoint::kind).toList());
        assertTrue(wireless.paths().stream().allMatch(path -> path.entry().kind() == EntryKind.WIRELESS));

        PathReport toRtu = analyse(PathQuery.defaults().to("RTU-1 name"));
        assertEquals(List.of(rtu), toRtu.targets(), "--to takes a name as well as an id");
        assertTrue(toRtu.paths().stream().allMatch(path -> path.target() == rtu));

        PathReport chosen = analyse(PathQuery.defaults().from("WS-1").to("PLC-1"));
        assertEquals(EntryKind.CHOSEN, chosen.entries().get(0).kind());
        assertEquals(List.of("chosen:WS-1 -> PLC-1 via WS-1, C-ENT-CTL"),
                chosen.paths().stream().map(AttackPath::key).toList());
        assertEquals(ap, analyse(PathQuery.defaults().to("AP-1")).targets().get(0));

        UnknownElementException unknownFrom = assertThrows(UnknownElementException.class,
                () -> analyse(PathQuery.defaults().from("NOPE")));
        assertTrue(unknownFrom.getMessage().startsWith("--from 'NOPE' names no entry point, asset or zone"),
                unknownFrom.getMessage());
        assertTrue(unknownFrom.getMessage().contains("enterprise, wireless"), unknownFrom.getMessage());
        UnknownElementException unknownTo = assertThrows(UnknownElementException.class,
                () -> analyse(PathQuery.defaults().to("C-ENT-CTL")));
        assertTrue(unknownTo.getMessage().contains("--to 'C-ENT-CTL' names no asset or zone of the model (it is a"
                + " Conduit)"), unknownTo.getMessage());
    }

    @Test
    void defenceInDepthFiguresAgreeWithTheWeakestPath() {
        Asset itFirewall = asset(enterprise, "FW-IT", AssetType.FIREWALL);
        Asset otFirewall = asset(idmz, "FW-OT", AssetType.FIREWALL);
        conduit(model, "C-ENT-DMZ", enterprise, idmz, itFirewall);
        conduit(model, "C-DMZ-CTL", idmz, control, otFirewall).getMonitoredBy().add(asset(idmz, "IDS", AssetType.IDS));
        conduit(model, "C-ENT-CTL", enterprise, control, itFirewall);
        assertEquals(1, control.getMinIndependentBarriers());
        assertEquals(1, idmz.getMinIndependentBarriers());
        assertEquals(0, enterprise.getMinIndependentBarriers());
        assertEquals(0, control.getMinMonitoredConduits(), "the direct conduit is unmonitored");
        assertEquals(1, analyse(PathQuery.defaults()).paths().get(0).barriers(), "the weakest path agrees with BND-09");
    }

    @Test
    void syntheticPlantIsAnalysedWithinTheLimits() {
        ArchitectureModel plant = SyntheticPlant.generate(2_000, 7);
        PathReport report = AttackPaths.analyse(plant, PathQuery.defaults());
        assertFalse(report.entries().isEmpty());
        assertFalse(report.paths().isEmpty());
        assertTrue(report.paths().size() <= PathQuery.DEFAULT_TOTAL);
        assertTrue(report.targets().size() > 1_000, "level 0-2 assets of the plant: " + report.targets().size());
        for (int i = 1; i < report.paths().size(); i++) {
            AttackPath before = report.paths().get(i - 1);
            AttackPath after = report.paths().get(i);
            assertTrue(before.barriers() < after.barriers() || before.barriers() == after.barriers()
                    && before.monitoredHops() <= after.monitoredHops(), "weakest first at " + i);
        }
    }

    private PathReport analyse(PathQuery query) {
        return AttackPaths.analyse(model, query);
    }

    private static AttackPath single(PathReport report) {
        assertEquals(1, report.paths().size(), () -> report.paths().stream().map(AttackPath::key).toList().toString());
        return report.paths().get(0);
    }

    /** Ids of a path's hop elements. */
    private static List<String> elementIds(AttackPath path) {
        return path.hops().stream().map(hop -> PathText.id(hop.element())).toList();
    }
}
