package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.RegisterLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Ownership;
import org.itot.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's Completeness sheet (issue 16 item 6): for each rule what the model lacks to decide, from the
 * register's findings; a complete model says so in one line.
 */
class CompletenessSheetTest {

    @TempDir
    Path folder;

    @Test
    void aZoneWithoutSlTargetAndAConduitWithoutOwnerAreListedPerRule() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Zone zone = model.getAllZones().stream().filter(z -> z.getId().startsWith("Z-")).findFirst().orElseThrow();
        zone.setSlTarget(null);
        Conduit conduit = model.getConduits().get(0);
        conduit.setOwner(Ownership.UNASSIGNED);
        Path register = Registers.export(model, folder.resolve("incomplete.xlsx"));

        try (XSSFWorkbook book = Registers.open(register)) {
            Sheet sheet = book.getSheet(RegisterLayout.COMPLETENESS);
            assertNotNull(sheet);
            assertEquals(List.of("Rule", "Missing input", "Element", "Zone", "Count", "Reported by", "Finding id",
                    "Status", "Enter it in"), texts(sheet.getRow(0)));
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(texts(sheet.getRow(r)));
            }
            List<String> sl01 = rows.stream().filter(row -> row.get(0).equals("SL-01")).findFirst().orElseThrow();
            assertEquals("SL-T", sl01.get(1));
            assertTrue(sl01.get(2).contains(zone.getId()), sl01.toString());
            assertEquals("1", sl01.get(4));
            assertEquals("SL-01@" + zone.getId() + "#sl-t", sl01.get(6));
            assertTrue(sl01.get(8).contains("Properties > Security levels"), sl01.toString());
            // SL-03 reads SL-T too: it cannot decide that zone either, as SL-01 reports.
            assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("SL-03") && row.get(1).equals("SL-T")
                    && row.get(5).equals("SL-01")), rows.toString());
            assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("OPS-02") && row.get(1).equals("owner")),
                    rows.toString());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(4).getCellType());
        }
    }

    @Test
    void theCompletePurdueTemplateSaysItIsComplete() throws Exception {
        Path register = Registers.export(Registers.purdue(folder), folder.resolve("purdue.xlsx"));
        try (XSSFWorkbook book = Registers.open(register)) {
            Sheet sheet = book.getSheet(RegisterLayout.COMPLETENESS);
            assertEquals(1, sheet.getLastRowNum());
            assertTrue(texts(sheet.getRow(1)).get(0).startsWith("Complete"), texts(sheet.getRow(1)).toString());
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }
}
