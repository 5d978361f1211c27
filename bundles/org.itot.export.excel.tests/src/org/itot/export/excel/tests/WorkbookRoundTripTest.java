package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.SpreadsheetText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Apache POI writes and reads .xlsx inside OSGi (streaming writer, full reader). */
class WorkbookRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void streamedWorkbookReadsBackWithTextAndNumbers() throws IOException {
        Path file = folder.resolve("assets.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Assets");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Id");
            header.createCell(1).setCellValue("Name");
            header.createCell(2).setCellValue("Purdue level");
            Row plc = sheet.createRow(1);
            plc.createCell(0).setCellValue("PLC-01");
            plc.createCell(1).setCellValue(SpreadsheetText.neutralise("=HYPERLINK(\"http://x\")"));
            plc.createCell(2).setCellValue(1.0);
            workbook.write(out);
        }

        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Assets");
            assertEquals(1, sheet.getLastRowNum());
            Cell name = sheet.getRow(1).getCell(1);
            assertEquals(CellType.STRING, name.getCellType(), "model text must never become a formula");
            assertEquals("=HYPERLINK(\"http://x\")", SpreadsheetText.restore(name.getStringCellValue()));
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
            assertEquals(1.0, sheet.getRow(1).getCell(2).getNumericCellValue());
        }
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = { "=1+1,'=1+1", "+A1,'+A1", "-2,'-2", "@SUM(A1),'@SUM(A1)",
            "PLC-01,PLC-01", "'quoted,''quoted", "'=x,''=x", "Pump 3,Pump 3" })
    void formulaTriggersAreNeutralisedAndRestored(String modelText, String cellText) {
        assertEquals(cellText, SpreadsheetText.neutralise(modelText));
        assertEquals(modelText, SpreadsheetText.restore(SpreadsheetText.neutralise(modelText)));
    }
}
