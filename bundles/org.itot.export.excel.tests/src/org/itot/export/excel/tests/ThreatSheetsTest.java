package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.RegisterLayout;
import org.itot.export.excel.RegisterLayout.LevelGaps;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Security levels" gap sheet and the "ATT&CK coverage" matrix of the register. */
class ThreatSheetsTest {

    @TempDir
    Path folder;

    @Test
    void securityLevelsSheetHasSevenRowsPerZoneWithTheGaps() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Asset plc = Registers.find(model, "CTL-PLC-01", Asset.class);
        Zone zone = plc.getZone();
        zone.setSlTarget(SecurityLevels.uniform(3));
        plc.setSlCapability(SecurityLevels.uniform(1));
        zone.getCountermeasures().clear();
        zone.setSlAchieved(SecurityLevels.uniform(2));
        zone.setSlAssessment("=cmd| assessment");
        Path file = Registers.export(model, folder.resolve("levels.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            XSSFSheet sheet = book.getSheet(LevelGaps.SHEET.name());
            assertEquals(7 * model.getAllZones().size(), sheet.getLastRowNum());
            Row fr1 = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(zone.getId())) {
                    fr1 = row;
                    break;
                }
            }
            assertEquals("FR1", cell(fr1, LevelGaps.FR).getStringCellValue());
            assertEquals(3, (int) cell(fr1, LevelGaps.SL_T).getNumericCellValue());
            assertEquals(1, (int) cell(fr1, LevelGaps.ACHIEVABLE).getNumericCellValue());
            assertEquals(2, (int) cell(fr1, LevelGaps.SL_A).getNumericCellValue());
            assertEquals(2, (int) cell(fr1, LevelGaps.DESIGN_GAP).getNumericCellValue());
            assertEquals(1, (int) cell(fr1, LevelGaps.ASSESSED_GAP).getNumericCellValue());
            assertTrue(cell(fr1, LevelGaps.ASSETS_BELOW).getStringCellValue().contains("CTL-PLC-01"));
            assertEquals("'=cmd| assessment", cell(fr1, LevelGaps.ASSESSMENT).getStringCellValue(),
                    "an assessment name cannot become a formula");
            assertEquals("ATT&CK for ICS 18.1 (built into ITOT Architect): coverage of the whole model",
                    book.getSheet(RegisterLayout.ATTACK_COVERAGE).getRow(0).getCell(0).getStringCellValue(),
                    "without ATT&CK data of its own the model is covered by the built-in release, and the sheet says so");
        }
    }

    @Test
    void coverageMatrixHasTacticsAsColumnsAndColouredTechniques() throws Exception {
        ArchitectureModel model = Registers.purdueWithAttack(folder);
        model.getAllZones().stream().filter(z -> z.getId().equals("Z-OPS")).findFirst().orElseThrow()
                .setId("=HYPERLINK(\"x\")");
        Path file = Registers.export(model, folder.resolve("coverage.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(RegisterLayout.sheetNames(true), names);
            XSSFSheet sheet = book.getSheet(RegisterLayout.ATTACK_COVERAGE);
            Row header = sheet.getRow(3);
            assertEquals(12, header.getLastCellNum());
            assertEquals("TA0108 Initial Access", header.getCell(0).getStringCellValue());
            assertEquals("TA0105 Impact", header.getCell(11).getStringCellValue());
            int techniques = 0;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().isEmpty()) {
                    break;
                }
                for (int c = 0; c < 12; c++) {
                    XSSFCell cell = (XSSFCell) row.getCell(c);
                    if (cell == null) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    techniques++;
                    short fill = cell.getCellStyle().getFillForegroundColor();
                    short expected = text.endsWith("— mitigated") ? IndexedColors.LIGHT_GREEN.getIndex()
                            : text.endsWith("— partly mitigated") ? IndexedColors.LIGHT_YELLOW.getIndex()
                            : text.endsWith("— unmitigated") ? IndexedColors.CORAL.getIndex()
                            : IndexedColors.GREY_25_PERCENT.getIndex();
                    assertEquals(expected, fill, text);
                }
            }
            // 83 current techniques; 14 of them sit in two tactics.
            assertTrue(techniques >= 83 && techniques <= 83 + 14, "technique cells: " + techniques);
            boolean neutralised = false;
            for (Row row : sheet) {
                neutralised |= row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("'=HYPERLINK");
            }
            assertTrue(neutralised, "a zone id in the per-zone table cannot become a formula");
        }
    }

    private static XSSFCell cell(Row row, RegisterLayout.Column column) {
        return (XSSFCell) row.getCell(LevelGaps.SHEET.index(column));
    }
}
