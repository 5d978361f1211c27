package org.itot.diagram.ui.editor;

import java.util.function.Consumer;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.itot.render.geometry.Bounds;

/**
 * What a feedback step or a selection change asks the canvas to repaint: the union of the feedback's diagram area
 * before and after it, in device pixels, not the whole canvas. With 2,000 boxes on screen a whole-canvas repaint per
 * mouse move cannot keep up; the viewer's paint listener paints, and the painter culls, only the damaged area.
 */
final class DamagedAreas {

    /** Device pixels a damaged area grows by: the widest feedback line (3 px) and a pixel of anti-aliasing. */
    static final int MARGIN = 5;

    private final Canvas canvas;
    private final DiagramViewport viewport;
    private Consumer<Rectangle> recorder = area -> {
    };
    /** Where the last paint drew the selection (diagram coordinates): what a selection change must repaint. */
    private Bounds paintedSelection;

    DamagedAreas(Canvas canvas, DiagramViewport viewport) {
        this.canvas = canvas;
        this.viewport = viewport;
    }

    /**
     * Repaints the union of {@code before} and {@code after} (diagram coordinates; null: no feedback there), grown by
     * {@link #MARGIN}; {@link Tool#EVERYWHERE} on either side repaints the whole canvas.
     */
    void redraw(Bounds before, Bounds after) {
        if (canvas.isDisposed()) {
            return;
        }
        if (before == Tool.EVERYWHERE || after == Tool.EVERYWHERE) {
            canvas.redraw();
            return;
        }
        Bounds damaged = before == null ? after : after == null ? before : before.union(after);
        if (damaged == null) {
            return;
        }
        int left = viewport.toDeviceX(damaged.x()) - MARGIN;
        int top = viewport.toDeviceY(damaged.y()) - MARGIN;
        int right = viewport.toDeviceX(damaged.right()) + MARGIN;
        int bottom = viewport.toDeviceY(damaged.bottom()) + MARGIN;
        Rectangle area = new Rectangle(left, top, right - left, bottom - top).intersection(canvas.getClientArea());
        if (area.isEmpty()) {
            return;
        }
        recorder.accept(area);
        canvas.redraw(area.x, area.y, area.width, area.height, false);
    }

    /**
     * A selection change repaints where the selection was last painted and where it is now ({@code now}). Several
     * changes before a paint are safe: SWT merges the damaged areas, and a selection never painted left nothing.
     */
    void selectionChanged(Bounds now) {
        redraw(paintedSelection, now);
    }

    /** A paint drew the selection over {@code area} (null: nothing selected). */
    void selectionPainted(Bounds area) {
        paintedSelection = area;
    }

    /** Sees every damaged rectangle asked of SWT (tests bound a drag step with it). */
    void setRecorder(Consumer<Rectangle> recorder) {
        this.recorder = recorder;
    }
}
