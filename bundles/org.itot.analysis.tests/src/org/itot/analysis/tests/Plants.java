package org.itot.analysis.tests;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NetworkInterface;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;

/** Hand-built plants for path tests: each test adds the few zones, conduits and devices it is about. */
final class Plants {

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private Plants() {
    }

    static ArchitectureModel model() {
        ArchitectureModel model = F.createArchitectureModel();
        model.setId("M");
        model.setName("Test plant");
        return model;
    }

    static Zone zone(ArchitectureModel model, String id, ZoneKind kind, PurdueLevel level) {
        Zone zone = F.createZone();
        zone.setId(id);
        zone.setName(id);
        zone.setKind(kind);
        zone.setPurdueLevel(level);
        model.getZones().add(zone);
        return zone;
    }

    static Asset asset(Zone zone, String id, AssetType type) {
        Asset asset = F.createAsset();
        asset.setId(id);
        asset.setName(id + " name");
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    /** Gives the asset one interface per zone (a firewall between two zones, or a dual-homed host). */
    static void interfaces(Asset asset, Zone... zones) {
        for (Zone zone : zones) {
            NetworkInterface networkInterface = F.createNetworkInterface();
            networkInterface.setZone(zone);
            asset.getInterfaces().add(networkInterface);
        }
    }

    static Conduit conduit(ArchitectureModel model, String id, Zone first, Zone second, Asset... enforcedBy) {
        Conduit conduit = F.createConduit();
        conduit.setId(id);
        conduit.getZones().add(first);
        conduit.getZones().add(second);
        for (Asset device : enforcedBy) {
            conduit.getEnforcedBy().add(device);
        }
        model.getConduits().add(conduit);
        return conduit;
    }

    static Flow flow(ArchitectureModel model, String id, Asset source, Asset target) {
        Flow flow = F.createFlow();
        flow.setId(id);
        flow.setSource(source);
        flow.setTarget(target);
        model.getFlows().add(flow);
        return flow;
    }
}
