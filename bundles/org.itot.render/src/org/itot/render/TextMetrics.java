package org.itot.render;

/**
 * The size of a text in the current font, as measured by the back-end (Java2D and SWT measure
 * differently, so sizes are never stored, always asked for).
 */
public record TextMetrics(double width, double ascent, double descent) {

    public double height() {
        return ascent + descent;
    }
}
