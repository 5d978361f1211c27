package org.itot.export.excel.internal;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows, writing the same XML with less work per cell. POI's own writer hands every
 * character of a text to a synchronised {@code BufferedWriter} one by one and builds a {@link CellReference} object
 * for each cell's address; for the million cells of a large plant's register that was a third of the export. Here a
 * cell is put together in a buffer (column letters made once per column) and written in one call. Text, numbers,
 * booleans and empty cells are written here; formulas and errors, which registers hardly have, by POI's code.
 * Inline strings only: the workbook has no shared strings table.
 */
final class SheetRowsWriter extends SheetDataWriter {

    private final StringBuilder xml = new StringBuilder(512);
    private String[] columnLetters = new String[64];
    /** The one-based number of the row being written, as text. */
    private String rowNumber;

    SheetRowsWriter() throws IOException {
        super();
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        String type;
        switch (cell.getCellType()) {
        case STRING -> type = "inlineStr";
        case NUMERIC -> type = "n";
        case BOOLEAN -> type = "b";
        case BLANK -> type = null;
        default -> {
            super.writeCell(columnIndex, cell);
            return;
        }
        }
        StringBuilder out = xml;
        out.setLength(0);
        out.append("<c r=\"").append(columnLetters(columnIndex)).append(rowNumber).append('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.append(" s=\"").append(style).append('"');
        }
        if (type == null) {
            out.append('>');
        } else {
            out.append(" t=\"").append(type).append('"');
            switch (cell.getCellType()) {
            case STRING -> {
                String text = cell.getStringCellValue();
                out.append("><is><t");
                if (hasSpaceAtAnEnd(text)) {
                    out.append(" xml:space=\"preserve\"");
                }
                out.append('>');
                appendEscaped(out, text);
                out.append("</t></is>");
            }
            case NUMERIC -> out.append("><v>").append(Double.toString(cell.getNumericCellValue())).append("</v>");
            default -> out.append("><v>").append(cell.getBooleanCellValue() ? '1' : '0').append("</v>");
            }
        }
        out.append("</c>");
        _out.append(out);
    }

    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text);
        _out.append(out);
    }

    private String columnLetters(int column) {
        if (column >= columnLetters.length) {
            columnLetters = java.util.Arrays.copyOf(columnLetters, Math.max(column + 1, columnLetters.length * 2));
        }
        String letters = columnLetters[column];
        if (letters == null) {
            letters = CellReference.convertNumToColString(column);
            columnLetters[column] = letters;
        }
        return letters;
    }

    /** As POI decides whether a text needs {@code xml:space="preserve"}. */
    private static boolean hasSpaceAtAnEnd(String text) {
        return text != null && !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /**
     * The text escaped as POI's writer escapes it: markup characters and line breaks, tabs and no-break spaces as
     * references, other control characters and the non-characters U+FFFE and U+FFFF as '?'. POI goes by code point,
     * but none of these is part of a surrogate pair, so going by char writes the same.
     */
    static void appendEscaped(StringBuilder out, String text) {
        int length = text.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement;
            switch (c) {
            case '<' -> replacement = "&lt;";
            case '>' -> replacement = "&gt;";
            case '&' -> replacement = "&amp;";
            case '"' -> replacement = "&quot;";
            case '\n' -> replacement = "&#xa;";
            case '\r' -> replacement = "&#xd;";
            case '\t' -> replacement = "&#x9;";
            case '\u00A0' -> replacement = "&#xa0;";
            default -> replacement = c < ' ' || c >= '\uFFFE' ? "?" : null;
            }
            if (replacement != null) {
                out.append(text, plainFrom, i).append(replacement);
                plainFrom = i + 1;
            }
        }
        out.append(text, plainFrom, length);
    }
}
