package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.excel.ImportResult;
import org.itot.export.excel.RegisterImporter;
import org.itot.export.excel.RegisterReadException;
import org.itot.model.ArchitectureModel;
import org.itot.model.ModelElement;
import org.itot.model.resource.ModelFiles;
import org.itot.testing.Fuzz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the register importer: registers edited at random (any cell, any type,
 * formulas, merged cells, removed and added rows and sheets) and registers whose bytes are damaged
 * are read into a plan or refused with a {@link RegisterReadException} naming the file, quickly; a
 * plan without problems applies, and the model then still saves and loads unchanged.
 */
class RegisterImportFuzzTest {

    private static final long MAX_READ_MILLIS = 20_000;
    private static final String[] SHEETS = { "Assets", "Zones", "Flows" };

    @TempDir
    Path folder;

    private Path modelFile;
    private Path register;
    private List<String> ids;

    @BeforeEach
    void exportThePurdueRegister() throws IOException {
        ArchitectureModel model = Registers.purdue(folder);
        modelFile = folder.resolve("purdue.itot");
        register = Registers.export(model, folder.resolve("register.xlsx"));
        ids = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement element && element.getId() != null) {
                ids.add(element.getId());
            }
        });
    }

    @Test
    void randomlyEditedRegistersArePlannedOrRefusedNeverCrash() {
        int[] outcomes = new int[3];
        long runs = Fuzz.run("register importer, edited cells", 8, 20, random -> {
            Path edited = Registers.edit(register, folder.resolve("edited.xlsx"), book -> editRandomly(book, random));
            outcomes[readAndApply(edited)]++;
        });
        System.out.printf("fuzz register importer (cells): %d applied, %d with cell problems, %d refused%n",
                outcomes[0], outcomes[1], outcomes[2]);
        assertEquals(runs, outcomes[0] + outcomes[1] + outcomes[2]);
    }

    @Test
    void damagedWorkbookBytesAreRefusedOrReadNeverCrash() throws IOException {
        byte[] valid = Files.readAllBytes(register);
        int[] outcomes = new int[3];
        long runs = Fuzz.run("register importer, damaged bytes", 5, 20, random -> {
            byte[] damaged = valid.clone();
            switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = random.nextInt(20); i >= 0; i--) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> damaged = java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length));
            default -> {
                int from = random.nextInt(damaged.length);
                int to = Math.min(damaged.length, from + random.nextInt(4096));
                java.util.Arrays.fill(damaged, from, to, (byte) 0);
            }
            }
            Path file = Files.write(folder.resolve("damaged.xlsx"), damaged);
            outcomes[readAndApply(file)]++;
        });
        System.out.printf("fuzz register importer (bytes): %d applied, %d with cell problems, %d refused%n",
                outcomes[0], outcomes[1], outcomes[2]);
        assertEquals(runs, outcomes[0] + outcomes[1] + outcomes[2]);
        assertTrue(outcomes[2] > 0, "damaged zips should be refused");
    }

    /** 0: applied, 1: problems reported, 2: refused. Anything else fails the run. */
    private int readAndApply(Path workbook) throws Exception {
        ArchitectureModel model = ModelFiles.load(modelFile);
        ArchitectureModel before = EcoreUtil.copy(model);
        long start = System.nanoTime();
        ImportResult result;
        try {
            result = RegisterImporter.read(model, workbook);
        } catch (RegisterReadException e) {
            assertTrue(e.getMessage().contains(workbook.toString()), e.getMessage());
            assertTrue(EcoreUtil.equals(before, model), "a refused register changed the model");
            return 2;
        } finally {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < MAX_READ_MILLIS, "reading took " + millis + " ms");
        }
        assertTrue(EcoreUtil.equals(before, model), "reading a register changed the model before it was applied");
        if (!result.isValid()) {
            result.problems().forEach(p -> assertTrue(!p.reason().isBlank(), p.toString()));
            return 1;
        }
        result.apply();
        Path saved = folder.resolve("imported.itot");
        ModelFiles.save(model, saved);
        ArchitectureModel loaded = ModelFiles.load(saved);
        ArchitectureModel expected = EcoreUtil.copy(model);
        assertTrue(EcoreUtil.equals(expected, loaded), "the imported model does not survive save and load");
        return 0;
    }

    private void editRandomly(XSSFWorkbook book, Random random) {
        for (int edit = random.nextInt(6); edit >= 0; edit--) {
            Sheet sheet = book.getSheet(SHEETS[random.nextInt(SHEETS.length)]);
            if (sheet == null || sheet.getLastRowNum() < 1) {
                continue;
            }
            int rowNumber = random.nextInt(sheet.getLastRowNum() + 2);
            Row row = sheet.getRow(rowNumber) == null ? sheet.createRow(rowNumber) : sheet.getRow(rowNumber);
            int column = random.nextInt(30);
            switch (random.nextInt(12)) {
            case 0 -> sheet.removeRow(row);
            case 1 -> book.removeSheetAt(book.getSheetIndex(sheet));
            case 2 -> sheet.addMergedRegion(new CellRangeAddress(rowNumber, rowNumber + random.nextInt(3), column,
                    column + 1 + random.nextInt(3)));
            case 3 -> fresh(row, column).setCellFormula(random.nextBoolean() ? "1+1" : "HYPERLINK(\"x\",\"y\")");
            case 4 -> fresh(row, column).setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(20)));
            case 5 -> fresh(row, column).setCellValue(random.nextBoolean());
            case 6 -> {
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                Cell cell = fresh(row, column);
                cell.setCellValue(Calendar.getInstance().getTime());
                cell.setCellStyle(date);
            }
            case 7 -> fresh(row, column).setCellValue(ids.get(random.nextInt(ids.size())));
            case 8 -> fresh(row, column).setCellValue("NEW-" + random.nextInt(5)); // new ids, parents of each other
            case 9 -> fresh(row, column).setCellValue(hostileText(random));
            case 10 -> {
                Row copy = sheet.createRow(sheet.getLastRowNum() + 1); // a duplicate row
                row.forEach(cell -> copy.createCell(cell.getColumnIndex()).setCellValue(cell.toString()));
            }
            default -> {
                Cell cell = row.getCell(column);
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
            }
        }
    }

    private static Cell fresh(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell != null) {
            row.removeCell(cell);
        }
        return row.createCell(column);
    }

    private static String hostileText(Random random) {
        String[] texts = { "", " ", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "'=x", "yes", "no", "maybe", "3.5",
                "external", "SL 4", "1,2,3,4,5,6,7", "<script>", "\u0000", "x".repeat(32_767), "Z-1;Z-2", "\r\n" };
        return texts[random.nextInt(texts.length)];
    }
}
