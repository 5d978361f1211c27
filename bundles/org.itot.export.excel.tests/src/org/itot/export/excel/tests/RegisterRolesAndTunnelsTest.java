package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Conduits;
import org.itot.export.excel.RegisterLayout.Flows;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.export.excel.RegisterLayout.Zones;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 items 1, 2 and 5 in the register: additional roles, safety-system assets, entry points, sites,
 * conduit terminators and flow carriers are written (export only), and a register with them reads back
 * without a change.
 */
class RegisterRolesAndTunnelsTest {

    @TempDir
    Path folder;

    @Test
    void newAttributesAreWrittenAndIgnoredOnImport() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Asset plc = Registers.find(model, "CTL-PLC-01", Asset.class);
        plc.getAdditionalRoles().add(AssetType.PROTOCOL_GATEWAY);
        plc.getAdditionalRoles().add(AssetType.DATA_GATEWAY);
        plc.setSafetySystem(true);
        Zone control = Registers.find(model, "Z-CTL", Zone.class);
        control.setSite("North plant");
        Conduit conduit = model.getConduits().get(0);
        conduit.getTerminatedBy().add(plc);
        Flow flow = model.getFlows().get(0);
        flow.setCarriedBy(plc);

        Path file = Registers.export(model, folder.resolve("roles.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            assertEquals(2, text(book, Assets.SHEET, "CTL-PLC-01", Assets.ADDITIONAL_ROLES).split(", ").length);
            assertEquals("yes", text(book, Assets.SHEET, "CTL-PLC-01", Assets.SAFETY_SYSTEM));
            assertEquals("yes", text(book, Assets.SHEET, "CTL-PLC-01", Assets.ENTRY_POINT),
                    "it terminates the Internet line now");
            assertEquals("North plant", text(book, Zones.SHEET, "Z-CTL", Zones.SITE));
            assertEquals("", text(book, Zones.SHEET, "Z-OPS", Zones.SITE));
            assertEquals("CTL-PLC-01", text(book, Conduits.SHEET, conduit.getId(), Conduits.TERMINATED_BY));
            assertEquals("CTL-PLC-01", text(book, Flows.SHEET, flow.getId(), Flows.CARRIED_BY));
        }
        ImportResult back = RegisterImporter.read(model, file);
        assertEquals(List.of(), back.problems());
        assertEquals(List.of(), back.changes());
    }

    private static String text(XSSFWorkbook book, SheetLayout layout, String id, Column column) {
        var cell = Registers.row(book.getSheet(layout.name()), id).getCell(layout.index(column));
        return cell == null ? "" : cell.getStringCellValue();
    }
}
