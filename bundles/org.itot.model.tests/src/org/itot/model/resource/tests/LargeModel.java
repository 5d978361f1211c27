package org.itot.model.resource.tests;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Diagram;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;

/** A plausible model of a given size: zones, assets, flows between them and a diagram of it all. */
final class LargeModel {

    private LargeModel() {
    }

    static ArchitectureModel build(int assetCount) {
        ItotFactory factory = ItotFactory.eINSTANCE;
        ArchitectureModel model = factory.createArchitectureModel();
        model.setName("Large plant");
        Diagram diagram = factory.createDiagram();
        diagram.setName("Overview");
        model.getDiagrams().add(diagram);
        PurdueLevel[] levels = PurdueLevel.values();
        Zone[] zones = new Zone[levels.length];
        for (int z = 0; z < levels.length; z++) {
            zones[z] = factory.createZone();
            zones[z].setId("Z-" + z);
            zones[z].setName("Zone " + z);
            zones[z].setPurdueLevel(levels[z]);
            model.getZones().add(zones[z]);
        }
        Asset previous = null;
        for (int a = 0; a < assetCount; a++) {
            Asset asset = factory.createAsset();
            asset.setId("A-" + a);
            asset.setName("Asset number " + a);
            asset.setType(AssetType.values()[a % AssetType.values().length]);
            asset.setVendor("Vendor " + (a % 17));
            asset.setFirmware("fw " + (a % 5) + ".0");
            zones[a % zones.length].getAssets().add(asset);
            NodeView node = factory.createNodeView();
            node.setElement(asset);
            node.setX(a % 40 * 120);
            node.setY(a / 40 * 80);
            node.setWidth(100);
            node.setHeight(60);
            diagram.getNodes().add(node);
            if (previous != null) {
                Flow flow = factory.createFlow();
                flow.setId("F-" + a);
                flow.setSource(previous);
                flow.setTarget(asset);
                model.getFlows().add(flow);
            }
            previous = asset;
        }
        return model;
    }
}
