package org.itot.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.Asset;
import org.itot.model.NodeView;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;

/**
 * Drags the selected boxes (after a few pixels, so a click stays a click). Assets live in zones: an asset dragged
 * out of its zone must land in another zone (highlighted as the drop target; the asset then moves there in the
 * model) or it snaps back.
 */
final class MoveTool extends Tool {

    static final int DRAG_THRESHOLD = 3;
    static final Rgb DROP_TARGET = Rgb.of(0x0b8043);
    static final Rgb REFUSED = Rgb.of(0xd62828);

    private boolean moving;
    private NodeView dropTarget;
    /** Where the moved boxes go: the pointer's offset snapped to a sibling's line or the grid, with the guides. */
    private AlignmentGuides.Aligned offset = new AlignmentGuides.Aligned(0, 0, List.of());

    MoveTool(DiagramViewer viewer) {
        super(viewer);
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        pressedAt(x, y);
        return this;
    }

    @Override
    void drag(double x, double y, int stateMask) {
        Bounds before = feedbackArea();
        pointerX = x;
        pointerY = y;
        if (!moving && Math.hypot(x - pressX, y - pressY) * viewer.getZoom() >= DRAG_THRESHOLD) {
            moving = true;
        }
        if (moving) {
            offset = align();
            dropTarget = computeDropTarget();
            viewer.redrawDamaged(before, feedbackArea());
        }
    }

    /** The guides drawn now (none before the drag starts moving). */
    List<AlignmentGuides.Guide> guides() {
        return moving ? offset.guides() : List.of();
    }

    /**
     * Aligns the moved boxes with their siblings in the same zone (or the top level) when one of their lines comes
     * near a sibling's; otherwise the grid snaps the offset.
     */
    private AlignmentGuides.Aligned align() {
        double rawDx = pointerX - pressX;
        double rawDy = pointerY - pressY;
        List<NodeView> moved = movedNodes();
        Bounds union = null;
        for (NodeView node : moved) {
            Bounds b = viewer.geometry().bounds(node);
            union = union == null ? b : union.union(b);
        }
        Object container = moved.isEmpty() ? null : moved.get(0).eContainer();
        if (union == null || moved.stream().anyMatch(node -> node.eContainer() != container)) {
            return new AlignmentGuides.Aligned(viewer.snapDelta(rawDx), viewer.snapDelta(rawDy), List.of());
        }
        List<NodeView> candidates = container instanceof NodeView parent ? parent.getChildren()
                : viewer.getDiagram().getNodes();
        List<Bounds> siblings = candidates.stream().filter(node -> !moved.contains(node))
                .map(node -> viewer.geometry().bounds(node)).filter(b -> b != null).toList();
        double unit = 1 / viewer.getZoom();
        return AlignmentGuides.align(union, rawDx, rawDy, siblings, AlignmentGuides.SNAP_PIXELS * unit,
                viewer::snapDelta, AlignmentGuides.OVERHANG_PIXELS * unit);
    }

    /**
     * The moved outlines at their current offset, the guides and the drop target's frame: all that
     * {@link #paintFeedback} draws.
     */
    @Override
    Bounds feedbackArea() {
        if (!moving) {
            return null;
        }
        double dx = offset.dx();
        double dy = offset.dy();
        Bounds area = null;
        for (AlignmentGuides.Guide guide : offset.guides()) {
            area = area == null ? guide.area() : area.union(guide.area());
        }
        for (NodeView node : movedNodes()) {
            Bounds b = viewer.geometry().bounds(node);
            area = area == null ? b.translate(dx, dy) : area.union(b.translate(dx, dy));
        }
        Bounds target = dropTarget == null ? null : viewer.geometry().bounds(dropTarget);
        return target == null ? area : area == null ? target : area.union(target);
    }

    @Override
    void release(double x, double y, int stateMask) {
        pointerX = x;
        pointerY = y;
        if (!moving) {
            return;
        }
        offset = align();
        dropTarget = computeDropTarget();
        double dx = offset.dx();
        double dy = offset.dy();
        List<NodeView> moved = movedNodes();
        if (dropTarget != null) {
            CompoundCommand reparent = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
                    moved.size() == 1 ? "Move Asset" : "Move Assets");
            Bounds zone = viewer.geometry().bounds(dropTarget);
            for (NodeView node : moved) {
                Bounds b = viewer.geometry().bounds(node);
                int newX = (int) Math.round(Math.max(0, b.x() + dx - zone.x()));
                int newY = (int) Math.round(Math.max(0, b.y() + dy - zone.y()));
                reparent.append(DiagramEditing.moveAssetToZone(viewer.getDomain(), node, dropTarget, newX, newY));
            }
            viewer.execute(reparent);
            return;
        }
        if (!isAllowed()) {
            viewer.refuse("An asset stays in a zone: drop it inside its zone or onto another zone.");
            return;
        }
        if (dx == 0 && dy == 0) {
            return;
        }
        Map<NodeView, int[]> positions = new LinkedHashMap<>();
        for (NodeView node : moved) {
            positions.put(node, new int[] { (int) Math.round(node.getX() + dx), (int) Math.round(node.getY() + dy) });
        }
        viewer.execute(DiagramEditing.move(viewer.getDomain(), viewer.getDiagram(), positions));
    }

    private List<NodeView> movedNodes() {
        return viewer.selection().topLevelNodes().stream().filter(n -> viewer.geometry().bounds(n) != null).toList();
    }

    /** An asset box whose centre leaves its zone needs a drop target; anything else may go anywhere. */
    private boolean isAllowed() {
        double dx = offset.dx();
        double dy = offset.dy();
        for (NodeView node : movedNodes()) {
            if (node.getElement() instanceof Asset && node.eContainer() instanceof NodeView parent) {
                Bounds b = viewer.geometry().bounds(node);
                Bounds zone = viewer.geometry().bounds(parent);
                if (zone == null || !zone.contains(b.centreX() + dx, b.centreY() + dy)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The zone view the dragged assets would move into: under the pointer, not their own zone, all assets. */
    private NodeView computeDropTarget() {
        List<NodeView> moved = movedNodes();
        if (moved.isEmpty() || !moved.stream().allMatch(n -> n.getElement() instanceof Asset)) {
            return null;
        }
        NodeView target = viewer.geometry().nodeAt(pointerX, pointerY, new LinkedHashSet<>(moved), true);
        if (target == null) {
            return null;
        }
        boolean allElsewhere = moved.stream().allMatch(n -> ((Asset) n.getElement()).getZone() != target.getElement());
        return allElsewhere ? target : null;
    }

    @Override
    void paintFeedback(SwtCanvas painter, double unit) {
        if (!moving) {
            return;
        }
        double dx = offset.dx();
        double dy = offset.dy();
        painter.setDash();
        painter.setStroke(AlignmentGuides.COLOUR);
        painter.setLineWidth(unit);
        for (AlignmentGuides.Guide guide : offset.guides()) {
            Bounds line = guide.area();
            painter.strokeLine(line.x(), line.y(), line.right(), line.bottom());
        }
        painter.setStroke(dropTarget != null || isAllowed() ? DiagramSelection.COLOUR : REFUSED);
        painter.setLineWidth(unit);
        painter.setDash(4 * unit, 3 * unit);
        for (NodeView node : movedNodes()) {
            Bounds b = viewer.geometry().bounds(node);
            painter.strokeRect(b.x() + dx, b.y() + dy, b.width(), b.height());
        }
        if (dropTarget != null) {
            Bounds b = viewer.geometry().bounds(dropTarget);
            painter.setDash();
            painter.setStroke(DROP_TARGET);
            painter.setLineWidth(3 * unit);
            painter.strokeRect(b.x(), b.y(), b.width(), b.height());
        }
    }
}
