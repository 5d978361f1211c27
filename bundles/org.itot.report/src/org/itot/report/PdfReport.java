package org.itot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.itot.export.drawing.pdf.PdfCanvas;
import org.itot.export.drawing.pdf.PdfFonts;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.report.ReportDocument.Block;
import org.itot.report.ReportDocument.Cell;
import org.itot.report.ReportDocument.Figure;
import org.itot.report.ReportDocument.Heading;
import org.itot.report.ReportDocument.PageBreak;
import org.itot.report.ReportDocument.Paragraph;
import org.itot.report.ReportDocument.Row;
import org.itot.report.ReportDocument.Table;
import org.itot.report.ReportDocument.Tone;

/**
 * The report as a PDF drawn with PDFBox (already in the product): real text in embedded subset fonts (the diagrams'
 * fonts), one bookmark per section and zone, and page numbers. Reproducible: the document ID, the dates and the
 * metadata come from the report date and content, never from the clock.
 */
public final class PdfReport {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_SIDE = 50;
    private static final float MARGIN_TOP = 56;
    private static final float MARGIN_BOTTOM = 60;
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN_SIDE;
    /** The largest diagram on a page, in points: the content width and most of its height (caption and note). */
    public static final double FIGURE_WIDTH = CONTENT_WIDTH;
    public static final double FIGURE_HEIGHT = 640;

    private static final float BODY_SIZE = 9.5f;
    private static final float TABLE_SIZE = 7.5f;
    private static final float CELL_PADDING = 3;

    private final ReportDocument report;
    private final PDDocument pdf;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    /** Distance from the page's top edge to where the next block goes. */
    private float y;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem section;

    private PdfReport(ReportDocument report, PDDocument pdf) throws IOException {
        this.report = report;
        this.pdf = pdf;
        this.fonts = PdfFonts.load(pdf);
    }

    /** A written PDF and its page count. */
    public record Result(byte[] bytes, int pages) {
    }

    /** The PDF; {@code date} is the report date, written as the document's creation and change date. */
    public static Result toPdf(ReportDocument report, LocalDate date, String toolVersion) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfReport writer = new PdfReport(report, pdf);
            try {
                writer.layout();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                writer.closePage();
            }
            writer.footers();
            pdf.getDocumentCatalog().setDocumentOutline(writer.outline);
            pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("ITOT Architect " + toolVersion);
            info.setProducer("ITOT Architect " + toolVersion);
            info.setSubject("Compliance evidence report");
            Calendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            day.clear();
            day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(day);
            info.setModificationDate(day);
            // PDFBox derives the file ID from the clock unless given one: take it from the title and date.
            pdf.setDocumentId(stableId(report.title() + '\n' + date + '\n' + toolVersion));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            pdf.save(out);
            return new Result(out.toByteArray(), writer.pages.size());
        }
    }

    private static long stableId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (digest[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void layout() throws IOException {
        newPage();
        for (Block block : report.blocks()) {
            switch (block) {
            case Heading heading -> heading(heading);
            case Paragraph paragraph -> paragraph(paragraph);
            case Table table -> table(table);
            case Figure figure -> figure(figure);
            case PageBreak pageBreak -> newPage();
            }
        }
    }

    private void newPage() throws IOException {
        closePage();
        page = new PDPage(PAGE);
        pdf.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(pdf, page);
        y = MARGIN_TOP;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private boolean atTop() {
        return y <= MARGIN_TOP + 0.5f;
    }

    private float room() {
        return PAGE.getHeight() - MARGIN_BOTTOM - y;
    }

    private void ensureRoom(float height) throws IOException {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    private void heading(Heading heading) throws IOException {
        float size = switch (heading.level()) {
        case 0 -> 22;
        case 1 -> 16;
        case 2 -> 12.5f;
        default -> 10.5f;
        };
        if (heading.level() == 1 && !atTop()) {
            newPage();
        }
        if (heading.level() == 0) {
            y += 120;
        }
        List<String> lines = wrap(heading.text(), fonts.font(true), size, CONTENT_WIDTH);
        float leading = size * 1.25f;
        // A heading never sits alone at the foot of a page.
        ensureRoom(lines.size() * leading + size * 0.6f + 40);
        y += atTop() ? 0 : size * 0.8f;
        float top = y;
        for (String line : lines) {
            y += leading;
            text(line, MARGIN_SIDE, y - size * 0.25f, fonts.font(true), size, heading.level() <= 2 ? BLUE : BLACK);
        }
        if (heading.level() == 1) {
            content.setStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
            content.setLineWidth(1.2f);
            content.moveTo(MARGIN_SIDE, pdfY(y + 2));
            content.lineTo(MARGIN_SIDE + CONTENT_WIDTH, pdfY(y + 2));
            content.stroke();
        }
        y += size * 0.6f;
        bookmark(heading, top);
    }

    private void bookmark(Heading heading, float top) {
        if (heading.level() < 1 || heading.level() > 2) {
            return;
        }
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop((int) pdfY(top));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(heading.text());
        item.setDestination(destination);
        if (heading.level() == 1 || section == null) {
            outline.addLast(item);
            section = item;
        } else {
            section.addLast(item);
        }
    }

    private void paragraph(Paragraph paragraph) throws IOException {
        float size = paragraph.note() ? BODY_SIZE - 1 : BODY_SIZE;
        float leading = size * 1.35f;
        for (String line : wrap(paragraph.text(), fonts.font(false), size, CONTENT_WIDTH)) {
            ensureRoom(leading);
            y += leading;
            text(line, MARGIN_SIDE, y - size * 0.3f, fonts.font(false), size, paragraph.note() ? GREY : BLACK);
        }
        y += size * 0.7f;
    }

    private void table(Table table) throws IOException {
        double[] weights = table.widths();
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (float) (weights[i] / total * CONTENT_WIDTH);
        }
        boolean hasHeader = table.header().stream().anyMatch(h -> !h.isEmpty());
        List<Cell> header = table.header().stream().map(Cell::of).toList();
        if (hasHeader) {
            ensureRoom(rowHeight(header, widths, true) + rowHeight(table.rows().isEmpty() ? header
                    : table.rows().get(0).cells(), widths, false));
            row(header, widths, true);
        }
        for (Row row : table.rows()) {
            float height = rowHeight(row.cells(), widths, false);
            if (height > room() && !atTop()) {
                newPage();
                if (hasHeader) {
                    row(header, widths, true);
                }
            }
            row(row.cells(), widths, false);
        }
        y += BODY_SIZE * 0.8f;
    }

    private float rowHeight(List<Cell> cells, float[] widths, boolean bold) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i).text(), fonts.font(bold), TABLE_SIZE,
                    widths[i] - 2 * CELL_PADDING).size());
        }
        return Math.min(lines * TABLE_SIZE * 1.3f + 2 * CELL_PADDING, maxRowHeight());
    }

    private static float maxRowHeight() {
        return PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 40;
    }

    private void row(List<Cell> cells, float[] widths, boolean header) throws IOException {
        float height = rowHeight(cells, widths, header);
        float leading = TABLE_SIZE * 1.3f;
        int maxLines = (int) ((height - 2 * CELL_PADDING) / leading);
        float x = MARGIN_SIDE;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float[] fill = header ? HEADER : fill(cell.tone());
            if (fill != null) {
                content.setNonStrokingColor(fill[0], fill[1], fill[2]);
                content.addRect(x, pdfY(y + height), widths[i], height);
                content.fill();
            }
            content.setStrokingColor(BORDER[0], BORDER[1], BORDER[2]);
            content.setLineWidth(0.5f);
            content.addRect(x, pdfY(y + height), widths[i], height);
            content.stroke();
            List<String> lines = wrap(cell.text(), fonts.font(header), TABLE_SIZE, widths[i] - 2 * CELL_PADDING);
            if (lines.size() > maxLines) {
                // A cell longer than a page: the rest is in the HTML report and the register.
                lines = new ArrayList<>(lines.subList(0, Math.max(1, maxLines - 1)));
                lines.add("[... continued in the HTML report]");
            }
            float lineY = y + CELL_PADDING;
            for (String line : lines) {
                lineY += leading;
                text(line, x + CELL_PADDING, lineY - TABLE_SIZE * 0.3f, fonts.font(header), TABLE_SIZE, BLACK);
            }
            x += widths[i];
        }
        y += height;
    }

    private void figure(Figure figure) throws IOException {
        Bounds bounds = DiagramPainter.bounds(figure.diagram());
        float width = (float) (bounds.width() * figure.scale());
        float height = (float) (bounds.height() * figure.scale());
        ensureRoom(height + 40);
        y += BODY_SIZE * 1.4f;
        text(figure.caption(), MARGIN_SIDE, y, fonts.font(true), 11, BLACK);
        y += 8;
        content.saveGraphicsState();
        try {
            PdfCanvas canvas = new PdfCanvas(content, fonts, PAGE.getHeight());
            canvas.translate(MARGIN_SIDE, y);
            canvas.scale(figure.scale());
            canvas.translate(-bounds.x(), -bounds.y());
            DiagramPainter.paint(figure.diagram(), canvas, Map.of());
        } finally {
            content.restoreGraphicsState();
        }
        content.setStrokingColor(BORDER[0], BORDER[1], BORDER[2]);
        content.setLineWidth(0.5f);
        content.addRect(MARGIN_SIDE, pdfY(y + height), width, height);
        content.stroke();
        y += height + 6;
        if (figure.note() != null) {
            paragraph(new Paragraph(figure.note(), true));
        }
    }

    /** "Page N of M" and the title at the foot of every page but the first. */
    private void footers() throws IOException {
        for (int i = 1; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(pdf, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                String number = "Page " + (i + 1) + " of " + pages.size();
                float size = 7.5f;
                float numberWidth = fonts.width(fonts.font(false), fonts.printable(fonts.font(false), number))
                        / 1000 * size;
                text(number, MARGIN_SIDE + CONTENT_WIDTH - numberWidth, PAGE.getHeight() - MARGIN_BOTTOM + 28,
                        fonts.font(false), size, GREY);
                List<String> title = wrap(report.title(), fonts.font(false), size, CONTENT_WIDTH - numberWidth - 20);
                text(title.get(0), MARGIN_SIDE, PAGE.getHeight() - MARGIN_BOTTOM + 28, fonts.font(false), size, GREY);
            } finally {
                content = null;
            }
        }
    }

    private float pdfY(float fromTop) {
        return PAGE.getHeight() - fromTop;
    }

    /** Draws one line with its baseline {@code baseline} points below the page's top edge. */
    private void text(String line, float x, float baseline, PDFont font, float size, float[] colour)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, pdfY(baseline));
        content.showText(fonts.printable(font, line));
        content.endText();
    }

    /** The text broken into lines no wider than {@code width}: at line breaks, then spaces, then anywhere. */
    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        String clean = text == null ? "" : text.replace('\t', ' ').replace("\r", "");
        for (String paragraph : clean.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the column (an id, a long path) is cut where it must be.
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, PDFont font, float size) {
        return fonts.width(font, fonts.printable(font, text)) / 1000 * size;
    }

    private static float[] fill(Tone tone) {
        return switch (tone) {
        case GOOD -> new float[] { 0.87f, 0.94f, 0.85f };
        case BAD -> new float[] { 0.97f, 0.84f, 0.83f };
        case WARN -> new float[] { 0.99f, 0.94f, 0.78f };
        case INFO -> new float[] { 0.89f, 0.93f, 0.97f };
        case PLAIN -> null;
        };
    }

    private static final float[] BLACK = { 0.1f, 0.1f, 0.1f };
    private static final float[] GREY = { 0.35f, 0.35f, 0.35f };
    private static final float[] BLUE = { 0.14f, 0.32f, 0.48f };
    private static final float[] HEADER = { 0.91f, 0.93f, 0.96f };
    private static final float[] BORDER = { 0.77f, 0.8f, 0.83f };
}
