package org.itot.render.geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Bendpoint;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.query.ViewBounds;
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;

/**
 * Where everything of a diagram is, in absolute diagram coordinates: the boxes of node views
 * (stored relative to their parent), the routes of edge views, the Purdue bands, and hit tests on
 * them. The one source of absolute coordinates: the painter draws what this computes and the editor
 * hit-tests the same boxes, so the two agree even on a damaged file. A snapshot: build a new one
 * after the diagram changed. Hit tests go through a uniform grid, so pointing at one of thousands of
 * boxes looks at a handful of candidates.
 * <p>
 * Broken bounds (see {@link ViewBounds}) are clamped: a position out of range counts as the
 * parent's origin, a size out of range as {@link #CLAMPED_WIDTH} x {@link #CLAMPED_HEIGHT}, so such a
 * box can be seen, selected and fixed; {@link #isClamped(NodeView)} tells which. Views inside a
 * collapsed zone have a box (edges to them are drawn to it) but are not shown, so hit tests skip them.
 */
public final class DiagramGeometry {

    /** Size a box with a broken size is drawn at, so that it can be seen, selected and fixed. */
    public static final double CLAMPED_WIDTH = 120;
    public static final double CLAMPED_HEIGHT = 48;
    /** Room round the drawing in {@link #extent()}. */
    public static final double MARGIN = 20;

    private static final double CELL = 256;

    private final Diagram diagram;
    /** Every node view, parents before children: the painting order, so the last hit is the one on top. */
    private final Map<NodeView, Bounds> boxes = new LinkedHashMap<>();
    /** The views drawn: not inside a collapsed zone. */
    private final Map<NodeView, Bounds> nodes = new LinkedHashMap<>();
    private final Set<NodeView> clamped = new HashSet<>();
    private final Map<NodeView, Integer> order = new HashMap<>();
    private final Map<EdgeView, double[]> routes = new LinkedHashMap<>();
    private final Map<Long, List<NodeView>> grid = new HashMap<>();
    /** Computed on first use: only diagrams with conduit edges need it, and it reads every flow of the model. */
    private SummarisedFlows summarisedFlows;

    private DiagramGeometry(Diagram diagram) {
        this.diagram = diagram;
        for (NodeView node : diagram.getNodes()) {
            collect(node, 0, 0, false);
        }
        for (EdgeView edge : diagram.getEdges()) {
            Bounds source = edge.getSource() == null ? null : boxes.get(edge.getSource());
            Bounds target = edge.getTarget() == null ? null : boxes.get(edge.getTarget());
            if (source != null && target != null) {
                routes.put(edge, route(edge, source, target));
            }
        }
    }

    public static DiagramGeometry of(Diagram diagram) {
        return new DiagramGeometry(diagram);
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The flows each conduit edge stands for (labelled "n flows"), as of this snapshot. */
    public SummarisedFlows summarisedFlows() {
        if (summarisedFlows == null) {
            summarisedFlows = SummarisedFlows.of(diagram);
        }
        return summarisedFlows;
    }

    /** The absolute box of a visible node view, or null (not on this diagram, or inside a collapsed zone). */
    public Bounds bounds(NodeView node) {
        return nodes.get(node);
    }

    /** The absolute box of any node view of the diagram, also inside a collapsed zone (edges end there); or null. */
    public Bounds box(NodeView node) {
        return boxes.get(node);
    }

    /** Every node view of the diagram with its absolute box, also inside collapsed zones, parents before children. */
    public Map<NodeView, Bounds> boxes() {
        return java.util.Collections.unmodifiableMap(boxes);
    }

    /** Whether the view's stored bounds are broken and {@link #box(NodeView)} is clamped. */
    public boolean isClamped(NodeView node) {
        return clamped.contains(node);
    }

    /** Whether the view is inside a collapsed zone (not drawn, not hit). */
    public static boolean isHidden(NodeView view) {
        return view.eContainer() instanceof NodeView parent && (parent.isCollapsed() || isHidden(parent));
    }

    /** The drawing's extent: every view and bendpoint, a margin, and the band-label gutter on the left. */
    public Bounds extent() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (EdgeView edge : diagram.getEdges()) {
            for (Bendpoint point : edge.getBendpoints()) {
                if (!isSane(point)) {
                    continue;
                }
                minX = Math.min(minX, point.getX());
                minY = Math.min(minY, point.getY());
                maxX = Math.max(maxX, point.getX());
                maxY = Math.max(maxY, point.getY());
            }
        }
        if (minX > maxX) {
            return new Bounds(0, 0, 2 * MARGIN, 2 * MARGIN);
        }
        double left = minX - MARGIN - DiagramStyle.BAND_GUTTER;
        double top = minY - MARGIN;
        return new Bounds(left, top, maxX + MARGIN - left, maxY + MARGIN - top);
    }

    /**
     * The vertical span {top, bottom} of each Purdue band, derived from the top-level zone views of
     * that band (without the band's padding), in the bands' order; zones whose element is gone count
     * for no band.
     */
    public Map<Band, double[]> bandSpans() {
        Map<Band, double[]> spans = new LinkedHashMap<>();
        for (NodeView node : diagram.getNodes()) {
            if (node.getElement() instanceof Zone zone && !zone.eIsProxy()
                    && EcoreUtil.getRootContainer(zone) == EcoreUtil.getRootContainer(diagram)) {
                Bounds b = boxes.get(node);
                spans.merge(DiagramStyle.band(zone.getPurdueLevel()), new double[] { b.y(), b.bottom() },
                        (a, c) -> new double[] { Math.min(a[0], c[0]), Math.max(a[1], c[1]) });
            }
        }
        Map<Band, double[]> ordered = new LinkedHashMap<>();
        for (Band band : DiagramStyle.BANDS) {
            if (spans.containsKey(band)) {
                ordered.put(band, spans.get(band));
            }
        }
        return ordered;
    }

    /** Bendpoints beyond the limit are hand-edited nonsense; routes skip them rather than span the world. */
    public static boolean isSane(Bendpoint point) {
        return Math.abs((long) point.getX()) <= ViewBounds.LIMIT && Math.abs((long) point.getY()) <= ViewBounds.LIMIT;
    }

    /** Every visible node view with its absolute box, parents before children. */
    public Map<NodeView, Bounds> nodes() {
        return java.util.Collections.unmodifiableMap(nodes);
    }

    /** The polyline of an edge view as x0, y0, x1, y1, ..., or null when an end is missing or hidden. */
    public double[] route(EdgeView edge) {
        return routes.get(edge);
    }

    public Collection<EdgeView> routedEdges() {
        return java.util.Collections.unmodifiableSet(routes.keySet());
    }

    /** The top-most visible node view under the point, or null. */
    public NodeView nodeAt(double x, double y) {
        return nodeAt(x, y, Set.of(), false);
    }

    /**
     * The top-most visible node view under the point that is neither one of {@code excluded} nor inside one of them;
     * with {@code zonesOnly}, only views of zones (where a dragged asset can land).
     */
    public NodeView nodeAt(double x, double y, Set<NodeView> excluded, boolean zonesOnly) {
        NodeView best = null;
        for (NodeView node : grid.getOrDefault(cellKey(cell(x), cell(y)), List.of())) {
            Bounds b = nodes.get(node);
            if (!b.contains(x, y) || (zonesOnly && !(node.getElement() instanceof Zone)) || isInside(node, excluded)) {
                continue;
            }
            if (best == null || order.get(node) > order.get(best)) {
                best = node;
            }
        }
        return best;
    }

    /** The edge view whose route passes within {@code tolerance} of the point (the closest), or null. */
    public EdgeView edgeAt(double x, double y, double tolerance) {
        EdgeView best = null;
        double bestDistance = tolerance;
        for (Map.Entry<EdgeView, double[]> entry : routes.entrySet()) {
            double[] p = entry.getValue();
            for (int i = 0; i + 3 < p.length; i += 2) {
                double distance = distanceToSegment(x, y, p[i], p[i + 1], p[i + 2], p[i + 3]);
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = entry.getKey();
                }
            }
        }
        return best;
    }

    /** Node views lying wholly inside the rectangle (marquee selection), parents before children. */
    public List<NodeView> nodesWithin(Bounds area) {
        List<NodeView> result = new ArrayList<>();
        for (Map.Entry<NodeView, Bounds> entry : nodes.entrySet()) {
            Bounds b = entry.getValue();
            if (b.x() >= area.x() && b.y() >= area.y() && b.right() <= area.right() && b.bottom() <= area.bottom()) {
                result.add(entry.getKey());
            }
        }
        return result;
    }

    /** True if {@code node} is one of {@code views} or nested in one of them. */
    public static boolean isInside(NodeView node, Set<NodeView> views) {
        for (Object current = node; current instanceof NodeView view; current = view.eContainer()) {
            if (views.contains(view)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The edge's polyline from the border of its source box through its bendpoints to the border of its target box
     * (the bendpoints are absolute; the end points are recomputed so an edge follows its boxes when they move).
     */
    public static double[] route(EdgeView edge, Bounds source, Bounds target) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] { centreX(source), centreY(source) });
        for (Bendpoint point : edge.getBendpoints()) {
            // A hand-edited file may hold absurd bendpoints; they are skipped as the rules report them.
            if (isSane(point)) {
                points.add(new double[] { point.getX(), point.getY() });
            }
        }
        points.add(new double[] { centreX(target), centreY(target) });
        points.set(0, border(source, points.get(1)));
        points.set(points.size() - 1, border(target, points.get(points.size() - 2)));
        double[] flat = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            flat[2 * i] = points.get(i)[0];
            flat[2 * i + 1] = points.get(i)[1];
        }
        return flat;
    }

    private void collect(NodeView node, double offsetX, double offsetY, boolean hidden) {
        Bounds b;
        if (ViewBounds.isValid(node)) {
            b = new Bounds(offsetX + node.getX(), offsetY + node.getY(), node.getWidth(), node.getHeight());
        } else {
            double x = Math.abs((long) node.getX()) <= ViewBounds.LIMIT ? node.getX() : 0;
            double y = Math.abs((long) node.getY()) <= ViewBounds.LIMIT ? node.getY() : 0;
            double width = node.getWidth() > 0 && node.getWidth() <= ViewBounds.LIMIT ? node.getWidth() : CLAMPED_WIDTH;
            double height = node.getHeight() > 0 && node.getHeight() <= ViewBounds.LIMIT ? node.getHeight()
                    : CLAMPED_HEIGHT;
            b = new Bounds(offsetX + x, offsetY + y, width, height);
            clamped.add(node);
        }
        boxes.put(node, b);
        if (!hidden) {
            order.put(node, nodes.size());
            nodes.put(node, b);
            index(node, b);
        }
        for (NodeView child : node.getChildren()) {
            collect(child, b.x(), b.y(), hidden || node.isCollapsed());
        }
    }

    private void index(NodeView node, Bounds b) {
        // Absurd bounds (a hand-edited file) must not flood the grid; such a box is still found by its corner cell.
        long fromX = cell(b.x());
        long fromY = cell(b.y());
        long toX = Math.min(cell(b.right()), fromX + 64);
        long toY = Math.min(cell(b.bottom()), fromY + 64);
        for (long cx = fromX; cx <= toX; cx++) {
            for (long cy = fromY; cy <= toY; cy++) {
                grid.computeIfAbsent(cellKey(cx, cy), key -> new ArrayList<>()).add(node);
            }
        }
    }

    private static long cell(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    private static long cellKey(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    private static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    private static double centreX(Bounds b) {
        return b.x() + b.width() / 2;
    }

    private static double centreY(Bounds b) {
        return b.y() + b.height() / 2;
    }

    /** Where the line from the box's centre towards {@code toward} leaves the box. */
    public static double[] border(Bounds b, double[] toward) {
        double cx = centreX(b);
        double cy = centreY(b);
        double dx = toward[0] - cx;
        double dy = toward[1] - cy;
        if (dx == 0 && dy == 0) {
            return new double[] { cx, cy };
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (b.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (b.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new double[] { cx + dx * s, cy + dy * s };
    }
}
