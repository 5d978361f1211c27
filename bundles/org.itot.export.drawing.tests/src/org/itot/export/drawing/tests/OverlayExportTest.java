package org.itot.export.drawing.tests;

import static org.itot.export.drawing.tests.Fixtures.elements;
import static org.itot.export.drawing.tests.Fixtures.export;
import static org.itot.export.drawing.tests.Fixtures.parse;
import static org.itot.export.drawing.tests.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.render.Canvas;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.DrawingPage;
import org.itot.render.OverlayFigures;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Other features' layers in the exports: a legend below the drawing that widens the page rather than be cut, and
 * draw.io's conduits that summarise flows labelled "n flows" as the painter labels them.
 */
class OverlayExportTest {

    private static final String LONG_LEGEND = "A legend line much longer than this small diagram is wide, which the page "
            + "must hold in full rather than cut off at the diagram's right border, whatever the diagram's size";

    /** An overlay with nothing but a legend line. */
    private static final DiagramOverlay LEGEND_ONLY = new DiagramOverlay() {
        @Override
        public void paint(DiagramGeometry geometry, Canvas canvas, DiagramPainter.Viewport viewport) {
        }

        @Override
        public OverlayFigures figures(DiagramGeometry geometry) {
            return new OverlayFigures(List.of(), List.of(), List.of(new OverlayFigures.LegendLine(LONG_LEGEND,
                    Rgb.of(0x7b2cbf), new double[] { 7, 4 })));
        }
    };

    @Test
    void aLegendWiderThanTheDiagramWidensThePageAndIsWrittenInFull() throws Exception {
        Diagram diagram = Fixtures.hostileModel().getDiagrams().get(0);
        Bounds plain = DrawingPage.of(diagram, List.of()).bounds();
        Bounds page = DrawingPage.of(diagram, List.of(LEGEND_ONLY)).bounds();
        assertTrue(page.width() > plain.width(), page + " vs " + plain);
        assertTrue(page.height() > plain.height(), "a strip below");
        Document svg = parse(export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT.withOverlays(
                List.of(LEGEND_ONLY))));
        assertEquals(page.width(), Double.parseDouble(svg.getDocumentElement().getAttribute("width")), 0.01);
        assertTrue(elements(svg, "text").anyMatch(t -> t.getTextContent().equals(LONG_LEGEND)), "in full");
        // Without an overlay nothing changes: the page is the painter's bounds, as before.
        Document before = parse(export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT));
        assertEquals(plain.height(), Double.parseDouble(before.getDocumentElement().getAttribute("height")), 0.01);
    }

    @Test
    void drawioLabelsAConduitThatSummarisesFlowsWithTheirCountAsThePainterDoes() throws Exception {
        ArchitectureModel model = Fixtures.hostileModel();
        Diagram diagram = model.getDiagrams().get(0);
        // Without its own edge, the flow through the conduit is summarised by the conduit's edge.
        diagram.getEdges().removeIf(edge -> edge.getElement() instanceof Flow);
        EdgeView conduitEdge = diagram.getEdges().get(0);
        String expected = DiagramPainter.edgeLabel(conduitEdge, DiagramGeometry.of(diagram).summarisedFlows());
        assertTrue(expected.startsWith("1 flow  \u00b7  "), "the painter's label: " + expected);

        Document drawio = parse(export(diagram, DrawingFormat.DRAWIO, DrawingOptions.DEFAULT));
        Element conduit = elements(drawio, "object").filter(o -> "C-1".equals(o.getAttribute("itotId"))).findFirst()
                .orElseThrow();
        assertEquals(expected, conduit.getAttribute("label"));
        assertTrue(text(export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT)).contains(">" + expected + "<"),
                "the SVG shows the same label");
    }
}
