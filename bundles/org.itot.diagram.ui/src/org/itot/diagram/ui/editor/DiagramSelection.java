package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.ui.swt.SwtCanvas;

/** The selected views (node and edge views) of one diagram, in the order they were selected, and their handles. */
final class DiagramSelection {

    static final int HANDLE = 7;
    static final Rgb COLOUR = Rgb.of(0x1a73e8);

    private final LinkedHashSet<EObject> views = new LinkedHashSet<>();
    private final List<Consumer<List<EObject>>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable repaint;

    DiagramSelection(Runnable repaint) {
        this.repaint = repaint;
    }

    List<EObject> views() {
        return new ArrayList<>(views);
    }

    boolean isEmpty() {
        return views.isEmpty();
    }

    boolean contains(EObject view) {
        return views.contains(view);
    }

    /** The only selected view, or null. */
    EObject single() {
        return views.size() == 1 ? views.iterator().next() : null;
    }

    /** The model elements the selected views show (what the Properties view and the explorer care about). */
    List<EObject> elements() {
        List<EObject> elements = new ArrayList<>();
        for (EObject view : views) {
            EObject element = view instanceof NodeView node ? node.getElement()
                    : view instanceof EdgeView edge ? edge.getElement() : null;
            elements.add(element == null ? view : element);
        }
        return elements;
    }

    List<NodeView> nodes() {
        return views.stream().filter(NodeView.class::isInstance).map(NodeView.class::cast).toList();
    }

    /** The selected node views that move together: those not inside another selected view. */
    List<NodeView> topLevelNodes() {
        List<NodeView> nodes = nodes();
        Set<NodeView> all = new LinkedHashSet<>(nodes);
        return nodes.stream()
                .filter(n -> !(n.eContainer() instanceof NodeView parent) || !DiagramGeometry.isInside(parent, all))
                .toList();
    }

    void set(Collection<? extends EObject> selected) {
        views.clear();
        views.addAll(selected);
        changed();
    }

    void add(Collection<? extends EObject> selected) {
        views.addAll(selected);
        changed();
    }

    void toggle(EObject view) {
        if (!views.remove(view)) {
            views.add(view);
        }
        changed();
    }

    /** Forgets views that left the diagram (an undo of their creation); true if any did. */
    boolean retainOn(java.util.function.Predicate<EObject> onDiagram) {
        boolean removed = views.removeIf(onDiagram.negate());
        if (removed) {
            changed();
        }
        return removed;
    }

    void addListener(Consumer<List<EObject>> listener) {
        listeners.add(listener);
    }

    private void changed() {
        List<EObject> elements = elements();
        listeners.forEach(listener -> listener.accept(elements));
        repaint.run();
    }

    /** The corners of a box, clockwise from the top left: where the resize handles are. */
    static double[][] corners(Bounds b) {
        return new double[][] { { b.x(), b.y() }, { b.right(), b.y() }, { b.right(), b.bottom() },
                { b.x(), b.bottom() } };
    }

    /**
     * The diagram area {@link #paint} covers before the viewer adds its damage margin (null for none): frames and
     * handles reach {@value #HANDLE} / 2 + 2 pixels beyond a box, a selected edge's band 3 pixels beyond its route.
     */
    Bounds area(DiagramGeometry geometry, double unit) {
        Bounds area = null;
        for (EObject selected : views) {
            Bounds covered = null;
            if (selected instanceof NodeView node && geometry.bounds(node) != null) {
                covered = grown(geometry.bounds(node), (HANDLE / 2.0 + 2) * unit);
            } else if (selected instanceof EdgeView edge && geometry.route(edge) != null) {
                covered = grown(boxOf(geometry.route(edge)), 3 * unit);
            }
            if (covered != null) {
                area = area == null ? covered : area.union(covered);
            }
        }
        return area;
    }

    private static Bounds grown(Bounds b, double by) {
        return new Bounds(b.x() - by, b.y() - by, b.width() + 2 * by, b.height() + 2 * by);
    }

    private static Bounds boxOf(double[] points) {
        Bounds box = new Bounds(points[0], points[1], 0, 0);
        for (int i = 2; i + 1 < points.length; i += 2) {
            box = box.union(new Bounds(points[i], points[i + 1], 0, 0));
        }
        return box;
    }

    /** Frames the selected boxes and edges; a single box also gets its four resize handles. */
    void paint(SwtCanvas painter, DiagramGeometry geometry, double unit) {
        for (EObject selected : views) {
            painter.setStroke(COLOUR);
            painter.setLineWidth(2 * unit);
            if (selected instanceof NodeView node && geometry.bounds(node) != null) {
                Bounds b = geometry.bounds(node);
                painter.strokeRect(b.x() - 2 * unit, b.y() - 2 * unit, b.width() + 4 * unit, b.height() + 4 * unit);
                if (views.size() == 1) {
                    paintHandles(painter, b, unit);
                }
            } else if (selected instanceof EdgeView edge && geometry.route(edge) != null) {
                painter.setAlpha(0.5);
                painter.setLineWidth(6 * unit);
                painter.strokePolyline(geometry.route(edge));
                painter.setAlpha(1);
            }
        }
    }

    private static void paintHandles(SwtCanvas painter, Bounds b, double unit) {
        double half = HANDLE / 2.0 * unit;
        for (double[] corner : corners(b)) {
            painter.setFill(Rgb.of(0xffffff));
            painter.fillRect(corner[0] - half, corner[1] - half, HANDLE * unit, HANDLE * unit);
            painter.setLineWidth(unit);
            painter.strokeRect(corner[0] - half, corner[1] - half, HANDLE * unit, HANDLE * unit);
        }
    }
}
