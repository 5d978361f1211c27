package org.itot.diagram.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;

/** A drag on empty space: selects the boxes wholly inside the rectangle (Ctrl or Shift adds to the selection). */
final class MarqueeTool extends Tool {

    MarqueeTool(DiagramViewer viewer) {
        super(viewer);
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
        List<NodeView> inside = viewer.geometry().nodesWithin(area());
        if ((stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0) {
            viewer.selection().add(inside);
        } else {
            viewer.selection().set(inside);
        }
    }

    @Override
    Bounds feedbackArea() {
        return area();
    }

    private Bounds area() {
        return new Bounds(Math.min(pressX, pointerX), Math.min(pressY, pointerY), Math.abs(pointerX - pressX),
                Math.abs(pointerY - pressY));
    }

    @Override
    void paintFeedback(SwtCanvas painter, double unit) {
        Bounds b = area();
        painter.setFill(DiagramSelection.COLOUR);
        painter.setAlpha(0.12);
        painter.fillRect(b.x(), b.y(), b.width(), b.height());
        painter.setAlpha(1);
        painter.setStroke(DiagramSelection.COLOUR);
        painter.setLineWidth(unit);
        painter.strokeRect(b.x(), b.y(), b.width(), b.height());
    }
}
