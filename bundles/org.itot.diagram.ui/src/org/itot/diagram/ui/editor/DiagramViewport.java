package org.itot.diagram.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;
import org.itot.render.geometry.Bounds;

/**
 * What part of the diagram the canvas shows: zoom, scroll position, the scroll bars, the conversion between device
 * and diagram coordinates, and Fit. Fit always shows the whole drawing, however large: the smallest zoom is the one
 * that fits it (never more than {@link #MIN_ZOOM} above it), not a fixed clamp.
 */
final class DiagramViewport {

    /** The smallest zoom for a drawing that fits the window at this zoom or more. */
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;

    private final Canvas canvas;
    /** The drawing's extent, from the diagram's current geometry. */
    private final Supplier<Bounds> drawing;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private double zoom = 1;
    private double originX;
    private double originY;
    private Bounds contentExtent = new Bounds(0, 0, 1, 1);
    /** True from Fit until the user zooms or scrolls. */
    private boolean fitting;

    DiagramViewport(Canvas canvas, Supplier<Bounds> drawing) {
        this.canvas = canvas;
        this.drawing = drawing;
        Bounds extent = drawing.get();
        originX = extent.x();
        originY = extent.y();
        canvas.getHorizontalBar().addListener(org.eclipse.swt.SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(org.eclipse.swt.SWT.Selection, e -> scrolled());
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that what is drawn changed without a scroll or zoom (a layer toggle). */
    void fireChanged() {
        listeners.forEach(Runnable::run);
    }

    double zoom() {
        return zoom;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    boolean isFitting() {
        return fitting;
    }

    /**
     * The smallest zoom allowed now: {@link #MIN_ZOOM}, or less when the drawing is so large that only a smaller zoom
     * shows all of it (a plant of thousands of assets).
     */
    double minimumZoom() {
        Rectangle client = canvas.getClientArea();
        Bounds extent = drawing.get();
        if (client.width <= 0 || client.height <= 0) {
            return MIN_ZOOM;
        }
        return Math.min(MIN_ZOOM, fitZoom(extent, client));
    }

    private static double fitZoom(Bounds extent, Rectangle client) {
        return Math.min(client.width / extent.width(), client.height / extent.height());
    }

    /** Zooms keeping the diagram point under the device point {@code (anchorX, anchorY)} in place. */
    void setZoom(double newZoom, int anchorX, int anchorY) {
        fitting = false;
        double clamped = Math.max(minimumZoom(), Math.min(MAX_ZOOM, newZoom));
        double diagramX = toDiagramX(anchorX);
        double diagramY = toDiagramY(anchorY);
        zoom = clamped;
        originX = diagramX - anchorX / zoom;
        originY = diagramY - anchorY / zoom;
        changed();
    }

    void setZoom(double newZoom) {
        Rectangle client = canvas.getClientArea();
        setZoom(newZoom, client.width / 2, client.height / 2);
    }

    /** Zooms so the whole drawing fits the window (never above 100%), however small that makes it. */
    void zoomToFit() {
        Bounds extent = drawing.get();
        Rectangle client = canvas.getClientArea();
        if (client.width <= 0 || client.height <= 0) {
            return;
        }
        fitting = true;
        zoom = Math.min(1, fitZoom(extent, client));
        originX = extent.x() - (client.width / zoom - extent.width()) / 2;
        originY = extent.y();
        changed();
    }

    /** The window was resized: a fitted view keeps fitting, any other keeps its origin. */
    void resized() {
        if (fitting) {
            zoomToFit();
        } else {
            updateScrollBars();
        }
    }

    /** The part of the diagram the window shows, in diagram coordinates. */
    Bounds visibleArea() {
        Rectangle client = canvas.getClientArea();
        return new Bounds(originX, originY, client.width / zoom, client.height / zoom);
    }

    /** Scrolls so the diagram point is in the middle of the window. */
    void centreOn(double x, double y) {
        fitting = false;
        Rectangle client = canvas.getClientArea();
        originX = x - client.width / zoom / 2;
        originY = y - client.height / zoom / 2;
        changed();
    }

    /**
     * Brings the area into view, centred, unless it is fully visible already; zooms out (down to the minimum) when
     * the area is larger than the window, so a long attack path or a big zone is seen whole.
     */
    void showArea(Bounds b) {
        Bounds visible = visibleArea();
        if (visible.encloses(b)) {
            canvas.redraw();
            return;
        }
        Rectangle client = canvas.getClientArea();
        if (client.width > 0 && client.height > 0 && (b.width() * zoom > client.width || b.height() * zoom > client.height)) {
            double needed = Math.min(client.width / (b.width() + 40), client.height / (b.height() + 40));
            zoom = Math.max(minimumZoom(), Math.min(zoom, needed));
        }
        centreOn(b.centreX(), b.centreY());
    }

    /** Moves the view by a distance in diagram units (wheel, pan). */
    void scrollBy(double dx, double dy) {
        fitting = false;
        originX += dx;
        originY += dy;
        changed();
    }

    double toDiagramX(int deviceX) {
        return originX + deviceX / zoom;
    }

    double toDiagramY(int deviceY) {
        return originY + deviceY / zoom;
    }

    int toDeviceX(double diagramX) {
        return (int) Math.round((diagramX - originX) * zoom);
    }

    int toDeviceY(double diagramY) {
        return (int) Math.round((diagramY - originY) * zoom);
    }

    private void changed() {
        updateScrollBars();
        canvas.redraw();
    }

    /** Scroll bars cover the drawing and wherever the view is now; listeners (the Outline) follow. */
    void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        Bounds extent = drawing.get();
        double visibleWidth = client.width / zoom;
        double visibleHeight = client.height / zoom;
        double left = Math.min(extent.x(), originX);
        double top = Math.min(extent.y(), originY);
        double right = Math.max(extent.right(), originX + visibleWidth);
        double bottom = Math.max(extent.bottom(), originY + visibleHeight);
        contentExtent = new Bounds(left, top, right - left, bottom - top);
        configure(canvas.getHorizontalBar(), contentExtent.width() * zoom, client.width, (originX - left) * zoom);
        configure(canvas.getVerticalBar(), contentExtent.height() * zoom, client.height, (originY - top) * zoom);
        listeners.forEach(Runnable::run);
    }

    private static void configure(ScrollBar bar, double content, int visible, double position) {
        int maximum = (int) Math.ceil(content);
        bar.setValues((int) Math.round(position), 0, Math.max(1, maximum), Math.max(1, Math.min(visible, maximum)),
                Math.max(1, visible / 10), Math.max(1, visible));
    }

    private void scrolled() {
        fitting = false;
        originX = contentExtent.x() + canvas.getHorizontalBar().getSelection() / zoom;
        originY = contentExtent.y() + canvas.getVerticalBar().getSelection() / zoom;
        listeners.forEach(Runnable::run);
        canvas.redraw();
    }
}
