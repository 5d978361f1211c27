package org.itot.export.drawing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.itot.render.DiagramOverlay;

/**
 * How to export: {@code scale} (pixels per diagram unit for PNG; a zoom factor for SVG and PDF,
 * ignored by draw.io), finding {@code severities} to draw as badges (EMF Diagnostic severity per
 * element, empty for none), whether existing files may be replaced, and other features' layers to
 * draw over each diagram with their legend below it ({@code overlays}, e.g. the sessions a
 * reconciliation saw; draw.io keeps their figures as shapes and edges).
 */
public record DrawingOptions(double scale, Map<? extends EObject, Integer> severities, boolean overwrite,
        List<DiagramOverlay> overlays) {

    public static final DrawingOptions DEFAULT = new DrawingOptions(1, Map.of(), false);

    public DrawingOptions {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        Objects.requireNonNull(severities, "severities");
        overlays = List.copyOf(overlays);
    }

    public DrawingOptions(double scale, Map<? extends EObject, Integer> severities, boolean overwrite) {
        this(scale, severities, overwrite, List.of());
    }

    public DrawingOptions withScale(double newScale) {
        return new DrawingOptions(newScale, severities, overwrite, overlays);
    }

    public DrawingOptions withSeverities(Map<? extends EObject, Integer> newSeverities) {
        return new DrawingOptions(scale, newSeverities, overwrite, overlays);
    }

    public DrawingOptions withOverwrite(boolean newOverwrite) {
        return new DrawingOptions(scale, severities, newOverwrite, overlays);
    }

    public DrawingOptions withOverlays(List<DiagramOverlay> newOverlays) {
        return new DrawingOptions(scale, severities, overwrite, newOverlays);
    }
}
