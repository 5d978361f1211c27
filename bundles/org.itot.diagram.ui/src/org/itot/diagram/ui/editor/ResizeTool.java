package org.itot.diagram.ui.editor;

import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;

/** A drag on a corner handle of the single selected box: resizes it (a zone then still holds what it holds). */
final class ResizeTool extends Tool {

    private static final double SMALLEST = 20;

    private final NodeView node;
    private final int corner;

    ResizeTool(DiagramViewer viewer, NodeView node, int corner) {
        super(viewer);
        this.node = node;
        this.corner = corner;
    }

    /** The index of the handle of {@code b} at the point (clockwise from the top left), or -1. */
    static int cornerAt(Bounds b, double x, double y, double reach) {
        if (b == null) {
            return -1;
        }
        double[][] corners = DiagramSelection.corners(b);
        for (int i = 0; i < corners.length; i++) {
            if (Math.abs(corners[i][0] - x) <= reach && Math.abs(corners[i][1] - y) <= reach) {
                return i;
            }
        }
        return -1;
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        pressedAt(x, y);
        return this;
    }

    @Override
    void drag(double x, double y, int stateMask) {
        follow(x, y);
    }

    @Override
    void release(double x, double y, int stateMask) {
        follow(x, y);
        Bounds b = resized();
        Bounds old = viewer.geometry().bounds(node);
        int newX = (int) Math.round(node.getX() + b.x() - old.x());
        int newY = (int) Math.round(node.getY() + b.y() - old.y());
        viewer.execute(DiagramEditing.setBounds(viewer.getDomain(), viewer.getDiagram(), node, newX, newY,
                (int) Math.round(b.width()), (int) Math.round(b.height())));
    }

    /** The resized outline: all that {@link #paintFeedback} draws. */
    @Override
    Bounds feedbackArea() {
        return viewer.geometry().bounds(node) == null ? null : resized();
    }

    private Bounds resized() {
        Bounds b = viewer.geometry().bounds(node);
        double left = b.x();
        double top = b.y();
        double right = b.right();
        double bottom = b.bottom();
        double x = viewer.snap(pointerX);
        double y = viewer.snap(pointerY);
        switch (corner) {
        case 0 -> { left = Math.min(x, right - SMALLEST); top = Math.min(y, bottom - SMALLEST); }
        case 1 -> { right = Math.max(x, left + SMALLEST); top = Math.min(y, bottom - SMALLEST); }
        case 2 -> { right = Math.max(x, left + SMALLEST); bottom = Math.max(y, top + SMALLEST); }
        default -> { left = Math.min(x, right - SMALLEST); bottom = Math.max(y, top + SMALLEST); }
        }
        return new Bounds(left, top, right - left, bottom - top);
    }

    @Override
    void paintFeedback(SwtCanvas painter, double unit) {
        if (viewer.geometry().bounds(node) == null) {
            return;
        }
        Bounds b = resized();
        painter.setStroke(DiagramSelection.COLOUR);
        painter.setLineWidth(unit);
        painter.setDash(4 * unit, 3 * unit);
        painter.strokeRect(b.x(), b.y(), b.width(), b.height());
    }
}
