package org.itot.merge.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.render.Canvas;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;

/**
 * The Model Compare view's layer over a diagram: a green ring round each element added since the compared revision
 * and an amber one round each changed element (boxes ringed, connections traced). Removed elements are not on the
 * diagram; the view lists them.
 */
public final class CompareOverlay implements DiagramOverlay {

    /** The key under which the compare layer sits on a diagram (see DiagramLayers#setOverlay). */
    public static final String KEY = "org.itot.merge.ui.compare";

    public static final Rgb ADDED = new Rgb(0x1e, 0xa0, 0x3c);
    public static final Rgb CHANGED = new Rgb(0xf0, 0x9a, 0x00);
    static final double WIDTH = 4;
    /** How far outside its box a ring is drawn, so it stays visible beside a selection or finding badge. */
    static final double GAP = 4;

    /** A ring round one view: its box grown by the gap, and its colour. */
    public record Ring(NodeView view, Bounds bounds, Rgb colour) {
    }

    private final Set<String> added;
    private final Set<String> changed;

    public CompareOverlay(Set<String> added, Set<String> changed) {
        this.added = Set.copyOf(added);
        this.changed = Set.copyOf(changed);
    }

    /** The rings this layer draws on a diagram, in paint order. */
    public List<Ring> rings(DiagramGeometry geometry) {
        List<Ring> rings = new ArrayList<>();
        for (Map.Entry<NodeView, Bounds> entry : geometry.nodes().entrySet()) {
            Rgb colour = colour(entry.getKey().getElement());
            if (colour != null) {
                Bounds box = entry.getValue();
                rings.add(new Ring(entry.getKey(), new Bounds(box.x() - GAP, box.y() - GAP, box.width() + 2 * GAP,
                        box.height() + 2 * GAP), colour));
            }
        }
        return rings;
    }

    @Override
    public void paint(DiagramGeometry geometry, Canvas canvas, DiagramPainter.Viewport viewport) {
        canvas.setDash();
        canvas.setLineWidth(WIDTH);
        for (EdgeView edge : geometry.routedEdges()) {
            Rgb colour = colour(edge.getElement());
            double[] route = colour == null ? null : geometry.route(edge);
            if (route != null && route.length >= 4) {
                canvas.setStroke(colour);
                canvas.strokePolyline(route);
            }
        }
        for (Ring ring : rings(geometry)) {
            Bounds b = ring.bounds();
            if (viewport.area() == null || b.intersects(viewport.area(), WIDTH)) {
                canvas.setStroke(ring.colour());
                canvas.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 8);
            }
        }
    }

    private Rgb colour(Object element) {
        if (!(element instanceof ModelElement modelElement) || modelElement.getId() == null) {
            return null;
        }
        if (added.contains(modelElement.getId())) {
            return ADDED;
        }
        return changed.contains(modelElement.getId()) ? CHANGED : null;
    }
}
