package org.itot.export.drawing.tests;

import static org.itot.export.drawing.tests.Fixtures.allNodes;
import static org.itot.export.drawing.tests.Fixtures.elements;
import static org.itot.export.drawing.tests.Fixtures.export;
import static org.itot.export.drawing.tests.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.drawio.DrawioExport;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The draw.io file: containers, shapes, edges between the right cells, geometry as in the notation. */
class DrawioExportTest {

    /** A parsed .drawio: the semantic cells (object wrappers) by the id of their model element. */
    private record Drawio(Document document, Map<String, Element> byElementId) {

        static Drawio of(Diagram diagram) throws Exception {
            Document document = parse(export(diagram, DrawingFormat.DRAWIO, DrawingOptions.DEFAULT));
            Map<String, Element> cells = elements(document, "object").filter(o -> o.hasAttribute("itotId"))
                    .collect(Collectors.toMap(o -> o.getAttribute("itotId"), Function.identity()));
            return new Drawio(document, cells);
        }

        Element cell(String elementId) {
            return mxCell(byElementId.get(elementId));
        }

        static Element mxCell(Element object) {
            return (Element) object.getElementsByTagName("mxCell").item(0);
        }

        static Element geometry(Element mxCell) {
            return (Element) mxCell.getElementsByTagName("mxGeometry").item(0);
        }
    }

    private final ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Diagram overview = purdue.getDiagrams().get(0);

    @Test
    void isAnUncompressedMxGraphModelNamedAfterTheDiagram() throws Exception {
        Drawio drawio = Drawio.of(overview);
        Element root = drawio.document().getDocumentElement();
        assertEquals("mxfile", root.getTagName());
        Element diagram = (Element) root.getElementsByTagName("diagram").item(0);
        assertEquals("Purdue overview", diagram.getAttribute("name"));
        assertEquals(1, diagram.getElementsByTagName("mxGraphModel").getLength(), "the model must not be compressed");
        List<String> ids = elements(drawio.document(), "mxCell").map(c -> c.hasAttribute("id") ? c.getAttribute("id")
                : ((Element) c.getParentNode()).getAttribute("id")).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "cell ids must be unique");
        assertTrue(ids.containsAll(List.of("0", DrawioExport.LAYER)));
    }

    @Test
    void oneVertexPerNodeViewWithTheSameGeometry() throws Exception {
        Drawio drawio = Drawio.of(overview);
        List<NodeView> views = allNodes(overview);
        assertEquals(views.size(), drawio.byElementId().values().stream()
                .filter(o -> "1".equals(Drawio.mxCell(o).getAttribute("vertex"))).count());
        for (NodeView view : views) {
            Element geometry = Drawio.geometry(drawio.cell(view.getElement().getId()));
            assertEquals(view.getX(), Double.parseDouble(geometry.getAttribute("x")), view.getElement().getName());
            assertEquals(view.getY(), Double.parseDouble(geometry.getAttribute("y")));
            assertEquals(view.getWidth(), Double.parseDouble(geometry.getAttribute("width")));
            assertEquals(view.getHeight(), Double.parseDouble(geometry.getAttribute("height")));
        }
    }

    @Test
    void zonesAreContainersOfTheirAssets() throws Exception {
        Drawio drawio = Drawio.of(overview);
        for (NodeView zoneView : overview.getNodes()) {
            Zone zone = (Zone) zoneView.getElement();
            Element zoneObject = drawio.byElementId().get(zone.getId());
            Element zoneCell = Drawio.mxCell(zoneObject);
            assertTrue(zoneCell.getAttribute("style").contains("container=1"), zoneCell.getAttribute("style"));
            assertEquals(DrawioExport.LAYER, zoneCell.getAttribute("parent"));
            assertEquals(zone.getName(), zoneObject.getAttribute("label"));
            assertEquals("Zone", zoneObject.getAttribute("itotType"));
            for (NodeView assetView : zoneView.getChildren()) {
                Element assetCell = drawio.cell(assetView.getElement().getId());
                assertEquals(zoneObject.getAttribute("id"), assetCell.getAttribute("parent"),
                        assetView.getElement().getName() + " must be inside its zone");
                assertFalse(assetCell.getAttribute("style").contains("container=1"));
            }
        }
    }

    @Test
    void edgesJoinTheCellsOfTheirEnds() throws Exception {
        Drawio drawio = Drawio.of(overview);
        Map<Element, String> cellIds = new HashMap<>();
        drawio.byElementId().values().forEach(o -> cellIds.put(Drawio.mxCell(o), o.getAttribute("id")));
        assertEquals(overview.getEdges().size(), elements(drawio.document(), "mxCell")
                .filter(c -> "1".equals(c.getAttribute("edge"))).count());
        for (EdgeView edge : overview.getEdges()) {
            Element cell = drawio.cell(edge.getElement().getId());
            assertEquals("1", cell.getAttribute("edge"));
            assertEquals(drawio.byElementId().get(edge.getSource().getElement().getId()).getAttribute("id"),
                    cell.getAttribute("source"));
            assertEquals(drawio.byElementId().get(edge.getTarget().getElement().getId()).getAttribute("id"),
                    cell.getAttribute("target"));
            assertEquals("Conduit", drawio.byElementId().get(edge.getElement().getId()).getAttribute("itotType"));
        }
    }

    @Test
    void routesKeepTheirBendpointsAndBorderEnds() throws Exception {
        Drawio drawio = Drawio.of(Fixtures.hostileModel().getDiagrams().get(0));
        Element conduit = drawio.cell("C-1");
        String style = conduit.getAttribute("style");
        // First bendpoint (300, 140) on the top zone's bottom border: 3/4 across, at the bottom.
        assertTrue(style.contains("exitX=0.75;exitY=1.0;"), style);
        // Last bendpoint (100, 300) on the bottom zone's top border: 1/4 across, at the top.
        assertTrue(style.contains("entryX=0.25;entryY=0.0;"), style);
        List<String> waypoints = elements(drawio.document(), "mxPoint")
                .filter(p -> p.getParentNode().getParentNode().getParentNode() == conduit)
                .map(p -> p.getAttribute("x") + "," + p.getAttribute("y")).toList();
        assertEquals(List.of("300,220", "100,220"), waypoints);
        Element flow = drawio.cell("F-1");
        assertTrue(flow.getAttribute("style").contains("endArrow=block"), "flows are arrows");
        assertTrue(style.contains("endArrow=none"), "conduits are not");
    }

    @Test
    void hostileNamesStayLabelsAndNotesKeepTheirLines() throws Exception {
        Diagram diagram = Fixtures.hostileModel().getDiagrams().get(0);
        byte[] bytes = export(diagram, DrawingFormat.DRAWIO, DrawingOptions.DEFAULT);
        assertFalse(Fixtures.text(bytes).contains("<script"));
        Drawio drawio = Drawio.of(diagram);
        // Labels are HTML (html=1): the name arrives HTML-escaped, so draw.io shows it literally.
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co",
                drawio.byElementId().get("Z-TOP").getAttribute("label"));
        assertTrue(drawio.byElementId().get("A-GW").getAttribute("label").contains("A&amp;B &lt;x&gt; \ufffd]]&gt;"));
        Element note = elements(drawio.document(), "object")
                .filter(o -> Drawio.mxCell(o).getAttribute("style").startsWith("shape=note")).findFirst().orElseThrow();
        assertEquals("Reviewed &lt;2026&gt; &amp; &quot;signed&quot;<br>second line", note.getAttribute("label"));
    }

    @Test
    void purdueBandsAreLockedBackgroundCells() throws Exception {
        Drawio drawio = Drawio.of(overview);
        List<Element> bands = elements(drawio.document(), "object")
                .filter(o -> "PurdueBand".equals(o.getAttribute("itotType"))).toList();
        long levels = overview.getNodes().stream()
                .map(v -> org.itot.render.style.DiagramStyle.band(((Zone) v.getElement()).getPurdueLevel())).distinct()
                .count();
        assertEquals(levels, bands.size());
        assertTrue(bands.stream().allMatch(b -> Drawio.mxCell(b).getAttribute("style").contains("locked=1")));
    }
}
