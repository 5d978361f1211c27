package org.itot.diagram.ui.editor;

import org.itot.render.geometry.Bounds;
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

    /** What {@link #feedbackArea()} answers when a tool cannot say where its feedback is: the whole canvas. */
    static final Bounds EVERYWHERE = new Bounds(-Double.MAX_VALUE / 4, -Double.MAX_VALUE / 4, Double.MAX_VALUE / 2,
            Double.MAX_VALUE / 2);

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

    /** Follows the pointer and repaints the feedback where it was and where it is now, nothing else. */
    protected final void follow(double x, double y) {
        Bounds before = feedbackArea();
        pointerX = x;
        pointerY = y;
        viewer.redrawDamaged(before, feedbackArea());
    }

    /**
     * The diagram area the feedback covers now, null for none; {@link #EVERYWHERE} (the default) makes every step
     * repaint the whole canvas. A step repaints the union of the area before and after it, so a tool that answers
     * here must cover every pixel its {@link #paintFeedback} draws (the viewer adds a few pixels for line widths).
     */
    Bounds feedbackArea() {
        return EVERYWHERE;
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
