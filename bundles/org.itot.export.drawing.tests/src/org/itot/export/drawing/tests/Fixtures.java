package org.itot.export.drawing.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Models to export and helpers to read the results back. */
final class Fixtures {

    static final String HOSTILE_ZONE = "<script>alert(\"x\")</script> & Co";
    static final String HOSTILE_ASSET = "A&B <x> \u0007]]>";
    static final String PLAIN_ZONE = "Cell 7";

    private Fixtures() {
    }

    /** Two zones with hostile names, an asset in each, a conduit routed over three bendpoints, a flow and a note. */
    static ArchitectureModel hostileModel() {
        ItotFactory factory = ItotFactory.eINSTANCE;
        ArchitectureModel model = factory.createArchitectureModel();
        model.setName("hostile");
        Zone top = zone(model, "Z-TOP", HOSTILE_ZONE, ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone bottom = zone(model, "Z-BOTTOM", PLAIN_ZONE, ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Asset gateway = asset(top, "A-GW", HOSTILE_ASSET, AssetType.DATA_GATEWAY);
        Asset plc = asset(bottom, "A-PLC", "Line PLC", AssetType.PLC);
        Conduit conduit = factory.createConduit();
        conduit.setId("C-1");
        conduit.setName("Cell conduit");
        conduit.setMedium(ConduitMedium.LAN);
        conduit.getZones().add(top);
        conduit.getZones().add(bottom);
        model.getConduits().add(conduit);
        Flow flow = factory.createFlow();
        flow.setId("F-1");
        flow.setName("Polling");
        flow.setSource(gateway);
        flow.setTarget(plc);
        model.getFlows().add(flow);

        Diagram diagram = factory.createDiagram();
        diagram.setId("D-1");
        diagram.setName("Hostile / overview");
        NodeView topView = node(top, 0, 0, 400, 140);
        NodeView gatewayView = node(gateway, 20, 50, 150, 60);
        topView.getChildren().add(gatewayView);
        NodeView bottomView = node(bottom, 0, 300, 400, 140);
        NodeView plcView = node(plc, 200, 50, 150, 60);
        bottomView.getChildren().add(plcView);
        diagram.getNodes().add(topView);
        diagram.getNodes().add(bottomView);
        NoteView note = factory.createNoteView();
        note.setText("Reviewed <2026> & \"signed\"\nsecond line");
        note.setX(450);
        note.setY(0);
        note.setWidth(200);
        note.setHeight(80);
        diagram.getNodes().add(note);
        // Leaves the top zone at its bottom border (x 300, y 140), bends, enters the bottom zone at its top (x 100, y 300).
        diagram.getEdges().add(edge(conduit, topView, bottomView, 300, 140, 300, 220, 100, 220, 100, 300));
        diagram.getEdges().add(edge(flow, gatewayView, plcView));
        model.getDiagrams().add(diagram);
        return model;
    }

    static Zone zone(ArchitectureModel model, String id, String name, ZoneKind kind, PurdueLevel level) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        zone.setName(name);
        zone.setKind(kind);
        zone.setPurdueLevel(level);
        model.getZones().add(zone);
        return zone;
    }

    static Asset asset(Zone zone, String id, String name, AssetType type) {
        Asset asset = ItotFactory.eINSTANCE.createAsset();
        asset.setId(id);
        asset.setName(name);
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    static NodeView node(ModelElement element, int x, int y, int width, int height) {
        NodeView view = ItotFactory.eINSTANCE.createNodeView();
        view.setElement(element);
        view.setX(x);
        view.setY(y);
        view.setWidth(width);
        view.setHeight(height);
        return view;
    }

    static EdgeView edge(ModelElement element, NodeView source, NodeView target, int... bendpoints) {
        EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
        edge.setElement(element);
        edge.setSource(source);
        edge.setTarget(target);
        for (int i = 0; i < bendpoints.length; i += 2) {
            Bendpoint point = ItotFactory.eINSTANCE.createBendpoint();
            point.setX(bendpoints[i]);
            point.setY(bendpoints[i + 1]);
            edge.getBendpoints().add(point);
        }
        return edge;
    }

    /** Every node view of the diagram, parents before children. */
    static List<NodeView> allNodes(Diagram diagram) {
        List<NodeView> all = new ArrayList<>();
        diagram.getNodes().forEach(node -> addWithChildren(node, all));
        return all;
    }

    private static void addWithChildren(NodeView node, List<NodeView> into) {
        into.add(node);
        node.getChildren().forEach(child -> addWithChildren(child, into));
    }

    static byte[] export(Diagram diagram, DrawingFormat format, DrawingOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DrawingExport.write(diagram, format, out, options);
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Parses with DOCTYPEs refused, as for any untrusted XML; fails the test if the document is not well-formed. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Stream<Element> elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS("*", name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result.stream();
    }
}
