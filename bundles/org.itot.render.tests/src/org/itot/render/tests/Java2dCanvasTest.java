package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.itot.render.Rgb;
import org.itot.render.TextMetrics;
import org.itot.render.java2d.Java2dCanvas;
import org.junit.jupiter.api.Test;

/**
 * The Java2D back-end: measured text, transform and clip saved and restored, alpha, which lines are anti-aliased,
 * several polylines in one call.
 */
class Java2dCanvasTest {

    private final BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    private final Graphics2D graphics = image.createGraphics();
    private final Java2dCanvas canvas = new Java2dCanvas(graphics);
    private static final Rgb WHITE = Rgb.of(0xffffff);

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
    void horizontalAndVerticalLinesCoverWholePixelsAndDiagonalsStayAntiAliased() {
        Rgb blue = Rgb.of(0x0000ff);
        whiteBackground();
        canvas.setStroke(blue);
        canvas.setLineWidth(1);
        canvas.strokePolyline(10, 20.25, 90, 20.25, 90, 60); // covers 19.75 to 20.75: a quarter of row 19
        canvas.strokeLine(10, 70, 90, 95);

        assertEquals(blue, at(50, 20), "the row whose centre the line covers, in full colour");
        assertEquals(WHITE, at(50, 19), "no partly covered row above: orthogonal lines are drawn without anti-aliasing");
        assertEquals(WHITE, at(50, 21));
        boolean blended = false;
        for (int y = 70; y < 96; y++) {
            Rgb pixel = at(50, y);
            blended |= !pixel.equals(WHITE) && !pixel.equals(blue);
        }
        assertTrue(blended, "a diagonal line is anti-aliased: some pixels are part line, part background");
    }

    @Test
    void linesOfATangleAreDrawnWithoutAntiAliasingUntilRestored() {
        Rgb blue = Rgb.of(0x0000ff);
        whiteBackground();
        canvas.setStroke(blue);
        canvas.setLineWidth(1.5);
        canvas.save();
        canvas.setTangle(true);
        canvas.strokeLine(10, 10, 90, 40);
        canvas.restore();
        canvas.strokeLine(10, 55, 90, 85);

        int inked = 0;
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 48; y++) {
                Rgb pixel = at(x, y);
                if (!pixel.equals(WHITE)) {
                    inked++;
                    assertEquals(blue, pixel, "a line of a tangle has no partly covered pixel, at " + x + "," + y);
                }
            }
        }
        assertTrue(inked > 80, "the line is drawn: " + inked + " pixels");
        boolean blended = false;
        for (int y = 50; y < 100; y++) {
            Rgb pixel = at(50, y);
            blended |= !pixel.equals(WHITE) && !pixel.equals(blue);
        }
        assertTrue(blended, "after restore, a diagonal line is anti-aliased again");
    }

    @Test
    void linesThinnerThanAPixelAreFadedButUnbroken() {
        Rgb black = Rgb.of(0x000000);
        whiteBackground();
        canvas.scale(0.1);
        canvas.setStroke(black);
        canvas.setLineWidth(4); // 0.4 device pixels
        canvas.strokeLine(50, 55, 950, 655); // (5, 5.5) to (95, 65.5) on the device: diagonal

        for (int x = 6; x < 95; x++) {
            int darkest = 255;
            for (int y = 0; y < 100; y++) {
                darkest = Math.min(darkest, at(x, y).red());
            }
            assertTrue(darkest < 255, "the line has a pixel in every column it crosses, column " + x);
            assertTrue(darkest > 100 && darkest < 200, "about 40 % of black over white, got " + darkest);
        }
    }

    @Test
    void severalPolylinesAreEachDrawn() {
        Rgb red = Rgb.of(0xff0000);
        whiteBackground();
        canvas.setStroke(red);
        canvas.setLineWidth(2);
        canvas.strokePolylines(List.of(new double[] { 10, 10, 90, 10 }, new double[] { 10, 50, 50, 90, 90, 50 },
                new double[] { 20, 30, 20, 40 }));

        assertEquals(red, at(50, 10));
        assertEquals(red, at(20, 35));
        assertTrue(at(50, 89).red() > 200 && at(50, 89).green() < 100, "on the diagonal polyline: " + at(50, 89));
        assertEquals(WHITE, at(50, 50), "between the lines");
        assertThrows(IllegalArgumentException.class, () -> canvas.strokePolylines(List.of(new double[] { 1, 2, 3 })));
    }

    private void whiteBackground() {
        canvas.setFill(WHITE);
        canvas.fillRect(0, 0, 100, 100);
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
