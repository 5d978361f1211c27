package org.itot.asbuilt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.asbuilt.TrafficReconciliation;
import org.itot.asbuilt.drawing.SessionsOverlay;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficReader;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramOverlay;
import org.itot.render.DrawingPage;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The undocumented sessions of a reconciliation in the exported drawings, as the editor draws them: dashed violet
 * lines between the right assets' boxes in SVG, PNG and PDF with a legend below, dashed edges between the assets'
 * cells in draw.io, and a session whose end is not on the diagram left out and counted.
 */
class SessionsDrawingTest {

    private static final String VIOLET = "#7b2cbf";

    @TempDir
    Path folder;

    private final ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Diagram overview = model.getDiagrams().get(0);
    private Asset workstation;
    private Asset plc;
    private Asset historian;
    private TrafficReconciliation traffic;

    /** The workstation talking Modbus to a PLC, and an unknown host in the historian's subnet talking to it. */
    @BeforeEach
    void reconcile() throws Exception {
        workstation = Samples.asset(model, "ENT-WS-01");
        plc = Samples.asset(model, "CTL-PLC-01");
        historian = Samples.asset(model, "OPS-HIST");
        String historianAddress = Samples.address(model, "OPS-HIST");
        String stranger = historianAddress.substring(0, historianAddress.lastIndexOf('.') + 1) + "177";
        Path log = Samples.write(folder, "conn.log", Samples.zeekHeader()
                + Samples.zeekLine(1709287200, Samples.address(model, "ENT-WS-01"), 50000,
                        Samples.address(model, "CTL-PLC-01"), 502, "tcp", "modbus", "1.000000")
                + Samples.zeekLine(1709287260, stranger, 50001, historianAddress, 443, "tcp", "ssl", "-"));
        Sessions sessions = new Sessions();
        new TrafficReader(false).read(log, sessions, null);
        traffic = new TrafficReconciliation(model, sessions);
        assertEquals(2, traffic.undocumentedSessions().size(), "the test needs both sessions");
    }

    private List<DiagramOverlay> overlays() {
        return List.of(new SessionsOverlay(traffic.undocumentedSessions()));
    }

    @Test
    void theSvgHasDashedPathsBetweenTheRightAssetsBoxesAndALegendBelowTheDiagram() throws Exception {
        Document svg = parse(export(overview, DrawingFormat.SVG, overlays()));
        Bounds page = DrawingPage.of(overview, overlays()).bounds();
        DiagramGeometry geometry = DiagramGeometry.of(overview);
        Bounds from = geometry.bounds(view(overview, workstation));
        Bounds to = geometry.bounds(view(overview, plc));
        Bounds hist = geometry.bounds(view(overview, historian));

        List<double[]> dashed = new ArrayList<>();
        NodeList polylines = svg.getElementsByTagNameNS("*", "polyline");
        for (int i = 0; i < polylines.getLength(); i++) {
            Element line = (Element) polylines.item(i);
            if (VIOLET.equals(line.getAttribute("stroke")) && !line.getAttribute("stroke-dasharray").isEmpty()) {
                dashed.add(points(line.getAttribute("points"), page));
            }
        }
        assertTrue(dashed.stream().anyMatch(p -> onBorder(from, p[0], p[1]) && onBorder(to, p[2], p[3])),
                "a dashed line from the workstation's box to the PLC's box; dashed lines: " + describe(dashed));
        assertTrue(dashed.stream().anyMatch(p -> onBorder(hist, p[2], p[3]) && !onBorder(from, p[0], p[1])),
                "a dashed line from the unknown host's box to the historian's: " + describe(dashed));

        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Dashed: undocumented session seen in the traffic, no flow in the model documents it"
                + " (2 drawn)"), text);
        assertTrue(text.contains("? " + traffic.unknownHosts().get(0).address()), "the unknown host's box: " + text);
        assertFalse(text.contains("left out"), "nothing is left out of this diagram");
        Bounds plain = DrawingPage.of(overview, List.of()).bounds();
        assertTrue(page.height() > plain.height(), "the legend is a strip below the diagram, not over it");
        assertEquals(Double.parseDouble(svg.getDocumentElement().getAttribute("height")), page.height(), 0.01);
    }

    @Test
    void thePngDiffersFromTheOneWithoutAndShowsTheLineInViolet() throws Exception {
        BufferedImage with = ImageIO.read(new ByteArrayInputStream(export(overview, DrawingFormat.PNG, overlays())));
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(export(overview, DrawingFormat.PNG,
                List.of())));
        assertEquals(without.getWidth(), with.getWidth());
        assertTrue(with.getHeight() > without.getHeight(), "the legend strip");
        Bounds page = DrawingPage.of(overview, overlays()).bounds();
        double[] line = lineBetween(workstation, plc);
        int violetWith = violetAlong(with, line, page);
        int violetWithout = violetAlong(without, line, page);
        assertTrue(violetWith > 20, "the dashed line is drawn: " + violetWith + " violet pixels along it");
        assertEquals(0, violetWithout, "no violet without the sessions");
    }

    @Test
    void thePdfRendersTheLineAndHasTheLegendText() throws Exception {
        byte[] bytes = export(overview, DrawingFormat.PDF, overlays());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Dashed: undocumented session seen in the traffic"), text);
            assertTrue(text.contains("(2 drawn)"), text);
            assertTrue(text.contains("tcp/502"), "the service on the line: " + text);
            BufferedImage image = new PDFRenderer(pdf).renderImage(0, 1);
            Bounds page = DrawingPage.of(overview, overlays()).bounds();
            assertEquals(Math.ceil(page.height()), image.getHeight(), 1);
            assertTrue(violetAlong(image, lineBetween(workstation, plc), page) > 20, "the line renders");
        }
    }

    @Test
    void drawioHasDashedEdgesBetweenTheAssetsCellsAndTheLegend() throws Exception {
        Document drawio = parse(export(overview, DrawingFormat.DRAWIO, overlays()));
        String workstationCell = null;
        String plcCell = null;
        Element session = null;
        Element legend = null;
        NodeList objects = drawio.getElementsByTagName("object");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            if ("ENT-WS-01".equals(object.getAttribute("itotId"))) {
                workstationCell = object.getAttribute("id");
            } else if ("CTL-PLC-01".equals(object.getAttribute("itotId"))) {
                plcCell = object.getAttribute("id");
            } else if ("Overlay".equals(object.getAttribute("itotType"))
                    && "tcp/502".equals(object.getAttribute("label"))) {
                session = object;
            } else if ("Legend".equals(object.getAttribute("itotType"))
                    && object.getAttribute("label").startsWith("Dashed:")) {
                legend = object;
            }
        }
        assertNotNull(session, "the session is an edge of its own");
        assertNotNull(legend, "the legend is text in the file");
        Element cell = (Element) session.getElementsByTagName("mxCell").item(0);
        assertEquals("1", cell.getAttribute("edge"));
        assertEquals(workstationCell, cell.getAttribute("source"), "from the workstation's cell");
        assertEquals(plcCell, cell.getAttribute("target"), "to the PLC's cell");
        assertTrue(cell.getAttribute("style").contains("dashed=1;fixDash=1;dashPattern=7 4;"),
                cell.getAttribute("style"));
        assertTrue(cell.getAttribute("style").contains("strokeColor=" + VIOLET), cell.getAttribute("style"));
    }

    @Test
    void aSessionWithAnEndOnNoBoxIsLeftOutAndTheLegendSaysHowMany() throws Exception {
        // A diagram of the enterprise zone alone: the PLC and its zone are not on it.
        Diagram enterprise = org.itot.model.ItotFactory.eINSTANCE.createDiagram();
        enterprise.setId("D-ENT");
        enterprise.setName("Enterprise only");
        enterprise.getNodes().add(EcoreUtil.copy((NodeView) view(overview, workstation).eContainer()));
        model.getDiagrams().add(enterprise);

        byte[] bytes = export(enterprise, DrawingFormat.SVG, overlays());
        String svg = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(svg.contains("(0 drawn)"), svg);
        assertTrue(svg.contains("2 undocumented session(s) left out: an end is on no box of this diagram"), svg);
        Bounds page = DrawingPage.of(enterprise, overlays()).bounds();
        double diagramBottom = DiagramGeometry.of(enterprise).extent().bottom();
        NodeList polylines = parse(bytes).getElementsByTagNameNS("*", "polyline");
        for (int i = 0; i < polylines.getLength(); i++) {
            Element line = (Element) polylines.item(i);
            double[] points = points(line.getAttribute("points"), page);
            assertFalse(VIOLET.equals(line.getAttribute("stroke")) && points[1] < diagramBottom,
                    "no session line on a diagram without its ends (only the legend's sample below it)");
        }
        assertEquals(2, new SessionsOverlay(traffic.undocumentedSessions()).notDrawn(DiagramGeometry.of(enterprise)));
    }

    @Test
    void unknownHostsBoxesCoverNoAssetOrEachOtherAndStayInsideTheirZone() throws Exception {
        // Six strangers in the SCADA server's subnet, whose zone's grid fills its bottom right corner.
        Asset scada = Samples.asset(model, "SUP-SCADA");
        String scadaAddress = Samples.address(model, "SUP-SCADA");
        String prefix = scadaAddress.substring(0, scadaAddress.lastIndexOf('.') + 1);
        StringBuilder log = new StringBuilder(Samples.zeekHeader());
        for (int host = 0; host < 6; host++) {
            log.append(Samples.zeekLine(1709287260 + host, prefix + (170 + host), 50001, scadaAddress, 443, "tcp",
                    "ssl", "-"));
        }
        Sessions sessions = new Sessions();
        new TrafficReader(false).read(Samples.write(folder, "strangers.log", log.toString()), sessions, null);
        TrafficReconciliation strangers = new TrafficReconciliation(model, sessions);
        DiagramGeometry geometry = DiagramGeometry.of(overview);
        var figures = new SessionsOverlay(strangers.undocumentedSessions()).figures(geometry);
        int shown = figures.boxes().stream().mapToInt(box -> box.label().contains(" +")
                ? 1 + Integer.parseInt(box.label().substring(box.label().indexOf(" +") + 2)) : 1).sum();
        assertEquals(6, shown, "every unknown host in a box of its own or counted in a shared one: "
                + figures.boxes().stream().map(box -> box.label()).toList());
        assertTrue(figures.boxes().size() > 1, "the zone has room for more than one box");
        if (figures.boxes().size() < 6) {
            assertTrue(figures.legend().stream().anyMatch(line -> line.text().startsWith("? address +n")),
                    "the legend explains a shared box");
        }

        Bounds zone = geometry.bounds(view(overview, scada).eContainer() instanceof NodeView zoneView
                ? zoneView : null);
        List<Bounds> assets = new ArrayList<>();
        for (var entry : geometry.nodes().entrySet()) {
            if (entry.getKey().getElement() instanceof Asset) {
                assets.add(entry.getValue());
            }
        }
        for (var box : figures.boxes()) {
            assertTrue(zone.encloses(box.bounds()), box.label() + " inside its zone's box");
            for (Bounds asset : assets) {
                assertFalse(asset.intersects(box.bounds(), 0), box.label() + " covers an asset's box at " + asset);
            }
            for (var other : figures.boxes()) {
                assertTrue(other == box || !other.bounds().intersects(box.bounds(), 0),
                        box.label() + " and " + other.label() + " overlap");
            }
        }
    }

    @Test
    void aZonePackedWithAssetsGetsItsHostBoxRightUnderItNotOverAnAsset() throws Exception {
        // A diagram of the supervisory zone alone, its box shrunk to its assets: no room inside for a host's box.
        Diagram packed = org.itot.model.ItotFactory.eINSTANCE.createDiagram();
        packed.setId("D-PACKED");
        packed.setName("Packed");
        NodeView zoneView = EcoreUtil.copy((NodeView) view(overview, Samples.asset(model, "SUP-SCADA")).eContainer());
        int contentRight = 0;
        int contentBottom = 0;
        for (var child : zoneView.getChildren()) {
            contentRight = Math.max(contentRight, child.getX() + child.getWidth());
            contentBottom = Math.max(contentBottom, child.getY() + child.getHeight());
        }
        zoneView.setWidth(contentRight + 4);
        zoneView.setHeight(contentBottom + 4);
        packed.getNodes().add(zoneView);
        model.getDiagrams().add(packed);

        String scadaAddress = Samples.address(model, "SUP-SCADA");
        String stranger = scadaAddress.substring(0, scadaAddress.lastIndexOf('.') + 1) + "177";
        Sessions sessions = new Sessions();
        new TrafficReader(false).read(Samples.write(folder, "packed.log", Samples.zeekHeader() + Samples.zeekLine(
                1709287260, stranger, 50001, scadaAddress, 443, "tcp", "ssl", "-")), sessions, null);
        DiagramGeometry geometry = DiagramGeometry.of(packed);
        var figures = new SessionsOverlay(new TrafficReconciliation(model, sessions).undocumentedSessions())
                .figures(geometry);

        assertEquals(1, figures.boxes().size());
        Bounds host = figures.boxes().get(0).bounds();
        Bounds zone = geometry.bounds(packed.getNodes().get(0));
        for (var entry : geometry.nodes().entrySet()) {
            if (entry.getKey().getElement() instanceof Asset) {
                assertFalse(entry.getValue().intersects(host, 0), "the host's box covers " + entry.getKey().getElement());
            }
        }
        assertTrue(host.y() >= zone.bottom() && host.y() - zone.bottom() < 10 && host.right() <= zone.right() + 0.01,
                "right under the zone's box: " + host + ", zone " + zone);
        assertEquals(1, figures.lines().size(), "the session is drawn from that box");
    }

    private static byte[] export(Diagram diagram, DrawingFormat format, List<DiagramOverlay> overlays)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DrawingExport.write(diagram, format, out, DrawingOptions.DEFAULT.withOverlays(overlays));
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static NodeView view(Diagram diagram, Asset asset) {
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && view.getElement() == asset) {
                return view;
            }
        }
        throw new AssertionError(asset.getId() + " is not on " + diagram.getName());
    }

    /** The polyline's points in diagram coordinates (the SVG's origin is the page's top left corner). */
    private static double[] points(String attribute, Bounds page) {
        String[] pairs = attribute.trim().split(" ");
        double[] points = new double[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            points[2 * i] = Double.parseDouble(xy[0]) + page.x();
            points[2 * i + 1] = Double.parseDouble(xy[1]) + page.y();
        }
        return points;
    }

    /** On the box's outline, within the rounding of the SVG's two decimals. */
    private static boolean onBorder(Bounds box, double x, double y) {
        double tolerance = 0.02;
        boolean withinX = x >= box.x() - tolerance && x <= box.right() + tolerance;
        boolean withinY = y >= box.y() - tolerance && y <= box.bottom() + tolerance;
        boolean onSide = Math.abs(x - box.x()) <= tolerance || Math.abs(x - box.right()) <= tolerance
                || Math.abs(y - box.y()) <= tolerance || Math.abs(y - box.bottom()) <= tolerance;
        return withinX && withinY && onSide;
    }

    private static String describe(List<double[]> lines) {
        return lines.stream().map(java.util.Arrays::toString).toList().toString();
    }

    private double[] lineBetween(Asset source, Asset target) {
        DiagramGeometry geometry = DiagramGeometry.of(overview);
        Bounds a = geometry.bounds(view(overview, source));
        Bounds b = geometry.bounds(view(overview, target));
        return new double[] { a.centreX(), a.centreY(), b.centreX(), b.centreY() };
    }

    /** Violet pixels met walking the line (diagram coordinates) on an image of the page at scale 1. */
    private static int violetAlong(BufferedImage image, double[] line, Bounds page) {
        int count = 0;
        for (int i = 0; i <= 2000; i++) {
            double x = line[0] + (line[2] - line[0]) * i / 2000 - page.x();
            double y = line[1] + (line[3] - line[1]) * i / 2000 - page.y();
            int px = (int) Math.round(x);
            int py = (int) Math.round(y);
            if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
                continue;
            }
            int rgb = image.getRGB(px, py);
            int red = (rgb >> 16) & 0xff;
            int green = (rgb >> 8) & 0xff;
            int blue = rgb & 0xff;
            // 0x7b2cbf and its anti-aliased edges: blue and red well above green.
            if (blue > 120 && red > 60 && green < 110 && blue - green > 60) {
                count++;
            }
        }
        return count;
    }
}
