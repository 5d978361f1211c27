package org.itot.diagram.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.itot.model.EdgeView;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.render.geometry.DiagramGeometry;

/**
 * The selection tool: a click selects (Ctrl or Shift toggles), a press on a handle resizes, a press on a selected box
 * moves, a press on empty space draws a marquee. It decides on the press and hands the drag to that tool.
 */
final class SelectTool extends Tool {

    SelectTool(DiagramViewer viewer) {
        super(viewer);
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        DiagramGeometry geometry = viewer.geometry();
        DiagramSelection selection = viewer.selection();
        boolean toggle = (stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        if (selection.single() instanceof NodeView only) {
            int corner = ResizeTool.cornerAt(geometry.bounds(only), x, y, DiagramSelection.HANDLE / viewer.getZoom());
            if (corner >= 0) {
                return new ResizeTool(viewer, only, corner).press(x, y, stateMask);
            }
        }
        EdgeView edge = geometry.edgeAt(x, y, 4 / viewer.getZoom());
        // An edge drawn over a box wins where the pointer is right on the line.
        if (edge != null && viewer.isEdgeShown(edge)) {
            if (toggle) {
                selection.toggle(edge);
            } else {
                selection.set(List.of(edge));
            }
            return null;
        }
        NodeView node = geometry.nodeAt(x, y);
        if (node == null) {
            if (!toggle) {
                selection.set(List.of());
            }
            return new MarqueeTool(viewer).press(x, y, stateMask);
        }
        if (toggle) {
            selection.toggle(node);
        } else if (!selection.contains(node)) {
            selection.set(List.of(node));
        }
        return selection.contains(node) ? new MoveTool(viewer).press(x, y, stateMask) : null;
    }

    @Override
    void hover(double x, double y) {
        updateTooltip(x, y);
    }

    /**
     * Hovering shows the findings of what is under the pointer (or why a hatched box is there), and on a conduit the
     * flows it summarises.
     */
    private void updateTooltip(double x, double y) {
        NodeView node = viewer.geometry().nodeAt(x, y);
        EdgeView edge = viewer.geometry().edgeAt(x, y, 4 / viewer.getZoom());
        EObject element = edge != null ? edge.getElement() : node != null ? node.getElement() : null;
        String text = null;
        if (element != null && viewer.layers().isShowingFindings() && !viewer.layers().findingsOf(element).isEmpty()) {
            text = String.join("\n", viewer.layers().findingsOf(element));
        }
        String summarised = edge == null ? null : viewer.geometry().summarisedFlows().describe(edge);
        if (summarised != null) {
            text = text == null ? summarised : summarised + "\n\n" + text;
        }
        if (node != null && node.getElement() == null && !(node instanceof NoteView)) {
            text = "This view shows an element that no longer exists; delete it from the diagram.";
        }
        if (!java.util.Objects.equals(text, viewer.getControl().getToolTipText())) {
            viewer.getControl().setToolTipText(text);
        }
    }
}
