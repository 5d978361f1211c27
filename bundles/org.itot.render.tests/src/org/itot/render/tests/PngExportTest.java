package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.java2d.PngExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG export: the image has the drawing's size times the scale and is written atomically. */
class PngExportTest {

    @TempDir
    Path folder;

    private final Diagram diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);

    @Test
    void writesAPngOfTheDrawingsSizeTimesTheScaleAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("out/purdue.png");
        PngExport.write(diagram, file, 2);

        BufferedImage image = ImageIO.read(file.toFile());
        Bounds bounds = DiagramPainter.bounds(diagram);
        assertEquals(Math.ceil(bounds.width() * 2), image.getWidth());
        assertEquals(Math.ceil(bounds.height() * 2), image.getHeight());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "only the PNG is left in the folder");
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = folder.resolve("purdue.png");
        Files.writeString(file, "old");
        PngExport.write(diagram, file, 0.5);
        assertTrue(ImageIO.read(file.toFile()).getWidth() > 100);
    }

    @Test
    void refusesNonsenseScalesAndHugeImagesWithAMessage() {
        Path file = folder.resolve("never.png");
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PngExport.write(diagram, file, 0));
        assertTrue(zero.getMessage().contains("scale"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PngExport.write(diagram, file, Double.NaN));
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> PngExport.write(diagram, file, 100));
        assertTrue(huge.getMessage().contains("smaller scale"), huge.getMessage());
        assertTrue(Files.notExists(file));
    }
}
