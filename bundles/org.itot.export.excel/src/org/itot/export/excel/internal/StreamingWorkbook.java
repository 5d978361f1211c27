package org.itot.export.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook with links between sheets that are streamed too. POI keeps every hyperlink
 * as an XML object until the workbook is written: for the 100,000 links of a large plant's register
 * that took most of the time and several hundred MB. Here a link is three numbers; each sheet gets one
 * placeholder hyperlink, which is replaced by the sheet's real links as the sheet is written.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    private static final String PLACEHOLDER_LOCATION = "itot-links";
    /** How POI writes the placeholder; the sheet data cannot contain it, as every '<' in text is escaped. */
    private static final byte[] PLACEHOLDER = ("<hyperlink location=\"" + PLACEHOLDER_LOCATION + "\" ref=\"A1\"/>")
            .getBytes(StandardCharsets.UTF_8);

    /** Links of one sheet: source cell and target row, packed. */
    private static final class Links {
        int size;
        int[] rows = new int[256];
        int[] columns = new int[256];
        int[] targetRows = new int[256];
        String[] targetSheets = new String[256];

        void add(int row, int column, String targetSheet, int targetRow) {
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, size * 2);
                columns = java.util.Arrays.copyOf(columns, size * 2);
                targetRows = java.util.Arrays.copyOf(targetRows, size * 2);
                targetSheets = java.util.Arrays.copyOf(targetSheets, size * 2);
            }
            rows[size] = row;
            columns[size] = column;
            targetRows[size] = targetRow;
            targetSheets[size] = targetSheet;
            size++;
        }
    }

    private final Map<String, Links> links = new HashMap<>();
    /**
     * Whether POI is copying a sheet's rows into the archive. Rows cannot hold the placeholder (every '<' in a text
     * is escaped), so they pass through unsearched; only the sheet's few other elements around them are searched.
     */
    private boolean copyingRows;

    public StreamingWorkbook(int rowWindow) {
        super(rowWindow);
    }

    /**
     * Links a cell to the first cell of a row of another sheet.
     *
     * @param row the zero-based row of the cell
     * @param targetRow the one-based row number of the target
     */
    public void addLink(SXSSFSheet sheet, int row, int column, String targetSheet, int targetRow) {
        Links sheetLinks = links.get(sheet.getSheetName());
        if (sheetLinks == null) {
            sheetLinks = new Links();
            links.put(sheet.getSheetName(), sheetLinks);
            XSSFHyperlink placeholder = (XSSFHyperlink) getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            placeholder.setAddress(PLACEHOLDER_LOCATION);
            placeholder.setCellReference("A1");
            getXSSFWorkbook().getSheet(sheet.getSheetName()).addHyperlink(placeholder);
        }
        sheetLinks.add(row, column, targetSheet, targetRow);
    }

    /** Rows are written by {@link SheetRowsWriter}: the same XML as POI's writer, with less work per cell. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return isCompressTempFiles() ? super.createSheetDataWriter() : new SheetRowsWriter();
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        ISheetInjector rows = super.createSheetInjector(sheet);
        return out -> {
            copyingRows = true;
            try {
                rows.writeSheetData(out);
            } finally {
                copyingRows = false;
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        return new LinkingZipStream(super.createArchiveOutputStream(out));
    }

    /**
     * Replaces the placeholder in each sheet's XML with the sheet's links while it is written. Wraps
     * POI's own zip stream (package-private, so not extended) to keep how POI writes the archive.
     */
    private final class LinkingZipStream extends ZipArchiveOutputStream {

        private final ZipArchiveOutputStream zip;
        private final byte[] heldBytes = new byte[PLACEHOLDER.length];
        private Links current;
        private int held;
        private boolean replaced;

        LinkingZipStream(ZipArchiveOutputStream zip) {
            super(OutputStream.nullOutputStream());
            this.zip = zip;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            zip.putArchiveEntry(entry);
            XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
            current = sheet == null ? null : links.get(sheet.getSheetName());
            held = 0;
            replaced = false;
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (current != null && !replaced) {
                throw new IllegalStateException("the links of a sheet could not be written: POI wrote the "
                        + "placeholder hyperlink differently");
            }
            if (held > 0) {
                zip.write(heldBytes, 0, held);
                held = 0;
            }
            current = null;
            zip.closeArchiveEntry();
        }

        @Override
        public void setLevel(int level) {
            zip.setLevel(level);
        }

        @Override
        public void finish() throws IOException {
            zip.finish();
        }

        @Override
        public void flush() throws IOException {
            zip.flush();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (current == null || replaced || copyingRows) {
                if (held > 0) {
                    // What was held back cannot be the placeholder's beginning after all: rows follow it.
                    zip.write(heldBytes, 0, held);
                    held = 0;
                }
                zip.write(bytes, offset, length);
                return;
            }
            byte[] data = bytes;
            int from = offset;
            int end = offset + length;
            if (held > 0) {
                // Rare: the last write ended with the beginning of the placeholder.
                data = new byte[held + length];
                System.arraycopy(heldBytes, 0, data, 0, held);
                System.arraycopy(bytes, offset, data, held, length);
                from = 0;
                end = data.length;
                held = 0;
            }
            int found = indexOf(data, from, end);
            if (found >= 0) {
                zip.write(data, from, found - from);
                writeLinks();
                replaced = true;
                zip.write(data, found + PLACEHOLDER.length, end - found - PLACEHOLDER.length);
                return;
            }
            // Hold back an end that may be the placeholder's beginning, to be decided by the next write.
            int keep = 0;
            for (int start = Math.max(from, end - PLACEHOLDER.length + 1); start < end; start++) {
                if (data[start] == '<' && startsPlaceholder(data, start, end)) {
                    keep = end - start;
                    break;
                }
            }
            zip.write(data, from, end - from - keep);
            System.arraycopy(data, end - keep, heldBytes, 0, keep);
            held = keep;
        }

        private static int indexOf(byte[] data, int from, int end) {
            for (int i = from; i <= end - PLACEHOLDER.length; i++) {
                if (data[i] == '<' && data[i + 1] == 'h' && startsPlaceholder(data, i, i + PLACEHOLDER.length)) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether data[start, end) is the placeholder or the beginning of it. */
        private static boolean startsPlaceholder(byte[] data, int start, int end) {
            for (int i = start; i < end; i++) {
                if (data[i] != PLACEHOLDER[i - start]) {
                    return false;
                }
            }
            return true;
        }

        private void writeLinks() throws IOException {
            // A sheet's links point into a few sheets from a few columns: their spelled-out names are made once.
            Map<String, String> locations = new HashMap<>();
            Map<Integer, String> columnLetters = new HashMap<>();
            StringBuilder xml = new StringBuilder(8192);
            for (int i = 0; i < current.size; i++) {
                xml.append("<hyperlink ref=\"")
                        .append(columnLetters.computeIfAbsent(current.columns[i], CellReference::convertNumToColString))
                        .append(current.rows[i] + 1).append("\" location=\"")
                        .append(locations.computeIfAbsent(current.targetSheets[i],
                                sheet -> escape(SheetWriter.quoted(sheet)) + "!A"))
                        .append(current.targetRows[i]).append("\"/>");
                if (xml.length() > 8000 || i == current.size - 1) {
                    byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
                    zip.write(bytes, 0, bytes.length);
                    xml.setLength(0);
                }
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
