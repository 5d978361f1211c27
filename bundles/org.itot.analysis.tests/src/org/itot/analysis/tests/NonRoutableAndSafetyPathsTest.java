package org.itot.analysis.tests;

import static org.itot.analysis.tests.Plants.asset;
import static org.itot.analysis.tests.Plants.conduit;
import static org.itot.analysis.tests.Plants.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 items 3 and 4 in the attack paths: a non-routable link (serial, hardwired, fieldbus) stays a
 * step, since whoever holds the master or gateway on one end commands the devices on the other, and it
 * crosses no enforcement point; a designated safety-system asset is a target wherever it is drawn.
 */
class NonRoutableAndSafetyPathsTest {

    private ArchitectureModel model;
    private Zone enterprise;
    private Zone supervisory;
    private Asset workstation;

    @BeforeEach
    void plant() {
        model = Plants.model();
        enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        supervisory = zone(model, "Z-SUP", ZoneKind.SUPERVISORY, PurdueLevel.LEVEL_3);
        workstation = asset(enterprise, "WS-1", AssetType.WORKSTATION);
        conduit(model, "C-ENT-SUP", enterprise, supervisory, asset(supervisory, "FW-1", AssetType.FIREWALL));
    }

    @Test
    void aSerialLineIsAStepWithoutABarrier() {
        Zone field = zone(model, "Z-FIELD", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Asset rtu = asset(field, "RTU-1", AssetType.RTU);
        Conduit serial = conduit(model, "C-SUP-FIELD", supervisory, field);
        serial.setMedium(ConduitMedium.SERIAL);

        PathReport report = AttackPaths.analyse(model, PathQuery.defaults());
        assertEquals(List.of(rtu), report.targets());
        AttackPath path = report.paths().get(0);
        assertEquals(1, path.barriers(), "FW-1 only: nothing on the serial line filters");
        assertEquals("entry WS-1 -> Z-ENT; conduit C-ENT-SUP -> Z-SUP; conduit C-SUP-FIELD -> Z-FIELD", PathText.hops(path));
        assertEquals(1, field.getMinIndependentBarriers(), "BND-09 counts the same");
    }

    @Test
    void aDesignatedSafetyHmiInTheControlRoomIsATarget() {
        Asset safetyHmi = asset(supervisory, "SIS-HMI", AssetType.HMI);
        asset(supervisory, "HIST", AssetType.DATA_HISTORIAN);
        assertEquals(List.of(), AttackPaths.analyse(model, PathQuery.defaults()).targets(), "level 3 holds no targets");

        safetyHmi.setSafetySystem(true);
        PathReport report = AttackPaths.analyse(model, PathQuery.defaults());
        assertEquals(List.of(safetyHmi), report.targets(), "the historian beside it is still no target");
        assertTrue(!report.paths().isEmpty());
        assertEquals(workstation, report.paths().get(0).hops().get(0).element());
    }
}
