package org.itot.diagram.edit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;

/** Align and distribute, as in every drawing tool: on the selected boxes, in absolute coordinates. */
public enum Alignment {
    LEFT, CENTRE, RIGHT, TOP, MIDDLE, BOTTOM,
    /** Equal horizontal gaps between the boxes, the outermost two staying where they are. */
    DISTRIBUTE_HORIZONTALLY,
    /** Equal vertical gaps between the boxes, the outermost two staying where they are. */
    DISTRIBUTE_VERTICALLY;

    /**
     * Aligns to the first view (the one selected first, as users expect) or distributes; needs two views (three to
     * distribute).
     */
    public Command apply(EditingDomain domain, Diagram diagram, List<NodeView> views) {
        boolean distribute = this == DISTRIBUTE_HORIZONTALLY || this == DISTRIBUTE_VERTICALLY;
        if (views.size() < (distribute ? 3 : 2)) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        Map<NodeView, int[]> positions = new LinkedHashMap<>();
        if (distribute) {
            distribute(geometry, views, positions);
        } else {
            Bounds anchor = geometry.bounds(views.get(0));
            for (NodeView view : views.subList(1, views.size())) {
                Bounds b = geometry.bounds(view);
                double x = switch (this) {
                case LEFT -> anchor.x();
                case CENTRE -> anchor.x() + (anchor.width() - b.width()) / 2;
                case RIGHT -> anchor.right() - b.width();
                default -> b.x();
                };
                double y = switch (this) {
                case TOP -> anchor.y();
                case MIDDLE -> anchor.y() + (anchor.height() - b.height()) / 2;
                case BOTTOM -> anchor.bottom() - b.height();
                default -> b.y();
                };
                positions.put(view, relative(view, b, x, y));
            }
        }
        return DiagramEditing.move(domain, diagram, positions);
    }

    private void distribute(DiagramGeometry geometry, List<NodeView> views, Map<NodeView, int[]> positions) {
        boolean horizontal = this == DISTRIBUTE_HORIZONTALLY;
        List<NodeView> sorted = views.stream().sorted(Comparator.comparingDouble(
                view -> horizontal ? geometry.bounds(view).x() : geometry.bounds(view).y())).toList();
        Bounds first = geometry.bounds(sorted.get(0));
        Bounds last = geometry.bounds(sorted.get(sorted.size() - 1));
        double occupied = sorted.stream().mapToDouble(v -> horizontal ? geometry.bounds(v).width()
                : geometry.bounds(v).height()).sum();
        double span = horizontal ? last.right() - first.x() : last.bottom() - first.y();
        double gap = (span - occupied) / (sorted.size() - 1);
        double cursor = (horizontal ? first.right() : first.bottom()) + gap;
        for (NodeView view : sorted.subList(1, sorted.size() - 1)) {
            Bounds b = geometry.bounds(view);
            positions.put(view, horizontal ? relative(view, b, cursor, b.y()) : relative(view, b, b.x(), cursor));
            cursor += (horizontal ? b.width() : b.height()) + gap;
        }
    }

    /** The stored (parent-relative) position that puts the box's absolute corner at {@code x, y}. */
    private static int[] relative(NodeView view, Bounds absolute, double x, double y) {
        return new int[] { (int) Math.round(view.getX() + x - absolute.x()),
                (int) Math.round(view.getY() + y - absolute.y()) };
    }
}
