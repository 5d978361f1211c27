package org.itot.render;

import java.util.List;

import org.itot.render.geometry.Bounds;

/**
 * What a {@link DiagramOverlay} draws, as figures rather than strokes: boxes of its own, lines between boxes, and the
 * legend lines an export prints below the drawing. A structured format (draw.io) keeps them as shapes and edges a user
 * can still move; a layer that only paints has {@link #NONE}. Coordinates are the diagram's, at scale 1.
 */
public record OverlayFigures(List<Box> boxes, List<Line> lines, List<LegendLine> legend) {

    public static final OverlayFigures NONE = new OverlayFigures(List.of(), List.of(), List.of());

    public OverlayFigures {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
        legend = List.copyOf(legend);
    }

    /**
     * A box the layer adds (an unknown host), with a key lines can end on.
     *
     * @param dash on/off lengths of its outline, empty for solid
     */
    public record Box(String key, Bounds bounds, String label, Rgb colour, double[] dash) {
    }

    /**
     * A line from border to border of two boxes ({@code points} x0, y0, x1, y1, ...). Each end is the model element
     * whose view's box it touches (an asset, or its zone when the asset is not on the diagram), or the key of a
     * {@link Box} of the same figures.
     */
    public record Line(Object from, Object to, double[] points, String label, Rgb colour, double width,
            double[] dash, boolean arrow) {
    }

    /**
     * One line of the legend: a sample of the line in {@code colour} and {@code dash} (none when {@code colour} is
     * null), then the text.
     */
    public record LegendLine(String text, Rgb colour, double[] dash) {
    }
}
