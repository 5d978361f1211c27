package org.itot.render.java2d;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.itot.render.Canvas;
import org.itot.render.LineLook;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;

/**
 * The Java2D back-end: wraps any {@link Graphics2D} (a BufferedImage's for PNG, an SVG or PDF
 * Graphics2D later). The only package of the bundle that uses java.awt.
 */
public final class Java2dCanvas implements Canvas {

    /** Everything {@link #save()} keeps. */
    private record State(Color fill, Rgb stroke, float lineWidth, float[] dash, float alpha, boolean tangle,
            Font font, AffineTransform transform, Shape clip) {
    }

    private final Graphics2D graphics;
    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Rgb stroke = Rgb.of(0x000000);
    private float lineWidth = 1;
    private float[] dash;
    private float alpha = 1;
    private boolean antialiased = true;
    private boolean tangle;

    public Java2dCanvas(Graphics2D graphics) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    @Override
    public void setFill(Rgb colour) {
        fill = new Color(colour.toHex());
    }

    @Override
    public void setStroke(Rgb colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = (float) width;
    }

    @Override
    public void setDash(double... pattern) {
        if (pattern.length == 0) {
            dash = null;
            return;
        }
        dash = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            dash[i] = (float) pattern[i];
        }
    }

    @Override
    public void setTangle(boolean value) {
        tangle = value;
    }

    @Override
    public void setAlpha(double value) {
        alpha = (float) Math.max(0, Math.min(1, value));
        graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
    }

    @Override
    public void setFont(double size, boolean bold) {
        graphics.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size));
    }

    @Override
    public TextMetrics measure(String text) {
        FontMetrics metrics = graphics.getFontMetrics();
        Rectangle2D bounds = metrics.getStringBounds(text, graphics);
        return new TextMetrics(bounds.getWidth(), metrics.getAscent(), metrics.getDescent());
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroke(new Rectangle2D.Double(x, y, width, height), true);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        fill(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        stroke(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokePolyline(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double... points) {
        stroke(path(points, false), LineLook.isAxisAligned(points));
    }

    /**
     * One shape for all lines drawn alike (the orthogonal ones, the others): Java2D's anti-aliasing rasteriser costs
     * per call far more than per line.
     */
    @Override
    public void strokePolylines(List<double[]> polylines) {
        if (polylines.isEmpty()) {
            return;
        }
        LineLook.byAxisAlignment(polylines).forEach((axisAligned, group) -> {
            if (!group.isEmpty()) {
                Path2D.Double path = new Path2D.Double();
                group.forEach(points -> addTo(path, points, false));
                stroke(path, axisAligned);
            }
        });
    }

    @Override
    public void fillPolygon(double... points) {
        fill(path(points, true));
    }

    @Override
    public void strokePolygon(double... points) {
        stroke(path(points, true));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        stroke(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeArc(double x, double y, double width, double height, double startAngle, double extent) {
        stroke(new Arc2D.Double(x, y, width, height, startAngle, extent, Arc2D.OPEN));
    }

    @Override
    public void drawText(String text, double x, double baselineY) {
        graphics.setColor(fill);
        graphics.drawString(text, (float) x, (float) baselineY);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        graphics.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void translate(double dx, double dy) {
        graphics.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        graphics.scale(factor, factor);
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, dash, alpha, tangle, graphics.getFont(), graphics.getTransform(),
                graphics.getClip()));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        fill = state.fill();
        stroke = state.stroke();
        lineWidth = state.lineWidth();
        dash = state.dash();
        setAlpha(state.alpha());
        tangle = state.tangle();
        graphics.setFont(state.font());
        graphics.setTransform(state.transform());
        graphics.setClip(state.clip());
    }

    private void fill(Shape shape) {
        antialias(true);
        graphics.setColor(fill);
        graphics.fill(shape);
    }

    private void stroke(Shape shape) {
        stroke(shape, false);
    }

    /** Draws the outline, anti-aliased or not and in the colour {@link LineLook} decides. */
    private void stroke(Shape shape, boolean axisAligned) {
        AffineTransform transform = graphics.getTransform();
        boolean upright = transform.getShearX() == 0 && transform.getShearY() == 0;
        double deviceWidth = lineWidth * Math.sqrt(Math.abs(transform.getDeterminant()));
        LineLook look = LineLook.of(stroke, deviceWidth, axisAligned, upright, tangle);
        antialias(look.antialiased());
        graphics.setColor(new Color(look.colour().toHex()));
        graphics.setStroke(new BasicStroke(look.hairline() ? 0 : lineWidth, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10, dash, 0));
        graphics.draw(shape);
    }

    /**
     * Switches anti-aliasing only when it changes (a change makes Java2D choose its drawing pipeline again), so that a
     * run of edges drawn without it costs no switching; fills switch it back on.
     */
    private void antialias(boolean on) {
        if (on != antialiased) {
            antialiased = on;
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    on ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        }
    }

    private static Path2D path(double[] points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        addTo(path, points, closed);
        return path;
    }

    private static void addTo(Path2D path, double[] points, boolean closed) {
        Canvas.checkPolyline(points);
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        if (closed) {
            path.closePath();
        }
    }
}
