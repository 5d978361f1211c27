package org.itot.render.geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.model.Bendpoint;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.query.ViewBounds;
import org.itot.render.DiagramPainter.Bounds;

/**
 * Where everything of a diagram is, in absolute diagram coordinates: the boxes of node views
 * (stored relative to their parent), the routes of edge views, and hit tests on both. A snapshot:
 * build a new one after the diagram changed. Hit tests go through a uniform grid, so pointing at
 * one of thousands of boxes looks at a handful of candidates.
 */
public final class DiagramGeometry {

    private static final double CELL = 256;

    private final Diagram diagram;
    /** Parents before children: the painting order, so the last hit is the one on top. */
    private final Map<NodeView, Bounds> nodes = new LinkedHashMap<>();
    private final Map<NodeView, Integer> order = new HashMap<>();
    private final Map<EdgeView, double[]> routes = new LinkedHashMap<>();
    private final Map<Long, List<NodeView>> grid = new HashMap<>();

    private DiagramGeometry(Diagram diagram) {
        this.diagram = diagram;
        for (NodeView node : diagram.getNodes()) {
            collect(node, 0, 0);
        }
        for (EdgeView edge : diagram.getEdges()) {
            Bounds source = edge.getSource() == null ? null : nodes.get(edge.getSource());
            Bounds target = edge.getTarget() == null ? null : nodes.get(edge.getTarget());
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

    /** The absolute box of a visible node view, or null (not on this diagram, or inside a collapsed zone). */
    public Bounds bounds(NodeView node) {
        return nodes.get(node);
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
            if (Math.abs((long) point.getX()) <= ViewBounds.LIMIT && Math.abs((long) point.getY()) <= ViewBounds.LIMIT) {
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

    private void collect(NodeView node, double offsetX, double offsetY) {
        Bounds b = new Bounds(offsetX + node.getX(), offsetY + node.getY(), Math.max(0, node.getWidth()),
                Math.max(0, node.getHeight()));
        order.put(node, nodes.size());
        nodes.put(node, b);
        index(node, b);
        if (!node.isCollapsed()) {
            for (NodeView child : node.getChildren()) {
                collect(child, b.x(), b.y());
            }
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
