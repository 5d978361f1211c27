package org.itot.export.drawing.tests;

import static org.itot.export.drawing.tests.Fixtures.elements;
import static org.itot.export.drawing.tests.Fixtures.export;
import static org.itot.export.drawing.tests.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.XmlText;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG back-end: well-formed, real text, escaped names, one shape per element painted. */
class SvgExportTest {

    private final ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Diagram overview = purdue.getDiagrams().get(0);

    @Test
    void isWellFormedSvgOfTheDiagramsSize() throws Exception {
        Document svg = parse(export(overview, DrawingFormat.SVG, DrawingOptions.DEFAULT));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        Bounds bounds = DiagramPainter.bounds(overview);
        assertEquals(XmlText.number(bounds.width()), root.getAttribute("width"));
        assertEquals(XmlText.number(bounds.height()), root.getAttribute("height"));
        assertEquals("Purdue overview", elements(svg, "title").findFirst().orElseThrow().getTextContent());
    }

    @Test
    void zoneAndAssetNamesAreRealText() throws Exception {
        Document svg = parse(export(overview, DrawingFormat.SVG, DrawingOptions.DEFAULT));
        List<String> texts = elements(svg, "text").map(Element::getTextContent).toList();
        for (Zone zone : purdue.getZones()) {
            assertTrue(texts.contains(zone.getName()), zone.getName() + " not among " + texts);
        }
        // Asset names may wrap over lines; these fit on one.
        for (String asset : List.of("Jump server", "Dosing PLC", "Plant historian", "Operator HMI 1")) {
            assertTrue(texts.contains(asset), asset + " not among " + texts);
        }
        assertTrue(texts.contains("Level 3.5"), "band titles are text too");
    }

    @Test
    void paintsOneBoxPerAssetAndOneLinePerConduit() throws Exception {
        Document svg = parse(export(overview, DrawingFormat.SVG, DrawingOptions.DEFAULT));
        long assetBoxes = elements(svg, "rect").filter(r -> "6".equals(r.getAttribute("rx"))
                && DiagramStyle.ASSET_FILL.toString().equals(r.getAttribute("fill"))).count();
        long conduitLines = elements(svg, "polyline").filter(l -> "4".equals(l.getAttribute("stroke-width"))).count();
        assertEquals(purdue.getAllAssets().size(), assetBoxes);
        assertEquals(purdue.getConduits().size(), conduitLines);
        long zoneOutlines = elements(svg, "rect").filter(r -> "10".equals(r.getAttribute("rx"))
                && "none".equals(r.getAttribute("fill"))).count();
        assertEquals(purdue.getZones().size(), zoneOutlines);
    }

    @Test
    void hostileNamesAreEscapedAndStayText() throws Exception {
        Diagram diagram = Fixtures.hostileModel().getDiagrams().get(0);
        byte[] bytes = export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT);
        String raw = Fixtures.text(bytes);
        assertFalse(raw.contains("<script"), "a name became markup");
        assertFalse(raw.contains("\u0007"), "a control character XML cannot carry");
        Document svg = parse(bytes);
        assertEquals(0, elements(svg, "script").count());
        List<String> texts = elements(svg, "text").map(Element::getTextContent).toList();
        assertTrue(texts.contains(Fixtures.HOSTILE_ZONE), texts.toString());
        assertTrue(texts.contains("A&B <x> \ufffd]]>"), texts.toString());
        assertEquals("Hostile / overview", elements(svg, "title").findFirst().orElseThrow().getTextContent());
    }

    @Test
    void edgesFollowTheirBendpoints() throws Exception {
        Diagram diagram = Fixtures.hostileModel().getDiagrams().get(0);
        Bounds bounds = DiagramPainter.bounds(diagram);
        Document svg = parse(export(diagram, DrawingFormat.SVG, DrawingOptions.DEFAULT));
        String conduit = elements(svg, "polyline").filter(l -> "4".equals(l.getAttribute("stroke-width")))
                .findFirst().orElseThrow().getAttribute("points");
        String bend = XmlText.number(300 - bounds.x()) + "," + XmlText.number(220 - bounds.y());
        assertTrue(conduit.contains(bend), conduit + " does not pass " + bend);
        long arrowHeads = elements(svg, "polygon").filter(p -> DiagramStyle.FLOW.colour().toString()
                .equals(p.getAttribute("fill"))).count();
        assertEquals(1, arrowHeads, "the flow ends in an arrow");
    }

    @Test
    void scaleZoomsTheWholeDrawing() throws Exception {
        Bounds bounds = DiagramPainter.bounds(overview);
        Document svg = parse(export(overview, DrawingFormat.SVG, DrawingOptions.DEFAULT.withScale(2)));
        assertEquals(XmlText.number(bounds.width() * 2), svg.getDocumentElement().getAttribute("width"));
        assertTrue(elements(svg, "polyline").anyMatch(l -> "8".equals(l.getAttribute("stroke-width"))),
                "line widths scale too");
    }

    @Test
    void findingsAreBadges() throws Exception {
        Zone zone = purdue.getZones().get(0);
        long clean = badges(DrawingOptions.DEFAULT);
        long withError = badges(DrawingOptions.DEFAULT.withSeverities(Map.of(zone, Diagnostic.ERROR)));
        assertEquals(0, clean);
        assertEquals(1, withError);
    }

    private long badges(DrawingOptions options) throws Exception {
        Document svg = parse(export(overview, DrawingFormat.SVG, options));
        return elements(svg, "ellipse").filter(e -> DiagramStyle.ERROR.toString().equals(e.getAttribute("fill")))
                .count();
    }

    @Test
    void numbersHaveAtMostTwoDecimals() {
        assertEquals("0", XmlText.number(0));
        assertEquals("12.5", XmlText.number(12.5));
        assertEquals("-3.07", XmlText.number(-3.0666));
        assertEquals("-0.5", XmlText.number(-0.5));
        assertEquals("100", XmlText.number(99.999));
    }
}
