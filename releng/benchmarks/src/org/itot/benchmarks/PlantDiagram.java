package org.itot.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.query.ZoneQuery;

/**
 * A large diagram of a synthetic plant with stored bounds, so painting needs no layout: top-level
 * zones in Purdue bands (one row per level), each zone's assets in a grid inside it, conduits between
 * zones and flows between assets as edges without bendpoints. Sub-zones are not drawn.
 */
final class PlantDiagram {

    static final int ASSET_WIDTH = 150;
    static final int ASSET_HEIGHT = 60;
    static final int GAP = 20;
    static final int HEADER = 40;
    static final int COLUMNS = 6;

    private PlantDiagram() {
    }

    /** At most {@code maxNodes} node views and {@code maxEdges} edge views (conduits first, then flows). */
    static Diagram create(ArchitectureModel model, int maxNodes, int maxEdges) {
        ItotFactory factory = ItotFactory.eINSTANCE;
        Diagram diagram = factory.createDiagram();
        diagram.setId("D-PLANT");
        diagram.setName("Plant overview");
        Map<Integer, List<Zone>> bands = new LinkedHashMap<>();
        model.getZones().stream().sorted(Comparator.comparingInt(ZoneQuery::levelRank).reversed())
                .forEach(zone -> bands.computeIfAbsent(ZoneQuery.levelRank(zone), rank -> new ArrayList<>()).add(zone));
        Map<ModelElement, NodeView> views = new HashMap<>();
        int nodes = 0;
        int y = GAP;
        for (List<Zone> band : bands.values()) {
            int x = GAP;
            int bandHeight = 0;
            for (Zone zone : band) {
                if (nodes >= maxNodes) {
                    break;
                }
                List<Asset> assets = zone.getAssets().subList(0, Math.min(zone.getAssets().size(), maxNodes - nodes - 1));
                int columns = Math.max(1, Math.min(COLUMNS, assets.size()));
                int rows = Math.max(1, (assets.size() + columns - 1) / columns);
                int width = GAP + columns * (ASSET_WIDTH + GAP);
                int height = HEADER + rows * (ASSET_HEIGHT + GAP);
                NodeView zoneView = node(zone, x, y, width, height);
                diagram.getNodes().add(zoneView);
                views.put(zone, zoneView);
                nodes++;
                for (int i = 0; i < assets.size(); i++) {
                    zoneView.getChildren().add(node(assets.get(i), GAP + (i % columns) * (ASSET_WIDTH + GAP),
                            HEADER + (i / columns) * (ASSET_HEIGHT + GAP), ASSET_WIDTH, ASSET_HEIGHT));
                    views.put(assets.get(i), zoneView.getChildren().get(i));
                    nodes++;
                }
                x += width + GAP;
                bandHeight = Math.max(bandHeight, height);
            }
            y += bandHeight + 2 * GAP;
        }
        List<ModelElement> edges = new ArrayList<>(model.getConduits());
        edges.addAll(model.getFlows());
        for (ModelElement element : edges) {
            if (diagram.getEdges().size() >= maxEdges) {
                break;
            }
            NodeView source = views.get(element instanceof Conduit c ? c.getZones().get(0) : ((Flow) element).getSource());
            NodeView target = views.get(element instanceof Conduit c ? c.getZones().get(1) : ((Flow) element).getTarget());
            if (source != null && target != null && source != target) {
                EdgeView edge = factory.createEdgeView();
                edge.setElement(element);
                edge.setSource(source);
                edge.setTarget(target);
                diagram.getEdges().add(edge);
            }
        }
        return diagram;
    }

    static int nodeCount(Diagram diagram) {
        int[] count = { 0 };
        diagram.eAllContents().forEachRemaining(object -> count[0] += object instanceof NodeView ? 1 : 0);
        return count[0];
    }

    private static NodeView node(ModelElement element, int x, int y, int width, int height) {
        NodeView view = ItotFactory.eINSTANCE.createNodeView();
        view.setElement(element);
        view.setX(x);
        view.setY(y);
        view.setWidth(width);
        view.setHeight(height);
        return view;
    }
}
