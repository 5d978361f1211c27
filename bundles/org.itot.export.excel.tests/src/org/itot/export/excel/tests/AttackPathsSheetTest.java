package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathText;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Paths;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Attack paths sheet: the analysis' paths weakest first, targets linked, model text never a formula. */
class AttackPathsSheetTest {

    @TempDir
    Path folder;

    @Test
    void theSheetListsThePathsOfTheAnalysisInOrderWithLinkedTargets() throws IOException {
        ArchitectureModel model = Registers.purdue(folder);
        List<AttackPath> paths = AttackPaths.analyse(model, PathQuery.defaults()).paths();
        assertFalse(paths.isEmpty());
        Path file = Registers.export(model, folder.resolve("purdue.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            Sheet sheet = book.getSheet(Paths.SHEET.name());
            int truncationRows = AttackPaths.analyse(model, PathQuery.defaults()).truncation().size();
            assertEquals(paths.size() + truncationRows, sheet.getLastRowNum());
            for (int i = 0; i < paths.size(); i++) {
                AttackPath path = paths.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(path.entry().label(), text(row, Paths.ENTRY), "row " + (i + 2));
                assertEquals(PathText.id(path.target()), text(row, Paths.TARGET));
                assertEquals(path.barriers(), number(row, Paths.BARRIERS));
                assertEquals(path.monitoredHops(), number(row, Paths.MONITORED_HOPS));
                assertEquals(path.hops().size(), number(row, Paths.HOPS));
                assertEquals(PathText.hops(path), text(row, Paths.ROUTE));
                assertEquals(PathText.names(path.enforcingDevices()), text(row, Paths.ENFORCED_BY));
            }
            Cell target = sheet.getRow(1).getCell(Paths.SHEET.index(Paths.TARGET));
            assertEquals("'" + Assets.SHEET.name() + "'!A"
                    + (Registers.row(book.getSheet(Assets.SHEET.name()), paths.get(0).target().getId()).getRowNum() + 1),
                    target.getHyperlink().getAddress());
        }
    }

    @Test
    void hostileTargetNamesAreWrittenAsText() throws IOException {
        ArchitectureModel model = Registers.purdue(folder);
        Asset plc = Registers.find(model, "CTL-PLC-01", Asset.class);
        plc.setName("=HYPERLINK(\"http://evil.example\",\"click\")");
        Path file = Registers.export(model, folder.resolve("hostile.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            Sheet sheet = book.getSheet(Paths.SHEET.name());
            boolean seen = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, cell.getAddress() + " is a formula");
                }
                if (row.getRowNum() > 0 && "CTL-PLC-01".equals(text(row, Paths.TARGET))) {
                    assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", text(row, Paths.TARGET_NAME));
                    seen = true;
                }
            }
            assertTrue(seen, "the PLC is a target of some path");
        }
    }

    private static String text(Row row, Column column) {
        Cell cell = row.getCell(Paths.SHEET.index(column));
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static int number(Row row, Column column) {
        return (int) row.getCell(Paths.SHEET.index(column)).getNumericCellValue();
    }
}
