package org.itot.benchmarks;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.itot.layout.DiagramGraph;
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
 * "Arrange All" of a synthetic plant's diagram through {@link DiagramLayout} (notation to ELK graph,
 * layout, bounds and routes read back) against ELK's own engine run on the same ELK graph, prepared
 * beforehand, in the same JVM run. Once with conduits only, once with flows between assets as well.
 */
public final class LayoutBenchmark {

    private static final int ROUNDS = 7;
    private static final int WARMUP = 3;

    public static void main(String[] args) {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        ItotModelSetup.init();
        ElkLayout.ensureInitialised();
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        run(diagram(model, 0));
        run(diagram(model, flows));
    }

    private static void run(Diagram diagram) {
        double[] ours = new double[ROUNDS];
        double[] direct = new double[ROUNDS];
        int nodes = 0;
        for (int round = -WARMUP; round < ROUNDS; round++) {
            // Alternate which runs first, so that neither always pays for the other's garbage.
            boolean oursFirst = round % 2 == 0;
            DiagramGraph graph = DiagramGraph.build(diagram);
            double directMillis = oursFirst ? 0 : direct(graph);
            long start = System.nanoTime();
            LayoutResult result = DiagramLayout.compute(diagram);
            double oursMillis = Stats.millisSince(start);
            if (oursFirst) {
                directMillis = direct(graph);
            }

            if (!result.equals(graph.result())) {
                throw new IllegalStateException("DiagramLayout and ELK called directly disagree on the layout");
            }
            nodes = graph.nodeCount();
            if (round >= 0) {
                ours[round] = oursMillis;
                direct[round] = directMillis;
            }
        }
        System.out.printf("| ELK layout through DiagramLayout (notation → ELK → bounds and routes), %d nodes / %d edges,"
                + " median of %d | %s | ELK directly on the same prepared graph: %s | %s |%n", nodes,
                diagram.getEdges().size(), ROUNDS, Stats.ms(Stats.median(ours)), Stats.ms(Stats.median(direct)),
                Stats.ratio(Stats.median(ours), Stats.median(direct)));
    }

    private static double direct(DiagramGraph graph) {
        long start = System.nanoTime();
        new RecursiveGraphLayoutEngine().layout(graph.root(), new BasicProgressMonitor());
        return Stats.millisSince(start);
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
