package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ImportProblem;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Flows;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.export.excel.RegisterLayout.Zones;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Criticality;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.Ownership;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.query.SecurityLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers read back into the model: identity round trip, exact changes, one undo, all or nothing. */
class RegisterImportTest {

    @TempDir
    Path folder;

    @Test
    void anUneditedRegisterChangesNothing() throws IOException, Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Asset plc = Registers.find(model, "CTL-PLC-01", Asset.class);
        // Text that spreadsheets like to mangle: formula triggers, quotes, spaces, line breaks, other scripts.
        plc.setName("'quoted' = name");
        plc.setVendor("  spaced  ");
        plc.setDescription("line one\nline two\r\nline three\ttabbed, Grüße, 制御");
        plc.setFirmware("-2.10");
        plc.setLocation("@hall");
        model = Registers.inResource(model, folder.resolve("tricky.itot"));
        ArchitectureModel before = EcoreUtil.copy(model);

        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        ImportResult result = RegisterImporter.read(model, register);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.changes());
        assertFalse(result.hasChanges());
        assertNull(result.command());
        result.apply();
        assertTrue(EcoreUtil.equals(before, model));
        assertFalse(ModelEditing.commandStackFor(model).canUndo(), "nothing was put on the command stack");
    }

    @Test
    void editingOneCellChangesExactlyThatAttributeAndOneUndoRevertsIt() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        ArchitectureModel before = EcoreUtil.copy(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"),
                book -> Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.FIRMWARE).setCellValue("4.2.1"));

        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.changes().size(), result.changes().toString());
        assertTrue(result.changes().get(0).startsWith("Assets row "), result.changes().get(0));
        // The preview names the element by id and name (issue 18, item 10).
        assertTrue(result.changes().get(0).endsWith("(CTL-PLC-01 'Filtration PLC'): Firmware '"
                + Registers.find(before, "CTL-PLC-01", Asset.class).getFirmware() + "' → '4.2.1'"),
                result.changes().get(0));
        result.apply();

        ArchitectureModel expected = EcoreUtil.copy(before);
        Registers.find(expected, "CTL-PLC-01", Asset.class).setFirmware("4.2.1");
        assertTrue(EcoreUtil.equals(expected, model), "only the firmware changed");
        ModelEditing.commandStackFor(model).undo();
        assertTrue(EcoreUtil.equals(before, model), "one undo reverts the import");
        assertFalse(ModelEditing.commandStackFor(model).canUndo());
    }

    @Test
    void newRowsCreateZonesAssetsAndFlowsAndMovesAreApplied() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        ArchitectureModel before = EcoreUtil.copy(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> {
            Row zone = newRow(book.getSheet(Zones.SHEET.name()));
            set(zone, Zones.SHEET, Zones.ID, "Z-CELL2");
            set(zone, Zones.SHEET, Zones.NAME, "Packaging cell");
            set(zone, Zones.SHEET, Zones.KIND, "basicControl");
            zone.createCell(Zones.SHEET.index(Zones.PURDUE_LEVEL)).setCellValue(1);
            set(zone, Zones.SHEET, Zones.PARENT, "Z-CTL");
            zone.createCell(Zones.SHEET.index(Zones.SL_T)).setCellValue(2);
            Row asset = newRow(book.getSheet(Assets.SHEET.name()));
            set(asset, Assets.SHEET, Assets.ID, "CTL-PLC-09");
            set(asset, Assets.SHEET, Assets.NAME, "Packaging PLC");
            set(asset, Assets.SHEET, Assets.TYPE, "PLC");
            set(asset, Assets.SHEET, Assets.ZONE, "Z-CELL2");
            set(asset, Assets.SHEET, Assets.CRITICALITY, "high");
            set(asset, Assets.SHEET, Assets.ADDRESSES, "10.20.1.9, 10.20.1.10");
            Row flow = newRow(book.getSheet(Flows.SHEET.name()));
            set(flow, Flows.SHEET, Flows.ID, "F-NEW");
            set(flow, Flows.SHEET, Flows.SOURCE, "CTL-PLC-09");
            set(flow, Flows.SHEET, Flows.TARGET, "CTL-PLC-01");
            set(flow, Flows.SHEET, Flows.PROTOCOL, "P-ENIP");
            set(flow, Flows.SHEET, Flows.PORTS, "44818/tcp");
            set(flow, Flows.SHEET, Flows.OPERATION, "read");
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-02", Assets.ZONE).setCellValue("Z-SUP");
        });

        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(List.of(), result.problems());
        assertEquals(4, result.changes().size(), result.changes().toString());
        result.apply();

        Zone cell = Registers.find(model, "Z-CELL2", Zone.class);
        assertEquals("Z-CTL", ((Zone) cell.eContainer()).getId());
        assertEquals(PurdueLevel.LEVEL_1, cell.getPurdueLevel());
        assertEquals(2, SecurityLevels.scalar(cell.getSlTarget()));
        Asset plc = Registers.find(model, "CTL-PLC-09", Asset.class);
        assertEquals(cell, plc.getZone());
        assertEquals(AssetType.PLC, plc.getType());
        assertEquals(Criticality.HIGH, plc.getCriticality());
        assertEquals(List.of("10.20.1.9", "10.20.1.10"), plc.getInterfaces().get(0).getAddresses());
        Flow flow = Registers.find(model, "F-NEW", Flow.class);
        assertEquals(plc, flow.getSource());
        assertEquals("P-ENIP", flow.getProtocol().getId());
        assertEquals("Z-SUP", Registers.find(model, "CTL-PLC-02", Asset.class).getZone().getId());

        ModelEditing.commandStackFor(model).undo();
        assertTrue(EcoreUtil.equals(before, model), "one undo removes what the import created and moved");
    }

    @Test
    void oneBadCellMeansNothingIsAppliedAndTheProblemNamesSheetRowAndColumn() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        ArchitectureModel before = EcoreUtil.copy(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        int[] row = new int[1];
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> {
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.FIRMWARE).setCellValue("4.2.1");
            Registers.replaceCell(book, Assets.SHEET, "SUP-HMI-01", Assets.CRITICALITY).setCellValue("severe");
            Registers.replaceCell(book, Assets.SHEET, "SUP-HMI-02", Assets.ZONE).setCellValue("Z-NOWHERE");
            row[0] = Registers.row(book.getSheet(Assets.SHEET.name()), "SUP-HMI-01").getRowNum() + 1;
        });

        ImportResult result = RegisterImporter.read(model, edited);
        assertFalse(result.isValid());
        assertNull(result.command());
        assertThrows(IllegalStateException.class, result::apply);
        assertTrue(EcoreUtil.equals(before, model), "nothing was applied");
        assertEquals(2, result.problems().size(), result.problems().toString());
        ImportProblem criticality = result.problems().get(0);
        assertEquals(new ImportProblem("Assets", row[0], "K", "Criticality",
                "'severe' is not one of Unspecified, Low, Medium, High, Critical"), criticality);
        assertEquals("Assets row " + row[0] + ", column K (Criticality): 'severe' is not one of Unspecified, Low, "
                + "Medium, High, Critical", criticality.toString());
        assertTrue(result.problems().get(1).toString().contains("column D (Zone): no zone with the id 'Z-NOWHERE'"),
                result.problems().get(1).toString());
    }

    @Test
    void registerShowsLabelsAndImportAcceptsLabelsAndLiteralsInAnyCase() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Asset plc = Registers.find(model, "CTL-PLC-01", Asset.class);
        plc.setOwner(Ownership.OT);
        Flow flow = model.getFlows().get(0);
        flow.setOperation(FlowOperation.INTERACTIVE_SESSION);
        model = Registers.inResource(model, folder.resolve("labels.itot"));
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        try (var book = Registers.open(register)) {
            assertEquals("PLC", Registers.cell(book, Assets.SHEET, "CTL-PLC-01", Assets.TYPE).getStringCellValue());
            assertEquals("OT", Registers.cell(book, Assets.SHEET, "CTL-PLC-01", Assets.OWNER).getStringCellValue());
            assertEquals("Interactive session", Registers.cell(book, Flows.SHEET, flow.getId(), Flows.OPERATION)
                    .getStringCellValue());
        }
        assertTrue(RegisterImporter.read(model, register).changes().isEmpty(), "labels read back as the same values");

        ArchitectureModel before = EcoreUtil.copy(model);
        String flowId = flow.getId();
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> {
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.OWNER).setCellValue("joint (it and ot)");
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.TYPE).setCellValue("safetyController");
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-02", Assets.OWNER).setCellValue("it");
            Registers.replaceCell(book, Flows.SHEET, flowId, Flows.OPERATION).setCellValue("FILE TRANSFER");
        });
        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(List.of(), result.problems());
        assertTrue(result.changes().stream().anyMatch(c -> c.endsWith("(CTL-PLC-01 'Filtration PLC'): Owner OT → Joint (IT and OT)")),
                "changes are listed in labels: " + result.changes());
        result.apply();
        assertEquals(Ownership.JOINT, Registers.find(model, "CTL-PLC-01", Asset.class).getOwner());
        assertEquals(AssetType.SAFETY_CONTROLLER, Registers.find(model, "CTL-PLC-01", Asset.class).getType());
        assertEquals(Ownership.IT, Registers.find(model, "CTL-PLC-02", Asset.class).getOwner());
        assertEquals(FlowOperation.FILE_TRANSFER, Registers.find(model, flowId, Flow.class).getOperation());
        assertFalse(EcoreUtil.equals(before, model));
    }

    private static Row newRow(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private static void set(Row row, SheetLayout layout, Column column, String value) {
        row.createCell(layout.index(column)).setCellValue(value);
    }
}
