package org.itot.export.drawing.svg;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.Diagram;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.DrawingPage;
import org.itot.render.geometry.Bounds;
import org.itot.render.LabelText;

/** A diagram as one SVG document, painted by the same {@link DiagramPainter} as the screen and PNG. */
public final class SvgExport {

    private SvgExport() {
    }

    /** The SVG document; its size is the diagram's {@link DiagramPainter#bounds} times {@code scale}. */
    public static String toSvg(Diagram diagram, double scale, Map<? extends EObject, Integer> severities) {
        return toSvg(diagram, scale, severities, List.of());
    }

    /** As {@link #toSvg(Diagram, double, Map)} with other features' layers over the diagram and their legend below. */
    public static String toSvg(Diagram diagram, double scale, Map<? extends EObject, Integer> severities,
            List<DiagramOverlay> overlays) {
        DrawingPage page = DrawingPage.of(diagram, overlays);
        Bounds bounds = page.bounds();
        SvgCanvas canvas = new SvgCanvas();
        canvas.scale(scale);
        canvas.translate(-bounds.x(), -bounds.y());
        page.paint(canvas, severities, DiagramPainter.Viewport.ALL);
        String title = diagram.getName() == null || diagram.getName().isBlank() ? "diagram"
                : LabelText.neutralise(diagram.getName());
        return canvas.toSvg(bounds.width() * scale, bounds.height() * scale, title);
    }
}
