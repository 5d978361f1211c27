package org.itot.diagram.ui.editor;

/** Middle-drag, or Alt+drag with the selection tool: the diagram follows the pointer. */
final class PanTool extends Tool {

    PanTool(DiagramViewer viewer) {
        super(viewer);
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        pressedAt(x, y);
        return this;
    }

    @Override
    void drag(double x, double y, int stateMask) {
        // The pressed point stays under the pointer: the view moves by what the pointer moved in diagram units.
        viewer.viewport().scrollBy(pressX - x, pressY - y);
    }
}
