package org.itot.model.template;

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
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.query.ZoneQuery;

/**
 * A first diagram for a template: zones as containers stacked by Purdue level (outside the plant
 * at the top, level 0 at the bottom; zones of one level side by side), their assets in a grid,
 * conduits as edges between the zone containers.
 */
final class OverviewDiagram {

    static final int WIDTH = 1200;
    static final int MARGIN = 20;
    static final int ZONE_GAP = 40;
    static final int ZONE_HEADER = 40;
    static final int ZONE_PADDING = 20;
    static final int ASSET_WIDTH = 150;
    static final int ASSET_HEIGHT = 60;
    static final int ASSET_GAP = 20;

    private OverviewDiagram() {
    }

    static Diagram create(String id, String name, ArchitectureModel model) {
        ItotFactory factory = ItotFactory.eINSTANCE;
        Diagram diagram = factory.createDiagram();
        diagram.setId(id);
        diagram.setName(name);

        Map<Integer, List<Zone>> bands = new LinkedHashMap<>();
        model.getZones().stream().sorted(Comparator.comparingInt(ZoneQuery::levelRank).reversed())
                .forEach(zone -> bands.computeIfAbsent(ZoneQuery.levelRank(zone), rank -> new ArrayList<>()).add(zone));

        Map<Zone, NodeView> zoneViews = new HashMap<>();
        int y = MARGIN;
        for (List<Zone> band : bands.values()) {
            int zoneWidth = (WIDTH - 2 * MARGIN - (band.size() - 1) * MARGIN) / band.size();
            int columns = Math.max(1, (zoneWidth - 2 * ZONE_PADDING + ASSET_GAP) / (ASSET_WIDTH + ASSET_GAP));
            int bandHeight = 0;
            for (Zone zone : band) {
                int rows = Math.max(1, (zone.getAssets().size() + columns - 1) / columns);
                bandHeight = Math.max(bandHeight, ZONE_HEADER + rows * ASSET_HEIGHT + (rows - 1) * ASSET_GAP
                        + ZONE_PADDING);
            }
            int x = MARGIN;
            for (Zone zone : band) {
                NodeView zoneView = node(zone, x, y, zoneWidth, bandHeight);
                List<Asset> assets = zone.getAssets();
                for (int i = 0; i < assets.size(); i++) {
                    int column = i % columns;
                    int row = i / columns;
                    zoneView.getChildren().add(node(assets.get(i), ZONE_PADDING + column * (ASSET_WIDTH + ASSET_GAP),
                            ZONE_HEADER + row * (ASSET_HEIGHT + ASSET_GAP), ASSET_WIDTH, ASSET_HEIGHT));
                }
                diagram.getNodes().add(zoneView);
                zoneViews.put(zone, zoneView);
                x += zoneWidth + MARGIN;
            }
            y += bandHeight + ZONE_GAP;
        }

        for (Conduit conduit : model.getConduits()) {
            NodeView source = zoneViews.get(conduit.getZones().get(0));
            NodeView target = zoneViews.get(conduit.getZones().get(1));
            if (source != null && target != null) {
                EdgeView edge = factory.createEdgeView();
                edge.setElement(conduit);
                edge.setSource(source);
                edge.setTarget(target);
                diagram.getEdges().add(edge);
            }
        }
        return diagram;
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
