package org.itot.render.tests;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.itot.render.Canvas;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;
import org.itot.render.java2d.Java2dCanvas;

/**
 * A canvas that measures as Java2D does and records every text drawn with its font size and every polyline stroked
 * (and which of them were of a tangle); other shapes are ignored.
 */
final class RecordingCanvas implements Canvas {

    /** One drawText call: the text and the font size in diagram units. */
    record Text(String text, double size, boolean bold) {
    }

    private final Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    private final Java2dCanvas metrics = new Java2dCanvas(graphics);
    private final List<Text> texts = new ArrayList<>();
    private final List<double[]> polylines = new ArrayList<>();
    private final List<double[]> tangled = new ArrayList<>();
    private boolean tangle;
    private final List<double[]> fonts = new ArrayList<>();
    private double size = 12;
    private boolean bold;

    List<Text> texts() {
        return texts;
    }

    List<double[]> polylines() {
        return polylines;
    }

    /** The polylines stroked while the canvas was told they are of a tangle. */
    List<double[]> tangled() {
        return tangled;
    }

    @Override
    public void setTangle(boolean value) {
        tangle = value;
    }

    @Override
    public void setFont(double fontSize, boolean boldFont) {
        size = fontSize;
        bold = boldFont;
        metrics.setFont(fontSize, boldFont);
    }

    @Override
    public TextMetrics measure(String text) {
        return metrics.measure(text);
    }

    @Override
    public void drawText(String text, double x, double baselineY) {
        texts.add(new Text(text, size, bold));
    }

    @Override
    public void save() {
        fonts.add(new double[] { size, bold ? 1 : 0 });
    }

    @Override
    public void restore() {
        double[] font = fonts.remove(fonts.size() - 1);
        setFont(font[0], font[1] == 1);
    }

    @Override
    public void setFill(Rgb colour) {
    }

    @Override
    public void setStroke(Rgb colour) {
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setDash(double... pattern) {
    }

    @Override
    public void setAlpha(double alpha) {
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
    }

    @Override
    public void strokePolyline(double... points) {
        polylines.add(points.clone());
        if (tangle) {
            tangled.add(points.clone());
        }
    }

    @Override
    public void fillPolygon(double... points) {
    }

    @Override
    public void strokePolygon(double... points) {
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
    }

    @Override
    public void strokeArc(double x, double y, double width, double height, double startAngle, double extent) {
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
    }

    @Override
    public void translate(double dx, double dy) {
    }

    @Override
    public void scale(double factor) {
    }
}
