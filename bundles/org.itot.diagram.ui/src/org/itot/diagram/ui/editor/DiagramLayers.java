package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * What the viewer draws besides the diagram itself, and how: the layer toggles (flows, conduits, finding badges), the
 * findings with their tooltip texts, the highlight overlay (an attack path), other features' overlays, the grid and
 * snapping.
 */
public final class DiagramLayers {

    private final Runnable repaint;
    private boolean showFlows = true;
    private boolean showConduits = true;
    private boolean showFindings = true;
    /** Elements of the overlay layer (an attack path chosen in the Attack Paths view); empty for none. */
    private Set<EObject> highlight = Set.of();
    private boolean showGrid;
    private boolean snapToGrid = true;
    private int gridSize = 10;
    private Map<EObject, Integer> severities = Map.of();
    private Map<EObject, List<String>> findingTexts = Map.of();
    /** Other features' layers by key (an as-built reconciliation, a comparison), painted in the order added. */
    private final Map<String, DiagramOverlay> overlays = new LinkedHashMap<>();

    DiagramLayers(Runnable repaint) {
        this.repaint = repaint;
    }

    public void setLayers(boolean flows, boolean conduits, boolean findings) {
        showFlows = flows;
        showConduits = conduits;
        showFindings = findings;
        repaint.run();
    }

    public boolean isShowingFlows() {
        return showFlows;
    }

    public boolean isShowingConduits() {
        return showConduits;
    }

    public boolean isShowingFindings() {
        return showFindings;
    }

    /** Highlights these elements' views as an overlay layer (an attack path); an empty collection clears it. */
    public void setHighlight(Collection<? extends EObject> elements) {
        Set<EObject> next = Set.copyOf(elements);
        if (!next.equals(highlight)) {
            highlight = next;
            repaint.run();
        }
    }

    public Set<EObject> getHighlight() {
        return highlight;
    }

    /**
     * Shows another feature's layer over the diagram under {@code key}, replacing the one that had it; {@code null}
     * removes it. A feature owns its key (e.g. its plug-in id), so two features' layers never replace each other.
     */
    public void setOverlay(String key, DiagramOverlay overlay) {
        DiagramOverlay previous = overlay == null ? overlays.remove(key) : overlays.put(key, overlay);
        if (previous != overlay) {
            repaint.run();
        }
    }

    /** The layer shown under {@code key}, or null. */
    public DiagramOverlay getOverlay(String key) {
        return overlays.get(key);
    }

    List<DiagramOverlay> overlays() {
        return List.copyOf(overlays.values());
    }

    Set<EObject> highlight() {
        return highlight;
    }

    public void setGrid(boolean visible, boolean snap) {
        showGrid = visible;
        snapToGrid = snap;
        repaint.run();
    }

    public boolean isGridVisible() {
        return showGrid;
    }

    public boolean isSnapping() {
        return snapToGrid;
    }

    /** Grid spacing in diagram units (snapping, arrow-key steps, paste offset). */
    public void setGridSize(int size) {
        gridSize = Math.max(2, size);
        repaint.run();
    }

    public int getGridSize() {
        return gridSize;
    }

    /** Validation results, read on the display thread: badges, red borders and tooltips follow. */
    /** What the badges and tooltips show, read from findings on the thread that has them (under the model's lock). */
    record FindingMarks(Map<EObject, Integer> severities, Map<EObject, List<String>> texts) {
        static FindingMarks of(Diagnostic findings) {
            Map<EObject, List<String>> texts = new HashMap<>();
            collectTexts(findings, texts);
            return new FindingMarks(DiagramPainter.severities(findings), texts);
        }
    }

    void setFindings(FindingMarks marks) {
        severities = marks.severities();
        findingTexts = marks.texts();
        repaint.run();
    }

    private static void collectTexts(Diagnostic diagnostic, Map<EObject, List<String>> into) {
        if (diagnostic instanceof RuleDiagnostic finding && finding.element() != null
                && finding.getSeverity() >= Diagnostic.WARNING) {
            into.computeIfAbsent(finding.element(), e -> new ArrayList<>())
                    .add(finding.ruleId() + ": " + finding.getMessage());
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collectTexts(child, into);
        }
    }

    /** The severities the painter shows: none while the findings layer is off. */
    Map<EObject, Integer> severities() {
        return showFindings ? severities : Map.of();
    }

    /** The rule IDs and messages shown in the tooltip of an element. */
    public List<String> findingsOf(EObject element) {
        return findingTexts.getOrDefault(element, List.of());
    }

    /** Grid dots over the visible area, spread out when zoomed out so they never become a grey wash. */
    void paintGrid(SwtCanvas painter, Bounds visible, double zoom) {
        if (!showGrid) {
            return;
        }
        double step = gridSize;
        while (step * zoom < 8) {
            step *= 2;
        }
        painter.setFill(Rgb.of(0xc0c8d0));
        double startX = Math.floor(visible.x() / step) * step;
        double startY = Math.floor(visible.y() / step) * step;
        double size = 1 / zoom;
        for (double x = startX; x < visible.right(); x += step) {
            for (double y = startY; y < visible.bottom(); y += step) {
                painter.fillRect(x, y, size, size);
            }
        }
    }
}
