package org.itot.model.query;

import org.itot.model.NodeView;

/**
 * Which stored bounds of a diagram box can be drawn as they are. Hand-edited or damaged files may
 * hold zero or negative sizes and absurd coordinates; the painter and the layout clamp those, and
 * rule DIA-02 (rules/diagrams.ocl, same limits) reports them.
 */
public final class ViewBounds {

    /** Largest coordinate or size, in pixels, that a box may have relative to its parent. */
    public static final int LIMIT = 1_000_000;

    private ViewBounds() {
    }

    /** A positive size and a position within {@link #LIMIT} of the parent. */
    public static boolean isValid(NodeView view) {
        return view.getWidth() > 0 && view.getHeight() > 0 && view.getWidth() <= LIMIT && view.getHeight() <= LIMIT
                && Math.abs((long) view.getX()) <= LIMIT && Math.abs((long) view.getY()) <= LIMIT;
    }
}
