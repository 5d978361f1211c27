package org.itot.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.Diagram;
import org.itot.render.OverlayFigures.LegendLine;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.render.style.DiagramStyle;

/**
 * A diagram as an export draws it (SVG, PNG, PDF): the painter's drawing, other features' layers over it
 * ({@link DiagramOverlay}, e.g. the sessions a reconciliation saw), and their legend in a strip below the drawing, so
 * that a drawing handed over says what its dashed lines mean. Without overlays the page is the painter's
 * {@link DiagramPainter#bounds}, as before.
 */
public final class DrawingPage {

    static final double LEGEND_FONT = 11;
    static final double LEGEND_LINE_HEIGHT = 18;
    static final double LEGEND_PADDING = 10;
    /** The length of a legend line's sample stroke. */
    static final double SAMPLE = 36;

    private final DiagramGeometry geometry;
    private final List<DiagramOverlay> overlays;
    private final List<LegendLine> legend;
    private final Bounds extent;
    private final Bounds bounds;

    private DrawingPage(Diagram diagram, List<DiagramOverlay> overlays) {
        this.geometry = DiagramGeometry.of(diagram);
        this.overlays = List.copyOf(overlays);
        List<LegendLine> lines = new ArrayList<>();
        for (DiagramOverlay overlay : this.overlays) {
            lines.addAll(overlay.figures(geometry).legend());
        }
        this.legend = List.copyOf(lines);
        this.extent = geometry.extent();
        if (legend.isEmpty()) {
            bounds = extent;
        } else {
            // The legend may be wider than a small diagram: the page grows rather than cut a sentence off.
            double width = Math.max(extent.width(), legendWidth());
            bounds = new Bounds(extent.x(), extent.y(), width,
                    extent.height() + 2 * LEGEND_PADDING + legend.size() * LEGEND_LINE_HEIGHT);
        }
    }

    public static DrawingPage of(Diagram diagram, List<DiagramOverlay> overlays) {
        return new DrawingPage(diagram, overlays);
    }

    /** The page in diagram coordinates: the drawing's extent and, when there is a legend, the strip below it. */
    public Bounds bounds() {
        return bounds;
    }

    public DiagramGeometry geometry() {
        return geometry;
    }

    /** The legend lines of every overlay, in the overlays' order. */
    public List<LegendLine> legend() {
        return legend;
    }

    /** Paints the diagram, the overlays over it and the legend below it; the canvas maps diagram coordinates. */
    public void paint(Canvas canvas, Map<? extends EObject, Integer> severities, DiagramPainter.Viewport viewport) {
        if (!legend.isEmpty()) {
            canvas.save();
            canvas.setFill(DiagramStyle.BACKGROUND);
            canvas.fillRect(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            canvas.restore();
        }
        DiagramPainter.paint(geometry, canvas, severities, viewport, edge -> true, Set.of(), overlays);
        if (!legend.isEmpty()) {
            paintLegend(canvas);
        }
    }

    private void paintLegend(Canvas canvas) {
        canvas.save();
        double x = extent.x() + DiagramGeometry.MARGIN;
        double top = extent.bottom() + LEGEND_PADDING;
        canvas.setFont(LEGEND_FONT, false);
        for (int i = 0; i < legend.size(); i++) {
            LegendLine line = legend.get(i);
            double middle = top + i * LEGEND_LINE_HEIGHT + LEGEND_LINE_HEIGHT / 2;
            if (line.colour() != null) {
                canvas.setStroke(line.colour());
                canvas.setLineWidth(2);
                canvas.setDash(line.dash() == null ? new double[0] : line.dash());
                canvas.strokeLine(x, middle, x + SAMPLE, middle);
                canvas.setDash();
            }
            canvas.setFill(DiagramStyle.TEXT);
            canvas.drawText(line.text(), x + SAMPLE + 10, middle + LEGEND_FONT * 0.35);
        }
        canvas.restore();
    }

    /** Measured with Java2D's sans-serif, as the SVG canvas measures its text. */
    private double legendWidth() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scratch.createGraphics();
        try {
            Java2dCanvas measuring = new Java2dCanvas(graphics);
            measuring.setFont(LEGEND_FONT, false);
            double widest = 0;
            for (LegendLine line : legend) {
                widest = Math.max(widest, measuring.measure(line.text()).width());
            }
            return 2 * DiagramGeometry.MARGIN + SAMPLE + 10 + widest;
        } finally {
            graphics.dispose();
        }
    }
}
