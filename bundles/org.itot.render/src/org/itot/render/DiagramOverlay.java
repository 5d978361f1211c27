package org.itot.render;

import org.itot.render.geometry.DiagramGeometry;

/**
 * A layer another feature draws over a diagram: the sessions an as-built reconciliation saw that the model does not
 * document, the elements a comparison found added or changed. It is painted after the diagram and the highlight, in
 * diagram coordinates, with the painter's state saved around it, so features add layers without the painter knowing
 * them (as Sirius's decorators do), and the desktop and the headless exports draw the same layer.
 */
@FunctionalInterface
public interface DiagramOverlay {

    /**
     * Paints this layer. {@code viewport} says what is visible (its area is {@code null} for all of the diagram) and
     * at which scale; an overlay culls to it as the painter does. {@code geometry} gives the boxes and routes of the
     * views the painter drew.
     */
    void paint(DiagramGeometry geometry, Canvas canvas, DiagramPainter.Viewport viewport);

    /**
     * What this layer draws on the diagram of {@code geometry}, as figures, with its legend: draw.io keeps them as
     * shapes and edges, and every export prints the legend below the drawing ({@link DrawingPage}). A layer that only
     * paints has none.
     */
    default OverlayFigures figures(DiagramGeometry geometry) {
        return OverlayFigures.NONE;
    }
}
