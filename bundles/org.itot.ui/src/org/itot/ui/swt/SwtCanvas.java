package org.itot.ui.swt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.itot.render.Canvas;
import org.itot.render.LineLook;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;

/**
 * The SWT GC back-end of the painter. Translation and zoom are applied here rather than with an SWT Transform, so
 * fonts are chosen at the zoomed size (crisp text at every zoom) and clipping stays a device rectangle that can be
 * intersected exactly.
 */
public final class SwtCanvas implements Canvas {

    /** Everything {@link #save()} keeps. */
    private record State(Rgb fill, Rgb stroke, double lineWidth, double[] dash, double alpha, boolean tangle,
            double fontSize, boolean bold, double tx, double ty, double scale, Rectangle clip) {
    }

    private final GC gc;
    private final SwtResources resources;
    private final Deque<State> saved = new ArrayDeque<>();
    private Rgb fill = new Rgb(0, 0, 0);
    private Rgb stroke = new Rgb(0, 0, 0);
    private double lineWidth = 1;
    private double[] dash = new double[0];
    private double alpha = 1;
    private double fontSize = 12;
    private boolean bold;
    private double tx;
    private double ty;
    private double scale = 1;
    private Rectangle clip;
    /** What the GC is set to, so that a run of lines drawn alike switches nothing. */
    private boolean antialiased = true;
    private boolean tangle;

    public SwtCanvas(GC gc, SwtResources resources) {
        this.gc = gc;
        this.resources = resources;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        Rectangle initial = gc.getClipping();
        clip = initial.isEmpty() ? null : initial;
    }

    @Override
    public void setFill(Rgb colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setDash(double... pattern) {
        dash = pattern.clone();
    }

    @Override
    public void setTangle(boolean value) {
        tangle = value;
    }

    @Override
    public void setAlpha(double value) {
        alpha = Math.max(0, Math.min(1, value));
    }

    @Override
    public void setFont(double size, boolean boldFont) {
        fontSize = size;
        bold = boldFont;
    }

    @Override
    public TextMetrics measure(String text) {
        gc.setFont(font());
        Point extent = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
        FontMetrics metrics = gc.getFontMetrics();
        return new TextMetrics(extent.x / scale, (metrics.getAscent() + metrics.getLeading()) / scale,
                metrics.getDescent() / scale);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        prepareFill();
        Rectangle r = device(x, y, width, height);
        gc.fillRectangle(r.x, r.y, r.width, r.height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        prepareStroke(true);
        Rectangle r = device(x, y, width, height);
        gc.drawRectangle(r.x, r.y, r.width, r.height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        prepareFill();
        Rectangle r = device(x, y, width, height);
        int arc = arc(r, radius);
        if (arc < 2) {
            gc.fillRectangle(r.x, r.y, r.width, r.height);
        } else {
            gc.fillRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        Rectangle r = device(x, y, width, height);
        int arc = arc(r, radius);
        prepareStroke(arc < 2);
        if (arc < 2) {
            gc.drawRectangle(r.x, r.y, r.width, r.height);
        } else {
            gc.drawRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
        }
    }

    /**
     * Cairo draws rounded corners and ovals by scaling its matrix to the shape; a shape of zero size (a thumbnail, a far
     * zoom) makes the matrix singular and leaves the whole window's cairo context broken, so such shapes are drawn
     * as plain rectangles or not at all.
     */
    private int arc(Rectangle r, double radius) {
        int arc = (int) Math.round(2 * radius * scale);
        return Math.min(arc, Math.min(r.width, r.height));
    }

    private static boolean isDegenerate(Rectangle r) {
        return r.width < 1 || r.height < 1;
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        // Not GC.drawLine: on GTK it switches the GC to cairo's best anti-aliasing for good (SWT 3.135).
        strokePolyline(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double... points) {
        Canvas.checkPolyline(points);
        prepareStroke(LineLook.isAxisAligned(points));
        gc.drawPolyline(device(points));
    }

    /**
     * One SWT {@link Path} for all lines drawn alike (the orthogonal ones, the others): one stroke through cairo
     * instead of one per line (5,000 edges of one look on a plant diagram). The points are the same rounded device
     * points {@link #strokePolyline} draws, so each line covers the same pixels as drawn alone.
     */
    @Override
    public void strokePolylines(List<double[]> polylines) {
        polylines.forEach(Canvas::checkPolyline);
        LineLook.byAxisAlignment(polylines).forEach((axisAligned, group) -> {
            if (group.isEmpty()) {
                return;
            }
            prepareStroke(axisAligned);
            Path path = new Path(gc.getDevice());
            try {
                for (double[] points : group) {
                    path.moveTo(dx(points[0]), dy(points[1]));
                    for (int i = 2; i < points.length; i += 2) {
                        path.lineTo(dx(points[i]), dy(points[i + 1]));
                    }
                }
                gc.drawPath(path);
            } finally {
                path.dispose();
            }
        });
    }

    @Override
    public void fillPolygon(double... points) {
        prepareFill();
        gc.fillPolygon(device(points));
    }

    @Override
    public void strokePolygon(double... points) {
        prepareStroke();
        gc.drawPolygon(device(points));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        prepareFill();
        Rectangle r = device(x, y, width, height);
        if (isDegenerate(r)) {
            return;
        }
        gc.fillOval(r.x, r.y, r.width, r.height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        prepareStroke();
        Rectangle r = device(x, y, width, height);
        if (isDegenerate(r)) {
            return;
        }
        gc.drawOval(r.x, r.y, r.width, r.height);
    }

    @Override
    public void strokeArc(double x, double y, double width, double height, double startAngle, double extent) {
        prepareStroke();
        Rectangle r = device(x, y, width, height);
        if (isDegenerate(r)) {
            return;
        }
        gc.drawArc(r.x, r.y, r.width, r.height, (int) Math.round(startAngle), (int) Math.round(extent));
    }

    @Override
    public void drawText(String text, double x, double baselineY) {
        gc.setFont(font());
        gc.setForeground(colour(fill));
        gc.setAlpha(alpha255());
        FontMetrics metrics = gc.getFontMetrics();
        int top = dy(baselineY) - metrics.getAscent() - metrics.getLeading();
        gc.drawText(text, dx(x), top, SWT.DRAW_TRANSPARENT);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        Rectangle r = device(x, y, width, height);
        clip = clip == null ? r : clip.intersection(r);
        gc.setClipping(clip);
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx * scale;
        ty += dy * scale;
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, dash, alpha, tangle, fontSize, bold, tx, ty, scale, clip));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        fill = state.fill();
        stroke = state.stroke();
        lineWidth = state.lineWidth();
        dash = state.dash();
        alpha = state.alpha();
        tangle = state.tangle();
        fontSize = state.fontSize();
        bold = state.bold();
        tx = state.tx();
        ty = state.ty();
        scale = state.scale();
        if (clip != state.clip()) {
            clip = state.clip();
            if (clip == null) {
                gc.setClipping((Rectangle) null);
            } else {
                gc.setClipping(clip);
            }
        }
    }

    /** The current zoom (device pixels per diagram unit). */
    public double scale() {
        return scale;
    }

    private void prepareFill() {
        antialias(true);
        gc.setBackground(colour(fill));
        gc.setAlpha(alpha255());
    }

    private void prepareStroke() {
        prepareStroke(false);
    }

    /** Anti-aliasing, colour and width as {@link LineLook} decides (the same rules as for exports). */
    private void prepareStroke(boolean axisAligned) {
        LineLook look = LineLook.of(stroke, lineWidth * scale, axisAligned, true, tangle);
        antialias(look.antialiased());
        gc.setForeground(colour(look.colour()));
        gc.setAlpha(alpha255());
        float width = look.hairline() ? 1 : (float) (lineWidth * scale);
        if (dash.length == 0) {
            gc.setLineAttributes(new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_MITER));
        } else {
            float[] pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) Math.max(1, dash[i] * scale);
            }
            gc.setLineAttributes(new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_CUSTOM, pattern, 0,
                    10));
        }
    }

    private void antialias(boolean on) {
        if (on != antialiased) {
            antialiased = on;
            gc.setAntialias(on ? SWT.ON : SWT.OFF);
        }
    }

    private int alpha255() {
        return (int) Math.round(alpha * 255);
    }

    private Color colour(Rgb rgb) {
        return resources.colour(rgb);
    }

    private Font font() {
        return resources.font(fontSize * scale, bold);
    }

    private int dx(double x) {
        return (int) Math.round(x * scale + tx);
    }

    private int dy(double y) {
        return (int) Math.round(y * scale + ty);
    }

    private Rectangle device(double x, double y, double width, double height) {
        int left = dx(x);
        int top = dy(y);
        return new Rectangle(left, top, dx(x + width) - left, dy(y + height) - top);
    }

    private int[] device(double[] points) {
        int[] result = new int[points.length];
        for (int i = 0; i + 1 < points.length; i += 2) {
            result[i] = dx(points[i]);
            result[i + 1] = dy(points[i + 1]);
        }
        return result;
    }
}
