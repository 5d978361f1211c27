package org.itot.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.itot.model.Diagram;

/**
 * The report's content once, as blocks both writers lay out: the HTML and the PDF say the same thing in the same
 * order because they read the same document.
 */
public final class ReportDocument {

    /** A piece of content. */
    public sealed interface Block permits Heading, Paragraph, Table, Figure, PageBreak {
    }

    /**
     * A heading; level 1 and 2 go into the table of contents and the PDF bookmarks.
     *
     * @param anchor the HTML id and PDF bookmark target, unique in the document
     */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    /** A paragraph; {@code note} marks a remark about the report itself (summarised table, scaled diagram). */
    public record Paragraph(String text, boolean note) implements Block {
    }

    /**
     * A table; {@code widths} are the columns' relative widths.
     */
    public record Table(List<String> header, List<Row> rows, double[] widths) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            widths = widths.clone();
        }

        @Override
        public double[] widths() {
            return widths.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Table table && header.equals(table.header) && rows.equals(table.rows)
                    && Arrays.equals(widths, table.widths);
        }

        @Override
        public int hashCode() {
            return header.hashCode() * 31 + rows.hashCode();
        }

        @Override
        public String toString() {
            return "Table" + header + " (" + rows.size() + " rows)";
        }
    }

    /** A table row; {@code anchor} (null for none) lets other parts of the report link to it. */
    public record Row(String anchor, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell's text (line breaks kept) and how it is coloured. */
    public record Cell(String text, Tone tone) {

        public static Cell of(String text) {
            return new Cell(text == null ? "" : text, Tone.PLAIN);
        }
    }

    /** The colour of a status cell. */
    public enum Tone {
        PLAIN, GOOD, BAD, WARN, INFO
    }

    /**
     * A diagram with its caption; {@code scale} fits it onto a portrait page and {@code note} says so when that made
     * it small (null otherwise).
     */
    public record Figure(Diagram diagram, String caption, double scale, String note) implements Block {
    }

    /** Ends the title page. */
    public record PageBreak() implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    void add(Block block) {
        blocks.add(block);
    }

    /** The headings of levels 1 and 2, in order: the table of contents. */
    public List<Heading> contents() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .filter(h -> h.level() >= 1 && h.level() <= 2).toList();
    }
}
