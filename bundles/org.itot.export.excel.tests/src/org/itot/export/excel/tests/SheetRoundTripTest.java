package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ImportOptions;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.ImportProblem;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Conduits;
import org.itot.export.excel.RegisterLayout.Findings;
import org.itot.export.excel.RegisterLayout.FirewallRules;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.RuleAction;
import org.itot.model.Waiver;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip over the sheets beyond assets, zones and flows (issue 18): conduits, firewall rules (change, add,
 * reorder, delete) and accepted risks in the Findings sheet, all previewed exactly and applied as one undo; computed
 * cells locked and their edits reported; the register stamped with its model; a print layout on every sheet.
 */
class SheetRoundTripTest {

    @TempDir
    Path folder;

    /** The register edits of the "done when", on the Purdue template, and what they must change. */
    static final class Edits {
        final Conduit conduit;
        final Asset device;
        final FirewallRule first;
        final FirewallRule second;
        final RuleDiagnostic finding;
        /** The orders before the import (the rules themselves change). */
        final int firstOrder;
        final int secondOrder;

        Edits(ArchitectureModel model) {
            conduit = model.getConduits().get(0);
            device = model.getAllAssets().stream().filter(a -> a.getFirewallRules().size() >= 2).findFirst()
                    .orElseThrow();
            List<FirewallRule> rules = device.getFirewallRules().stream()
                    .sorted(Comparator.comparingInt(FirewallRule::getOrder)).toList();
            first = rules.get(0);
            second = rules.get(1);
            firstOrder = first.getOrder();
            secondOrder = second.getOrder();
            finding = ModelFindings.findings(model, ModelFindings.Configuration.builtInOnly()).stream()
                    .filter(f -> !f.isAccepted() && f.waiverNote() == null).findFirst().orElseThrow();
        }

        void apply(XSSFWorkbook book) {
            Registers.replaceCell(book, Conduits.SHEET, conduit.getId(), Conduits.NAME).setCellValue("Renamed conduit");
            ruleCell(book, first.getId(), FirewallRules.NAME).setCellValue("Renamed rule");
            ruleCell(book, first.getId(), FirewallRules.ORDER).setCellValue(second.getOrder());
            ruleCell(book, second.getId(), FirewallRules.ORDER).setCellValue(first.getOrder());
            Sheet rules = book.getSheet(FirewallRules.SHEET.name());
            Row added = rules.createRow(rules.getLastRowNum() + 1);
            set(added, FirewallRules.DEVICE, device.getId());
            added.createCell(FirewallRules.SHEET.index(FirewallRules.ORDER)).setCellValue(5);
            set(added, FirewallRules.ID, "FW-ADDED-1");
            set(added, FirewallRules.NAME, "Allow the historian to read");
            set(added, FirewallRules.SOURCE, "any");
            set(added, FirewallRules.DESTINATION, device.getId());
            set(added, FirewallRules.SERVICE, "502/tcp");
            set(added, FirewallRules.ACTION, "allow");
            set(added, FirewallRules.LOGGING, "yes");
            Row findingRow = findingRow(book, finding.findingId());
            replace(findingRow, Findings.STATUS).setCellValue("accepted");
            replace(findingRow, Findings.RATIONALE).setCellValue("Compensated by the plant's monitoring");
            replace(findingRow, Findings.AUTHOR).setCellValue("A. Consultant");
            Cell expires = replace(findingRow, Findings.EXPIRES_ON);
            expires.setCellValue(expiry());
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            expires.setCellStyle(date);
        }

        /** Exactly one line per edit: renamed conduit and rule, two orders, a new rule, an accepted finding. */
        void assertPreview(List<String> changes) {
            assertEquals(6, changes.size(), String.join("\n", changes));
            assertOne(changes, "Conduits row ", "(" + conduit.getId() + " '" + conduit.getName() + "'): Name '"
                    + conduit.getName() + "' → 'Renamed conduit'");
            // Long old values are shortened in the preview; the element's name is whole.
            assertOne(changes, "Firewall rules row ", "(" + first.getId() + " '" + first.getName() + "'): Name '");
            assertOne(changes, "Firewall rules row ", "' → 'Renamed rule'");
            assertOne(changes, "Firewall rules row ", first.getId() + " '" + first.getName() + "'): Order '"
                    + first.getOrder() + "' → '" + second.getOrder() + "'");
            assertOne(changes, "Firewall rules row ", second.getId() + " '" + second.getName() + "'): Order '"
                    + second.getOrder() + "' → '" + first.getOrder() + "'");
            assertOne(changes, "Firewall rules row ", "(FW-ADDED-1 'Allow the historian to read'): new rule on "
                    + device.getId() + " '" + device.getName() + "' at order 5");
            assertOne(changes, "Findings row ", "(" + finding.findingId() + "): " + finding.ruleId() + " on ");
            assertTrue(changes.stream().anyMatch(c -> c.contains("accepted as a risk by A. Consultant until "
                    + expiryText() + ": 'Compensated by the plant's monitoring'")), String.join("\n", changes));
        }

        void assertApplied(ArchitectureModel model) {
            assertEquals("Renamed conduit", Registers.find(model, conduit.getId(), Conduit.class).getName());
            FirewallRule renamed = Registers.find(model, first.getId(), FirewallRule.class);
            assertEquals("Renamed rule", renamed.getName());
            assertEquals(secondOrder, renamed.getOrder());
            assertEquals(firstOrder, Registers.find(model, second.getId(), FirewallRule.class).getOrder());
            FirewallRule added = Registers.find(model, "FW-ADDED-1", FirewallRule.class);
            assertEquals(device.getId(), ((Asset) added.eContainer()).getId());
            assertEquals(RuleAction.ALLOW, added.getAction());
            assertTrue(added.isLogging());
            assertNull(added.getSource());
            assertEquals("502/tcp", org.itot.model.query.PortRanges.format(added.getPorts().get(0)));
            Waiver waiver = model.getWaivers().stream().filter(w -> finding.findingId().equals(w.getFindingId()))
                    .findFirst().orElseThrow();
            assertEquals("Compensated by the plant's monitoring", waiver.getRationale());
            assertEquals("A. Consultant", waiver.getAuthor());
            assertEquals(expiry(), waiver.getExpiresOn());
            assertNotNull(waiver.getElementDigest());
        }

        private static void assertOne(List<String> changes, String start, String part) {
            long matching = changes.stream().filter(c -> c.startsWith(start) && c.contains(part)).count();
            assertEquals(1, matching, "one change " + start + "..." + part + " in\n" + String.join("\n", changes));
        }
    }

    static Date expiry() {
        return Date.from(LocalDate.of(2027, 6, 30).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static String expiryText() {
        return "2027-06-30";
    }

    @Test
    void conduitsRulesAndAcceptedRisksAreImportedExactlyAsOneUndo() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        ArchitectureModel before = EcoreUtil.copy(model);
        Edits edits = new Edits(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), edits::apply);

        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(List.of(), result.problems());
        edits.assertPreview(result.changes());
        result.apply();
        edits.assertApplied(model);

        ModelEditing.commandStackFor(model).undo();
        assertTrue(EcoreUtil.equals(before, model), "one undo reverts every change");
        assertFalse(ModelEditing.commandStackFor(model).canUndo());
    }

    @Test
    void aRuleWhoseRowIsDeletedIsDeletedAndTheRestKeepTheirOrder() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Edits edits = new Edits(model);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> {
            Sheet rules = book.getSheet(FirewallRules.SHEET.name());
            rules.removeRow(ruleRow(book, edits.first.getId()));
        });
        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Firewall rules: rule " + edits.first.getId() + " '" + edits.first.getName() + "' of "
                + edits.device.getId() + " '" + edits.device.getName() + "' deleted (no row has its id)"),
                result.changes());
        int rules = edits.device.getFirewallRules().size();
        result.apply();
        assertEquals(rules - 1, edits.device.getFirewallRules().size());
        assertFalse(edits.device.getFirewallRules().contains(edits.first));
    }

    @Test
    void anEditedComputedCellIsReportedBySheetRowAndColumnAndNothingIsApplied() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        ArchitectureModel before = EcoreUtil.copy(model);
        Conduit conduit = model.getConduits().get(0);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> {
            Registers.replaceCell(book, Conduits.SHEET, conduit.getId(), Conduits.NAME).setCellValue("Renamed");
            Registers.replaceCell(book, Conduits.SHEET, conduit.getId(), Conduits.FLOWS).setCellValue(99);
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.PURDUE_LEVEL).setCellValue("4");
        });
        ImportResult result = RegisterImporter.read(model, edited);
        assertFalse(result.isValid());
        int conduitRow = Registers.row(Registers.open(register).getSheet(Conduits.SHEET.name()), conduit.getId())
                .getRowNum() + 1;
        assertProblem(result.problems(), Conduits.SHEET, conduitRow, Conduits.FLOWS, "to '99'");
        int plcRow = Registers.row(Registers.open(register).getSheet(Assets.SHEET.name()), "CTL-PLC-01").getRowNum()
                + 1;
        assertProblem(result.problems(), Assets.SHEET, plcRow, Assets.PURDUE_LEVEL, "to '4'");
        assertEquals(2, result.problems().size(), result.problems().toString());
        result.problems().forEach(p -> assertTrue(p.reason().contains("computed"), p.reason()));
        assertTrue(EcoreUtil.equals(before, model));
    }

    @Test
    void anEditOnAComputedSheetIsANoteNamingItsCell() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> {
            Row row = book.getSheet(RegisterLayout.LevelGaps.SHEET.name()).getRow(1);
            int index = RegisterLayout.LevelGaps.SHEET.index(RegisterLayout.LevelGaps.STATUS);
            row.removeCell(row.getCell(index));
            row.createCell(index).setCellValue("all fine, says the consultant");
        });
        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(List.of(), result.problems());
        String letters = org.apache.poi.ss.util.CellReference.convertNumToColString(
                RegisterLayout.LevelGaps.SHEET.index(RegisterLayout.LevelGaps.STATUS));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Security levels row 2, column " + letters
                + " (Status): this cell is computed") && n.contains("to 'all fine, says the consultant'")),
                result.notes().toString());
        assertFalse(result.hasChanges());
    }

    @Test
    void whatIsNotImportedIsLockedAndEverySheetHasAPrintLayout() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        try (XSSFWorkbook book = Registers.open(register)) {
            for (String name : RegisterLayout.sheetNames(true)) {
                XSSFSheet sheet = book.getSheet(name);
                if (name.equals(RegisterLayout.LISTS)) {
                    continue;
                }
                assertTrue(sheet.getProtect(), name + " is protected");
                assertTrue(sheet.getPrintSetup().getLandscape(), name + " landscape");
                assertTrue(sheet.getFitToPage(), name + " fits to page");
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name + " one page wide");
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name + " as many pages down as needed");
            }
            for (SheetLayout layout : RegisterLayout.tables()) {
                XSSFSheet sheet = book.getSheet(layout.name());
                assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""), layout.name());
                Row data = sheet.getRow(1);
                if (data == null) {
                    continue;
                }
                for (Column column : layout.columns()) {
                    Cell cell = data.getCell(layout.index(column));
                    if (cell != null) {
                        assertEquals(!column.imported(), cell.getCellStyle().getLocked(),
                                layout.name() + " " + column + (column.imported() ? " editable" : " locked"));
                    }
                    if (column.imported()) {
                        assertFalse(sheet.getColumnStyle(layout.index(column)).getLocked(),
                                layout.name() + " " + column + ": new rows editable too");
                    }
                }
            }
        }
    }

    @Test
    void aRegisterOfAnotherModelIsRefusedUnlessAllowed() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Path register = Registers.export(model, folder.resolve("register.xlsx"));
        // The same template saved under another name: same model id and name, another file.
        ArchitectureModel other = Registers.inResource(EcoreUtil.copy(model), folder.resolve("other-plant.itot"));

        ImportResult refused = RegisterImporter.read(other, register);
        assertFalse(refused.isValid());
        ImportProblem problem = refused.problems().get(0);
        assertEquals(RegisterLayout.SUMMARY, problem.sheet());
        assertTrue(problem.reason().contains("file purdue.itot") && problem.reason().contains("file other-plant.itot")
                && problem.reason().contains("--other-model"), problem.reason());

        ImportResult allowed = RegisterImporter.read(other, register, ImportLimits.DEFAULT,
                ImportOptions.DEFAULT.withOtherModelAllowed(true));
        assertEquals(List.of(), allowed.problems());
        assertTrue(allowed.notes().stream().anyMatch(n -> n.contains("imported anyway")), allowed.notes().toString());
        assertEquals(List.of(), RegisterImporter.read(model, register).problems());
    }

    static void assertProblem(List<ImportProblem> problems, SheetLayout sheet, int row, Column column, String part) {
        String letters = org.apache.poi.ss.util.CellReference.convertNumToColString(sheet.index(column));
        assertTrue(problems.stream().anyMatch(p -> p.sheet().equals(sheet.name()) && p.row() == row
                && p.column().equals(letters) && p.header().equals(column.header()) && p.reason().contains(part)),
                sheet.name() + " row " + row + " column " + letters + " in " + problems);
    }

    static Row ruleRow(XSSFWorkbook book, String id) {
        int index = FirewallRules.SHEET.index(FirewallRules.ID);
        for (Row row : book.getSheet(FirewallRules.SHEET.name())) {
            Cell cell = row.getCell(index);
            if (row.getRowNum() > 0 && cell != null && id.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    static Cell ruleCell(XSSFWorkbook book, String id, Column column) {
        return replace(ruleRow(book, id), column, FirewallRules.SHEET);
    }

    static Row findingRow(XSSFWorkbook book, String findingId) {
        return Registers.row(book.getSheet(Findings.SHEET.name()), findingId);
    }

    static Cell replace(Row row, Column column) {
        return replace(row, column, Findings.SHEET);
    }

    private static Cell replace(Row row, Column column, SheetLayout layout) {
        int index = layout.index(column);
        if (row.getCell(index) != null) {
            row.removeCell(row.getCell(index));
        }
        return row.createCell(index);
    }

    static void set(Row row, Column column, String text) {
        row.createCell(FirewallRules.SHEET.index(column)).setCellValue(text);
    }
}
