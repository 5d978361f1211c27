package org.itot.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a back-end strokes a line: whether with anti-aliasing, whether as a one-pixel hair line, and in which colour.
 * One definition for every canvas (Java2D for exports, SWT in the editor), so the editor and an export draw a line
 * alike.
 * <p>
 * Anti-aliasing is most of the cost of a large diagram's repaint (issue 17: long lines through the rasteriser's
 * coverage pass), and two kinds of line gain nothing from it: lines thinner than a device pixel, drawn as one-pixel
 * lines in their colour faded toward white as much as their width is below a pixel (the ink anti-aliasing would give
 * them; a translucent colour instead costs as much as anti-aliasing on Java2D), and horizontal and vertical lines
 * (orthogonal routes, box outlines) while the transform does not rotate, which cover whole pixels anyway. And
 * the lines of a tangle ({@link #isTangle}) are drawn without it too: where lines would ink a quarter of the drawing,
 * smoothing makes no line easier to follow, and it is what costs (issue 17: 5,000 straight edges, half of a 100 %
 * repaint). They keep their place, colour and width.
 *
 * @param antialiased whether the back-end anti-aliases the line
 * @param hairline    draw one device pixel wide, whatever the line width
 * @param colour      the colour to draw in (faded for a hair line)
 */
public record LineLook(boolean antialiased, boolean hairline, Rgb colour) {

    /** The faintest a sub-pixel line is drawn, so that hair lines at small zoom stay visible. */
    public static final double SUBPIXEL_MIN_OPACITY = 0.25;
    /** The share of a drawing's area that lines must ink to be a tangle. */
    public static final double TANGLE_INK = 0.25;

    /**
     * @param deviceWidth the line's width in device pixels
     * @param axisAligned every segment is horizontal or vertical in user space ({@link #isAxisAligned(double[])})
     * @param upright     the transform to the device does not rotate or shear
     * @param tangle      the line is one of a tangle ({@link #isTangle})
     */
    public static LineLook of(Rgb colour, double deviceWidth, boolean axisAligned, boolean upright,
            boolean tangle) {
        if (deviceWidth < 1) {
            return new LineLook(false, true, colour.lighter(1 - Math.max(SUBPIXEL_MIN_OPACITY, deviceWidth)));
        }
        return new LineLook(!(axisAligned && upright) && !tangle, false, colour);
    }

    /**
     * Whether lines inking {@code inkArea} (the sum of their lengths times their widths) on a drawing of
     * {@code area} (both in the same units) are a tangle: more than {@value #TANGLE_INK} of it. A property of the
     * whole drawing, not of the part repainted, so that a repainted part never looks different from its
     * surroundings; and the same at every zoom.
     */
    public static boolean isTangle(double inkArea, double area) {
        return area > 0 && inkArea > TANGLE_INK * area;
    }

    /** The length of the polyline (x0, y0, x1, y1, ...). */
    public static double length(double[] points) {
        double length = 0;
        for (int i = 2; i + 1 < points.length; i += 2) {
            length += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
        }
        return length;
    }

    /** Whether every segment of the polyline (x0, y0, x1, y1, ...) is horizontal or vertical. */
    public static boolean isAxisAligned(double[] points) {
        for (int i = 2; i + 1 < points.length; i += 2) {
            if (points[i] != points[i - 2] && points[i + 1] != points[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The polylines split into those whose every segment is horizontal or vertical (under {@code true}) and the others,
     * so that a back-end drawing several in one call draws each as it would alone.
     */
    public static Map<Boolean, List<double[]>> byAxisAlignment(List<double[]> polylines) {
        return polylines.stream().collect(Collectors.partitioningBy(LineLook::isAxisAligned));
    }
}
