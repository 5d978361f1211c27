package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.itot.model.Diagram;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.geometry.Bounds;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.render.java2d.PngExport;

/** Culling and per-diagram decisions must not change a pixel: a viewport paints what a full paint shows there. */
final class ViewportPixels {

    private ViewportPixels() {
    }

    /** Several 420 x 260 viewports, so that some zones, edges and labels are cut at the border. */
    static void assertViewportsMatchFullPaint(Diagram diagram) {
        BufferedImage full = PngExport.render(diagram, 1, Map.of());
        Bounds bounds = DiagramPainter.bounds(diagram);
        for (int[] offset : new int[][] { { 300, 200 }, { 0, 0 }, { 700, 500 }, { 150, 900 } }) {
            Bounds area = new Bounds(bounds.x() + offset[0], bounds.y() + offset[1], 420, 260);
            BufferedImage part = new BufferedImage(420, 260, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = part.createGraphics();
            Java2dCanvas canvas = new Java2dCanvas(graphics);
            canvas.translate(-area.x(), -area.y());
            DiagramPainter.paint(diagram, canvas, Map.of(), new Viewport(area, 1));
            graphics.dispose();

            int width = Math.min(420, full.getWidth() - offset[0]);
            int height = Math.min(260, full.getHeight() - offset[1]);
            assertArrayEquals(full.getRGB(offset[0], offset[1], width, height, null, 0, width),
                    part.getRGB(0, 0, width, height, null, 0, width), "viewport at " + offset[0] + "," + offset[1]);
        }
    }
}
