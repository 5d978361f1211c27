package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NoteView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.java2d.PngExport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names, descriptions and notes of 100,000 characters without a space (a pasted key, hash or URL)
 * are drawn cut to their boxes by the Java2D painter (PNG, and the editor's painter), at every zoom;
 * bidi controls in them are shown as escapes.
 */
class LongLabelTest {

    private static final String WORD = "AAAAB3NzaC1yc2EAAAADAQABAAABgQC".repeat(3_300).substring(0, 100_000);

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = { 1, 0.39, 0.15 })
    void hundredThousandCharacterWordsArePaintedCut(double scale) {
        Diagram diagram = longNamedOverview();

        BufferedImage image = PngExport.render(diagram, scale, Map.of());
        RecordingCanvas canvas = new RecordingCanvas();
        DiagramPainter.paint(diagram, canvas, Map.of(), new Viewport(null, scale));

        Bounds bounds = DiagramPainter.bounds(diagram);
        assertEquals(Math.ceil(bounds.width() * scale), image.getWidth());
        List<RecordingCanvas.Text> texts = canvas.texts();
        assertFalse(texts.isEmpty());
        for (RecordingCanvas.Text text : texts) {
            assertTrue(text.text().length() < 400, () -> "a " + text.text().length() + "-character text was drawn");
            assertFalse(text.text().contains("\u202E"), "a bidi override was drawn as is");
        }
        if (scale == 1) {
            assertTrue(texts.stream().anyMatch(text -> text.text().endsWith("\u2026") && WORD.startsWith(
                    text.text().substring(0, text.text().length() - 1))), "names are cut with an ellipsis");
        }
    }

    private static Diagram longNamedOverview() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        model.eAllContents().forEachRemaining(object -> {
            if (object instanceof ModelElement element) {
                element.setName(WORD);
                element.setDescription("\u202E" + WORD);
            }
        });
        Diagram diagram = model.getDiagrams().get(0);
        NoteView note = ItotFactory.eINSTANCE.createNoteView();
        note.setText(WORD + "\n\u202E" + WORD + " " + WORD);
        note.setX(20);
        note.setY(2000);
        note.setWidth(220);
        note.setHeight(70);
        diagram.getNodes().add(note);
        return diagram;
    }
}
