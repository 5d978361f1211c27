package org.itot.benchmarks;

import java.util.HashMap;
import java.util.Map;

import org.itot.layout.DiagramLayout;
import org.itot.layout.ElkLayout;
import org.itot.layout.LayoutResult;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.SyntheticPlant;

/**
 * "Arrange All" of a synthetic plant's diagram through {@link DiagramLayout} (the plant layout: bands wrapped into
 * rows, a grid per zone, routed edges) against ELK Layered alone on the same diagram ({@link
 * DiagramLayout#computeWithElk}, Arrange All before issue 17), in the same JVM run, alternating which runs first. Once
 * with conduits only, once with flows between assets as well. Prints the page each gives, as width x height.
 */
public final class LayoutBenchmark {

    public static void main(String[] args) {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ItotModelSetup.init();
        ElkLayout.ensureInitialised();
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        run(diagram(model, 0), rounds);
        run(diagram(model, flows), rounds);
    }

    private static void run(Diagram diagram, int rounds) {
        double[] ours = new double[rounds];
        double[] elk = new double[rounds];
        int nodes = 0;
        LayoutResult oursResult = null;
        LayoutResult elkResult = null;
        for (int round = -1; round < rounds; round++) { // one warm-up round
            // Alternate which runs first, so that neither always pays for the other's garbage.
            boolean oursFirst = round % 2 == 0;
            double elkMillis = 0;
            if (!oursFirst) {
                long start = System.nanoTime();
                elkResult = DiagramLayout.computeWithElk(diagram);
                elkMillis = Stats.millisSince(start);
            }
            long start = System.nanoTime();
            oursResult = DiagramLayout.compute(diagram);
            double oursMillis = Stats.millisSince(start);
            if (oursFirst) {
                long elkStart = System.nanoTime();
                elkResult = DiagramLayout.computeWithElk(diagram);
                elkMillis = Stats.millisSince(elkStart);
            }
            nodes = oursResult.bounds().size();
            if (round >= 0) {
                ours[round] = oursMillis;
                elk[round] = elkMillis;
            }
        }
        System.out.printf("| plant layout through DiagramLayout (bands wrapped, grid per zone, routed edges), %d nodes / %d"
                + " edges, median of %d; page %s | %s | ELK Layered alone on the same diagram: %s, page %s | %s |%n",
                nodes, diagram.getEdges().size(), rounds, page(diagram, oursResult), Stats.ms(Stats.median(ours)),
                Stats.ms(Stats.median(elk)), page(diagram, elkResult), Stats.ratio(Stats.median(ours), Stats.median(elk)));
    }

    /** Width x height of the top-level boxes' extent, and its aspect ratio. */
    private static String page(Diagram diagram, LayoutResult result) {
        int width = 0;
        int height = 0;
        for (NodeView view : diagram.getNodes()) {
            LayoutResult.Bounds b = result.bounds().get(view);
            width = Math.max(width, b.x() + b.width());
            height = Math.max(height, b.y() + b.height());
        }
        return String.format("%d x %d (%.1f:1)", width, height, Math.max((double) width / height,
                (double) height / width));
    }

    /** A view per zone (assets inside) and per conduit, and the plant's first flows between asset views. */
    private static Diagram diagram(ArchitectureModel model, int flows) {
        ItotFactory factory = ItotFactory.eINSTANCE;
        Diagram diagram = factory.createDiagram();
        Map<Zone, NodeView> zoneViews = new HashMap<>();
        Map<Asset, NodeView> assetViews = new HashMap<>();
        for (Zone zone : model.getAllZones()) {
            NodeView view = factory.createNodeView();
            view.setElement(zone);
            zoneViews.put(zone, view);
            for (Asset asset : zone.getAssets()) {
                NodeView assetView = factory.createNodeView();
                assetView.setElement(asset);
                assetViews.put(asset, assetView);
                view.getChildren().add(assetView);
            }
        }
        for (Zone zone : model.getAllZones()) {
            NodeView parent = zone.getParentZone() == null ? null : zoneViews.get(zone.getParentZone());
            if (parent == null) {
                diagram.getNodes().add(zoneViews.get(zone));
            } else {
                parent.getChildren().add(zoneViews.get(zone));
            }
        }
        for (Conduit conduit : model.getConduits()) {
            diagram.getEdges().add(edge(conduit, zoneViews.get(conduit.getZones().get(0)),
                    zoneViews.get(conduit.getZones().get(1))));
        }
        for (Flow flow : model.getFlows().subList(0, Math.min(flows, model.getFlows().size()))) {
            diagram.getEdges().add(edge(flow, assetViews.get(flow.getSource()), assetViews.get(flow.getTarget())));
        }
        return diagram;
    }

    private static EdgeView edge(org.itot.model.ModelElement element, NodeView source, NodeView target) {
        EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
        edge.setElement(element);
        edge.setSource(source);
        edge.setTarget(target);
        return edge;
    }
}
