package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.ImportProblem;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterReadException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.query.ModelQuery;
import org.itot.model.resource.ModelSizeEstimate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More of the hostile-workbook corpus (the first part is {@link HostileWorkbookTest}): each register,
 * generated here from a fresh export, is refused naming the file, or read with problems naming sheet,
 * row and column, or read cleanly; quickly, and without touching the model before it is applied.
 */
class HostileWorkbookCorpusTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    /** What the importer must say about a workbook. */
    enum Outcome {
        /** A RegisterReadException naming the file. */
        REFUSED,
        /** Problems naming sheet, row and column; nothing applies. */
        PROBLEM,
        /** No problem and no change. */
        CLEAN,
        /** No problem; the changes are listed for the user to review before applying. */
        PLANNED,
        /** No problem and no change, with a note that says what was left out. */
        NOTED
    }

    /** Turns the exported register into the hostile one. */
    @FunctionalInterface
    interface Damage {
        void apply(Path register, Path target) throws IOException;
    }

    @TempDir
    Path folder;

    private ArchitectureModel model;
    private Path register;

    @BeforeEach
    void exportThePurdueRegister() throws IOException {
        model = Registers.purdue(folder);
        register = Registers.export(model, folder.resolve("register.xlsx"));
    }

    static Stream<Arguments> hostileWorkbooks() {
        return Stream.of(
                Arguments.of("merged cells over filled cells", edit(book -> book.getSheet("Assets")
                        .addMergedRegion(new CellRangeAddress(2, 3, 5, 7))), Outcome.CLEAN, ""),
                Arguments.of("merged cells as Excel leaves them, covered cells blank", edit(book -> {
                    Sheet assets = book.getSheet("Assets");
                    assets.addMergedRegion(new CellRangeAddress(2, 2, 5, 7));
                    Row row = assets.getRow(2);
                    for (int column = 6; column <= 7; column++) {
                        if (row.getCell(column) != null) {
                            row.removeCell(row.getCell(column));
                        }
                    }
                }), Outcome.CLEAN, ""), // a blank cell leaves the field as it is
                Arguments.of("no Zones sheet", edit(book -> book.removeSheetAt(book.getSheetIndex("Zones"))),
                        Outcome.CLEAN, ""),
                Arguments.of("no Flows sheet", edit(book -> book.removeSheetAt(book.getSheetIndex("Flows"))),
                        Outcome.CLEAN, ""),
                Arguments.of("only an Assets sheet", edit(book -> {
                    while (book.getNumberOfSheets() > 1) {
                        book.removeSheetAt(book.getSheetIndex("Assets") == 0 ? 1 : 0);
                    }
                }), Outcome.CLEAN, ""),
                Arguments.of("renamed header", edit(book -> {
                    Row header = book.getSheet("Assets").getRow(0);
                    int index = Assets.SHEET.index(Assets.FIRMWARE);
                    header.removeCell(header.getCell(index)); // a fresh cell, as Excel writes an edited one
                    header.createCell(index).setCellValue("Firmware version");
                }), Outcome.NOTED, "no column 'Firmware' (renamed or deleted?)"),
                Arguments.of("no header row", edit(book -> book.getSheet("Assets").removeRow(
                        book.getSheet("Assets").getRow(0))), Outcome.PROBLEM, ""),
                Arguments.of("duplicate asset rows", edit(book -> {
                    Sheet assets = book.getSheet("Assets");
                    Row copy = assets.createRow(assets.getLastRowNum() + 1);
                    assets.getRow(1).forEach(cell -> copy.createCell(cell.getColumnIndex()).setCellValue(cell.toString()));
                }), Outcome.PROBLEM, ""),
                Arguments.of("70,000 characters in a cell", (Damage) (source, target) -> rewriteAssets(source, target,
                        "<c r=\"B2\" t=\"inlineStr\"><is><t>" + "x".repeat(70_000) + "</t></is></c>"),
                        Outcome.PROBLEM, ""),
                Arguments.of("40,000 characters in a cell", (Damage) (source, target) -> rewriteAssets(source, target,
                        "<c r=\"B2\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c>"),
                        Outcome.PROBLEM, "the text has 40,000 characters; a field takes at most 32,767"),
                Arguments.of("a cell in column 10,000", edit(book -> book.getSheet("Assets").getRow(1).createCell(9_999)
                        .setCellValue("far away")), Outcome.CLEAN, ""),
                Arguments.of("an error value", edit(book -> Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01",
                        Assets.FIRMWARE).setCellErrorValue((byte) 7)), Outcome.PROBLEM, ""),
                Arguments.of("a boolean where text belongs", edit(book -> Registers.replaceCell(book, Assets.SHEET,
                        "CTL-PLC-01", Assets.VENDOR).setCellValue(true)), Outcome.PLANNED, ""),
                Arguments.of("a formula that looks harmless", edit(book -> Registers.replaceCell(book, Assets.SHEET,
                        "CTL-PLC-01", Assets.LOCATION).setCellFormula("\"Hall \"&1")), Outcome.PROBLEM, "formula"),
                Arguments.of("DDE formula", (Damage) (source, target) -> rewriteAssets(source, target,
                        "<c r=\"B2\"><f>cmd|' /C calc'!A0</f><v>0</v></c>"), Outcome.PROBLEM, "formula"),
                Arguments.of("empty zip", (Damage) (source, target) -> {
                    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
                        zip.setComment("nothing");
                    }
                }, Outcome.REFUSED, ""),
                Arguments.of("zip with traversal names and many entries", (Damage) (source, target) -> {
                    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
                        for (int i = 0; i < 10_000; i++) {
                            zip.putNextEntry(new ZipEntry("../../evil/" + i + ".xml"));
                            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                            zip.closeEntry();
                        }
                    }
                }, Outcome.REFUSED, ""),
                Arguments.of("legacy .xls bytes", (Damage) (source, target) -> Files.write(target, new byte[] {
                        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0,
                        0 }), Outcome.REFUSED, ""),
                Arguments.of("sheet XML with a DOCTYPE", (Damage) (source, target) -> rewriteSheet(source, target,
                        xml -> xml.replaceFirst("<worksheet", "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<worksheet")), Outcome.REFUSED, ""),
                Arguments.of("a sheet cut off in the middle", (Damage) (source, target) -> rewriteSheet(source, target,
                        xml -> xml.substring(0, xml.length() / 2), "xl/worksheets/sheet2.xml"), Outcome.REFUSED,
                        "is damaged: sheet 'Assets' (xl/worksheets/sheet2.xml) cannot be read (its XML breaks off or is "
                                + "malformed at line"),
                Arguments.of("truncated zip", (Damage) (source, target) -> {
                    byte[] bytes = Files.readAllBytes(source);
                    Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                }, Outcome.REFUSED, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    void hostileWorkbookIsRefusedOrReportedClearly(String name, Damage damage, Outcome expected, String fragment)
            throws Exception {
        Path hostile = folder.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx");
        damage.apply(register, hostile);
        ArchitectureModel before = EcoreUtil.copy(model);
        Object outcome = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return RegisterImporter.read(model, hostile);
            } catch (RegisterReadException e) {
                return e;
            }
        });
        assertTrue(EcoreUtil.equals(before, model), "reading changed the model");
        switch (expected) {
        case REFUSED -> {
            if (!(outcome instanceof RegisterReadException error)) {
                fail(name + " was read: " + ((ImportResult) outcome).problems());
                return;
            }
            assertTrue(error.getMessage().startsWith(hostile.toString()), error.getMessage());
            assertTrue(error.getMessage().contains(fragment), error.getMessage());
            assertFalse(error.getMessage().contains("root:x:0:0"), error.getMessage());
        }
        case PROBLEM -> {
            if (!(outcome instanceof ImportResult result)) {
                fail(name + " was refused: " + ((Exception) outcome).getMessage());
                return;
            }
            assertFalse(result.problems().isEmpty(), name + " gave no problem; changes: " + result.changes());
            result.problems().forEach(p -> assertTrue(p.row() > 0 && !p.reason().isBlank(), p.toString()));
            assertTrue(result.problems().stream().anyMatch(p -> p.reason().contains(fragment)),
                    () -> "expected '" + fragment + "' in " + result.problems());
        }
        case PLANNED -> {
            if (!(outcome instanceof ImportResult result)) {
                fail(name + " was refused: " + ((Exception) outcome).getMessage());
                return;
            }
            assertTrue(result.problems().isEmpty() && result.hasChanges(), () -> name + ": problems "
                    + result.problems() + ", changes " + result.changes());
        }
        case NOTED -> {
            if (!(outcome instanceof ImportResult result)) {
                fail(name + " was refused: " + ((Exception) outcome).getMessage());
                return;
            }
            assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
            assertTrue(result.notes().stream().anyMatch(n -> n.contains(fragment)), () -> "notes: " + result.notes());
        }
        case CLEAN -> {
            if (!(outcome instanceof ImportResult result)) {
                fail(name + " was refused: " + ((Exception) outcome).getMessage());
                return;
            }
            assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
            assertFalse(result.hasChanges(), () -> "changes from an unchanged register: " + result.changes());
        }
        }
    }

    /**
     * JDK 24 and later count escaped characters against 100,000-character limits; a register whose
     * descriptions say "P&ID" often enough was refused. Inline strings (as the export writes them) and
     * shared strings (as Excel writes them) are both read, on the JDK the tests run on.
     */
    @Test
    void registerWithHundredsOfThousandsOfEscapedCharactersIsRead() throws Exception {
        List<Asset> assets = ModelQuery.allAssets(model);
        String text = escapedText(250_000 / ESCAPES_PER_REPETITION / assets.size() + 1);
        for (int i = 0; i < assets.size(); i++) {
            assets.get(i).setDescription(text + i);
        }
        Path inline = Registers.export(model, folder.resolve("inline.xlsx"));
        assertTrue(escapes(inline, "xl/worksheets/sheet") > 200_000, "too few escaped characters in the export");
        ImportResult unchanged = assertTimeoutPreemptively(BOUND, () -> RegisterImporter.read(model, inline));
        assertEquals(List.of(), unchanged.problems().stream().map(Object::toString).toList(), "on Java " + Runtime.version());
        assertFalse(unchanged.hasChanges(), () -> "changes: " + unchanged.changes());

        // Excel writes edited text into the shared strings table, and stops at 32,767 characters a cell:
        // several text columns of every asset are changed there.
        List<Column> columns = List.of(Assets.DESCRIPTION, Assets.LOCATION, Assets.VENDOR, Assets.MODEL, Assets.FIRMWARE);
        String cellText = escapedText(800);
        Path shared = Registers.edit(register, folder.resolve("shared.xlsx"), book -> {
            for (int i = 0; i < assets.size(); i++) {
                for (Column column : columns) {
                    Registers.replaceCell(book, Assets.SHEET, assets.get(i).getId(), column)
                            .setCellValue(column.header() + " " + i + " " + cellText);
                }
            }
        });
        assertTrue(escapes(shared, "xl/sharedStrings") > 200_000, "too few escaped characters in the shared strings");
        ArchitectureModel fresh = Registers.purdue(Files.createDirectories(folder.resolve("fresh")));
        ImportResult edited = assertTimeoutPreemptively(BOUND, () -> RegisterImporter.read(fresh, shared));
        assertEquals(List.of(), edited.problems().stream().map(Object::toString).toList(), "on Java " + Runtime.version());
        edited.apply();
        List<Asset> imported = ModelQuery.allAssets(fresh);
        for (int i = 0; i < imported.size(); i++) {
            assertEquals("Description " + i + " " + cellText, imported.get(i).getDescription());
            assertEquals("Location " + i + " " + cellText, imported.get(i).getLocation());
        }
    }

    /**
     * POI logs the damage it meets with a stack trace (37 lines on the console for one register) and
     * then throws or works around it; the reader reports it once, in its own words, and POI stays quiet.
     */
    @Test
    void damageIsReportedOnceWithoutPoisStackTraces() throws Exception {
        Path broken = folder.resolve("broken-relationship.xlsx");
        rewriteSheet(register, broken, xml -> xml.replaceFirst("Target=\"[^\"]*styles.xml\"", "Target=\"::%%bad uri\""),
                "xl/_rels/workbook.xml.rels");
        Object outcome = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return RegisterImporter.read(model, broken);
            } catch (RegisterReadException e) {
                return e;
            }
        });
        assertTrue(outcome instanceof ImportResult || ((Exception) outcome).getMessage().startsWith(broken.toString()),
                outcome::toString);
        for (String logger : List.of("org.apache.poi.openxml4j.opc.PackageRelationshipCollection",
                "org.apache.poi.util.XMLHelper")) {
            assertFalse(org.apache.logging.log4j.LogManager.getLogger(logger).isErrorEnabled(),
                    logger + " would print its stack trace on the console");
        }
    }

    /**
     * A short register can repeat a long text in thousands of cells (a 92 KB register once made a
     * 130 MB model that the product then refused to open): the import estimates the model it would
     * make and refuses one beyond the model file limit, naming the cell that adds the most.
     */
    @Test
    void registerThatWouldGrowTheModelBeyondTheFileLimitIsRefused() throws Exception {
        List<Asset> assets = ModelQuery.allAssets(model);
        String text = escapedText(900); // about 27,000 characters a cell, within the per-field limit
        Path longTexts = Registers.edit(register, folder.resolve("long-texts.xlsx"), book -> {
            for (Asset asset : assets) {
                Registers.replaceCell(book, Assets.SHEET, asset.getId(), Assets.DESCRIPTION).setCellValue(text);
            }
            Registers.replaceCell(book, Assets.SHEET, assets.get(2).getId(), Assets.DESCRIPTION)
                    .setCellValue(text + text.substring(0, 1_000));
        });
        // A limit the model passes now, and would not after the import (three such cells are enough).
        long now = Math.max(Files.size(folder.resolve("purdue.itot")), ModelSizeEstimate.of(model));
        ImportLimits limits = ImportLimits.DEFAULT.withMaxModelBytes(now + 3L * text.length());
        assertTrue(assets.size() > 5, "the Purdue template has " + assets.size() + " assets");
        ArchitectureModel before = EcoreUtil.copy(model);

        ImportResult refused = assertTimeoutPreemptively(BOUND, () -> RegisterImporter.read(model, longTexts, limits));
        assertFalse(refused.isValid(), "changes: " + refused.changes().size());
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        ImportProblem problem = refused.problems().get(0);
        assertEquals("Assets", problem.sheet());
        assertEquals(Assets.DESCRIPTION.header(), problem.header());
        assertEquals(Registers.row(Registers.open(longTexts).getSheet("Assets"), assets.get(2).getId()).getRowNum() + 1,
                problem.row(), "the cell that adds the most");
        assertTrue(problem.reason().contains("the model would grow to about"), problem.reason());
        assertTrue(problem.reason().contains("a model file may have, and ITOT Architect would not open it again"),
                problem.reason());
        assertTrue(EcoreUtil.equals(before, model), "reading changed the model");

        // Under the product's limit the same register is an ordinary import.
        ImportResult planned = RegisterImporter.read(model, longTexts);
        assertEquals(List.of(), planned.problems().stream().map(Object::toString).toList());
        assertEquals(assets.size(), planned.changes().size());
    }

    private static final String ESCAPED = "P&ID <rev \"A\"> & 'B' ";
    /** &amp; twice, &lt; and &gt; once: what a spreadsheet's XML escapes at least. */
    private static final int ESCAPES_PER_REPETITION = 4;

    /** Varied text, so that it compresses like real descriptions and not like a zip bomb. */
    private static String escapedText(int repetitions) {
        java.util.Random random = new java.util.Random(62443);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < repetitions; i++) {
            text.append(ESCAPED).append(Integer.toString(random.nextInt(Integer.MAX_VALUE), 36)).append(' ');
        }
        return text.toString();
    }

    private static long escapes(Path workbook, String parts) throws IOException {
        long count = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith(parts)) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    for (String entity : List.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;")) {
                        count += xml.split(entity, -1).length - 1;
                    }
                }
            }
        }
        return count;
    }

    private static Damage edit(java.util.function.Consumer<XSSFWorkbook> change) {
        return (source, target) -> Registers.edit(source, target, change);
    }

    /** Replaces the first data cell of the Assets sheet (its part is sheet2.xml) by the given cell XML. */
    private static void rewriteAssets(Path source, Path target, String cell) throws IOException {
        rewriteSheet(source, target, xml -> xml.replaceFirst("<c r=\"B2\"[^>]*?(/>|>.*?</c>)",
                java.util.regex.Matcher.quoteReplacement(cell)), "xl/worksheets/sheet2.xml");
    }

    private static void rewriteSheet(Path source, Path target, java.util.function.UnaryOperator<String> change)
            throws IOException {
        rewriteSheet(source, target, change, "xl/worksheets/sheet");
    }

    private static void rewriteSheet(Path source, Path target, java.util.function.UnaryOperator<String> change,
            String parts) throws IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
                OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith(parts)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }
}
