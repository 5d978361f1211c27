package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.internal.StreamingWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's streaming workbook writes each cell itself instead of through POI's row writer (issue 19: a third of
 * the export went into POI handing text to its writer character by character). The sheets' XML must be exactly what
 * POI writes for the same cells, whatever the text holds, and the links between sheets must still be there.
 */
class StreamingWorkbookXmlTest {

    @TempDir
    Path folder;

    /** Markup, quotes, line breaks, tabs, control characters, no-break space, non-characters, emoji, lone surrogates. */
    private static final List<String> TEXTS = List.of("plain", "P&ID <valve> \"quoted\" 'single'", "line\nbreak\r\nCRLF",
            "tab\there", "bell\u0007 escape\u001b", "no\u00a0break", "non-characters \ufffe \uffff", "Grüße € é",
            "emoji \ud83d\udd12 lock", "lone \ud800 high", "lone \udc00 low", " leading space", "trailing space ",
            "\ttab first", "=SUM(A1:A2)", "", "x".repeat(5000));

    @Test
    void sheetsAreWrittenByteForByteAsPoiWritesThem() throws IOException {
        Map<String, byte[]> poi = sheets(write(new SXSSFWorkbook(10)));
        Map<String, byte[]> ours = sheets(write(new StreamingWorkbook(10)));

        assertEquals(poi.keySet(), ours.keySet());
        for (String sheet : poi.keySet()) {
            assertEquals(new String(poi.get(sheet), StandardCharsets.UTF_8), new String(ours.get(sheet),
                    StandardCharsets.UTF_8), sheet);
        }
    }

    @Test
    void linksBetweenSheetsAreWrittenAroundTheStreamedRows() throws IOException {
        StreamingWorkbook workbook = new StreamingWorkbook(10);
        SXSSFSheet targets = workbook.createSheet("Targets");
        SXSSFSheet sources = workbook.createSheet("It's <linked>");
        for (int i = 0; i < 500; i++) {
            targets.createRow(i).createCell(0).setCellValue("target " + i);
            // Text that starts like the placeholder POI writes for the links, inside the streamed rows.
            Row row = sources.createRow(i);
            row.createCell(0).setCellValue("<hyperlink location=\"itot-links\" ref=\"A1\"/>");
            row.createCell(2).setCellValue("to " + i);
            workbook.addLink(sources, i, 2, "Targets", i + 1);
        }
        byte[] file = toBytes(workbook);

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheet("It's <linked>");
            List<XSSFHyperlink> links = sheet.getHyperlinkList();
            assertEquals(500, links.size());
            for (int i = 0; i < 500; i++) {
                XSSFHyperlink link = links.get(i);
                assertEquals("C" + (i + 1), link.getCellRef());
                assertEquals("'Targets'!A" + (i + 1), link.getAddress());
                assertEquals("<hyperlink location=\"itot-links\" ref=\"A1\"/>",
                        sheet.getRow(i).getCell(0).getStringCellValue());
            }
        }
    }

    /** Every kind of cell, styled and not, with gaps between cells and rows, over more rows than the window. */
    private static byte[] write(SXSSFWorkbook workbook) throws IOException {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle unlocked = workbook.createCellStyle();
        unlocked.setLocked(false);
        SXSSFSheet sheet = workbook.createSheet("Cells");
        int rowNumber = 0;
        for (int round = 0; round < 3; round++) {
            for (String text : TEXTS) {
                Row row = sheet.createRow(rowNumber);
                rowNumber += round + 1;
                row.createCell(0).setCellValue(text);
                Cell styled = row.createCell(2);
                styled.setCellValue(text);
                styled.setCellStyle(unlocked);
                row.createCell(3).setCellValue(rowNumber * 1.5);
                row.createCell(4).setCellValue(rowNumber % 2 == 0);
                Cell when = row.createCell(5);
                when.setCellValue(new Date(1_700_000_000_000L + rowNumber * 86_400_000L));
                when.setCellStyle(date);
                row.createCell(6).setBlank();
                row.createCell(7).setCellStyle(unlocked);
                row.createCell(27 + round).setCellValue(-rowNumber);
                row.createCell(8).setCellFormula("D" + (rowNumber) + "*2");
                row.createCell(9).setCellErrorValue(FormulaError.NA.getCode());
                row.createCell(10).setCellValue(Double.NaN);
                row.createCell(11).setCellValue(1e-300);
            }
        }
        return toBytes(workbook);
    }

    private static byte[] toBytes(SXSSFWorkbook workbook) throws IOException {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The sheets' XML by entry name (read with ZipFile: POI's archives declare entry sizes ZipInputStream refuses). */
    private Map<String, byte[]> sheets(byte[] file) throws IOException {
        Path copy = Files.createTempFile(folder, "workbook", ".xlsx");
        Files.write(copy, file);
        Map<String, byte[]> sheets = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sheets.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        assertTrue(!sheets.isEmpty(), "the workbook has sheets");
        return sheets;
    }
}
