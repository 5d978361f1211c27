package org.itot.layout;

import java.util.List;
import java.util.Map;

import org.itot.model.EdgeView;
import org.itot.model.NodeView;

/**
 * What a layout computed for a diagram, before anything is applied: node bounds relative to the
 * parent view (as {@link NodeView} stores them) and edge routes in absolute diagram coordinates,
 * from the point on the source's border through every bend to the point on the target's border.
 */
public record LayoutResult(Map<NodeView, Bounds> bounds, Map<EdgeView, List<Point>> routes) {

    public LayoutResult {
        bounds = Map.copyOf(bounds);
        routes = Map.copyOf(routes);
    }

    /** A box relative to its parent view, in whole pixels. */
    public record Bounds(int x, int y, int width, int height) {
    }

    /** A point in absolute diagram coordinates, in whole pixels. */
    public record Point(int x, int y) {
    }
}
