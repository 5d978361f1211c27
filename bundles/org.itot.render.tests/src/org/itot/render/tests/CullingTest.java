package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.junit.jupiter.api.Test;

/**
 * Painting a clip (the editor's viewport or a damaged region while dragging) draws what reaches into it and skips
 * boxes, names and routes that lie wholly outside: that is what makes a small repaint of a large diagram cheap.
 */
class CullingTest {

    @Test
    void offClipElementsAreNotDrawnAndOnClipOnesAre() {
        Diagram diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        EdgeView edge = geometry.routedEdges().iterator().next();
        double[] route = geometry.route(edge);
        double midX = (route[0] + route[2]) / 2;
        double midY = (route[1] + route[3]) / 2;
        Bounds clip = new Bounds(midX - 100, midY - 60, 200, 120);

        RecordingCanvas full = new RecordingCanvas();
        DiagramPainter.paint(diagram, full, Map.of(), new Viewport(null, 1));
        RecordingCanvas culled = new RecordingCanvas();
        DiagramPainter.paint(diagram, culled, Map.of(), new Viewport(clip, 1));

        List<String> fullTexts = full.texts().stream().map(RecordingCanvas.Text::text).toList();
        List<String> culledTexts = culled.texts().stream().map(RecordingCanvas.Text::text).toList();
        int farAway = 0;
        for (Map.Entry<NodeView, Bounds> entry : geometry.nodes().entrySet()) {
            String name = entry.getKey().getElement() instanceof ModelElement element ? element.getName() : null;
            if (name == null || !fullTexts.contains(name) || otherViewNamed(geometry, entry.getKey(), name)) {
                continue;
            }
            if (!entry.getValue().intersects(clip, 200)) {
                farAway++;
                assertFalse(culledTexts.contains(name), name + " lies outside the clip but its name was drawn");
            } else if (entry.getValue().contains(midX, midY) && isZone(entry.getKey())) {
                assertTrue(culledTexts.contains(name), name + " holds the clip but its name was not drawn");
            }
        }
        assertTrue(farAway > 0, "the template has views far from the clip");

        assertTrue(culled.polylines().stream().anyMatch(points -> Arrays.equals(points, route)),
                "the edge through the clip was drawn");
        assertTrue(culled.polylines().size() < full.polylines().size(), "edges away from the clip were skipped");
        for (double[] points : culled.polylines()) {
            assertTrue(boundingBox(points).intersects(clip, 160), "a drawn route reaches near the clip");
        }
        for (double[] points : full.polylines()) {
            if (!boundingBox(points).intersects(clip, 200)) {
                assertFalse(culled.polylines().stream().anyMatch(drawn -> Arrays.equals(drawn, points)),
                        "a route far from the clip was drawn");
            }
        }
    }

    private static boolean isZone(NodeView view) {
        return view.getElement() instanceof org.itot.model.Zone;
    }

    /** Names repeat in templates ("PLC"); such a name proves nothing about one view. */
    private static boolean otherViewNamed(DiagramGeometry geometry, NodeView view, String name) {
        return geometry.nodes().keySet().stream().anyMatch(other -> other != view
                && other.getElement() instanceof ModelElement element
                && name.equals(element.getName()));
    }

    private static Bounds boundingBox(double[] points) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int i = 0; i < points.length; i += 2) {
            left = Math.min(left, points[i]);
            right = Math.max(right, points[i]);
            top = Math.min(top, points[i + 1]);
            bottom = Math.max(bottom, points[i + 1]);
        }
        return new Bounds(left, top, right - left, bottom - top);
    }
}
