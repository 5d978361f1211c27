package org.itot.export.excel.internal;

import java.util.Date;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.itot.export.excel.ColumnCodecs;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.SheetLayout;

/**
 * Writes one table sheet of a register row by row through POI's streaming workbook: a styled, frozen
 * header with an auto-filter, typed cells, links to other sheets, drop-downs on enumerated columns,
 * and column widths fitted to the content.
 */
public final class SheetWriter {

    /** Widest a column gets, in characters, however long its content. */
    private static final int MAX_WIDTH = 60;
    /** Rows below the data that still get the drop-downs, for rows a user adds. */
    private static final int SPARE_VALIDATED_ROWS = 1000;

    private final StreamingWorkbook workbook;
    private final SXSSFSheet sheet;
    private final SheetLayout layout;
    private final Styles styles;
    private final int[] widths;
    private SXSSFRow row;
    private int rowCount;
    /** Runs before every data row: the export's cancel check. */
    private Runnable beforeRow = () -> {
    };
    private long cells;
    private long characters;

    public SheetWriter(StreamingWorkbook workbook, SXSSFSheet sheet, SheetLayout layout, Styles styles) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.layout = layout;
        this.styles = styles;
        this.widths = new int[layout.columns().size()];
        SXSSFRow header = sheet.createRow(0);
        header.setHeightInPoints(30);
        boolean markDerived = layout.imported();
        for (Column column : layout.columns()) {
            int index = layout.index(column);
            Cell cell = header.createCell(index);
            cell.setCellValue(column.header());
            cell.setCellStyle(markDerived && !column.imported() ? styles.derivedHeader : styles.header);
            widths[index] = Math.max(column.width(), Math.min(column.header().length() + 2, 24));
        }
        cells += widths.length;
        rowCount = 1;
    }

    /** Runs {@code check} before every data row; it may throw to stop the export (cancel). */
    public void beforeEveryRow(Runnable check) {
        beforeRow = java.util.Objects.requireNonNull(check, "check");
    }

    public SheetLayout layout() {
        return layout;
    }

    /** Starts the next data row; returns its one-based row number (what links and formulas use). */
    public int startRow() {
        beforeRow.run();
        row = sheet.createRow(rowCount++);
        return rowCount;
    }

    public void text(Column column, String modelText) {
        String text = ColumnCodecs.encodeText(modelText);
        if (text == null || text.isEmpty()) {
            return;
        }
        cell(column, text.length()).setCellValue(text);
    }

    public void integer(Column column, long value) {
        Cell cell = cell(column, Long.toString(value).length());
        cell.setCellValue(value);
        style(column, cell, styles.integer);
    }

    public void decimal(Column column, double value) {
        Cell cell = cell(column, 4);
        cell.setCellValue(value);
        style(column, cell, styles.decimal);
    }

    public void yesNo(Column column, boolean value) {
        cell(column, 3).setCellValue(ColumnCodecs.encodeYesNo(value));
    }

    /** What a codec encoded: a Long as an integer, a Double as a decimal, text as text, null as nothing. */
    public void value(Column column, Object encoded) {
        if (encoded instanceof Long number) {
            integer(column, number);
        } else if (encoded instanceof Double number) {
            decimal(column, number);
        } else if (encoded != null) {
            text(column, encoded.toString());
        }
    }

    public void date(Column column, Date value) {
        if (value == null) {
            return;
        }
        Cell cell = cell(column, 10);
        cell.setCellValue(value);
        style(column, cell, styles.date);
    }

    /** Text that links to a row of another sheet (a flow's source asset, a finding's element). */
    public void link(Column column, String modelText, String targetSheet, int targetRow) {
        String text = ColumnCodecs.encodeText(modelText);
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = cell(column, text.length());
        cell.setCellValue(text);
        if (targetRow > 0) {
            workbook.addLink(sheet, row.getRowNum(), layout.index(column), targetSheet, targetRow);
            style(column, cell, styles.link);
        }
    }

    /** The number of cells and characters written so far. */
    public long cells() {
        return cells;
    }

    public long characters() {
        return characters;
    }

    /** Data rows written. */
    public int rows() {
        return rowCount - 1;
    }

    /**
     * Widths, frozen header and first column, auto-filter over the data, drop-downs on enumerated columns, the print
     * layout, and the lock on every cell the importer does not read.
     */
    public void finish() {
        printLayout(sheet, true);
        protect();
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 1) * 256);
        }
        sheet.createFreezePane(1, 1);
        int lastColumn = widths.length - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowCount - 1), 0, lastColumn));
        int lastValidatedRow = Math.min(rowCount - 1 + SPARE_VALIDATED_ROWS,
                SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (Column column : layout.columns()) {
            if (column.enumeration() == null) {
                continue;
            }
            int index = layout.index(column);
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(column.enumeration().name()),
                    new CellRangeAddressList(1, lastValidatedRow, index, index));
            // Inverted twice over: POI writes showDropDown="0" for "suppress" true, and in the file format
            // showDropDown="0" is what shows the arrow.
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            // Excel refuses (and "repairs") titles over 32 and messages over 255 characters.
            validation.createErrorBox("Not in the list", "Choose a " + column.header() + " value from the drop-down"
                    + " list (sheet " + org.itot.export.excel.RegisterLayout.LISTS + ", column "
                    + column.enumeration().name() + ").");
            sheet.addValidationData(validation);
        }
    }

    private Cell cell(Column column, int length) {
        int index = layout.index(column);
        if (length + 1 > widths[index]) {
            widths[index] = Math.min(length + 1, MAX_WIDTH);
        }
        cells++;
        characters += length;
        Cell cell = row.createCell(index);
        cell.setCellStyle(column.imported() ? styles.unlockedDefault() : styles.plain);
        return cell;
    }

    /** A cell's style; unlocked in a column the importer reads, so that it stays editable on the protected sheet. */
    private void style(Column column, Cell cell, CellStyle style) {
        cell.setCellStyle(column.imported() ? styles.unlocked(style) : style);
    }

    /**
     * Locks what the importer does not read: the sheet is protected (without a password: the lock shows what an
     * import ignores, it is no security boundary), the cells of imported columns, rows a user adds included, are not
     * locked. Filtering, sorting and resizing stay allowed.
     */
    private void protect() {
        for (Column column : layout.columns()) {
            if (column.imported()) {
                sheet.setDefaultColumnStyle(layout.index(column), styles.unlockedDefault());
            }
        }
        sheet.enableLocking();
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /**
     * How a sheet prints: landscape on A4, as wide as one page (as many pages down as it takes), the header row
     * repeated on every page.
     */
    public static void printLayout(SXSSFSheet sheet, boolean repeatHeaderRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        if (repeatHeaderRow) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /** A sheet name as a formula or link names it. */
    public static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** A1-style column letters, e.g. 0 → A, 27 → AB. */
    public static String columnLetters(int index) {
        return CellReference.convertNumToColString(index);
    }
}
