package org.itot.export.drawing.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The regular and bold fonts of a PDF: DejaVu Sans (what Java2D draws sans-serif with on Linux, so
 * the PDF looks like the PNG), else Liberation Sans or Arial, embedded as subsets; Helvetica (not
 * embedded, Latin-1 only) when none is installed. Characters a font has no glyph for print as '?'.
 */
public final class PdfFonts {

    private static final List<Path[]> CANDIDATES = List.of(
            pair("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
                    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            pair("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
            pair("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            pair("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"));

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads the fonts into {@code document} (the report bundle draws its text with the same fonts as the diagrams). */
    public static PdfFonts load(PDDocument document) throws IOException {
        for (Path[] candidate : CANDIDATES) {
            if (Files.isRegularFile(candidate[0])) {
                PDFont regular = withoutLigatures(document, candidate[0]);
                PDFont bold = Files.isRegularFile(candidate[1]) ? withoutLigatures(document, candidate[1]) : regular;
                return new PdfFonts(regular, bold);
            }
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    /**
     * A font whose glyph substitutions (GSUB) are off. PDFBox otherwise draws "fi" as the ligature glyph, whose
     * ToUnicode entry is U+FB01, one character for both letters: copy, paste and pdftotext then give that character,
     * and a search for "firewall" fails.
     * One glyph per character keeps the extracted text as typed; the document closes the font after saving.
     */
    private static PDFont withoutLigatures(PDDocument document, Path file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        try {
            font.setEnableGsub(false);
            PDFont loaded = PDType0Font.load(document, font, true);
            document.registerTrueTypeFontForClosing(font);
            return loaded;
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
    }

    public PDFont font(boolean boldFont) {
        return boldFont ? bold : regular;
    }

    /** The text with every character the font cannot show replaced by '?'; what is measured is what is drawn. */
    public String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(advance(font, c) >= 0 ? c : '?'));
        return out.toString();
    }

    /** Width in thousandths of the font size of text already made {@link #printable}. */
    public float width(PDFont font, String text) {
        float sum = 0;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            sum += Math.max(0, advance(font, c));
            i += Character.charCount(c);
        }
        return sum;
    }

    /** The advance width of one character, or -1 when the font cannot encode it. */
    private float advance(PDFont font, int codePoint) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            if (Character.isISOControl(c)) {
                return -1f;
            }
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IOException | IllegalArgumentException e) {
                return -1f; // no glyph, or not in the font's encoding
            }
        });
    }

    private static Path[] pair(String regular, String bold) {
        return new Path[] { Path.of(regular), Path.of(bold) };
    }
}
