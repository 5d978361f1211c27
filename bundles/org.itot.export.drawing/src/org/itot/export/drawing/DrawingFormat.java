package org.itot.export.drawing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The drawing formats a diagram can be exported to; {@link #word()} is also the command-line format word. */
public enum DrawingFormat {

    SVG("svg", "Scalable Vector Graphics with real text, for browsers and documents"),
    PNG("png", "bitmap image; --scale sets the pixels per diagram unit"),
    PDF("pdf", "vector PDF, one page the size of the diagram, searchable text"),
    DRAWIO("drawio", "diagrams.net file to keep editing: zones as containers, assets as shapes, edges kept");

    private final String word;
    private final String description;

    DrawingFormat(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    /** The file-name extension without the dot; the same as the word. */
    public String extension() {
        return word;
    }

    public String description() {
        return description;
    }

    public static Optional<DrawingFormat> of(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(wanted)).findFirst();
    }
}
