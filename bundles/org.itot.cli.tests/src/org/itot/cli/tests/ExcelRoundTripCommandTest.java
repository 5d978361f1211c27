package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Conduits;
import org.itot.export.excel.RegisterLayout.Findings;
import org.itot.export.excel.RegisterLayout.FirewallRules;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Waiver;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itot import excel} over the sheets beyond assets, zones and flows (issue 18): a consultant renames a
 * conduit and a rule, swaps two rules, adds one and accepts a finding; the dry run lists exactly those changes and
 * the import writes them. An edited computed cell is refused by sheet, row and column; a register of another model
 * needs --other-model.
 */
class ExcelRoundTripCommandTest {

    @TempDir
    Path folder;

    private Path model;
    private Path register;

    @BeforeEach
    void exportThePurdueTemplate() throws IOException {
        model = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), model);
        register = folder.resolve("plant.xlsx");
        CliRun export = itot("export", "excel", model.toString(), "-o", register.toString());
        assertEquals(0, export.status(), export.err());
    }

    @Test
    void conduitRuleAndFindingEditsAreListedExactlyAndImported() throws Exception {
        ArchitectureModel before = ModelFiles.load(model);
        Conduit conduit = before.getConduits().get(0);
        Asset device = before.getAllAssets().stream().filter(a -> a.getFirewallRules().size() >= 2).findFirst()
                .orElseThrow();
        List<FirewallRule> rules = device.getFirewallRules().stream()
                .sorted(Comparator.comparingInt(FirewallRule::getOrder)).toList();
        FirewallRule first = rules.get(0);
        FirewallRule second = rules.get(1);
        RuleDiagnostic finding = ModelFindings.findings(before, ModelFindings.Configuration.builtInOnly()).stream()
                .filter(f -> !f.isAccepted() && f.waiverNote() == null).findFirst().orElseThrow();

        Path edited = edit(book -> {
            replace(row(book, Conduits.SHEET, Conduits.ID, conduit.getId()), Conduits.SHEET, Conduits.NAME)
                    .setCellValue("Cell link");
            Row firstRow = row(book, FirewallRules.SHEET, FirewallRules.ID, first.getId());
            replace(firstRow, FirewallRules.SHEET, FirewallRules.NAME).setCellValue("Allow engineering");
            replace(firstRow, FirewallRules.SHEET, FirewallRules.ORDER).setCellValue(second.getOrder());
            replace(row(book, FirewallRules.SHEET, FirewallRules.ID, second.getId()), FirewallRules.SHEET,
                    FirewallRules.ORDER).setCellValue(first.getOrder());
            Sheet sheet = book.getSheet(FirewallRules.SHEET.name());
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            added.createCell(FirewallRules.SHEET.index(FirewallRules.DEVICE)).setCellValue(device.getId());
            added.createCell(FirewallRules.SHEET.index(FirewallRules.ORDER)).setCellValue(7);
            added.createCell(FirewallRules.SHEET.index(FirewallRules.ID)).setCellValue("FW-NEW-1");
            added.createCell(FirewallRules.SHEET.index(FirewallRules.NAME)).setCellValue("Deny telnet");
            added.createCell(FirewallRules.SHEET.index(FirewallRules.SERVICE)).setCellValue("23/tcp");
            added.createCell(FirewallRules.SHEET.index(FirewallRules.ACTION)).setCellValue("deny");
            Row findingRow = row(book, Findings.SHEET, Findings.FINDING_ID, finding.findingId());
            replace(findingRow, Findings.SHEET, Findings.STATUS).setCellValue("accepted");
            replace(findingRow, Findings.SHEET, Findings.RATIONALE).setCellValue("Isolated test bench");
            replace(findingRow, Findings.SHEET, Findings.AUTHOR).setCellValue("consultant");
            replace(findingRow, Findings.SHEET, Findings.EXPIRES_ON).setCellValue("2027-06-30");
        });
        byte[] unchanged = Files.readAllBytes(model);

        CliRun dry = itot("import", "excel", edited.toString(), "--into", model.toString(), "--dry-run");
        assertEquals(0, dry.status(), dry.err());
        List<String> lines = dry.out().lines().filter(l -> !l.startsWith("Note: ")).toList();
        String name = "'" + first.getName() + "'";
        assertEquals(7, lines.size(), dry.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("Conduits row \\d+ \\(" + conduit.getId() + " '.*'\\): "
                + "Name '.*' → 'Cell link'")), dry.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(" + first.getId() + " " + name + "): Name '")
                && l.endsWith("' → 'Allow engineering'")), dry.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(" + first.getId() + " " + name + "): Order '"
                + first.getOrder() + "' → '" + second.getOrder() + "'")), dry.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(" + second.getId() + " '" + second.getName()
                + "'): Order '" + second.getOrder() + "' → '" + first.getOrder() + "'")), dry.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(FW-NEW-1 'Deny telnet'): new rule on " + device.getId())),
                dry.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Findings row ") && l.contains(finding.findingId())
                && l.contains("accepted as a risk by consultant until 2027-06-30: 'Isolated test bench'")), dry.out());
        assertEquals("Dry run: 6 changes to " + model + "; nothing was written", lines.get(6));
        assertArrayEquals(unchanged, Files.readAllBytes(model));

        CliRun run = itot("import", "excel", edited.toString(), "--into", model.toString());
        assertEquals(0, run.status(), run.err());
        ArchitectureModel after = ModelFiles.load(model);
        assertEquals("Cell link", find(after, conduit.getId(), Conduit.class).getName());
        assertEquals("Allow engineering", find(after, first.getId(), FirewallRule.class).getName());
        assertEquals(second.getOrder(), find(after, first.getId(), FirewallRule.class).getOrder());
        assertEquals(first.getOrder(), find(after, second.getId(), FirewallRule.class).getOrder());
        assertEquals(device.getId(), ((Asset) find(after, "FW-NEW-1", FirewallRule.class).eContainer()).getId());
        Waiver waiver = after.getWaivers().stream().filter(w -> finding.findingId().equals(w.getFindingId()))
                .findFirst().orElseThrow();
        assertEquals("Isolated test bench", waiver.getRationale());
    }

    @Test
    void aChangedComputedCellIsReportedBySheetRowAndColumn() throws Exception {
        ArchitectureModel before = ModelFiles.load(model);
        Conduit conduit = before.getConduits().get(0);
        int[] rowNumber = new int[1];
        Path edited = edit(book -> {
            Row row = row(book, Conduits.SHEET, Conduits.ID, conduit.getId());
            rowNumber[0] = row.getRowNum() + 1;
            replace(row, Conduits.SHEET, Conduits.FLOWS).setCellValue(42);
        });
        byte[] unchanged = Files.readAllBytes(model);
        CliRun run = itot("import", "excel", edited.toString(), "--into", model.toString(), "--dry-run");
        assertEquals(2, run.status(), run.out());
        String letters = String.valueOf((char) ('A' + Conduits.SHEET.index(Conduits.FLOWS)));
        assertTrue(run.err().startsWith(edited + ": Conduits row " + rowNumber[0] + ", column " + letters
                + " (Flows): this cell is computed from the model and is not imported, but it was changed from "),
                run.err());
        assertTrue(run.err().contains(" to '42'"), run.err());
        assertArrayEquals(unchanged, Files.readAllBytes(model));
    }

    @Test
    void aRegisterOfAnotherModelNeedsOtherModel() throws Exception {
        Path other = folder.resolve("other.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), other);
        CliRun refused = itot("import", "excel", register.toString(), "--into", other.toString(), "--dry-run");
        assertEquals(2, refused.status(), refused.out());
        assertTrue(refused.err().contains("Summary row ") && refused.err().contains("file plant.itot")
                && refused.err().contains("file other.itot") && refused.err().contains("--other-model"),
                refused.err());
        CliRun allowed = itot("import", "excel", register.toString(), "--into", other.toString(), "--dry-run",
                "--other-model");
        assertEquals(0, allowed.status(), allowed.err());
        assertTrue(allowed.out().contains("imported anyway"), allowed.out());
    }

    private Path edit(Consumer<XSSFWorkbook> change) throws IOException {
        Path edited = folder.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(register); XSSFWorkbook book = new XSSFWorkbook(in)) {
            change.accept(book);
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }
        return edited;
    }

    private static Row row(XSSFWorkbook book, SheetLayout layout, Column key, String id) {
        int index = layout.index(key);
        for (Row row : book.getSheet(layout.name())) {
            Cell cell = row.getCell(index);
            if (row.getRowNum() > 0 && cell != null && id.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " on " + layout.name());
    }

    /** A new cell in place of the old one, as Excel writes an edit (POI would keep the streamed text beside it). */
    private static Cell replace(Row row, SheetLayout layout, Column column) {
        int index = layout.index(column);
        if (row.getCell(index) != null) {
            row.removeCell(row.getCell(index));
        }
        return row.createCell(index);
    }

    private static <T> T find(ArchitectureModel model, String id, Class<T> type) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof org.itot.model.ModelElement element && id.equals(element.getId())) {
                return type.cast(element);
            }
        }
        throw new AssertionError("no element " + id);
    }
}
