package org.itot.export.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.itot.export.excel.ImportLimits;
import org.itot.export.excel.RegisterReadException;
import org.itot.model.resource.XmlParserLimits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of chosen sheets of an .xlsx file as they are stored, with POI's event API (SAX over
 * the sheet XML) rather than its object model: memory and time stay bounded by the row limit however
 * large the sheet, and a formula is seen as a formula, not as its cached result.
 */
public final class WorkbookReader {

    /** Columns beyond this are never kept (a register has about 30). */
    private static final int MAX_COLUMNS = 256;
    /** Text longer than this in one cell is refused; Excel itself stops at 32,767. */
    private static final int MAX_CELL_TEXT = 2 * CellText.MAX_LENGTH;

    /** What a cell holds, as stored in the file. */
    public enum Type {
        TEXT, NUMBER, BOOLEAN, ERROR, FORMULA
    }

    /**
     * A stored cell value. {@code text} is the text, the error code, or the formula (with its
     * leading =); {@code date} says a number is formatted as a date.
     */
    public record CellValue(Type type, String text, double number, boolean date) {
    }

    /** A row that has at least one cell; {@code number} is one-based, as Excel shows it. */
    public record SheetRow(int number, Map<Integer, CellValue> cells) {
    }

    private WorkbookReader() {
    }

    /**
     * Reads the sheets with these names (case ignored); a sheet that is not there is absent from the result.
     *
     * @throws RegisterReadException for a file that is not an .xlsx workbook, too large, a zip bomb, or
     *                               has a sheet with more rows than the limit
     */
    public static Map<String, List<SheetRow>> read(Path file, Set<String> sheetNames, ImportLimits limits)
            throws RegisterReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RegisterReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new RegisterReadException(file + " is " + size / (1024 * 1024) + " MB; registers of more than "
                    + limits.maxFileBytes() / (1024 * 1024) + " MB are not read");
        }
        // POI keeps these limits in static fields; every reader of this bundle sets its own before opening.
        synchronized (WorkbookReader.class) {
            quietPoiLogging();
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
            ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
            return readPackage(file, sheetNames, limits);
        }
    }

    private static Map<String, List<SheetRow>> readPackage(Path file, Set<String> sheetNames, ImportLimits limits)
            throws RegisterReadException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new RegisterReadException(file + " " + describe(e, "is not an Excel .xlsx workbook"), e);
        }
        // The part being read, for the error message of a damaged workbook.
        String part = "its package structure ([Content_Types].xml, relationships)";
        try {
            XSSFReader reader = new XSSFReader(pkg);
            part = "its shared strings (xl/sharedStrings.xml)";
            ReadOnlySharedStringsTable strings = new LimitedSharedStrings(pkg);
            part = "its styles (xl/styles.xml)";
            StylesTable styles = reader.getStylesTable();
            Map<String, List<SheetRow>> result = new LinkedHashMap<>();
            Set<String> wanted = new java.util.HashSet<>();
            sheetNames.forEach(n -> wanted.add(n.toLowerCase(Locale.ROOT)));
            part = "its list of sheets (xl/workbook.xml)";
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    part = "sheet '" + name + "' (" + sheets.getSheetPart().getPartName().getName().substring(1) + ")";
                    String canonical = sheetNames.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(null);
                    if (canonical != null && !result.containsKey(canonical)) {
                        result.put(canonical, parse(sheet, name, strings, styles, limits.maxRows()));
                    }
                }
            }
            return result;
        } catch (TooManyRows e) {
            throw new RegisterReadException(file + ": sheet '" + e.sheet + "' has more than " + e.limit
                    + " rows; a register is read up to " + e.limit + " rows per sheet");
        } catch (Exception e) {
            throw new RegisterReadException(file + " " + describe(e, damaged(part, e)), e);
        } finally {
            pkg.revert();
        }
    }

    /** One sentence for a workbook POI cannot read: which part, why, and what to do. */
    private static String damaged(String part, Exception error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause instanceof SAXParseException xml ? "its XML breaks off or is malformed at line "
                + xml.getLineNumber() + ", column " + xml.getColumnNumber() + ": " + xml.getMessage()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return "is damaged: " + part + " cannot be read (" + reason + "). Open it in Excel or LibreOffice and save it "
                + "again, or export a new register from the model";
    }

    /**
     * POI reports damage it meets (a relationship it cannot parse, malformed XML) through Log4j with a
     * stack trace, and then throws or works around it; the reader turns the same damage into one
     * error of its own. Where Log4j's simple logger prints to the console (the product's launcher
     * sets it), POI's loggers on the reading path are switched off; a real logging setup is left alone.
     */
    private static void quietPoiLogging() {
        for (String logger : List.of("org.apache.poi.util.XMLHelper", "org.apache.poi.ooxml.util.DocumentHelper",
                "org.apache.poi.openxml4j.opc.OPCPackage", "org.apache.poi.openxml4j.opc.ZipPackage",
                "org.apache.poi.openxml4j.opc.PackageRelationshipCollection",
                "org.apache.poi.openxml4j.opc.PackagingURIHelper",
                "org.apache.poi.openxml4j.opc.internal.ZipContentTypeManager",
                "org.apache.poi.openxml4j.util.ZipSecureFile", "org.apache.poi.xssf.eventusermodel.XSSFReader",
                "org.apache.poi.xssf.model.StylesTable", "org.apache.poi.ooxml.POIXMLDocumentPart")) {
            if (LogManager.getLogger(logger) instanceof SimpleLogger simple) {
                simple.setLevel(Level.OFF);
            }
        }
    }

    private static String describe(Throwable error, String fallback) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("max size of the expanded data")) {
                return "looks like a zip bomb: a part of it inflates beyond the safe limits (more than 100 times its "
                        + "compressed size, or past the size limit), so it was not read";
            }
            if (cause instanceof TooManyRows rows) {
                return "has more than " + rows.limit + " rows in sheet '" + rows.sheet + "'";
            }
            if (cause.getClass().getSimpleName().equals("OLE2NotOfficeXmlFileException")) {
                return "is an old .xls workbook or is password-protected; save it as an unprotected .xlsx workbook";
            }
            if (cause.getClass().getSimpleName().equals("NotOfficeXmlFileException")
                    || cause instanceof java.util.zip.ZipException) {
                return "is not an Excel .xlsx workbook (" + message + ")";
            }
        }
        return fallback + " (" + error.getClass().getSimpleName() + ": " + error.getMessage() + ")";
    }

    private static List<SheetRow> parse(InputStream sheet, String name, ReadOnlySharedStringsTable strings,
            StylesTable styles, int maxRows) throws IOException, SAXException, ParserConfigurationException {
        SheetHandler handler = new SheetHandler(name, strings, styles, maxRows);
        XMLReader parser = XmlParserLimits.apply(XMLHelper.newXMLReader());
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(sheet));
        } catch (SAXException e) {
            if (e.getException() instanceof TooManyRows rows) {
                throw rows;
            }
            throw e;
        }
        return handler.rows;
    }

    /**
     * POI's shared strings table, parsed with the product's pinned XML limits: POI's own reader keeps
     * the JDK defaults, which on Java 24 and later refuse a table with more than 100,000 escaped
     * characters ({@code &amp;} in "P&ID"), a size any register with descriptions reaches.
     */
    private static final class LimitedSharedStrings extends ReadOnlySharedStringsTable {

        LimitedSharedStrings(OPCPackage pkg) throws IOException, SAXException {
            super(pkg, false);
        }

        /** As POI's, with the limits set on the reader; called by POI's constructor. */
        @Override
        public void readFrom(InputStream part) throws IOException, SAXException {
            PushbackInputStream in = new PushbackInputStream(part, 1);
            int first = in.read();
            if (first == -1) {
                return; // an empty part holds no strings
            }
            in.unread(first);
            XMLReader reader;
            try {
                reader = XmlParserLimits.apply(XMLHelper.newXMLReader());
            } catch (ParserConfigurationException e) {
                throw new SAXException("no XML parser for the shared strings: " + e.getMessage(), e);
            }
            reader.setContentHandler(this);
            reader.parse(new InputSource(in));
        }
    }

    /** Thrown from inside the parser to stop at the row limit. */
    private static final class TooManyRows extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final String sheet;
        final int limit;

        TooManyRows(String sheet, int limit) {
            super("more than " + limit + " rows in sheet " + sheet, null, false, false);
            this.sheet = sheet;
            this.limit = limit;
        }
    }

    /** SAX over a worksheet part: {@code <row r>}, {@code <c r t s>}, {@code <v>}, {@code <f>}, {@code <is><t>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final String sheetName;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        final List<SheetRow> rows = new ArrayList<>();

        private int rowsSeen;
        private int rowNumber;
        private int nextColumn;
        private Map<Integer, CellValue> cells;
        private int column;
        private String type;
        private int style;
        private StringBuilder value;
        private StringBuilder formula;
        private StringBuilder inline;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private boolean inPhonetic;
        private boolean tooLong;

        SheetHandler(String sheetName, ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
            case "row" -> {
                if (++rowsSeen > maxRows) {
                    throw new TooManyRows(sheetName, maxRows);
                }
                String r = attributes.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                nextColumn = 0;
                cells = new HashMap<>();
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference != null ? new CellReference(reference).getCol() : nextColumn;
                nextColumn = column + 1;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value = new StringBuilder();
                formula = null;
                inline = null;
                tooLong = false;
            }
            case "v" -> inValue = true;
            case "f" -> {
                inFormula = true;
                formula = new StringBuilder();
            }
            case "is" -> inline = new StringBuilder();
            case "t" -> inInlineText = inline != null && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // other elements (sheet properties, merged cells, hyperlinks) carry no cell values
            }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            StringBuilder target = inFormula ? formula : inInlineText ? inline : inValue ? value : null;
            if (target == null) {
                return;
            }
            if (target.length() + length > MAX_CELL_TEXT) {
                tooLong = true;
                return;
            }
            target.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                CellValue cell = cell();
                if (cell != null && column < MAX_COLUMNS) {
                    cells.put(column, cell);
                }
            }
            case "row" -> {
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(rowNumber, cells));
                }
            }
            default -> {
                // nothing to finish
            }
            }
        }

        private CellValue cell() {
            if (tooLong) {
                return new CellValue(Type.ERROR, "text longer than " + MAX_CELL_TEXT + " characters", 0, false);
            }
            if (formula != null) {
                return new CellValue(Type.FORMULA, "=" + formula, 0, false);
            }
            String raw = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
            case "s" -> raw.isEmpty() ? null
                    : new CellValue(Type.TEXT, strings.getItemAt(Integer.parseInt(raw.strip())).getString(), 0, false);
            case "inlineStr" -> inline == null ? null : new CellValue(Type.TEXT, inline.toString(), 0, false);
            case "str" -> new CellValue(Type.TEXT, raw, 0, false);
            case "b" -> new CellValue(Type.BOOLEAN, raw.strip().equals("1") ? "TRUE" : "FALSE", 0, false);
            case "e" -> new CellValue(Type.ERROR, raw, 0, false);
            case "d" -> new CellValue(Type.TEXT, raw, 0, true);
            default -> raw.isBlank() ? null : number(raw);
            };
        }

        private CellValue number(String raw) {
            double number;
            try {
                number = Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                return new CellValue(Type.ERROR, "not a number: " + raw, 0, false);
            }
            return new CellValue(Type.NUMBER, raw.strip(), number, isDate(style));
        }

        private boolean isDate(int styleIndex) {
            if (styleIndex == 0 || styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(styleIndex, index -> {
                if (index >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(index);
                return cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }
}
