package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.geometry.Bounds;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.java2d.Java2dCanvas;
import org.junit.jupiter.api.Test;

/** The highlight overlay: drawn over exactly the views of the highlighted elements, nothing else changes. */
class HighlightOverlayTest {

    private final ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Diagram diagram = model.getDiagrams().get(0);
    private final Bounds bounds = DiagramPainter.bounds(diagram);

    @Test
    void noHighlightPaintsExactlyWhatThePlainPainterPaints() {
        BufferedImage plain = paint(Set.of());
        BufferedImage reference = new BufferedImage(plain.getWidth(), plain.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = reference.createGraphics();
        Java2dCanvas canvas = new Java2dCanvas(graphics);
        canvas.translate(-bounds.x(), -bounds.y());
        DiagramPainter.paint(diagram, canvas, Map.of());
        graphics.dispose();
        assertArrayEquals(pixels(reference), pixels(plain));
        assertEquals(0, overlayPixels(plain, null), "the Purdue overview uses no overlay colour of its own");
    }

    @Test
    void aHighlightedAssetGetsARingAndAHighlightedEdgeABand() {
        NodeView plcView = view(diagram, "CTL-PLC-01");
        Bounds plc = absolute(plcView);
        BufferedImage ring = paint(Set.of(plcView.getElement()));
        int near = overlayPixels(ring, new Bounds(plc.x() - 8, plc.y() - 8, plc.width() + 16, plc.height() + 16));
        assertTrue(near > 2 * (plc.width() + plc.height()), "ring pixels round the PLC: " + near);
        assertEquals(near, overlayPixels(ring, null), "nothing else is highlighted");

        EdgeView edge = diagram.getEdges().get(0);
        BufferedImage band = paint(Set.of(edge.getElement()));
        assertTrue(overlayPixels(band, null) > 100, "a band along " + ((ModelElement) edge.getElement()).getId());
    }

    @Test
    void anotherFeaturesOverlayIsPaintedOverTheDiagramWithItsStateRestored() {
        NodeView plcView = view(diagram, "CTL-PLC-01");
        Bounds plc = absolute(plcView);
        List<Object> seen = new ArrayList<>();
        // The overlay fills the PLC's box in the highlight's magenta and leaves its canvas half transparent: the
        // painter must draw it last (over the box) and restore the state (the next layer draws opaque).
        DiagramOverlay fill = (geometry, canvas, viewport) -> {
            seen.add(geometry.box(plcView));
            seen.add(viewport);
            canvas.setFill(new Rgb(0xff, 0x00, 0xff));
            canvas.fillRect(plc.x(), plc.y(), plc.width(), plc.height());
            canvas.setAlpha(0.1);
        };
        DiagramOverlay opaque = (geometry, canvas, viewport) -> {
            canvas.setFill(new Rgb(0xff, 0x00, 0xff));
            canvas.fillRect(bounds.x(), bounds.y(), 4, 4);
        };
        BufferedImage image = paint(Set.of(), List.of(fill, opaque));
        assertEquals(List.of(plc, Viewport.ALL), seen, "the overlay gets the painter's geometry and viewport");
        int inBox = overlayPixels(image, plc);
        assertTrue(inBox >= (plc.width() - 1) * (plc.height() - 1), "the box is covered: " + inBox);
        assertEquals(0xffff00ff, image.getRGB(1, 1), "the second overlay drew with full alpha again");
        assertArrayEquals(pixels(paint(Set.of(), List.of())), pixels(paint(Set.of())),
                "no overlay paints what the painter alone paints");
    }

    private BufferedImage paint(Set<? extends EObject> highlight) {
        BufferedImage image = new BufferedImage((int) Math.ceil(bounds.width()), (int) Math.ceil(bounds.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Java2dCanvas canvas = new Java2dCanvas(graphics);
        canvas.translate(-bounds.x(), -bounds.y());
        DiagramPainter.paint(diagram, canvas, Map.of(), Viewport.ALL, edge -> true, highlight);
        graphics.dispose();
        return image;
    }

    private BufferedImage paint(Set<? extends EObject> highlight, List<DiagramOverlay> overlays) {
        BufferedImage image = new BufferedImage((int) Math.ceil(bounds.width()), (int) Math.ceil(bounds.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Java2dCanvas canvas = new Java2dCanvas(graphics);
        canvas.translate(-bounds.x(), -bounds.y());
        DiagramPainter.paint(DiagramGeometry.of(diagram), canvas, Map.of(), Viewport.ALL, edge -> true, highlight,
                overlays);
        graphics.dispose();
        return image;
    }

    /** Pixels dominated by the overlay's magenta (red and blue well above green), inside {@code area} if given. */
    private int overlayPixels(BufferedImage image, Bounds area) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (area != null && !area.contains(x + bounds.x(), y + bounds.y())) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                if (red - green > 70 && blue - green > 30) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static NodeView view(Diagram diagram, String id) {
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView node && node.getElement() instanceof ModelElement element
                    && id.equals(element.getId())) {
                return node;
            }
        }
        throw new AssertionError("no view of " + id);
    }

    private static Bounds absolute(NodeView node) {
        double x = node.getX();
        double y = node.getY();
        for (EObject parent = node.eContainer(); parent instanceof NodeView view; parent = view.eContainer()) {
            x += view.getX();
            y += view.getY();
        }
        return new Bounds(x, y, node.getWidth(), node.getHeight());
    }
}
