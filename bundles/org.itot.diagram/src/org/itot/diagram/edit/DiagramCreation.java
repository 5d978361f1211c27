package org.itot.diagram.edit;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.layout.DiagramLayout;
import org.itot.layout.LayoutResult;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.Zone;

/**
 * New Diagram, for the desktop's wizard and menus and for {@code itot diagram new}: a diagram of chosen zones with
 * their assets (a chosen sub-zone inside its chosen parent), the conduits between them and, if asked, the flows
 * between their assets, laid out before it is added so that creating it is one undoable step.
 */
public final class DiagramCreation {

    /**
     * The most flows a new diagram draws one by one. Above it every flow is summarised by the conduit its zones share:
     * at Fit on a page within 4:1, a thousand routes already fill the gaps between bands, and painting thousands of
     * edges costs a repaint far more than a frame (183 ms for 5,000 edges, issue 17), so more lines would show nothing
     * more while making the diagram slow to use.
     */
    public static final int MAX_DRAWN_FLOWS = 1_000;

    /** What a new diagram shows: the command that adds it, and what it drew and summarised. */
    public record Plan(Command command, Diagram diagram, int zones, int assets, int conduits, int flowsDrawn,
            int flowsSummarised) {
    }

    private DiagramCreation() {
    }

    /**
     * Plans a diagram of the zones; reports one unit of work per zone and lets the monitor cancel.
     *
     * @param withFlows whether flows between the shown assets are drawn (or summarised, see {@link #MAX_DRAWN_FLOWS})
     * @param monitor may be null
     * @throws OperationCanceledException when cancelled; the model is unchanged
     */
    public static Plan plan(EditingDomain domain, ArchitectureModel model, String name, Collection<Zone> zones,
            boolean withFlows, IProgressMonitor monitor) {
        Objects.requireNonNull(model, "model");
        SubMonitor progress = SubMonitor.convert(monitor, "Laying out " + zones.size() + " zones", 10);
        Diagram diagram = ItotFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
        diagram.setId(DiagramEditing.freshDiagramId(model));
        if (zones.isEmpty()) {
            return new Plan(UnexecutableCommand.INSTANCE, diagram, 0, 0, 0, 0, 0);
        }
        Set<Zone> chosen = new LinkedHashSet<>(zones);
        Map<EObject, NodeView> views = new HashMap<>();
        int assets = 0;
        for (Zone zone : chosen) {
            NodeView zoneView = node(zone, 360, 200);
            views.put(zone, zoneView);
            for (Asset asset : zone.getAssets()) {
                NodeView assetView = node(asset, 150, 60);
                views.put(asset, assetView);
                zoneView.getChildren().add(assetView);
                assets++;
            }
        }
        // A sub-zone shown with its parent nests in the parent's box, after the parent's assets.
        for (Zone zone : chosen) {
            NodeView parent = zone.getParentZone() == null ? null : views.get(nearestChosenAncestor(zone, chosen));
            if (parent == null) {
                diagram.getNodes().add(views.get(zone));
            } else {
                parent.getChildren().add(views.get(zone));
            }
        }
        int conduits = 0;
        for (Conduit conduit : model.getConduits()) {
            if (conduit.getZones().size() == 2 && views.containsKey(conduit.getZones().get(0))
                    && views.containsKey(conduit.getZones().get(1))) {
                diagram.getEdges().add(edge(conduit, views.get(conduit.getZones().get(0)),
                        views.get(conduit.getZones().get(1))));
                conduits++;
            }
        }
        int shownFlows = 0;
        if (withFlows) {
            for (Flow flow : model.getFlows()) {
                if (views.containsKey(flow.getSource()) && views.containsKey(flow.getTarget())) {
                    shownFlows++;
                }
            }
        }
        boolean drawFlows = shownFlows <= MAX_DRAWN_FLOWS;
        if (withFlows && drawFlows) {
            for (Flow flow : model.getFlows()) {
                if (views.containsKey(flow.getSource()) && views.containsKey(flow.getTarget())) {
                    diagram.getEdges().add(edge(flow, views.get(flow.getSource()), views.get(flow.getTarget())));
                }
            }
        }
        progress.worked(1);
        LayoutResult layout = DiagramLayout.compute(diagram, progress.split(9));
        layout.bounds().forEach((view, b) -> {
            view.setX(b.x());
            view.setY(b.y());
            view.setWidth(b.width());
            view.setHeight(b.height());
        });
        layout.routes().forEach((edge, route) -> route.forEach(point -> {
            Bendpoint bendpoint = ItotFactory.eINSTANCE.createBendpoint();
            bendpoint.setX(point.x());
            bendpoint.setY(point.y());
            edge.getBendpoints().add(bendpoint);
        }));
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "New Diagram");
        command.append(AddCommand.create(domain, model, ItotPackage.eINSTANCE.getArchitectureModel_Diagrams(), diagram));
        return new Plan(command, diagram, chosen.size(), assets, conduits, drawFlows ? shownFlows : 0,
                drawFlows ? 0 : shownFlows);
    }

    private static Zone nearestChosenAncestor(Zone zone, Set<Zone> chosen) {
        for (Zone parent = zone.getParentZone(); parent != null; parent = parent.getParentZone()) {
            if (chosen.contains(parent)) {
                return parent;
            }
        }
        return null;
    }

    private static NodeView node(ModelElement element, int width, int height) {
        NodeView view = ItotFactory.eINSTANCE.createNodeView();
        view.setElement(element);
        view.setWidth(width);
        view.setHeight(height);
        return view;
    }

    private static EdgeView edge(ModelElement element, NodeView source, NodeView target) {
        EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
        edge.setElement(element);
        edge.setSource(source);
        edge.setTarget(target);
        return edge;
    }
}
