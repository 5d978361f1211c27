package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.itot.render.Rgb;
import org.itot.render.TextMetrics;
import org.itot.render.java2d.Java2dCanvas;
import org.junit.jupiter.api.Test;

/** The Java2D back-end: measured text, transform and clip saved and restored, alpha. */
class Java2dCanvasTest {

    private final BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    private final Graphics2D graphics = image.createGraphics();
    private final Java2dCanvas canvas = new Java2dCanvas(graphics);

    @Test
    void measuresTextInTheCurrentFont() {
        canvas.setFont(12, false);
        TextMetrics short12 = canvas.measure("PLC");
        TextMetrics long12 = canvas.measure("Programmable logic controller");
        canvas.setFont(24, true);
        TextMetrics short24 = canvas.measure("PLC");

        assertTrue(short12.width() > 0 && short12.ascent() > 0 && short12.height() > short12.ascent());
        assertTrue(long12.width() > 3 * short12.width());
        assertTrue(short24.width() > 1.8 * short12.width());
        assertTrue(short24.height() > 1.8 * short12.height());
    }

    @Test
    void restoreUndoesTransformClipAndColours() {
        Rgb red = Rgb.of(0xff0000);
        Rgb blue = Rgb.of(0x0000ff);
        canvas.setFill(blue);
        canvas.save();
        canvas.translate(50, 50);
        canvas.scale(2);
        canvas.clipRect(0, 0, 5, 5);
        canvas.setFill(red);
        canvas.fillRect(0, 0, 20, 20); // clipped to 10 x 10 pixels at (50, 50)
        canvas.restore();
        canvas.fillRect(0, 0, 10, 10);

        assertEquals(red, at(55, 55));
        assertEquals(Rgb.of(0), at(65, 65), "outside the clip");
        assertEquals(blue, at(5, 5), "after restore: no transform, blue again");
    }

    @Test
    void alphaBlendsWithWhatIsBelow() {
        canvas.setFill(Rgb.of(0xffffff));
        canvas.fillRect(0, 0, 100, 100);
        canvas.setAlpha(0.5);
        canvas.setFill(Rgb.of(0x000000));
        canvas.fillRect(0, 0, 100, 100);

        int grey = at(10, 10).red();
        assertTrue(grey > 100 && grey < 156, "half black over white, got " + grey);
    }

    @Test
    void polylineNeedsPoints() {
        assertThrows(IllegalArgumentException.class, () -> canvas.strokePolyline(1, 2, 3));
    }

    @Test
    void rgbRejectsChannelsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
        assertEquals(Rgb.of(0x336699), new Rgb(0x33, 0x66, 0x99));
        assertEquals(Rgb.of(0xffffff), Rgb.of(0x336699).lighter(1));
    }

    private Rgb at(int x, int y) {
        return Rgb.of(image.getRGB(x, y) & 0xffffff);
    }
}
