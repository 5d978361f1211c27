package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.java2d.PngExport;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.Test;

/**
 * What the painter draws and what the editor hit-tests come from one {@link DiagramGeometry}: on a damaged diagram
 * (a box without a size, a position beyond the limit, a collapsed zone with flows into it) the box a click finds is
 * the box that is painted there, and an edge that is painted can be clicked.
 */
class PaintAndHitTestAgreeTest {

    @Test
    void aClampedBoxIsHitWhereItIsPainted() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        Bounds before = DiagramPainter.bounds(diagram);
        NodeView sizeless = top(diagram, (int) before.x() + 400, (int) before.bottom() + 40, -5, 0);
        sizeless.setElement(model.getZones().get(0).getAssets().get(0));
        NodeView faraway = top(diagram, 2_000_000_000, (int) before.bottom() + 200, 150, 60);
        faraway.setElement(model.getZones().get(0).getAssets().get(1));

        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        BufferedImage image = PngExport.render(diagram, 1, Map.of());
        Bounds extent = DiagramPainter.bounds(diagram);

        assertTrue(geometry.isClamped(sizeless) && geometry.isClamped(faraway));
        Bounds clamped = geometry.bounds(sizeless);
        assertEquals(DiagramGeometry.CLAMPED_WIDTH, clamped.width());
        double x = clamped.x() + 30;
        double y = clamped.y() + 44;
        assertEquals(DiagramStyle.ASSET_FILL, at(image, extent, x, y), "painted at the clamped size");
        assertSame(sizeless, geometry.nodeAt(x, y), "and hit there");

        Bounds far = geometry.bounds(faraway);
        assertEquals(0, far.x(), "an x beyond the limit counts as the parent's origin");
        assertTrue(extent.x() <= far.x() && far.right() <= extent.right(), "inside the painted extent: " + far);
        assertEquals(DiagramStyle.ASSET_FILL, at(image, extent, far.x() + 30, far.y() + 44));
        assertSame(faraway, geometry.nodeAt(far.x() + 30, far.y() + 44));
    }

    @Test
    void insideACollapsedZoneNothingIsHitButTheFlowsPaintedToItAre() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        List<NodeView> zones = diagram.getNodes().stream().filter(n -> !n.getChildren().isEmpty()).toList();
        EdgeView flow = ItotFactory.eINSTANCE.createEdgeView();
        flow.setElement(model.getFlows().isEmpty() ? model.getConduits().get(0) : model.getFlows().get(0));
        flow.setSource(zones.get(0).getChildren().get(0));
        flow.setTarget(zones.get(1).getChildren().get(0));
        diagram.getEdges().add(flow);
        NodeView zone = zones.get(1);
        zone.setCollapsed(true);
        NodeView hidden = flow.getTarget();
        assertTrue(hidden.getElement() instanceof Asset);

        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        RecordingCanvas canvas = new RecordingCanvas();
        DiagramPainter.paint(geometry, canvas, Map.of(), Viewport.ALL, edge -> true, Set.of());

        assertNull(geometry.bounds(hidden), "a view inside a collapsed zone is not shown");
        Bounds box = geometry.box(hidden);
        assertNotNull(box, "but has a box, where its flows end");
        assertSame(zone, geometry.nodeAt(box.centreX(), box.centreY()), "a click there finds the collapsed zone");
        double[] route = geometry.route(flow);
        assertNotNull(route);
        assertTrue(canvas.polylines().stream().anyMatch(p -> Arrays.equals(p, route)),
                "the painter strokes exactly the route the editor hit-tests");
        assertSame(flow, geometry.edgeAt((route[0] + route[2]) / 2, (route[1] + route[3]) / 2, 0.5));
    }

    private static NodeView top(Diagram diagram, int x, int y, int width, int height) {
        NodeView view = ItotFactory.eINSTANCE.createNodeView();
        view.setX(x);
        view.setY(y);
        view.setWidth(width);
        view.setHeight(height);
        diagram.getNodes().add(view);
        return view;
    }

    private static Rgb at(BufferedImage image, Bounds extent, double x, double y) {
        return Rgb.of(image.getRGB((int) Math.floor(x - extent.x()), (int) Math.floor(y - extent.y())) & 0xffffff);
    }
}
