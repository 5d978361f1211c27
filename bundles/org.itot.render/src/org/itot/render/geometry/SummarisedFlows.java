package org.itot.render.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.model.Zone;

/**
 * The flows each conduit edge of a diagram stands for: flows between two assets shown on the diagram that have no edge
 * of their own there and whose conduit path runs through the edge's conduit. A plant-scale diagram summarises its flows
 * this way when there are too many to draw (New Diagram, {@code itot diagram new --with-flows}); the painter labels such
 * an edge "n flows" (so SVG, PNG and PDF show it too) and the editor's tooltip lists them. A snapshot of the diagram
 * and model, like {@link DiagramGeometry}, which keeps one.
 */
public final class SummarisedFlows {

    /** The most flows a tooltip lists by name before it says how many more there are. */
    public static final int LISTED = 12;

    private final Map<EdgeView, List<Flow>> byEdge;

    private SummarisedFlows(Map<EdgeView, List<Flow>> byEdge) {
        this.byEdge = byEdge;
    }

    /** One pass over the model's flows; the conduit paths come from the model's cached zone graph. */
    public static SummarisedFlows of(Diagram diagram) {
        Map<Conduit, List<EdgeView>> conduitEdges = new IdentityHashMap<>();
        Set<EObject> drawnFlows = new HashSet<>();
        for (EdgeView edge : diagram.getEdges()) {
            if (edge.getElement() instanceof Conduit conduit) {
                conduitEdges.computeIfAbsent(conduit, key -> new ArrayList<>(1)).add(edge);
            } else if (edge.getElement() instanceof Flow flow) {
                drawnFlows.add(flow);
            }
        }
        Map<EdgeView, List<Flow>> byEdge = new HashMap<>();
        if (conduitEdges.isEmpty() || !(EcoreUtil.getRootContainer(diagram) instanceof ArchitectureModel model)) {
            return new SummarisedFlows(byEdge);
        }
        Set<EObject> shown = new HashSet<>();
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && view.getElement() != null) {
                shown.add(view.getElement());
            }
        }
        // Flows between the same two zones take the same conduit path unless carried by a device elsewhere: one path
        // search per zone pair rather than per flow keeps this cheap on a plant with thousands of flows.
        Map<List<Zone>, List<Conduit>> paths = new HashMap<>();
        for (Flow flow : model.getFlows()) {
            if (drawnFlows.contains(flow) || !shown.contains(flow.getSource()) || !shown.contains(flow.getTarget())) {
                continue;
            }
            List<Conduit> path = flow.getCarriedBy() != null || flow.getSourceZone() == null
                    || flow.getTargetZone() == null ? flow.getConduits()
                            : paths.computeIfAbsent(List.of(flow.getSourceZone(), flow.getTargetZone()),
                                    key -> List.copyOf(flow.getConduits()));
            for (Conduit conduit : path) {
                for (EdgeView edge : conduitEdges.getOrDefault(conduit, List.of())) {
                    byEdge.computeIfAbsent(edge, key -> new ArrayList<>()).add(flow);
                }
            }
        }
        return new SummarisedFlows(byEdge);
    }

    /** The flows the edge stands for, in model order; empty for an edge that summarises none. */
    public List<Flow> flows(EdgeView edge) {
        return byEdge.getOrDefault(edge, List.of());
    }

    /** "n flows" for an edge that summarises flows, else the empty string. */
    public String label(EdgeView edge) {
        int count = flows(edge).size();
        return count == 0 ? "" : count == 1 ? "1 flow" : count + " flows";
    }

    /**
     * The tooltip text of an edge that summarises flows: the count, then the first {@value #LISTED} flows as
     * "source → target: name", then how many more; null for an edge that summarises none.
     */
    public String describe(EdgeView edge) {
        List<Flow> flows = flows(edge);
        if (flows.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(label(edge)).append(" summarised by this conduit (not drawn one by one):");
        for (Flow flow : flows.subList(0, Math.min(LISTED, flows.size()))) {
            text.append("\n  ").append(name(flow.getSource())).append(" \u2192 ").append(name(flow.getTarget()))
                    .append(": ").append(name(flow));
        }
        if (flows.size() > LISTED) {
            text.append("\n  and ").append(flows.size() - LISTED).append(" more");
        }
        return text.toString();
    }

    private static String name(EObject element) {
        return org.itot.render.DiagramPainter.label(element);
    }
}
