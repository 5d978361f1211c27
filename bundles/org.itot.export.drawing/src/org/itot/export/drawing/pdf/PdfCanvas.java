package org.itot.export.drawing.pdf;

import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.itot.render.Canvas;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;

/**
 * A {@link Canvas} on a PDFBox page content stream: vector shapes and real (searchable) text.
 * The page is flipped once so the painter's y axis points down as everywhere else; text gets a
 * flipping text matrix so it stands upright. Text is measured with the PDF font itself. Colours,
 * line and alpha are written only when they change, and {@link #save()}/{@link #restore()} map to
 * the PDF's own q/Q, so what was written is tracked per saved level.
 */
public final class PdfCanvas implements Canvas {

    /** What the painter asked for, and what the PDF graphics state holds now (null: unknown). */
    private static final class State {
        Rgb fill = Rgb.of(0);
        Rgb stroke = Rgb.of(0);
        double lineWidth = 1;
        double[] dash = new double[0];
        double alpha = 1;
        double fontSize = 12;
        boolean bold;
        Rgb writtenFill;
        Rgb writtenStroke;
        double writtenLineWidth = -1;
        double[] writtenDash;
        double writtenAlpha = 1;

        State copy() {
            State copy = new State();
            copy.fill = fill;
            copy.stroke = stroke;
            copy.lineWidth = lineWidth;
            copy.dash = dash;
            copy.alpha = alpha;
            copy.fontSize = fontSize;
            copy.bold = bold;
            copy.writtenFill = writtenFill;
            copy.writtenStroke = writtenStroke;
            copy.writtenLineWidth = writtenLineWidth;
            copy.writtenDash = writtenDash;
            copy.writtenAlpha = writtenAlpha;
            return copy;
        }
    }

    private final PDPageContentStream content;
    private final PdfFonts fonts;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<Double, PDExtendedGraphicsState> alphaStates = new HashMap<>();
    private State state = new State();

    /** A canvas whose (0, 0) is the page's top-left corner; {@code pageHeight} in points. */
    public PdfCanvas(PDPageContentStream content, PdfFonts fonts, double pageHeight) {
        this.content = content;
        this.fonts = fonts;
        run(() -> {
            content.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight));
            content.setLineJoinStyle(1); // round, as the Java2D back-end draws
        });
    }

    @Override
    public void setFill(Rgb colour) {
        state.fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
        state.stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setDash(double... pattern) {
        state.dash = pattern.clone();
    }

    @Override
    public void setAlpha(double alpha) {
        state.alpha = Math.max(0, Math.min(1, alpha));
    }

    @Override
    public void setFont(double size, boolean bold) {
        state.fontSize = size;
        state.bold = bold;
    }

    @Override
    public TextMetrics measure(String text) {
        PDFont font = fonts.font(state.bold);
        double size = state.fontSize;
        double width = fonts.width(font, fonts.printable(font, text)) / 1000 * size;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        double ascent = descriptor == null ? 0.9 * size : descriptor.getAscent() / 1000 * size;
        double descent = descriptor == null ? 0.22 * size : Math.abs(descriptor.getDescent()) / 1000 * size;
        return new TextMetrics(width, ascent, descent);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroke(new Rectangle2D.Double(x, y, width, height));
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
        stroke(path(points, false));
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
        if (text.isEmpty()) {
            return;
        }
        PDFont font = fonts.font(state.bold);
        String printable = fonts.printable(font, text);
        run(() -> {
            applyFill();
            applyAlpha();
            content.beginText();
            content.setFont(font, (float) state.fontSize);
            content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) baselineY));
            content.showText(printable);
            content.endText();
        });
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        run(() -> {
            content.addRect((float) x, (float) y, (float) Math.max(0, width), (float) Math.max(0, height));
            content.clip();
        });
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> content.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void scale(double factor) {
        run(() -> content.transform(Matrix.getScaleInstance((float) factor, (float) factor)));
    }

    @Override
    public void save() {
        saved.push(state.copy());
        run(content::saveGraphicsState);
    }

    @Override
    public void restore() {
        state = saved.pop();
        run(content::restoreGraphicsState);
    }

    private void fill(Shape shape) {
        run(() -> {
            applyFill();
            applyAlpha();
            trace(shape);
            content.fill();
        });
    }

    private void stroke(Shape shape) {
        run(() -> {
            if (!state.stroke.equals(state.writtenStroke)) {
                content.setStrokingColor(state.stroke.red() / 255f, state.stroke.green() / 255f,
                        state.stroke.blue() / 255f);
                state.writtenStroke = state.stroke;
            }
            if (state.lineWidth != state.writtenLineWidth) {
                content.setLineWidth((float) state.lineWidth);
                state.writtenLineWidth = state.lineWidth;
            }
            if (!Arrays.equals(state.dash, state.writtenDash)) {
                float[] pattern = new float[state.dash.length];
                for (int i = 0; i < pattern.length; i++) {
                    pattern[i] = (float) state.dash[i];
                }
                content.setLineDashPattern(pattern, 0);
                state.writtenDash = state.dash;
            }
            applyAlpha();
            trace(shape);
            content.stroke();
        });
    }

    private void applyFill() throws IOException {
        if (!state.fill.equals(state.writtenFill)) {
            content.setNonStrokingColor(state.fill.red() / 255f, state.fill.green() / 255f, state.fill.blue() / 255f);
            state.writtenFill = state.fill;
        }
    }

    private void applyAlpha() throws IOException {
        if (state.alpha != state.writtenAlpha) {
            PDExtendedGraphicsState graphicsState = alphaStates.computeIfAbsent(state.alpha, alpha -> {
                PDExtendedGraphicsState created = new PDExtendedGraphicsState();
                created.setNonStrokingAlphaConstant(alpha.floatValue());
                created.setStrokingAlphaConstant(alpha.floatValue());
                return created;
            });
            content.setGraphicsStateParameters(graphicsState);
            state.writtenAlpha = state.alpha;
        }
    }

    /** Adds the shape's outline to the current path; quadratic segments become cubic ones. */
    private void trace(Shape shape) throws IOException {
        PathIterator segments = shape.getPathIterator(null);
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        while (!segments.isDone()) {
            switch (segments.currentSegment(c)) {
            case PathIterator.SEG_MOVETO -> {
                content.moveTo((float) c[0], (float) c[1]);
                lastX = c[0];
                lastY = c[1];
            }
            case PathIterator.SEG_LINETO -> {
                content.lineTo((float) c[0], (float) c[1]);
                lastX = c[0];
                lastY = c[1];
            }
            case PathIterator.SEG_QUADTO -> {
                content.curveTo((float) (lastX + 2 * (c[0] - lastX) / 3), (float) (lastY + 2 * (c[1] - lastY) / 3),
                        (float) (c[2] + 2 * (c[0] - c[2]) / 3), (float) (c[3] + 2 * (c[1] - c[3]) / 3),
                        (float) c[2], (float) c[3]);
                lastX = c[2];
                lastY = c[3];
            }
            case PathIterator.SEG_CUBICTO -> {
                content.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                lastX = c[4];
                lastY = c[5];
            }
            default -> content.closePath();
            }
            segments.next();
        }
    }

    private static Path2D path(double[] points, boolean closed) {
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("need at least two x,y pairs, got " + points.length + " numbers");
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** PDFBox writes to a stream and declares IOException; the Canvas interface cannot. */
    private interface PdfWrite {
        void run() throws IOException;
    }

    private static void run(PdfWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
