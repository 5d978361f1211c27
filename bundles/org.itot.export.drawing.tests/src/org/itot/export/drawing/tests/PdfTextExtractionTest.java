package org.itot.export.drawing.tests;

import static org.itot.export.drawing.tests.Fixtures.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What poppler's pdftotext (what grep pipelines, indexers and copy and paste see) extracts from an exported
 * drawing: the labels as typed, letter by letter, with no ligature characters such as U+FB01 for "fi".
 */
class PdfTextExtractionTest {

    /** Letter pairs that fonts with a GSUB table draw as one ligature glyph: fi, fl, ff, ffi, ffl. */
    private static final List<String> LABELS = List.of("OT firewall", "Office floor", "Traffic shaper", "Affluent");

    @Test
    void pdftotextFindsTheLabelsAsTyped(@TempDir Path dir) throws Exception {
        String pdftotext = onPath("pdftotext");
        assumeTrue(pdftotext != null, "pdftotext (poppler-utils) is not installed; releng/scripts/test.sh installs it");
        ArchitectureModel model = Fixtures.hostileModel();
        model.getZones().get(0).setName(LABELS.get(0));
        model.getZones().get(1).setName(LABELS.get(1));
        model.getZones().get(0).getAssets().get(0).setName(LABELS.get(2));
        model.getZones().get(1).getAssets().get(0).setName(LABELS.get(3));
        Path pdf = dir.resolve("drawing.pdf");
        Files.write(pdf, export(model.getDiagrams().get(0), DrawingFormat.PDF, DrawingOptions.DEFAULT));

        Path text = dir.resolve("drawing.txt");
        Process process = new ProcessBuilder(pdftotext, "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("pdftotext.log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish in 60 s");
        assertEquals(0, process.exitValue(), () -> read(dir.resolve("pdftotext.log")));
        String extracted = read(text);
        for (String label : LABELS) {
            assertTrue(extracted.contains(label), label + " not in the text pdftotext extracts:\n" + extracted);
        }
        assertTrue(extracted.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                "ligature characters in:\n" + extracted);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
