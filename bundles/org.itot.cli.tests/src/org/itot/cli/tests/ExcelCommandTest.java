package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Findings;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.ItotFactory;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.Waiver;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itot export excel} and {@code itot import excel} end to end: exit status, messages, files. */
class ExcelCommandTest {

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
        assertEquals("Wrote " + register + ": 46 assets, 8 zones, 7 conduits, 110 flows, 60 firewall rules, ",
                export.out().substring(0, export.out().lastIndexOf(", ") + 2));
        assertTrue(Files.size(register) > 10_000);
    }

    @Test
    void anUnchangedRegisterLeavesTheModelFileAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(model);
        CliRun run = itot("import", "excel", register.toString(), "--into", model.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals(register + " matches " + model + ": nothing to change, the model is left as it was\n", run.out());
        assertArrayEquals(before, Files.readAllBytes(model));
        assertFalse(Files.exists(ModelFiles.backupOf(model)), "the model was not saved");
    }

    @Test
    void anEditedCellIsImportedAndTheModelSavedWithABackup() throws Exception {
        Path edited = edit(book -> cellOf(book, "CTL-PLC-01", Assets.FIRMWARE).setCellValue("9.9"));
        byte[] before = Files.readAllBytes(model);

        CliRun dry = itot("import", "excel", edited.toString(), "--into", model.toString(), "--dry-run");
        assertEquals(0, dry.status(), dry.err());
        assertTrue(dry.out().contains("(CTL-PLC-01 'Filtration PLC'): Firmware"), dry.out());
        assertTrue(dry.out().endsWith("Dry run: 1 changes to " + model + "; nothing was written\n"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(model));

        CliRun run = itot("import", "excel", edited.toString(), "--into", model.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().endsWith("Imported 1 changes into " + model + " (previous version in plant.itot.bak)\n"),
                run.out());
        assertArrayEquals(before, Files.readAllBytes(ModelFiles.backupOf(model)));
        ArchitectureModel loaded = ModelFiles.load(model);
        assertEquals("9.9", loaded.getAllAssets().stream().filter(a -> a.getId().equals("CTL-PLC-01")).findFirst()
                .map(Asset::getFirmware).orElseThrow());
    }

    /**
     * Two imports into one model at once: each reads the model, applies its register and saves. Before, both reported
     * success and one change was lost; now a save over a model someone else saved in between is refused with a
     * reason, and every import that reports success has its change in the file.
     */
    @Test
    void importsAtOnceNeverLoseAChangeSilently() throws Exception {
        List<Path> registers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String firmware = "concurrent " + i;
            registers.add(edit("edited-" + i + ".xlsx",
                    book -> cellOf(book, "CTL-PLC-01", Assets.FIRMWARE).setCellValue(firmware)));
        }
        for (int round = 0; round < 3; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(registers.size());
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<CliRun>> runs = new ArrayList<>();
                for (Path edited : registers) {
                    runs.add(pool.submit(() -> {
                        start.await(60, TimeUnit.SECONDS);
                        return itot("import", "excel", edited.toString(), "--into", model.toString());
                    }));
                }
                start.countDown();
                List<String> imported = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    CliRun run = runs.get(i).get(120, TimeUnit.SECONDS);
                    if (run.status() == 0) {
                        imported.add("concurrent " + i);
                    } else {
                        assertEquals(1, run.status(), run.err());
                        assertEquals(List.of("itot import: cannot import into " + model + ": the file changed on disk "
                                + "while this import ran (another itot command, ITOT Architect or an editor saved it); "
                                + "nothing was written, so their change is kept. Run the import again."), run.errLines());
                    }
                }
                String firmware = ModelFiles.load(model).getAllAssets().stream()
                        .filter(a -> a.getId().equals("CTL-PLC-01")).findFirst().map(Asset::getFirmware).orElseThrow();
                assertTrue(imported.contains(firmware), "the model holds " + firmware + ", which no import reported");
                // The one whose change is in the file saved last; any other that reported success saved before it.
                assertFalse(imported.isEmpty());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aRegisterWithProblemsExitsTwoNamingEveryCellAndWritesNothing() throws IOException {
        Path edited = edit(book -> {
            cellOf(book, "CTL-PLC-01", Assets.FIRMWARE).setCellValue("9.9");
            cellOf(book, "CTL-PLC-02", Assets.CRITICALITY).setCellValue("severe");
        });
        byte[] before = Files.readAllBytes(model);
        CliRun run = itot("import", "excel", edited.toString(), "--into", model.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).matches(quoted(edited + ": Assets row ") + "\\d+, column K \\(Criticality\\): "
                + "'severe' is not one of Unspecified, Low, Medium, High, Critical"), lines.get(0));
        assertEquals("itot import excel: 1 problems in " + edited + "; nothing was imported", lines.get(1));
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void badInputAndUnwritableOutputHaveTheirExitStatus() throws IOException {
        CliRun exists = itot("export", "excel", model.toString(), "-o", register.toString());
        assertEquals(2, exists.status());
        assertEquals("itot export: " + register + " already exists; add --force to overwrite it\n", exists.err());
        assertEquals(0, itot("export", "excel", model.toString(), "-o", register.toString(), "--force",
                "--no-findings").status());
        assertEquals(2, itot("export", "excel", model.toString()).status());
        assertEquals(2, itot("export", "excel", model.toString(), "-o", folder.resolve("x.csv").toString()).status());
        CliRun missing = itot("export", "excel", model.toString(), "-o", folder.resolve("no/x.xlsx").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("folder " + folder.resolve("no") + " does not exist"), missing.err());

        Path text = Files.writeString(folder.resolve("text.xlsx"), "not a workbook");
        CliRun notWorkbook = itot("import", "excel", text.toString(), "--into", model.toString());
        assertEquals(2, notWorkbook.status());
        assertTrue(notWorkbook.err().startsWith("itot import: " + text + " is not an Excel .xlsx workbook"),
                notWorkbook.err());
        assertEquals(2, itot("import", "excel", register.toString()).status());
        CliRun format = itot("export", "visio", model.toString());
        assertEquals(2, format.status());
        assertTrue(format.err().contains("unknown format 'visio'"), format.err());
    }

    /*
     * One source of findings: the register's Findings sheet lists exactly what 'itot validate' reports for
     * the same model and packs, the user pack's rules, the model's severity override and its waiver
     * included. Before, the register was validated with the built-in catalogue only.
     */
    @Test
    void theRegisterListsTheFindingsOfItotValidateWithUserPacksOverridesAndWaivers() throws Exception {
        Path pack = Files.writeString(folder.resolve("acme.ocl"), """
                package model

                -- @rule ACME-01
                -- @severity warning
                -- @title Every PLC must have its firmware version recorded.
                -- @message PLC ${self} has no firmware version.
                context Asset
                inv ACME_01: type = AssetType::PLC implies (not firmware.oclIsUndefined() and firmware <> '')

                endpackage
                """);
        ArchitectureModel plant = ModelFiles.load(model);
        plant.getAllAssets().stream().filter(a -> a.getId().equals("CTL-PLC-01") || a.getId().equals("CTL-PLC-02"))
                .forEach(a -> a.setFirmware(null));
        RuleSetting raise = ItotFactory.eINSTANCE.createRuleSetting();
        raise.setRuleId("ACME-01");
        raise.setSeverity(SeverityOverride.ERROR);
        plant.getRuleSettings().add(raise);
        ModelFiles.save(plant, model);
        String waived = findingIds(itot("validate", model.toString(), "--rules", pack.toString())).keySet().stream()
                .filter(id -> id.startsWith("ACME-01") && id.contains("CTL-PLC-01")).findFirst().orElseThrow();
        plant = ModelFiles.load(model);
        Waiver waiver = ItotFactory.eINSTANCE.createWaiver();
        waiver.setFindingId(waived);
        waiver.setRuleId("ACME-01");
        waiver.setRationale("spare PLC, replaced next outage");
        waiver.setAuthor("test");
        plant.getWaivers().add(waiver);
        ModelFiles.save(plant, model);

        Map<String, String> validated = findingIds(itot("validate", model.toString(), "--rules", pack.toString()));
        CliRun export = itot("export", "excel", model.toString(), "-o", register.toString(), "--force", "--rules",
                pack.toString());
        assertEquals(0, export.status(), export.err());
        Map<String, String> listed = new TreeMap<>();
        try (InputStream in = Files.newInputStream(register); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(Findings.SHEET.name());
            for (Row row : sheet) {
                String id = text(row, Findings.FINDING_ID);
                if (row.getRowNum() > 0 && !id.isEmpty()) {
                    String status = text(row, Findings.STATUS);
                    listed.put(id, "accepted".equals(status) ? status : text(row, Findings.SEVERITY));
                }
            }
        }
        assertEquals(validated, listed);
        assertEquals("accepted", listed.get(waived));
        assertEquals(List.of("error"), listed.entrySet().stream()
                .filter(e -> e.getKey().startsWith("ACME-01") && !e.getKey().equals(waived)).map(Map.Entry::getValue)
                .toList(), "the model's override raises the pack's warning");
    }

    /** Finding id to its level word ("accepted" for an accepted finding) from 'itot validate' text output. */
    private static Map<String, String> findingIds(CliRun run) {
        Map<String, String> ids = new TreeMap<>();
        Pattern line = Pattern.compile(": (\\w+) \\S+ .*  \\[([^\\]\\s]+)\\](  accepted: .*)?$");
        for (String text : run.out().lines().toList()) {
            Matcher matcher = line.matcher(text);
            if (matcher.find()) {
                ids.put(matcher.group(2), matcher.group(3) != null ? "accepted" : matcher.group(1));
            }
        }
        assertFalse(ids.isEmpty(), run.out() + run.err());
        return ids;
    }

    private static String text(Row row, org.itot.export.excel.RegisterLayout.Column column) {
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(Findings.SHEET.index(column));
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void helpDescribesBothCommands() {
        CliRun help = itot("help");
        assertTrue(help.out().contains("export") && help.out().contains("import"), help.out());
        CliRun export = itot("export", "--help");
        assertTrue(export.out().contains("itot export excel MODEL.itot -o FILE.xlsx"), export.out());
        CliRun importHelp = itot("import", "--help");
        assertTrue(importHelp.out().contains("itot import excel REGISTER.xlsx --into MODEL.itot [--dry-run]"),
                importHelp.out());
    }

    private Path edit(Consumer<XSSFWorkbook> change) throws IOException {
        return edit("edited.xlsx", change);
    }

    private Path edit(String name, Consumer<XSSFWorkbook> change) throws IOException {
        Path edited = folder.resolve(name);
        try (InputStream in = Files.newInputStream(register); XSSFWorkbook book = new XSSFWorkbook(in)) {
            change.accept(book);
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }
        return edited;
    }

    private static org.apache.poi.ss.usermodel.Cell cellOf(XSSFWorkbook book, String id,
            org.itot.export.excel.RegisterLayout.Column column) {
        Sheet sheet = book.getSheet(Assets.SHEET.name());
        for (Row row : sheet) {
            if (row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
                // A new cell, as Excel writes an edit: POI would keep the streamed inline text beside the new one.
                int index = Assets.SHEET.index(column);
                row.removeCell(row.getCell(index));
                return row.createCell(index);
            }
        }
        throw new AssertionError("no asset row " + id);
    }

    private static String quoted(String text) {
        return java.util.regex.Pattern.quote(text);
    }
}
