package org.itot.diagram.ui.editor;

import org.itot.ui.swt.SwtCanvas;

/**
 * One gesture of the diagram editor, GEF's tool idea without GEF: the viewer hands the mouse to its current tool,
 * the tool keeps its own drag state, paints its own feedback over the diagram and ends in at most one command on the
 * model's command stack. A tool that starts a drag may hand the rest of it to another tool (the selection tool hands
 * a press on a handle to the resize tool).
 */
abstract class Tool {

    protected final DiagramViewer viewer;
    /** Where the drag started and where the pointer is now, in diagram coordinates. */
    protected double pressX;
    protected double pressY;
    protected double pointerX;
    protected double pointerY;

    Tool(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    /** Remembers where the drag starts; the pointer is there too. */
    protected final void pressedAt(double x, double y) {
        pressX = x;
        pressY = y;
        pointerX = x;
        pointerY = y;
    }

    /** Follows the pointer and repaints the feedback. */
    protected final void follow(double x, double y) {
        pointerX = x;
        pointerY = y;
        viewer.redraw();
    }

    /**
     * The left button went down at the diagram point; returns the tool that follows this drag until the button is
     * released (this one, another, or null for none).
     */
    abstract Tool press(double x, double y, int stateMask);

    /** The pointer moved with the button down (this tool is following a drag). */
    void drag(double x, double y, int stateMask) {
    }

    /** The button went up: the gesture ends, usually in a command. */
    void release(double x, double y, int stateMask) {
    }

    /** The pointer moved with no button down. */
    void hover(double x, double y) {
    }

    /** Feedback over the diagram, in diagram coordinates; {@code unit} is one device pixel. */
    void paintFeedback(SwtCanvas painter, double unit) {
    }

    /** Esc, or another tool was chosen: forget the drag. */
    void cancel() {
    }
}
