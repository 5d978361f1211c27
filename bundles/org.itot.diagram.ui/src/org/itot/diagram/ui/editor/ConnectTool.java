package org.itot.diagram.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;

/**
 * Conduit or Flow: a drag from one box to another joins them (zone to zone, asset to asset); the line is red while
 * the box under the pointer cannot be joined. Shift keeps the tool.
 */
final class ConnectTool extends Tool {

    private final PaletteEntry entry;
    private NodeView source;

    ConnectTool(DiagramViewer viewer, PaletteEntry entry) {
        super(viewer);
        this.entry = entry;
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        source = viewer.geometry().nodeAt(x, y);
        pressedAt(x, y);
        return source == null ? null : this;
    }

    @Override
    void drag(double x, double y, int stateMask) {
        follow(x, y);
    }

    @Override
    void release(double x, double y, int stateMask) {
        NodeView target = viewer.geometry().nodeAt(x, y);
        if (viewer.execute(DiagramEditing.connect(viewer.getDomain(), viewer.getDiagram(), entry.kind(), source,
                target))) {
            List<EdgeView> edges = viewer.getDiagram().getEdges();
            viewer.selection().set(List.of(edges.get(edges.size() - 1)));
        }
        source = null;
        if ((stateMask & SWT.SHIFT) == 0) {
            viewer.setTool(null);
        }
    }

    /** The rubber band's box and the valid target's frame: all that {@link #paintFeedback} draws. */
    @Override
    Bounds feedbackArea() {
        if (source == null) {
            return null;
        }
        Bounds line = new Bounds(Math.min(pressX, pointerX), Math.min(pressY, pointerY), Math.abs(pointerX - pressX),
                Math.abs(pointerY - pressY));
        NodeView target = viewer.geometry().nodeAt(pointerX, pointerY);
        Bounds frame = target == null || !DiagramEditing.canConnect(entry.kind(), source, target) ? null
                : viewer.geometry().bounds(target);
        return frame == null ? line : line.union(frame);
    }

    @Override
    void paintFeedback(SwtCanvas painter, double unit) {
        if (source == null) {
            return;
        }
        NodeView target = viewer.geometry().nodeAt(pointerX, pointerY);
        boolean valid = DiagramEditing.canConnect(entry.kind(), source, target);
        painter.setStroke(target == null || valid ? DiagramSelection.COLOUR : MoveTool.REFUSED);
        painter.setLineWidth(2 * unit);
        painter.setDash(6 * unit, 4 * unit);
        painter.strokeLine(pressX, pressY, pointerX, pointerY);
        if (target != null && valid) {
            Bounds b = viewer.geometry().bounds(target);
            painter.setDash();
            painter.strokeRect(b.x(), b.y(), b.width(), b.height());
        }
    }

    @Override
    void cancel() {
        source = null;
    }
}
