package org.itot.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.ModelElement;
import org.itot.model.NoteView;
import org.itot.render.DiagramPainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Text that used to break or spoof drawings: a word of 100,000 characters without a space (a pasted
 * key) in every name, description and note is written by every back-end, cut where it is drawn; bidi
 * controls and zero-width characters show as escapes in every label.
 */
class LabelTextExportTest {

    private static final String WORD = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
            .repeat(1_600).substring(0, 100_000);
    private static final String SPOOFED = "Pump\u202Egnp.exe \u200Bstation\uFEFF \u2066x\u2069";
    private static final String SHOWN = "Pump[U+202E]gnp.exe [U+200B]station[U+FEFF] [U+2066]x[U+2069]";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DrawingFormat.class)
    void hundredThousandCharacterWordsAreWrittenCutAndValid(DrawingFormat format) throws Exception {
        Diagram diagram = withText(WORD, WORD + "\n" + WORD + " " + WORD);
        Path file = folder.resolve("long." + format.extension());

        DrawingExport.write(diagram, format, file, DrawingOptions.DEFAULT);

        byte[] bytes = Files.readAllBytes(file);
        switch (format) {
        case SVG -> {
            Document svg = Fixtures.parse(bytes);
            List<String> texts = Fixtures.elements(svg, "text").map(Element::getTextContent).toList();
            assertFalse(texts.isEmpty());
            assertTrue(texts.stream().allMatch(text -> text.length() < 400), "every drawn text is cut to its box");
            // The title keeps the diagram's name; nothing else grows with the 100,000-character words.
            assertTrue(bytes.length < WORD.length() + 200_000, bytes.length + " bytes");
        }
        case PDF -> {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertEquals(1, pdf.getNumberOfPages());
                assertTrue(new PDFTextStripper().getText(pdf).contains(WORD.substring(0, 8)));
            }
            assertTrue(bytes.length < WORD.length() + 300_000, bytes.length + " bytes");
        }
        case PNG -> {
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image);
            assertEquals((int) Math.ceil(DiagramPainter.bounds(diagram).width()), image.getWidth());
        }
        case DRAWIO -> {
            Document drawio = Fixtures.parse(bytes);
            // diagrams.net is where the model is edited further: its labels keep the whole name.
            assertTrue(Fixtures.elements(drawio, "object").anyMatch(cell -> cell.getAttribute("label").contains(WORD)));
            assertTrue(bytes.length < 20L * WORD.length() + 100_000, bytes.length + " bytes");
        }
        }
    }

    @Test
    void bidiAndZeroWidthCharactersShowAsEscapesInSvgLabels() throws Exception {
        Diagram diagram = withText(SPOOFED, SPOOFED);

        byte[] bytes = Fixtures.export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT);

        assertNoHiddenCharacters(Fixtures.text(bytes));
        Document svg = Fixtures.parse(bytes);
        List<String> texts = Fixtures.elements(svg, "text").map(Element::getTextContent).toList();
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("Pump[U+202E]")), () -> "no escape in " + texts);
    }

    @Test
    void bidiAndZeroWidthCharactersShowAsEscapesInDrawioLabels() throws Exception {
        Diagram diagram = withText(SPOOFED, SPOOFED);

        Document drawio = Fixtures.parse(Fixtures.export(diagram, DrawingFormat.DRAWIO, DrawingOptions.DEFAULT));

        List<String> labels = Fixtures.elements(drawio, "object").map(cell -> cell.getAttribute("label"))
                .filter(label -> label.contains("Pump")).toList();
        assertFalse(labels.isEmpty());
        labels.forEach(LabelTextExportTest::assertNoHiddenCharacters);
        assertTrue(labels.stream().anyMatch(label -> label.contains(SHOWN)), () -> "no escape in " + labels);
        Element page = Fixtures.elements(drawio, "diagram").findFirst().orElseThrow();
        assertEquals(SHOWN, page.getAttribute("name"));
    }

    @Test
    void bidiAndZeroWidthCharactersShowAsEscapesInPdfText() throws Exception {
        Diagram diagram = withText(SPOOFED, SPOOFED);

        try (PDDocument pdf = Loader.loadPDF(Fixtures.export(diagram, DrawingFormat.PDF, DrawingOptions.DEFAULT))) {
            String text = new PDFTextStripper().getText(pdf);
            assertNoHiddenCharacters(text);
            assertTrue(text.contains("[U+202E]"), text);
            assertEquals(SHOWN, pdf.getDocumentInformation().getTitle());
        }
    }

    private static void assertNoHiddenCharacters(String text) {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF"
                .toCharArray()) {
            assertFalse(text.indexOf(c) >= 0, () -> String.format("U+%04X is in the output", (int) c));
        }
    }

    /** The hostile fixture with every name and description set to {@code name} and the note's text to {@code note}. */
    private static Diagram withText(String name, String note) {
        ArchitectureModel model = Fixtures.hostileModel();
        model.eAllContents().forEachRemaining(object -> {
            if (object instanceof ModelElement element) {
                element.setName(name);
                element.setDescription(name);
            } else if (object instanceof NoteView view) {
                view.setText(note);
            }
        });
        return model.getDiagrams().get(0);
    }
}
