package org.itot.export.drawing.drawio;

import static org.itot.export.drawing.XmlText.escape;
import static org.itot.export.drawing.XmlText.html;
import static org.itot.export.drawing.XmlText.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.OverlayFigures;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.LabelText;
import org.itot.render.Rgb;
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.EdgeStyle;
import org.itot.render.style.ZoneStyle;

/**
 * A diagram as a diagrams.net ({@code .drawio}) file to keep editing there: the uncompressed
 * mxGraphModel with zones as container cells (children positioned relative to them, as in our
 * notation), assets and notes as shapes, conduits and flows as edges between those cells with
 * their waypoints, and the Purdue bands as locked background shapes. Colours come from
 * {@link DiagramStyle}; each semantic cell carries the element's id and type as data
 * ({@code itotId}, {@code itotType}) so a later import can find it again.
 */
public final class DrawioExport {

    /** The draw.io id of the default layer; top-level cells and all edges live in it (absolute coordinates). */
    public static final String LAYER = "1";

    /** Legend lines below the drawing: their height, the room above the first, and the length of a line's sample. */
    private static final double LEGEND_LINE = 18;
    private static final double LEGEND_PADDING = 10;
    private static final double LEGEND_SAMPLE = 36;

    /** An end of an edge within this distance of its view's border is taken as the connection point. */
    private static final double ON_BORDER = 1.5;

    private final Diagram diagram;
    private final StringBuilder cells = new StringBuilder(1 << 14);
    private final Map<NodeView, String> ids = new HashMap<>();
    /** Absolute boxes as the painter draws them (broken bounds clamped). */
    private final DiagramGeometry geometry;

    /** Other features' layers, kept as cells of their own over the diagram's. */
    private final List<DiagramOverlay> overlays;

    private DrawioExport(Diagram diagram, List<DiagramOverlay> overlays) {
        this.diagram = diagram;
        this.geometry = DiagramGeometry.of(diagram);
        this.overlays = List.copyOf(overlays);
    }

    /** The whole {@code .drawio} document. */
    public static String toDrawio(Diagram diagram) {
        return toDrawio(diagram, List.of());
    }

    /**
     * The whole {@code .drawio} document with other features' layers over the diagram: their boxes as shapes, their
     * lines as edges between the cells of their ends (dashed where the layer draws them dashed), their legend as text
     * below the drawing.
     */
    public static String toDrawio(Diagram diagram, List<DiagramOverlay> overlays) {
        return new DrawioExport(diagram, overlays).document();
    }

    private String document() {
        for (NodeView node : geometry.boxes().keySet()) {
            ids.put(node, "n" + (ids.size() + 1));
        }
        Bounds extent = geometry.extent();
        cells.append("        <mxCell id=\"0\"/>\n");
        cells.append("        <mxCell id=\"").append(LAYER).append("\" parent=\"0\"/>\n");
        bands(extent);
        for (NodeView node : diagram.getNodes()) {
            node(node, LAYER, null, false);
        }
        int edgeNumber = 0;
        for (EdgeView edge : diagram.getEdges()) {
            edge(edge, "e" + ++edgeNumber);
        }
        double legendTop = extent.bottom();
        int overlayNumber = 0;
        for (DiagramOverlay overlay : overlays) {
            legendTop = overlay(overlay.figures(geometry), "o" + ++overlayNumber + "-", extent.x(), legendTop);
        }
        String name = diagram.getName() == null || diagram.getName().isBlank() ? "Diagram"
                : LabelText.neutralise(diagram.getName());
        String id = diagram.getId() == null ? "diagram" : diagram.getId();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<mxfile host=\"ITOT Architect\" type=\"device\">\n"
                + "  <diagram id=\"" + escape(id) + "\" name=\"" + escape(name) + "\">\n"
                + "    <mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\""
                + " fold=\"1\" page=\"0\" pageScale=\"1\" pageWidth=\"" + number(extent.width()) + "\" pageHeight=\""
                + number(extent.height()) + "\" math=\"0\" shadow=\"0\">\n"
                + "      <root>\n" + cells + "      </root>\n"
                + "    </mxGraphModel>\n"
                + "  </diagram>\n"
                + "</mxfile>\n";
    }

    /** The Purdue bands behind the top-level zones, as the painter derives them; locked so they stay put. */
    private void bands(Bounds extent) {
        Map<Band, double[]> spans = geometry.bandSpans();
        int number = 0;
        double pad = DiagramStyle.BAND_PADDING;
        for (Band band : DiagramStyle.BANDS) {
            double[] span = spans.get(band);
            if (span == null) {
                continue;
            }
            String label = "<b style=\"font-size:15px\">" + html(band.title()) + "</b><br>" + html(band.subtitle());
            String style = "rounded=0;whiteSpace=wrap;html=1;locked=1;strokeColor=none;fillColor=" + band.fill()
                    + ";fontColor=" + band.labelColour() + ";align=left;verticalAlign=top;spacingLeft=14;spacingTop="
                    + number(pad) + ";fontSize=11;";
            cells.append("        <object id=\"b").append(++number).append("\" label=\"").append(escape(label))
                    .append("\" itotType=\"PurdueBand\">\n");
            cell(style, "vertex=\"1\" parent=\"" + LAYER + "\"", extent.x() + 6, span[0] - pad, extent.width() - 12,
                    span[1] - span[0] + 2 * pad);
            cells.append("        </object>\n");
        }
    }

    private void node(NodeView node, String parent, ZoneStyle parentZone, boolean hidden) {
        ModelElement element = node.getElement();
        String label;
        String style;
        ZoneStyle childZone = parentZone;
        if (node instanceof NoteView note) {
            label = html(note.getText() == null ? "" : LabelText.neutralise(note.getText()));
            style = "shape=note;size=12;whiteSpace=wrap;html=1;align=left;verticalAlign=top;spacingLeft=8;"
                    + "spacingTop=4;fontSize=11;fillColor=" + DiagramStyle.NOTE_FILL + ";strokeColor="
                    + DiagramStyle.NOTE_BORDER + ";fontColor=" + DiagramStyle.TEXT + ";";
        } else if (!isPresent(element)) {
            label = html("missing element");
            style = "rounded=0;whiteSpace=wrap;html=1;dashed=1;strokeWidth=2;fontStyle=1;fillColor="
                    + DiagramStyle.MISSING_FILL + ";strokeColor=" + DiagramStyle.MISSING + ";fontColor="
                    + DiagramStyle.MISSING + ";";
        } else if (element instanceof Zone zone) {
            childZone = DiagramStyle.zone(zone.getKind());
            label = html(DiagramPainter.label(zone));
            style = "swimlane;container=1;collapsible=0;html=1;whiteSpace=wrap;rounded=1;absoluteArcSize=1;arcSize="
                    + number(2 * DiagramStyle.ZONE_RADIUS) + ";startSize=" + number(DiagramStyle.ZONE_TITLE_HEIGHT)
                    + ";horizontal=1;align=left;spacingLeft=12;fontStyle=1;fontSize=13;fillColor=" + childZone.titleBar()
                    + ";swimlaneFillColor=" + childZone.fill() + ";strokeColor=" + childZone.border()
                    + ";fontColor=" + childZone.titleText() + ";";
        } else if (element instanceof Asset asset) {
            label = "<b>" + html(DiagramPainter.label(asset)) + "</b><br><font color=\"" + DiagramStyle.TEXT_MUTED
                    + "\" style=\"font-size:9.5px\">" + html(DiagramStyle.asset(asset.getType()).label()) + "</font>";
            style = "rounded=1;absoluteArcSize=1;arcSize=" + number(2 * DiagramStyle.ASSET_RADIUS)
                    + ";whiteSpace=wrap;html=1;fontSize=10.5;spacingLeft=4;spacingRight=4;fillColor="
                    + DiagramStyle.ASSET_FILL + ";strokeColor=" + DiagramStyle.ASSET_BORDER + ";fontColor="
                    + DiagramStyle.TEXT + ";";
        } else {
            label = html(DiagramPainter.label(element));
            style = "rounded=1;whiteSpace=wrap;html=1;fontStyle=1;fontSize=11;fillColor=" + DiagramStyle.ASSET_FILL
                    + ";strokeColor=" + DiagramStyle.ASSET_BORDER + ";";
        }
        String id = ids.get(node);
        cells.append("        <object id=\"").append(id).append("\" label=\"").append(escape(label)).append('"');
        data(element);
        cells.append(">\n");
        String attributes = "vertex=\"1\" parent=\"" + parent + "\"" + (hidden ? " visible=\"0\"" : "");
        cell(style, attributes, node.getX(), node.getY(), node.getWidth(), node.getHeight());
        cells.append("        </object>\n");
        for (NodeView child : node.getChildren()) {
            // The painter hides what a collapsed view holds; keep it in the file, invisible.
            node(child, id, childZone, hidden || node.isCollapsed());
        }
    }

    private void edge(EdgeView edge, String id) {
        String source = edge.getSource() == null ? null : ids.get(edge.getSource());
        String target = edge.getTarget() == null ? null : ids.get(edge.getTarget());
        if (source == null || target == null) {
            return; // the painter does not draw an edge without both ends either
        }
        ModelElement element = edge.getElement();
        boolean present = isPresent(element);
        EdgeStyle look = present ? DiagramStyle.edge(element) : DiagramStyle.CONDUIT.withDash(6, 4);
        Rgb colour = present ? look.colour() : DiagramStyle.MISSING;
        StringBuilder style = lineStyle(colour, present ? look.width() : 2, look.dashed() ? look.dash() : new double[0],
                look.arrow()).append("fontSize=10;");
        List<Bendpoint> points = new ArrayList<>(edge.getBendpoints());
        if (points.size() >= 2) {
            // Our routes start and end on the views' borders; draw.io takes those as fixed connection points.
            if (constraint(style, "exit", geometry.box(edge.getSource()), points.get(0))) {
                points.remove(0);
            }
            if (constraint(style, "entry", geometry.box(edge.getTarget()), points.get(points.size() - 1))) {
                points.remove(points.size() - 1);
            }
        }
        String label = present ? DiagramPainter.edgeLabel(edge, geometry.summarisedFlows()) : "missing element";
        cells.append("        <object id=\"").append(id).append("\" label=\"").append(escape(html(label))).append('"');
        data(element);
        cells.append(">\n");
        cells.append("          <mxCell style=\"").append(escape(style.toString())).append("\" edge=\"1\" parent=\"")
                .append(LAYER).append("\" source=\"").append(source).append("\" target=\"").append(target)
                .append("\">\n");
        StringBuilder inner = new StringBuilder();
        if (edge.getLabelOffsetX() != 0 || edge.getLabelOffsetY() != 0) {
            inner.append("              <mxPoint x=\"").append(edge.getLabelOffsetX()).append("\" y=\"")
                    .append(edge.getLabelOffsetY()).append("\" as=\"offset\"/>\n");
        }
        if (!points.isEmpty()) {
            inner.append("              <Array as=\"points\">\n");
            for (Bendpoint point : points) {
                inner.append("                <mxPoint x=\"").append(point.getX()).append("\" y=\"")
                        .append(point.getY()).append("\"/>\n");
            }
            inner.append("              </Array>\n");
        }
        if (inner.isEmpty()) {
            cells.append("            <mxGeometry relative=\"1\" as=\"geometry\"/>\n");
        } else {
            cells.append("            <mxGeometry relative=\"1\" as=\"geometry\">\n").append(inner)
                    .append("            </mxGeometry>\n");
        }
        cells.append("          </mxCell>\n        </object>\n");
    }

    /** draw.io's dash style for on/off lengths. */
    private static void dash(StringBuilder style, double[] pattern) {
        style.append("dashed=1;fixDash=1;dashPattern=");
        for (int i = 0; i < pattern.length; i++) {
            style.append(i == 0 ? "" : " ").append(number(pattern[i]));
        }
        style.append(';');
    }

    /**
     * One overlay's figures: its boxes as shapes, its lines as edges between the cells of their ends, and its legend
     * lines below the drawing from {@code legendTop}, each with a sample of its line; returns where the next legend
     * starts.
     */
    private double overlay(OverlayFigures figures, String prefix, double left, double legendTop) {
        Map<Object, String> ends = new HashMap<>();
        for (Map.Entry<NodeView, Bounds> node : geometry.nodes().entrySet()) {
            if (node.getKey().getElement() != null) {
                ends.putIfAbsent(node.getKey().getElement(), ids.get(node.getKey()));
            }
        }
        int number = 0;
        for (OverlayFigures.Box box : figures.boxes()) {
            String id = prefix + "b" + ++number;
            ends.put(box.key(), id);
            StringBuilder style = new StringBuilder("rounded=0;whiteSpace=wrap;html=1;fontSize=9;align=left;"
                    + "spacingLeft=4;fillColor=").append(DiagramStyle.BACKGROUND).append(";strokeColor=")
                    .append(box.colour()).append(";fontColor=").append(box.colour()).append(';');
            if (box.dash().length > 0) {
                dash(style, box.dash());
            }
            cells.append("        <object id=\"").append(id).append("\" label=\"").append(escape(html(box.label())))
                    .append("\" itotType=\"Overlay\">\n");
            Bounds b = box.bounds();
            cell(style.toString(), "vertex=\"1\" parent=\"" + LAYER + "\"", b.x(), b.y(), b.width(), b.height());
            cells.append("        </object>\n");
        }
        for (OverlayFigures.Line line : figures.lines()) {
            String source = ends.get(line.from());
            String target = ends.get(line.to());
            if (source == null || target == null) {
                continue; // the overlay only lists lines between boxes of this diagram; a stale end is not guessed
            }
            StringBuilder style = lineStyle(line.colour(), line.width(), line.dash(), line.arrow());
            style.append("fontStyle=1;fontSize=9;fontColor=").append(line.colour()).append(';');
            cells.append("        <object id=\"").append(prefix).append("l").append(++number).append("\" label=\"")
                    .append(escape(html(line.label() == null ? "" : line.label())))
                    .append("\" itotType=\"Overlay\">\n");
            cells.append("          <mxCell style=\"").append(escape(style.toString()))
                    .append("\" edge=\"1\" parent=\"").append(LAYER).append("\" source=\"").append(source)
                    .append("\" target=\"").append(target).append("\">\n")
                    .append("            <mxGeometry relative=\"1\" as=\"geometry\"/>\n")
                    .append("          </mxCell>\n        </object>\n");
        }
        double top = legendTop + LEGEND_PADDING;
        for (OverlayFigures.LegendLine legend : figures.legend()) {
            double middle = top + LEGEND_LINE / 2;
            double x = left + DiagramGeometry.MARGIN;
            if (legend.colour() != null) {
                StringBuilder style = lineStyle(legend.colour(), 2, legend.dash() == null ? new double[0]
                        : legend.dash(), false);
                cells.append("        <mxCell id=\"").append(prefix).append("s").append(++number)
                        .append("\" style=\"").append(escape(style.toString())).append("\" edge=\"1\" parent=\"")
                        .append(LAYER).append("\">\n")
                        .append("          <mxGeometry relative=\"1\" as=\"geometry\">\n")
                        .append("            <mxPoint x=\"").append(number(x)).append("\" y=\"").append(number(middle))
                        .append("\" as=\"sourcePoint\"/>\n")
                        .append("            <mxPoint x=\"").append(number(x + LEGEND_SAMPLE)).append("\" y=\"")
                        .append(number(middle)).append("\" as=\"targetPoint\"/>\n")
                        .append("          </mxGeometry>\n        </mxCell>\n");
            }
            cells.append("        <object id=\"").append(prefix).append("t").append(++number).append("\" label=\"")
                    .append(escape(html(legend.text()))).append("\" itotType=\"Legend\">\n");
            cell("text;html=1;align=left;verticalAlign=middle;whiteSpace=nowrap;fontSize=11;fontColor="
                    + DiagramStyle.TEXT + ";", "vertex=\"1\" parent=\"" + LAYER + "\"", x + LEGEND_SAMPLE + 10,
                    top, Math.max(200, legend.text().length() * 7), LEGEND_LINE);
            cells.append("        </object>\n");
            top += LEGEND_LINE;
        }
        return figures.legend().isEmpty() ? legendTop : top;
    }

    private static StringBuilder lineStyle(Rgb colour, double width, double[] pattern, boolean arrow) {
        StringBuilder style = new StringBuilder("html=1;rounded=0;edgeStyle=none;labelBackgroundColor=")
                .append(DiagramStyle.BACKGROUND).append(";strokeColor=").append(colour).append(";strokeWidth=")
                .append(number(width)).append(";endArrow=").append(arrow ? "block;endFill=1" : "none")
                .append(";startArrow=none;");
        if (pattern.length > 0) {
            dash(style, pattern);
        }
        return style;
    }

    /** Sets {@code exitX/exitY} (or entry) when the point lies on the box's border; true when it did. */
    private static boolean constraint(StringBuilder style, String end, Bounds box, Bendpoint point) {
        if (box == null || box.width() <= 0 || box.height() <= 0) {
            return false;
        }
        double x = point.getX();
        double y = point.getY();
        boolean withinX = x >= box.x() - ON_BORDER && x <= box.right() + ON_BORDER;
        boolean withinY = y >= box.y() - ON_BORDER && y <= box.bottom() + ON_BORDER;
        boolean onVertical = Math.abs(x - box.x()) <= ON_BORDER || Math.abs(x - box.right()) <= ON_BORDER;
        boolean onHorizontal = Math.abs(y - box.y()) <= ON_BORDER || Math.abs(y - box.bottom()) <= ON_BORDER;
        if (!(withinX && withinY && (onVertical || onHorizontal))) {
            return false;
        }
        double fx = Math.max(0, Math.min(1, (x - box.x()) / box.width()));
        double fy = Math.max(0, Math.min(1, (y - box.y()) / box.height()));
        style.append(end).append("X=").append(ratio(fx)).append(';').append(end).append("Y=").append(ratio(fy))
                .append(';').append(end).append("Dx=0;").append(end).append("Dy=0;").append(end)
                .append("Perimeter=0;");
        return true;
    }

    private static String ratio(double value) {
        return Double.toString(Math.round(value * 10_000) / 10_000.0);
    }

    private void cell(String style, String attributes, double x, double y, double width, double height) {
        cells.append("          <mxCell style=\"").append(escape(style)).append("\" ").append(attributes)
                .append(">\n            <mxGeometry x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" as=\"geometry\"/>\n          </mxCell>\n");
    }

    private void data(EObject element) {
        if (element instanceof ModelElement named && isPresent(named)) {
            if (named.getId() != null) {
                cells.append(" itotId=\"").append(escape(named.getId())).append('"');
            }
            cells.append(" itotType=\"").append(named.eClass().getName()).append('"');
        }
    }

    private boolean isPresent(EObject element) {
        return element != null && !element.eIsProxy()
                && EcoreUtil.getRootContainer(element) == EcoreUtil.getRootContainer(diagram);
    }
}
