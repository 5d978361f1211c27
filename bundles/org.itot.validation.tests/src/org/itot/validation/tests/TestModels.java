package org.itot.validation.tests;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;

/** Small hand-built models for rule tests: each test states the few elements its rule is about. */
final class TestModels {

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private TestModels() {
    }

    static ArchitectureModel model() {
        ArchitectureModel model = F.createArchitectureModel();
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
        asset.setName(id);
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    static Conduit conduit(ArchitectureModel model, String id, Zone first, Zone second, Asset... enforcedBy) {
        Conduit conduit = F.createConduit();
        conduit.setId(id);
        conduit.setName(id);
        conduit.getZones().add(first);
        conduit.getZones().add(second);
        for (Asset device : enforcedBy) {
            conduit.getEnforcedBy().add(device);
        }
        model.getConduits().add(conduit);
        return conduit;
    }

    /** A conduit not yet added to a model, for commands that add it. */
    static Conduit detachedConduit(String id, Zone first, Zone second) {
        Conduit conduit = F.createConduit();
        conduit.setId(id);
        conduit.setName(id);
        conduit.getZones().add(first);
        conduit.getZones().add(second);
        return conduit;
    }

    static Flow flow(ArchitectureModel model, String id, Asset source, Asset target) {
        Flow flow = F.createFlow();
        flow.setId(id);
        flow.setName(id);
        flow.setSource(source);
        flow.setTarget(target);
        model.getFlows().add(flow);
        return flow;
    }

    static FirewallRule rule(Asset firewall, int order, RuleAction action) {
        FirewallRule rule = F.createFirewallRule();
        rule.setId(firewall.getId() + "-R" + order);
        rule.setOrder(order);
        rule.setAction(action);
        firewall.getFirewallRules().add(rule);
        return rule;
    }
}
