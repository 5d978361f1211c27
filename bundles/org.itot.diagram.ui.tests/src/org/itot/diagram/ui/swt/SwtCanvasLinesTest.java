package org.itot.diagram.ui.swt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's SWT back-end strokes lines by the same rules as the Java2D one (org.itot.render.LineLook): horizontal
 * and vertical lines and lines thinner than a pixel without anti-aliasing, diagonal lines with it, and several lines
 * of one look in one SWT path that covers the same pixels as drawing them one by one.
 */
class SwtCanvasLinesTest {

    private static final RGB WHITE = new RGB(255, 255, 255);
    private static final Rgb BLUE = Rgb.of(0x0000ff);
    private final Display display = Display.getDefault();
    private final SwtResources resources = new SwtResources(display);

    @AfterEach
    void disposeResources() {
        resources.dispose();
    }

    @Test
    void horizontalAndVerticalLinesCoverWholePixelsAndDiagonalsStayAntiAliased() {
        ImageData data = paint(100, 100, canvas -> {
            canvas.scale(1.5);
            canvas.setStroke(BLUE);
            canvas.setLineWidth(1); // 1.5 device pixels: anti-aliased, it would cover rows partly
            canvas.strokePolyline(6, 10, 60, 10, 60, 40); // (9, 15) to (90, 15) to (90, 60) on the device
            canvas.strokeLine(6, 45, 60, 62);
        });
        RGB blue = new RGB(0, 0, 255);

        for (int x = 20; x < 80; x++) {
            assertOnlyLineOrBackground(data, x, 8, x, 22, blue);
        }
        for (int y = 25; y < 55; y++) {
            assertOnlyLineOrBackground(data, 82, y, 98, y, blue);
        }
        boolean blended = false;
        for (int y = 55; y < 100; y++) {
            RGB pixel = at(data, 50, y);
            blended |= !pixel.equals(WHITE) && !pixel.equals(blue);
        }
        assertTrue(blended, "a diagonal line is anti-aliased: some pixels are part line, part background");
    }

    @Test
    void linesThinnerThanAPixelAreUnbrokenInOneFadedColour() {
        ImageData data = paint(100, 100, canvas -> {
            canvas.scale(0.1);
            canvas.setStroke(Rgb.of(0x000000));
            canvas.setLineWidth(4); // 0.4 device pixels
            canvas.strokeLine(50, 55, 950, 655); // (5, 5.5) to (95, 65.5) on the device: diagonal
        });
        // Black at 40 % over white, the ink anti-aliasing would spread over the line's pixels.
        RGB faded = new RGB(153, 153, 153);

        for (int x = 6; x < 95; x++) {
            int inked = 0;
            for (int y = 0; y < 100; y++) {
                RGB pixel = at(data, x, y);
                if (!pixel.equals(WHITE)) {
                    inked++;
                    assertEquals(faded, pixel, "a hair line is drawn in one colour, no blends, column " + x);
                }
            }
            assertTrue(inked > 0, "the line has a pixel in every column it crosses, column " + x);
        }
    }

    /**
     * Lines that do not touch one another, solid and dashed (a dash pattern starts again with each line), diagonal and
     * orthogonal, at a zoom whose device coordinates are not whole numbers.
     */
    @Test
    void severalPolylinesInOneCallCoverTheSamePixelsAsOneByOne() {
        List<double[]> lines = List.of(new double[] { 5, 5, 95, 35 }, new double[] { 5, 45, 45, 45, 45, 90 },
                new double[] { 60, 50, 95, 95, 95, 60 }, new double[] { 10, 95, 30, 60 });
        for (double[] dash : new double[][] { {}, { 6, 4 } }) {
            for (double width : new double[] { 1, 2.5 }) {
                Consumer<SwtCanvas> look = canvas -> {
                    canvas.scale(1.3);
                    canvas.setStroke(BLUE);
                    canvas.setLineWidth(width);
                    canvas.setDash(dash);
                };
                ImageData together = paint(130, 130, canvas -> {
                    look.accept(canvas);
                    canvas.strokePolylines(lines);
                });
                ImageData oneByOne = paint(130, 130, canvas -> {
                    look.accept(canvas);
                    lines.forEach(canvas::strokePolyline);
                });

                assertArrayEquals(pixels(oneByOne), pixels(together), "width " + width + ", dash " + dash.length);
                assertFalse(Arrays.equals(pixels(paint(130, 130, canvas -> { })), pixels(together)), "lines drawn");
            }
        }
    }

    /**
     * The Purdue template as the editor paints it at 130 % (the 4-unit conduits 5.2 pixels wide, so anti-aliasing
     * would cover their border pixels partly): where an orthogonal edge runs, the pixels it changes are
     * all in its colour; a diagonal edge blends with what is below. Sampled an eighth along each edge's first segment,
     * away from its label in the middle and from other edges.
     */
    @Test
    void onAPaintedDiagramOrthogonalEdgesCoverWholePixelsAndDiagonalOnesAreAntiAliased() {
        Diagram diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        Bounds extent = geometry.extent();
        double scale = 1.3;
        int width = (int) Math.ceil(extent.width() * scale);
        int height = (int) Math.ceil(extent.height() * scale);
        ImageData withEdges = paintDiagram(geometry, width, height, scale, edge -> true);
        ImageData withoutEdges = paintDiagram(geometry, width, height, scale, edge -> false);

        int orthogonal = 0;
        int diagonal = 0;
        for (EdgeView edge : geometry.routedEdges()) {
            double[] route = geometry.route(edge);
            double[] sample = { route[0] + (route[2] - route[0]) / 8, route[1] + (route[3] - route[1]) / 8 };
            if (crowded(geometry, edge, sample)) {
                continue;
            }
            int x = (int) Math.floor((sample[0] - extent.x()) * scale);
            int y = (int) Math.floor((sample[1] - extent.y()) * scale);
            if (route[1] == route[3]) {
                assertEquals(1, changed(withEdges, withoutEdges, x, y - 5, x, y + 5).size(),
                        "the pixels a horizontal edge covers are all in its colour");
                orthogonal++;
            } else if (route[0] == route[2]) {
                assertEquals(1, changed(withEdges, withoutEdges, x - 5, y, x + 5, y).size(),
                        "the pixels a vertical edge covers are all in its colour");
                orthogonal++;
            } else {
                assertTrue(changed(withEdges, withoutEdges, x - 4, y - 4, x + 4, y + 4).size() > 1,
                        "a diagonal edge is anti-aliased: pixels of several shades");
                diagonal++;
            }
        }
        assertTrue(orthogonal >= 3 && diagonal >= 1,
                "the template has edges of both kinds to look at: " + orthogonal + " orthogonal, " + diagonal);
    }

    /** Another edge's line or an edge label near the point would change pixels there too. */
    private static boolean crowded(DiagramGeometry geometry, EdgeView edge, double[] point) {
        for (EdgeView other : geometry.routedEdges()) {
            double[] p = geometry.route(other);
            int middle = (p.length / 4) * 2;
            double labelX = (p[middle - 2] + p[middle]) / 2 + other.getLabelOffsetX();
            double labelY = (p[middle - 1] + p[middle + 1]) / 2 + other.getLabelOffsetY();
            if (other != edge && Math.abs(labelX - point[0]) < 100 && Math.abs(labelY - point[1]) < 30) {
                return true;
            }
            for (int i = 0; other != edge && i + 3 < p.length; i += 2) {
                if (distanceToSegment(point, p[i], p[i + 1], p[i + 2], p[i + 3]) < 10) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double distanceToSegment(double[] point, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((point[0] - x1) * dx + (point[1] - y1) * dy) / lengthSquared));
        return Math.hypot(point[0] - x1 - t * dx, point[1] - y1 - t * dy);
    }

    private ImageData paintDiagram(DiagramGeometry geometry, int width, int height, double scale,
            Predicate<EdgeView> edges) {
        Bounds extent = geometry.extent();
        return paint(width, height, canvas -> {
            canvas.scale(scale);
            canvas.translate(-extent.x(), -extent.y());
            DiagramPainter.paint(geometry, canvas, Map.of(), new Viewport(null, scale), edges, Set.of());
        });
    }

    /** The colours of {@code with} where it differs from {@code without}, in the rectangle (x1, y1) to (x2, y2). */
    private static Set<RGB> changed(ImageData with, ImageData without, int x1, int y1, int x2, int y2) {
        Set<RGB> colours = new HashSet<>();
        for (int x = x1; x <= x2; x++) {
            for (int y = y1; y <= y2; y++) {
                if (!at(with, x, y).equals(at(without, x, y))) {
                    colours.add(at(with, x, y));
                }
            }
        }
        return colours;
    }

    private static void assertOnlyLineOrBackground(ImageData data, int x1, int y1, int x2, int y2, RGB line) {
        List<RGB> inked = new ArrayList<>();
        for (int x = x1; x <= x2; x++) {
            for (int y = y1; y <= y2; y++) {
                RGB pixel = at(data, x, y);
                if (!pixel.equals(WHITE)) {
                    inked.add(pixel);
                }
            }
        }
        assertFalse(inked.isEmpty(), "the line crosses " + x1 + "," + y1 + " to " + x2 + "," + y2);
        inked.forEach(pixel -> assertEquals(line, pixel, "no partly covered pixel near " + x1 + "," + y1));
    }

    /** Paints on a white image through a fresh {@link SwtCanvas}, as the editor's paint listener does. */
    private ImageData paint(int width, int height, Consumer<SwtCanvas> painting) {
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        try {
            SwtCanvas canvas = new SwtCanvas(gc, resources);
            canvas.setFill(Rgb.of(0xffffff));
            canvas.fillRect(0, 0, width, height);
            painting.accept(canvas);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static int[] pixels(ImageData data) {
        int[] result = new int[data.width * data.height];
        for (int y = 0; y < data.height; y++) {
            data.getPixels(0, y, data.width, result, y * data.width);
        }
        return result;
    }

    private static RGB at(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }
}
