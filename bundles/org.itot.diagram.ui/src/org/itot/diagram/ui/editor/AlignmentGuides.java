package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;

/**
 * Smart guides while dragging: when the moved boxes' left, centre or right (top, middle or bottom) comes within a few
 * screen pixels of the same line of a sibling box, the move snaps onto it and a guide line shows the alignment, as in
 * drawing tools architects know. A guide wins over the grid on its axis; the other axis keeps the grid.
 */
final class AlignmentGuides {

    /** How close, in screen pixels, a line must come to a sibling's to snap. */
    static final double SNAP_PIXELS = 5;
    static final Rgb COLOUR = Rgb.of(0xd81b60);
    /** How far a guide reaches beyond the boxes it joins, in screen pixels. */
    static final double OVERHANG_PIXELS = 8;

    /**
     * A guide line: vertical at x = {@code at} from y = {@code from} to {@code to}, or horizontal at y = {@code at}.
     */
    record Guide(boolean vertical, double at, double from, double to) {

        Bounds area() {
            return vertical ? new Bounds(at, from, 0, to - from) : new Bounds(from, at, to - from, 0);
        }
    }

    /** The offset to move by after snapping, and the guides to draw at it. */
    record Aligned(double dx, double dy, List<Guide> guides) {
    }

    private AlignmentGuides() {
    }

    /**
     * Aligns {@code moved} (the moved boxes' union where it was) dragged by {@code rawDx, rawDy}.
     *
     * @param siblings  the boxes to align with (the moved boxes' siblings, not the moved boxes)
     * @param tolerance {@link #SNAP_PIXELS} in diagram units at the current zoom
     * @param grid      the offset on an axis without a guide (the grid's snapping)
     * @param overhang  {@link #OVERHANG_PIXELS} in diagram units
     */
    static Aligned align(Bounds moved, double rawDx, double rawDy, List<Bounds> siblings, double tolerance,
            java.util.function.DoubleUnaryOperator grid, double overhang) {
        Bounds raw = moved.translate(rawDx, rawDy);
        double correctionX = nearest(xLines(raw), siblings, true, tolerance);
        double correctionY = nearest(yLines(raw), siblings, false, tolerance);
        double dx = Double.isNaN(correctionX) ? grid.applyAsDouble(rawDx) : rawDx + correctionX;
        double dy = Double.isNaN(correctionY) ? grid.applyAsDouble(rawDy) : rawDy + correctionY;
        Bounds at = moved.translate(dx, dy);
        // One guide per line, reaching over every sibling on it.
        Map<Double, Guide> vertical = new LinkedHashMap<>();
        Map<Double, Guide> horizontal = new LinkedHashMap<>();
        for (Bounds sibling : siblings) {
            if (!Double.isNaN(correctionX)) {
                for (double line : xLines(at)) {
                    if (contains(xLines(sibling), line)) {
                        vertical.merge(line, new Guide(true, line, Math.min(at.y(), sibling.y()) - overhang,
                                Math.max(at.bottom(), sibling.bottom()) + overhang), AlignmentGuides::span);
                    }
                }
            }
            if (!Double.isNaN(correctionY)) {
                for (double line : yLines(at)) {
                    if (contains(yLines(sibling), line)) {
                        horizontal.merge(line, new Guide(false, line, Math.min(at.x(), sibling.x()) - overhang,
                                Math.max(at.right(), sibling.right()) + overhang), AlignmentGuides::span);
                    }
                }
            }
        }
        List<Guide> guides = new ArrayList<>(vertical.values());
        guides.addAll(horizontal.values());
        return new Aligned(dx, dy, guides);
    }

    /** The smallest shift (within the tolerance) that puts one of {@code lines} on a sibling's line; NaN for none. */
    private static double nearest(double[] lines, List<Bounds> siblings, boolean vertical, double tolerance) {
        double best = Double.NaN;
        for (Bounds sibling : siblings) {
            for (double target : vertical ? xLines(sibling) : yLines(sibling)) {
                for (double line : lines) {
                    double shift = target - line;
                    if (Math.abs(shift) <= tolerance && (Double.isNaN(best) || Math.abs(shift) < Math.abs(best))) {
                        best = shift;
                    }
                }
            }
        }
        return best;
    }

    private static double[] xLines(Bounds b) {
        return new double[] { b.x(), b.centreX(), b.right() };
    }

    private static double[] yLines(Bounds b) {
        return new double[] { b.y(), b.centreY(), b.bottom() };
    }

    /** Whether a line is one of {@code lines}, allowing for the rounding of stored whole-unit positions. */
    private static boolean contains(double[] lines, double line) {
        for (double candidate : lines) {
            if (Math.abs(candidate - line) < 0.01) {
                return true;
            }
        }
        return false;
    }

    private static Guide span(Guide a, Guide b) {
        return new Guide(a.vertical(), a.at(), Math.min(a.from(), b.from()), Math.max(a.to(), b.to()));
    }
}
