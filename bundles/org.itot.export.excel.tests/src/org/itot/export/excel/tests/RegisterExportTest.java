package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.FirewallRules;
import org.itot.export.excel.RegisterLayout.Flows;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.export.excel.RegisterLayout.Zones;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.labels.Labels;
import org.itot.model.query.FirewallRuleQuery;
import org.itot.model.query.FlowQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written workbook, read back with POI's object model: layout, values, styles, drop-downs and links. */
class RegisterExportTest {

    @TempDir
    Path folder;

    @Test
    void everySheetHasTheLayoutsHeaderFrozenFilteredAndStyled() throws IOException {
        Path file = Registers.export(Registers.purdue(folder), folder.resolve("purdue.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(RegisterLayout.sheetNames(), names);
            assertTrue(book.isSheetHidden(book.getSheetIndex(RegisterLayout.LISTS)));
            assertEquals(0, book.getActiveSheetIndex());
            for (SheetLayout layout : RegisterLayout.tables()) {
                XSSFSheet sheet = book.getSheet(layout.name());
                Row header = sheet.getRow(0);
                for (Column column : layout.columns()) {
                    XSSFCell cell = (XSSFCell) header.getCell(layout.index(column));
                    assertEquals(column.header(), cell.getStringCellValue(), layout + " header");
                    Font font = book.getFontAt(cell.getCellStyle().getFontIndex());
                    assertTrue(font.getBold(), layout + " " + column + " header is bold");
                    boolean grey = layout.imported() && !column.imported();
                    assertEquals(grey ? IndexedColors.GREY_25_PERCENT.getIndex() : IndexedColors.DARK_TEAL.getIndex(),
                            cell.getCellStyle().getFillForegroundColor(),
                            layout + " " + column + ": grey headers mark computed columns");
                    int width = sheet.getColumnWidth(layout.index(column));
                    assertTrue(width >= 8 * 256 && width <= 61 * 256, layout + " " + column + " width " + width);
                }
                assertNotNull(sheet.getPaneInformation(), layout + " has a frozen pane");
                assertTrue(sheet.getPaneInformation().isFreezePane());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), layout + " header frozen");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), layout + " has an auto-filter");
                String filter = sheet.getCTWorksheet().getAutoFilter().getRef();
                assertTrue(filter.startsWith("A1:"), filter);
            }
        }
    }

    @Test
    void valuesMatchTheModelWithNumbersAsNumbersAndDatesAsDates() throws IOException {
        ArchitectureModel model = Registers.purdue(folder);
        Path file = Registers.export(model, folder.resolve("purdue.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            Sheet assets = book.getSheet(Assets.SHEET.name());
            assertEquals(model.getAllAssets().size(), assets.getLastRowNum());
            for (Asset asset : model.getAllAssets()) {
                Row row = Registers.row(assets, asset.getId());
                assertEquals(asset.getName(), text(row, Assets.SHEET, Assets.NAME));
                assertEquals(Labels.of(asset.getType()), text(row, Assets.SHEET, Assets.TYPE));
                assertEquals(asset.getZone().getId(), text(row, Assets.SHEET, Assets.ZONE));
                assertEquals(asset.isRemoteAccessEnabled() ? "yes" : "no", text(row, Assets.SHEET, Assets.REMOTE_ACCESS));
                assertEquals(Labels.of(asset.getCriticality()), text(row, Assets.SHEET, Assets.CRITICALITY));
                if (asset.getSlCapability() != null && asset.getSlCapability().isUniform()) {
                    Cell level = row.getCell(Assets.SHEET.index(Assets.SL_C));
                    assertEquals(CellType.NUMERIC, level.getCellType());
                    assertEquals(asset.getSlCapability().getFr1(), level.getNumericCellValue());
                }
            }
            Cell plcLevel = Registers.cell(book, Assets.SHEET, "CTL-PLC-01", Assets.PURDUE_LEVEL);
            assertEquals(CellType.NUMERIC, plcLevel.getCellType());
            assertEquals(1.0, plcLevel.getNumericCellValue());
            Cell idmz = Registers.cell(book, Zones.SHEET, "Z-IDMZ", Zones.PURDUE_LEVEL);
            assertEquals(3.5, idmz.getNumericCellValue());
            assertEquals("external", Registers.cell(book, Zones.SHEET, "Z-INTERNET", Zones.PURDUE_LEVEL)
                    .getStringCellValue());
            Cell members = Registers.cell(book, Zones.SHEET, "Z-IDMZ", Zones.ASSETS);
            assertEquals(CellType.NUMERIC, members.getCellType());
            assertEquals(Registers.find(model, "Z-IDMZ", org.itot.model.Zone.class).getAssets().size(),
                    members.getNumericCellValue());

            Sheet flows = book.getSheet(Flows.SHEET.name());
            assertEquals(model.getFlows().size(), flows.getLastRowNum());
            for (Flow flow : model.getFlows()) {
                Row row = Registers.row(flows, flow.getId());
                assertEquals(flow.getSource().getId(), text(row, Flows.SHEET, Flows.SOURCE));
                assertEquals(flow.getTarget().getZone().getId(), text(row, Flows.SHEET, Flows.TARGET_ZONE));
                assertEquals(String.join(", ", FlowQuery.conduits(flow).stream().map(Conduit::getId).toList()),
                        text(row, Flows.SHEET, Flows.CONDUITS));
            }

            Sheet summary = book.getSheet(RegisterLayout.SUMMARY);
            Map<String, Cell> values = new HashMap<>();
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(0).getCellType() == CellType.STRING) {
                    values.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1));
                }
            }
            assertEquals(model.getName(), values.get("Model").getStringCellValue());
            assertEquals("1", values.get("Revision").getStringCellValue());
            assertEquals(46.0, values.get("Assets").getNumericCellValue());
            Cell date = values.get("Exported on");
            assertTrue(DateUtil.isCellDateFormatted(date), "the export date is a date cell");
            assertEquals(Date.from(Registers.EXPORTED_ON).getTime(), date.getDateCellValue().getTime(), 1000);
            assertTrue(values.get("Tool version").getStringCellValue().endsWith("0.1.0.test"));
        }
    }

    @Test
    void enumeratedColumnsOfferTheModelsValuesAsDropDowns() throws IOException {
        Path file = Registers.export(Registers.purdue(folder), folder.resolve("purdue.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            for (RegisterLayout.Enumeration enumeration : RegisterLayout.ENUMERATIONS) {
                XSSFName name = book.getName(enumeration.name());
                assertNotNull(name, enumeration.name());
                AreaReference area = new AreaReference(name.getRefersToFormula(), book.getSpreadsheetVersion());
                List<String> values = new ArrayList<>();
                for (CellReference reference : area.getAllReferencedCells()) {
                    Cell cell = book.getSheet(reference.getSheetName()).getRow(reference.getRow())
                            .getCell(reference.getCol());
                    values.add(cell.getCellType() == CellType.NUMERIC
                            ? org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                assertEquals(enumeration.values(), values, enumeration.name());
            }
            XSSFSheet assets = book.getSheet(Assets.SHEET.name());
            Map<Integer, XSSFDataValidation> byColumn = new HashMap<>();
            for (XSSFDataValidation validation : assets.getDataValidations()) {
                byColumn.put(validation.getRegions().getCellRangeAddress(0).getFirstColumn(), validation);
            }
            for (var stored : assets.getCTWorksheet().getDataValidations().getDataValidationArray()) {
                assertFalse(stored.getShowDropDown(), "showDropDown=1 would hide the arrow");
            }
            for (Column column : Assets.SHEET.columns()) {
                XSSFDataValidation validation = byColumn.get(Assets.SHEET.index(column));
                if (column.enumeration() == null) {
                    assertEquals(null, validation, column + " has no drop-down");
                    continue;
                }
                assertNotNull(validation, column + " has a drop-down");
                assertEquals(column.enumeration().name(), validation.getValidationConstraint().getFormula1());
                assertTrue(validation.getShowErrorBox());
                assertTrue(validation.getRegions().getCellRangeAddress(0).getLastRow() > 46);
            }
        }
    }

    @Test
    void flowsLinkToTheirAssetsAndRulesToTheirDevices() throws IOException {
        ArchitectureModel model = Registers.purdue(folder);
        Path file = Registers.export(model, folder.resolve("purdue.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            Sheet assets = book.getSheet(Assets.SHEET.name());
            int checked = 0;
            for (Row row : book.getSheet(Flows.SHEET.name())) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                for (Column end : List.of(Flows.SOURCE, Flows.TARGET)) {
                    Cell cell = row.getCell(Flows.SHEET.index(end));
                    assertNotNull(cell.getHyperlink(), "flow " + row.getCell(0) + " " + end);
                    String address = cell.getHyperlink().getAddress();
                    assertTrue(address.startsWith("'Assets'!A"), address);
                    Row target = assets.getRow(Integer.parseInt(address.substring("'Assets'!A".length())) - 1);
                    assertEquals(cell.getStringCellValue(), target.getCell(0).getStringCellValue());
                    checked++;
                }
            }
            assertEquals(2 * model.getFlows().size(), checked);
            Cell device = book.getSheet(FirewallRules.SHEET.name()).getRow(1)
                    .getCell(FirewallRules.SHEET.index(FirewallRules.DEVICE));
            assertTrue(device.getHyperlink().getAddress().startsWith("'Assets'!A"));
        }
    }

    /** "Matching flows" is first-match evaluation: checked here by trying every rule on every passing flow. */
    @Test
    void eachRuleListsTheFlowsItDecides() throws IOException {
        ArchitectureModel model = Registers.purdue(folder);
        Path file = Registers.export(model, folder.resolve("purdue.xlsx"));
        Map<String, Integer> expected = new HashMap<>();
        for (Asset device : model.getAllAssets()) {
            List<FirewallRule> ordered = device.getFirewallRules().stream()
                    .sorted(Comparator.comparingInt(FirewallRule::getOrder)).toList();
            ordered.forEach(rule -> expected.put(rule.getId(), 0));
            for (Flow flow : model.getFlows()) {
                if (FlowQuery.conduits(flow).stream().noneMatch(c -> c.getEnforcedBy().contains(device))) {
                    continue;
                }
                ordered.stream().filter(rule -> FirewallRuleQuery.matches(rule, flow)).findFirst()
                        .ifPresent(rule -> expected.merge(rule.getId(), 1, Integer::sum));
            }
        }
        assertFalse(expected.isEmpty());
        try (XSSFWorkbook book = Registers.open(file)) {
            Sheet rules = book.getSheet(FirewallRules.SHEET.name());
            assertEquals(expected.size(), rules.getLastRowNum());
            int decided = 0;
            for (Row row : rules) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String id = text(row, FirewallRules.SHEET, FirewallRules.ID);
                double matched = row.getCell(FirewallRules.SHEET.index(FirewallRules.FLOWS_MATCHED))
                        .getNumericCellValue();
                assertEquals(expected.get(id).doubleValue(), matched, id);
                decided += (int) matched;
            }
            assertTrue(decided > 0);
        }
    }

    @Test
    void modelTextNeverBecomesAFormulaAndLongTextIsCut() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Asset plc = Registers.find(model, "CTL-PLC-01", Asset.class);
        plc.setName("=HYPERLINK(\"http://evil.example\",\"click\")");
        plc.setVendor("@SUM(1+1)");
        plc.setFirmware("-1+2");
        plc.setLocation("\tcmd|' /C calc'!A0");
        plc.setDescription("x".repeat(40_000));
        Path file = Registers.export(model, folder.resolve("hostile-text.xlsx"));
        try (XSSFWorkbook book = Registers.open(file)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA,
                                sheet.getSheetName() + "!" + cell.getAddress() + " is a formula");
                    }
                }
            }
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")",
                    Registers.cell(book, Assets.SHEET, "CTL-PLC-01", Assets.NAME).getStringCellValue());
            assertEquals("'@SUM(1+1)", Registers.cell(book, Assets.SHEET, "CTL-PLC-01", Assets.VENDOR)
                    .getStringCellValue());
            String description = Registers.cell(book, Assets.SHEET, "CTL-PLC-01", Assets.DESCRIPTION)
                    .getStringCellValue();
            assertEquals(32_767, description.length());
            assertTrue(description.endsWith("[cut: 40000 characters in the model]"), description.substring(32_700));
        }
        ImportResult back = RegisterImporter.read(model, file);
        assertEquals(List.of(), back.problems());
        assertEquals(List.of(), back.changes(), "neutralised and cut text reads back as what the model holds");
    }

    private static String text(Row row, SheetLayout layout, Column column) {
        Cell cell = row.getCell(layout.index(column));
        return cell == null ? "" : cell.getStringCellValue();
    }
}
