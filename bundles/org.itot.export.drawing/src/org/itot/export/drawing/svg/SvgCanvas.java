package org.itot.export.drawing.svg;

import static org.itot.export.drawing.XmlText.number;

import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.itot.export.drawing.XmlText;
import org.itot.render.Canvas;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;
import org.itot.render.java2d.Java2dCanvas;

/**
 * A {@link Canvas} that writes SVG elements: shapes with their colours as attributes, text as real
 * {@code <text>}, clips as shared {@code <clipPath>}s. The painter only translates and scales
 * uniformly, so coordinates are written already transformed and every clip is an axis-aligned
 * rectangle. Text is measured by Java2D, whose sans-serif font is the first SVG font family.
 */
public final class SvgCanvas implements Canvas {

    /** DejaVu Sans is Java2D's sans-serif on Linux, where the metrics come from; the others are close in width. */
    public static final String FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

    /** A clip rectangle in output coordinates; null fields never occur. */
    private record Clip(double x, double y, double width, double height) {

        Clip intersect(Clip other) {
            double left = Math.max(x, other.x);
            double top = Math.max(y, other.y);
            double right = Math.min(x + width, other.x + other.width);
            double bottom = Math.min(y + height, other.y + other.height);
            return new Clip(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
        }
    }

    private record State(Rgb fill, Rgb stroke, double lineWidth, double[] dash, double alpha, double fontSize,
            boolean bold, double scale, double dx, double dy, Clip clip) {
    }

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder clipPaths = new StringBuilder();
    private final Map<Clip, String> clipIds = new HashMap<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private final Java2dCanvas metrics;
    private final Graphics2D metricsGraphics;

    private Rgb fill = Rgb.of(0);
    private Rgb stroke = Rgb.of(0);
    private double lineWidth = 1;
    private double[] dash = new double[0];
    private double alpha = 1;
    private double fontSize = 12;
    private boolean bold;
    private double scale = 1;
    private double dx;
    private double dy;
    private Clip clip;
    /** The clip of the {@code <g>} currently open in {@link #body}, null when none is open. */
    private Clip openGroup;

    public SvgCanvas() {
        metricsGraphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        metrics = new Java2dCanvas(metricsGraphics);
        metrics.setFont(fontSize, bold);
    }

    /**
     * The complete document, {@code width} x {@code height} in output units, with a title. Call once
     * painting is done.
     */
    public String toSvg(double width, double height, String title) {
        closeGroup();
        metricsGraphics.dispose();
        StringBuilder svg = new StringBuilder(body.length() + clipPaths.length() + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(width))
                .append(' ').append(number(height)).append("\" font-family=\"").append(XmlText.escape(FONT_FAMILY))
                .append("\" stroke-linejoin=\"round\" xml:space=\"preserve\">\n");
        svg.append("<title>").append(XmlText.escape(title)).append("</title>\n");
        if (!clipPaths.isEmpty()) {
            svg.append("<defs>\n").append(clipPaths).append("</defs>\n");
        }
        svg.append(body).append("</svg>\n");
        return svg.toString();
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
    public void setAlpha(double value) {
        alpha = Math.max(0, Math.min(1, value));
    }

    @Override
    public void setFont(double size, boolean boldFont) {
        fontSize = size;
        bold = boldFont;
        metrics.setFont(size, boldFont);
    }

    @Override
    public TextMetrics measure(String text) {
        return metrics.measure(text);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        rect(x, y, width, height, 0, true);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        rect(x, y, width, height, 0, false);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        rect(x, y, width, height, radius, true);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        rect(x, y, width, height, radius, false);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokePolyline(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double... points) {
        poly("polyline", points, false);
    }

    @Override
    public void fillPolygon(double... points) {
        poly("polygon", points, true);
    }

    @Override
    public void strokePolygon(double... points) {
        poly("polygon", points, false);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        oval(x, y, width, height, true);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        oval(x, y, width, height, false);
    }

    @Override
    public void strokeArc(double x, double y, double width, double height, double startAngle, double extent) {
        StringBuilder element = start("path");
        element.append(" d=\"");
        PathIterator segments = new Arc2D.Double(x, y, width, height, startAngle, extent, Arc2D.OPEN)
                .getPathIterator(null);
        double[] c = new double[6];
        while (!segments.isDone()) {
            int type = segments.currentSegment(c);
            int count = switch (type) {
            case PathIterator.SEG_MOVETO -> { element.append('M'); yield 1; }
            case PathIterator.SEG_LINETO -> { element.append('L'); yield 1; }
            case PathIterator.SEG_QUADTO -> { element.append('Q'); yield 2; }
            case PathIterator.SEG_CUBICTO -> { element.append('C'); yield 3; }
            default -> { element.append('Z'); yield 0; }
            };
            for (int i = 0; i < count; i++) {
                element.append(i == 0 ? "" : " ").append(number(outX(c[2 * i]))).append(',')
                        .append(number(outY(c[2 * i + 1])));
            }
            segments.next();
        }
        element.append('"');
        paint(element, false);
        end(element);
    }

    @Override
    public void drawText(String text, double x, double baselineY) {
        if (text.isEmpty()) {
            return;
        }
        StringBuilder element = start("text");
        attribute(element, "x", outX(x));
        attribute(element, "y", outY(baselineY));
        attribute(element, "font-size", fontSize * scale);
        if (bold) {
            element.append(" font-weight=\"bold\"");
        }
        element.append(" fill=\"").append(fill).append('"');
        opacity(element);
        element.append('>').append(XmlText.escape(text)).append("</text>\n");
        emit(element);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        Clip added = new Clip(outX(x), outY(y), Math.max(0, width * scale), Math.max(0, height * scale));
        clip = clip == null ? added : clip.intersect(added);
    }

    @Override
    public void translate(double tx, double ty) {
        dx += tx * scale;
        dy += ty * scale;
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, dash, alpha, fontSize, bold, scale, dx, dy, clip));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        fill = state.fill();
        stroke = state.stroke();
        lineWidth = state.lineWidth();
        dash = state.dash();
        alpha = state.alpha();
        setFont(state.fontSize(), state.bold());
        scale = state.scale();
        dx = state.dx();
        dy = state.dy();
        clip = state.clip();
    }

    private void rect(double x, double y, double width, double height, double radius, boolean filled) {
        StringBuilder element = start("rect");
        attribute(element, "x", outX(x));
        attribute(element, "y", outY(y));
        attribute(element, "width", Math.max(0, width * scale));
        attribute(element, "height", Math.max(0, height * scale));
        if (radius > 0) {
            attribute(element, "rx", radius * scale);
        }
        paint(element, filled);
        end(element);
    }

    private void oval(double x, double y, double width, double height, boolean filled) {
        StringBuilder element = start("ellipse");
        attribute(element, "cx", outX(x + width / 2));
        attribute(element, "cy", outY(y + height / 2));
        attribute(element, "rx", Math.abs(width) * scale / 2);
        attribute(element, "ry", Math.abs(height) * scale / 2);
        paint(element, filled);
        end(element);
    }

    private void poly(String name, double[] points, boolean filled) {
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("need at least two x,y pairs, got " + points.length + " numbers");
        }
        StringBuilder element = start(name);
        element.append(" points=\"");
        for (int i = 0; i < points.length; i += 2) {
            element.append(i == 0 ? "" : " ").append(number(outX(points[i]))).append(',')
                    .append(number(outY(points[i + 1])));
        }
        element.append('"');
        paint(element, filled);
        end(element);
    }

    private StringBuilder start(String name) {
        return new StringBuilder(96).append('<').append(name);
    }

    private void end(StringBuilder element) {
        opacity(element);
        element.append("/>\n");
        emit(element);
    }

    /** Fill or stroke attributes of the current state. */
    private void paint(StringBuilder element, boolean filled) {
        if (filled) {
            element.append(" fill=\"").append(fill).append('"');
            return;
        }
        element.append(" fill=\"none\" stroke=\"").append(stroke).append('"');
        attribute(element, "stroke-width", lineWidth * scale);
        if (dash.length > 0) {
            element.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                element.append(i == 0 ? "" : ",").append(number(dash[i] * scale));
            }
            element.append('"');
        }
    }

    private void opacity(StringBuilder element) {
        if (alpha < 1) {
            attribute(element, "opacity", alpha);
        }
    }

    /** Appends the element, inside a group clipped by the current clip. */
    private void emit(StringBuilder element) {
        if (clip != openGroup && (clip == null || !clip.equals(openGroup))) {
            closeGroup();
            if (clip != null) {
                body.append("<g clip-path=\"url(#").append(clipId(clip)).append(")\">\n");
                openGroup = clip;
            }
        }
        body.append(element);
    }

    private void closeGroup() {
        if (openGroup != null) {
            body.append("</g>\n");
            openGroup = null;
        }
    }

    private String clipId(Clip rectangle) {
        return clipIds.computeIfAbsent(rectangle, r -> {
            String id = "clip" + (clipIds.size() + 1);
            clipPaths.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(number(r.x()))
                    .append("\" y=\"").append(number(r.y())).append("\" width=\"").append(number(r.width()))
                    .append("\" height=\"").append(number(r.height())).append("\"/></clipPath>\n");
            return id;
        });
    }

    private static void attribute(StringBuilder element, String name, double value) {
        element.append(' ').append(name).append("=\"").append(number(value)).append('"');
    }

    private double outX(double x) {
        return x * scale + dx;
    }

    private double outY(double y) {
        return y * scale + dy;
    }
}
