package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;
import org.itot.validation.engine.FindingsDelta;
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

    /**
     * What the badges and tooltips show, sorted out of findings on the thread that has them (under the model's lock),
     * and read on the display thread. A {@link FindingsDelta} that follows the findings shown changes only the
     * elements whose findings it names, so an edit in an estate never re-sorts its hundreds of thousands of findings;
     * the maps are concurrent because the display thread may paint while the next delta is applied.
     */
    static final class FindingMarks {
        private final Map<EObject, List<RuleDiagnostic>> byElement = new HashMap<>();
        private final Map<EObject, Integer> severities = new ConcurrentHashMap<>();
        private final Map<EObject, List<String>> texts = new ConcurrentHashMap<>();
        private Diagnostic shown;

        private FindingMarks() {
        }

        /** The marks of a whole result. */
        static FindingMarks of(Diagnostic findings) {
            FindingMarks marks = new FindingMarks();
            for (Diagnostic child : findings.getChildren()) {
                if (child instanceof RuleDiagnostic finding && finding.element() != null) {
                    marks.byElement.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(finding);
                }
            }
            marks.byElement.keySet().forEach(marks::refresh);
            marks.shown = findings;
            marks.markRoot(findings);
            return marks;
        }

        /**
         * These marks changed by the delta when it follows what they show (the same object, returned), otherwise the
         * marks of its whole result.
         */
        FindingMarks apply(FindingsDelta delta) {
            if (!delta.follows(shown)) {
                return of(delta.result());
            }
            Set<EObject> touched = new HashSet<>();
            for (RuleDiagnostic gone : delta.removed()) {
                List<RuleDiagnostic> findings = byElement.get(gone.element());
                if (findings != null) {
                    findings.removeIf(finding -> finding == gone);
                    touched.add(gone.element());
                }
            }
            for (RuleDiagnostic finding : delta.added()) {
                if (finding.element() != null) {
                    byElement.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(finding);
                    touched.add(finding.element());
                }
            }
            touched.forEach(this::refresh);
            shown = delta.result();
            markRoot(shown);
            return this;
        }

        private void refresh(EObject element) {
            List<RuleDiagnostic> findings = byElement.getOrDefault(element, List.of());
            if (findings.isEmpty()) {
                byElement.remove(element);
                severities.remove(element);
                texts.remove(element);
                return;
            }
            int severity = Diagnostic.OK;
            List<String> lines = new ArrayList<>();
            for (RuleDiagnostic finding : findings) {
                severity = Math.max(severity, finding.getSeverity());
                if (finding.getSeverity() >= Diagnostic.WARNING) {
                    lines.add(finding.ruleId() + ": " + finding.getMessage());
                }
            }
            severities.put(element, severity);
            if (lines.isEmpty()) {
                texts.remove(element);
            } else {
                texts.put(element, List.copyOf(lines));
            }
        }

        /** As {@link DiagramPainter#severities}: the result names the model, at the highest severity of all. */
        private void markRoot(Diagnostic result) {
            List<?> data = result.getData(); // null for an empty BasicDiagnostic
            if (data != null && !data.isEmpty() && data.get(0) instanceof EObject root) {
                severities.put(root, result.getSeverity());
            }
        }

        Map<EObject, Integer> severities() {
            return severities;
        }

        Map<EObject, List<String>> texts() {
            return texts;
        }
    }

    void setFindings(FindingMarks marks) {
        severities = marks.severities();
        findingTexts = marks.texts();
        repaint.run();
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
