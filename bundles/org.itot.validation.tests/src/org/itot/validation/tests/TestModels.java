package org.itot.validation.tests;

import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ListeningService;
import org.itot.model.NetworkScope;
import org.itot.model.Permission;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RulePack;

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

    static Flow flow(ArchitectureModel model, String id, Asset source, Asset target) {
        Flow flow = F.createFlow();
        flow.setId(id);
        flow.setName(id);
        flow.setSource(source);
        flow.setTarget(target);
        model.getFlows().add(flow);
        return flow;
    }

    static Flow flow(ArchitectureModel model, String id, Asset source, Asset target, Protocol protocol,
            FlowOperation operation) {
        Flow flow = flow(model, id, source, target);
        flow.setProtocol(protocol);
        flow.setOperation(operation);
        return flow;
    }

    static Protocol protocol(ArchitectureModel model, String id, ProtocolCategory category, boolean secure,
            PortRange... defaultPorts) {
        Protocol protocol = F.createProtocol();
        protocol.setId(id);
        protocol.setName(id);
        protocol.setCategory(category);
        protocol.setCleartext(!secure);
        protocol.setAuthenticates(secure);
        protocol.setIntegrityProtected(secure);
        protocol.getDefaultPorts().addAll(List.of(defaultPorts));
        model.getProtocols().add(protocol);
        return protocol;
    }

    static ListeningService service(Asset asset, Protocol protocol, PortRange... ports) {
        ListeningService service = F.createListeningService();
        service.setProtocol(protocol);
        service.getPorts().addAll(List.of(ports));
        asset.getListeningServices().add(service);
        return service;
    }

    static Role role(ArchitectureModel model, String id) {
        Role role = F.createRole();
        role.setId(id);
        role.setName(id);
        model.getRoles().add(role);
        return role;
    }

    static Permission permission(Role role, List<FlowOperation> operations, NetworkScope... scope) {
        Permission permission = F.createPermission();
        permission.getOperations().addAll(operations);
        permission.getScope().addAll(List.of(scope));
        role.getPermissions().add(permission);
        return permission;
    }

    static FirewallRule rule(Asset firewall, int order, RuleAction action) {
        FirewallRule rule = F.createFirewallRule();
        rule.setId(firewall.getId() + "-R" + order);
        rule.setOrder(order);
        rule.setAction(action);
        firewall.getFirewallRules().add(rule);
        return rule;
    }

    /** The built-in packs with these file names, so a family's tests see only its own rules. */
    static List<RulePack> builtInPacks(String... fileNames) {
        List<RulePack> packs = Catalogue.builtIn().stream()
                .filter(pack -> List.of(fileNames).contains(pack.source().substring("built-in:".length()))).toList();
        if (packs.size() != fileNames.length) {
            throw new IllegalArgumentException("not all of " + List.of(fileNames) + " are built-in packs");
        }
        return packs;
    }
}
