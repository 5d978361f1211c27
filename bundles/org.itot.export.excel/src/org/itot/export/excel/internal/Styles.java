package org.itot.export.excel.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of a register, created once per workbook (a workbook holds at most 64,000 styles). */
public final class Styles {

    /** Header of a column the importer reads. */
    public final CellStyle header;
    /** Header of a column the model computes; the importer ignores it. */
    public final CellStyle derivedHeader;
    public final CellStyle date;
    public final CellStyle dateTime;
    public final CellStyle integer;
    public final CellStyle decimal;
    public final CellStyle link;
    public final CellStyle title;
    public final CellStyle label;
    /**
     * The workbook's default style, given explicitly to table cells that have no other: a streamed cell without a style
     * looks up its column's default style in the sheet's XML and makes a new style object, for every cell written. It
     * is written as no style at all, as before.
     */
    public final CellStyle plain;

    private final Workbook workbook;
    /** Unlocked copies of styles, by the index of the style copied: cells of editable columns. */
    private final java.util.Map<Short, CellStyle> unlocked = new java.util.HashMap<>();
    private CellStyle unlockedDefault;

    public Styles(Workbook workbook) {
        this.workbook = workbook;
        plain = workbook.getCellStyleAt(0);
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        header = headerStyle(workbook, white, IndexedColors.DARK_TEAL);
        Font bold = workbook.createFont();
        bold.setBold(true);
        derivedHeader = headerStyle(workbook, bold, IndexedColors.GREY_25_PERCENT);

        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        dateTime.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(linkFont);

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
    }

    /**
     * The style as it is but not locked: on a protected sheet, the cells of the columns the importer reads stay
     * editable and every other cell is locked.
     */
    public CellStyle unlocked(CellStyle style) {
        return unlocked.computeIfAbsent(style.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setLocked(false);
            return copy;
        });
    }

    /**
     * The workbook's default style (what a cell without a style has), unlocked. Asked for every cell of an imported
     * column, so kept: POI makes a new style object on every {@code getCellStyleAt}.
     */
    public CellStyle unlockedDefault() {
        if (unlockedDefault == null) {
            unlockedDefault = unlocked(plain);
        }
        return unlockedDefault;
    }

    private static CellStyle headerStyle(Workbook workbook, Font font, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }
}
