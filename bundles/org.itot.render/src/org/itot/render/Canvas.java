package org.itot.render;

import java.util.List;

/**
 * The small drawing interface the painter draws on. Back-ends: Java2D (images, SVG, PDF, tests)
 * and, in the editor, SWT GC. State (colours, line, font, alpha, clip, transform) is kept until
 * changed and is saved and restored as a whole with {@link #save()} / {@link #restore()}.
 */
public interface Canvas {

    void setFill(Rgb colour);

    void setStroke(Rgb colour);

    void setLineWidth(double width);

    /** Dash pattern as alternating on/off lengths; no argument means a solid line. */
    void setDash(double... pattern);

    /**
     * Whether the lines drawn from now on are of a tangle ({@link LineLook#isTangle}), which a rasterising back-end
     * draws without anti-aliasing. Kept until changed and saved with the state; vector back-ends ignore it.
     */
    default void setTangle(boolean tangle) {
    }

    /** Opacity of everything drawn from now on, 0 (invisible) to 1 (opaque). */
    void setAlpha(double alpha);

    /** A sans-serif font of {@code size} user-space units. */
    void setFont(double size, boolean bold);

    TextMetrics measure(String text);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillRoundRect(double x, double y, double width, double height, double radius);

    void strokeRoundRect(double x, double y, double width, double height, double radius);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** {@code points} as x0, y0, x1, y1, ... */
    void strokePolyline(double... points);

    /**
     * Several polylines in the current stroke, each as {@link #strokePolyline}. Where they overlap they are drawn
     * once, not darker. A back-end whose cost is per drawing call (Java2D's anti-aliasing rasteriser) draws them as
     * one shape.
     */
    default void strokePolylines(List<double[]> polylines) {
        for (double[] points : polylines) {
            strokePolyline(points);
        }
    }

    /** Rejects a polyline or polygon that is not at least two x, y pairs. */
    static void checkPolyline(double[] points) {
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("need at least two x,y pairs, got " + points.length + " numbers");
        }
    }

    void fillPolygon(double... points);

    void strokePolygon(double... points);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** An open arc of the oval in the box; angles in degrees, counter-clockwise from 3 o'clock. */
    void strokeArc(double x, double y, double width, double height, double startAngle, double extent);

    /** Draws {@code text} in the fill colour with its baseline at {@code baselineY}. */
    void drawText(String text, double x, double baselineY);

    /** Intersects the clip with the rectangle. */
    void clipRect(double x, double y, double width, double height);

    void translate(double dx, double dy);

    void scale(double factor);

    void save();

    void restore();
}
