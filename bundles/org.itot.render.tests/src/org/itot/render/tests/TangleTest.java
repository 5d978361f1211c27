package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.geometry.DiagramGeometry;
import org.junit.jupiter.api.Test;

/**
 * A diagram whose edge lines ink more than a quarter of it (hundreds of straight flows criss-crossing, as before
 * Arrange All) has its edge lines drawn as a tangle, without anti-aliasing; the decision is the diagram's, so a
 * repainted part looks exactly like the same part of a full paint.
 */
class TangleTest {

    @Test
    void onlyTheEdgeLinesOfADenseDiagramAreDrawnAsATangle() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        RecordingCanvas sparse = new RecordingCanvas();
        DiagramPainter.paint(diagram, sparse, Map.of());
        assertFalse(sparse.polylines().isEmpty());
        assertTrue(sparse.tangled().isEmpty(), "the template's few edges are drawn smooth");

        Flow flow = crissCrossed(model, diagram, 1000);
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        RecordingCanvas dense = new RecordingCanvas();
        DiagramPainter.paint(geometry, dense, Map.of(), Viewport.ALL, edge -> true, Set.of(flow));
        assertEquals(geometry.routedEdges().size(), dense.tangled().size(),
                "every edge line is drawn as one of the tangle");
        EdgeView highlighted = geometry.routedEdges().stream().filter(edge -> edge.getElement() == flow).findFirst()
                .orElseThrow();
        double[] route = geometry.route(highlighted);
        long asTangle = dense.tangled().stream().filter(points -> Arrays.equals(points, route)).count();
        assertTrue(asTangle > 0);
        assertEquals(2 * asTangle, dense.polylines().stream().filter(points -> Arrays.equals(points, route)).count(),
                "the flow's edge is drawn, and again, not as a tangle, in the highlight over it");

        RecordingCanvas withoutFlows = new RecordingCanvas();
        DiagramPainter.paint(geometry, withoutFlows, Map.of(), Viewport.ALL,
                edge -> !(edge.getElement() instanceof Flow), Set.of());
        assertTrue(withoutFlows.tangled().isEmpty(), "with the flows' layer hidden, the rest is no tangle");
    }

    @Test
    void aViewportOfATangleGivesTheSamePixelsAsAFullPaint() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        crissCrossed(model, diagram, 1000);
        ViewportPixels.assertViewportsMatchFullPaint(diagram);
    }

    /** Adds {@code count} straight edges of one of the model's flows between asset views far apart. */
    private static Flow crissCrossed(ArchitectureModel model, Diagram diagram, int count) {
        Flow flow = model.getFlows().get(0);
        List<NodeView> assets = new ArrayList<>();
        diagram.getNodes().forEach(zone -> zone.getChildren().stream()
                .filter(child -> child.getElement() instanceof Asset).forEach(assets::add));
        for (int i = 0; i < count; i++) {
            EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
            edge.setElement(flow);
            edge.setSource(assets.get(i % assets.size()));
            edge.setTarget(assets.get((i + 1 + i / assets.size()) % assets.size()));
            if (edge.getSource() != edge.getTarget()) {
                diagram.getEdges().add(edge);
            }
        }
        return flow;
    }
}
