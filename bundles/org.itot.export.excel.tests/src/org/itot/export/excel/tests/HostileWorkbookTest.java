package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Calendar;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.ImportProblem;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterReadException;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.model.ArchitectureModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks made to hurt, generated here: each is refused with a clear message, quickly, changing nothing. */
class HostileWorkbookTest {

    @TempDir
    Path folder;

    private ArchitectureModel model;
    private ArchitectureModel before;
    private Path register;

    @BeforeEach
    void exportThePurdueRegister() throws IOException {
        model = Registers.purdue(folder);
        before = EcoreUtil.copy(model);
        register = Registers.export(model, folder.resolve("register.xlsx"));
    }

    @Test
    void aFormulaIsRefusedNamingTheCell() throws Exception {
        Path edited = Registers.edit(register, folder.resolve("formula.xlsx"),
                book -> Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.FIRMWARE)
                        .setCellFormula("HYPERLINK(\"http://evil.example\",\"2.0\")"));
        ImportResult result = RegisterImporter.read(model, edited);
        assertEquals(1, result.problems().size(), result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals("H", problem.column());
        assertEquals("Firmware", problem.header());
        assertTrue(problem.reason().startsWith("the cell holds a formula (=HYPERLINK("), problem.reason());
        assertTrue(EcoreUtil.equals(before, model));
    }

    @Test
    void wrongTypesAreReportedWithSheetRowAndColumn() throws Exception {
        Path edited = Registers.edit(register, folder.resolve("types.xlsx"), book -> {
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-01", Assets.REMOTE_ACCESS).setCellValue("maybe");
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-02", Assets.TYPE).setCellValue(42);
            Registers.replaceCell(book, Assets.SHEET, "CTL-PLC-03", Assets.SL_C).setCellValue("high");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            var firmware = Registers.replaceCell(book, Assets.SHEET, "SUP-HMI-01", Assets.FIRMWARE);
            Calendar january = Calendar.getInstance();
            january.set(2026, Calendar.JANUARY, 2);
            firmware.setCellValue(january.getTime()); // what Excel makes of "1.2" in some locales
            firmware.setCellStyle(date);
        });
        ImportResult result = RegisterImporter.read(model, edited);
        List<String> problems = result.problems().stream().map(p -> p.column() + " " + p.reason()).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.contains("N 'maybe' is not yes or no"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("C '42' is not one of PLC, RTU,")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("L 'high' is not a security level")),
                problems.toString());
        assertTrue(problems.contains("H the cell holds a date where text is expected; type it with a leading "
                + "apostrophe so that it stays text"), problems.toString());
        assertTrue(EcoreUtil.equals(before, model));
    }

    @Test
    void aWorkbookWithoutAnAssetsSheetIsRefused() throws Exception {
        Path edited = Registers.edit(register, folder.resolve("no-assets.xlsx"),
                book -> book.removeSheetAt(book.getSheetIndex(Assets.SHEET.name())));
        RegisterReadException error = assertThrows(RegisterReadException.class,
                () -> RegisterImporter.read(model, edited));
        assertTrue(error.getMessage().contains("has no 'Assets' sheet"), error.getMessage());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "Id,Name\nPLC-01,Pump\n");
        RegisterReadException error = assertThrows(RegisterReadException.class, () -> RegisterImporter.read(model, text));
        assertTrue(error.getMessage().startsWith(text + " is not an Excel .xlsx workbook"), error.getMessage());
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        // The Assets sheet padded with 200 MB of blanks: about 200 KB compressed, a ratio of 1:1000.
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipFile source = new ZipFile(register.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
                        out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1024 * 1024];
                        java.util.Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 200; i++) {
                            out.write(blanks);
                        }
                        out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 5 * 1024 * 1024);
        RegisterReadException error = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(RegisterReadException.class, () -> RegisterImporter.read(model, bomb)));
        assertTrue(error.getMessage().startsWith(bomb + " looks like a zip bomb"), error.getMessage());
        assertTrue(EcoreUtil.equals(before, model));
    }

    @Test
    void aMillionRowSheetIsRefusedInBoundedTime() throws Exception {
        Path huge = folder.resolve("huge.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(huge)) {
            Sheet assets = book.createSheet(Assets.SHEET.name());
            assets.createRow(0).createCell(0).setCellValue("Id");
            for (int i = 1; i < 1_000_000; i++) {
                Row row = assets.createRow(i);
                row.createCell(0).setCellValue("A-" + i);
            }
            book.write(out);
        }
        RegisterReadException error = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(RegisterReadException.class, () -> RegisterImporter.read(model, huge)));
        assertEquals(huge + ": sheet 'Assets' has more than " + ImportLimits.DEFAULT.maxRows()
                + " rows; a register is read up to " + ImportLimits.DEFAULT.maxRows() + " rows per sheet",
                error.getMessage());
        assertTrue(EcoreUtil.equals(before, model));
    }
}
