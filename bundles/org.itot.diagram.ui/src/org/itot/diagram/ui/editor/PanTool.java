package org.itot.diagram.ui.editor;

/** Middle-drag, or Alt+drag with the selection tool: the diagram follows the pointer. */
final class PanTool extends Tool {

    private double lastX;
    private double lastY;

    PanTool(DiagramViewer viewer) {
        super(viewer);
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        lastX = x;
        lastY = y;
        return this;
    }

    @Override
    void drag(double x, double y, int stateMask) {
        // The point under the pointer stays under it: the view moves by what the pointer moved in diagram units.
        viewer.viewport().scrollBy(lastX - x, lastY - y);
    }
}
