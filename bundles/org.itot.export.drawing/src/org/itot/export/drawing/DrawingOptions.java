package org.itot.export.drawing;

import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * How to export: {@code scale} (pixels per diagram unit for PNG; a zoom factor for SVG and PDF,
 * ignored by draw.io), finding {@code severities} to draw as badges (EMF Diagnostic severity per
 * element, empty for none) and whether existing files may be replaced.
 */
public record DrawingOptions(double scale, Map<? extends EObject, Integer> severities, boolean overwrite) {

    public static final DrawingOptions DEFAULT = new DrawingOptions(1, Map.of(), false);

    public DrawingOptions {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        Objects.requireNonNull(severities, "severities");
    }

    public DrawingOptions withScale(double newScale) {
        return new DrawingOptions(newScale, severities, overwrite);
    }

    public DrawingOptions withSeverities(Map<? extends EObject, Integer> newSeverities) {
        return new DrawingOptions(scale, newSeverities, overwrite);
    }

    public DrawingOptions withOverwrite(boolean newOverwrite) {
        return new DrawingOptions(scale, severities, newOverwrite);
    }
}
