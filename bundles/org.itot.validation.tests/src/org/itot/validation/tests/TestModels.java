package org.itot.validation.tests;

import java.util.Arrays;
import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Countermeasure;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ListeningService;
import org.itot.model.NetworkInterface;
import org.itot.model.NetworkScope;
import org.itot.model.Permission;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;
import org.itot.model.query.SecurityLevels;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;

/**
 * Small hand-built models for rule tests: each test states the few elements its rule is about.
 * Zones and conduits get SL-T {@value #DEFAULT_LEVEL} and assets SL-C {@value #DEFAULT_LEVEL}, so a
 * model meets the security-level rules unless a test says otherwise.
 */
final class TestModels {

    static final int DEFAULT_LEVEL = 1;

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private TestModels() {
    }

    /**
     * A validator with only the named built-in rules: a family ("BND") or single rules ("SEG-01").
     * Each test class asserts exact finding sets for the rules it is about, unaffected by other families.
     */
    static ModelValidator validatorFor(String... rules) {
        List<String> wanted = Arrays.asList(rules);
        List<RulePack> packs = Catalogue.builtIn().stream()
                .map(pack -> new RulePack(pack.source(),
                        pack.rules().stream().filter(rule -> selected(rule, wanted)).toList(), pack.problems()))
                .toList();
        return new ModelValidator(packs);
    }

    private static boolean selected(CompiledRule rule, List<String> wanted) {
        return wanted.contains(rule.definition().id()) || wanted.contains(rule.definition().family());
    }

    static ArchitectureModel model() {
        ArchitectureModel model = F.createArchitectureModel();
        model.setName("Test plant");
        return model;
    }

    static Zone zone(ArchitectureModel model, String id, ZoneKind kind, PurdueLevel level) {
        Zone zone = newZone(id, kind, level);
        model.getZones().add(zone);
        return zone;
    }

    /** A sub-zone at its parent's level. */
    static Zone subZone(Zone parent, String id, ZoneKind kind) {
        Zone zone = newZone(id, kind, parent.getPurdueLevel());
        parent.getSubZones().add(zone);
        return zone;
    }

    private static Zone newZone(String id, ZoneKind kind, PurdueLevel level) {
        Zone zone = F.createZone();
        zone.setId(id);
        zone.setName(id);
        zone.setKind(kind);
        zone.setPurdueLevel(level);
        zone.setSlTarget(SecurityLevels.uniform(DEFAULT_LEVEL));
        return zone;
    }

    static Asset asset(Zone zone, String id, AssetType type) {
        Asset asset = F.createAsset();
        asset.setId(id);
        asset.setName(id);
        asset.setType(type);
        asset.setSlCapability(SecurityLevels.uniform(DEFAULT_LEVEL));
        zone.getAssets().add(asset);
        return asset;
    }

    /** A firewall whose rule set is just the final deny-all rule (BND-02); tests add allow rules before it. */
    static Asset firewall(Zone zone, String id) {
        Asset firewall = asset(zone, id, AssetType.FIREWALL);
        rule(firewall, 99, RuleAction.DENY);
        return firewall;
    }

    /** Gives the asset one network interface in each of the zones. */
    static void interfaces(Asset asset, Zone... zones) {
        for (Zone zone : zones) {
            NetworkInterface networkInterface = F.createNetworkInterface();
            networkInterface.setName("if-" + zone.getId());
            networkInterface.setZone(zone);
            asset.getInterfaces().add(networkInterface);
        }
    }

    static Conduit conduit(ArchitectureModel model, String id, Zone first, Zone second, Asset... enforcedBy) {
        Conduit conduit = F.createConduit();
        conduit.setId(id);
        conduit.setName(id);
        conduit.getZones().add(first);
        conduit.getZones().add(second);
        conduit.setSlTarget(SecurityLevels.uniform(DEFAULT_LEVEL));
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
        conduit.setSlTarget(SecurityLevels.uniform(DEFAULT_LEVEL));
        return conduit;
    }

    static Protocol protocol(ArchitectureModel model, String id, ProtocolCategory category) {
        Protocol protocol = F.createProtocol();
        protocol.setId(id);
        protocol.setName(id);
        protocol.setCategory(category);
        model.getProtocols().add(protocol);
        return protocol;
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

    static Flow flow(ArchitectureModel model, String id, Asset source, Asset target, Protocol protocol) {
        Flow flow = flow(model, id, source, target);
        flow.setProtocol(protocol);
        return flow;
    }

    static Flow flow(ArchitectureModel model, String id, Asset source, Asset target, Protocol protocol,
            FlowOperation operation) {
        Flow flow = flow(model, id, source, target, protocol);
        flow.setOperation(operation);
        return flow;
    }

    static Protocol protocol(ArchitectureModel model, String id, ProtocolCategory category, boolean secure,
            PortRange... defaultPorts) {
        Protocol protocol = protocol(model, id, category);
        protocol.setCleartext(!secure);
        protocol.setAuthenticates(secure);
        protocol.setIntegrityProtected(secure);
        protocol.getDefaultPorts().addAll(List.of(defaultPorts));
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

    static Countermeasure countermeasure(Zone zone, String id, SecurityLevelVector capability) {
        Countermeasure countermeasure = F.createCountermeasure();
        countermeasure.setId(id);
        countermeasure.setName(id);
        countermeasure.setSlCapability(capability);
        zone.getCountermeasures().add(countermeasure);
        return countermeasure;
    }

    /** A security-level vector with {@code level} in every FR except {@code fr}, which gets {@code frLevel}. */
    static SecurityLevelVector levels(int level, int fr, int frLevel) {
        SecurityLevelVector vector = SecurityLevels.uniform(level);
        SecurityLevels.setFr(vector, fr, frLevel);
        return vector;
    }

    /** A library protocol on one TCP port. */
    static Protocol protocol(ArchitectureModel model, String id, ProtocolCategory category, int port) {
        Protocol protocol = protocol(model, id, category);
        protocol.getDefaultPorts().add(PortRanges.tcp(port));
        return protocol;
    }

    /** An allow rule naming source, destination and protocol (null = any), justified by the given flows. */
    static FirewallRule allow(Asset firewall, int order, NetworkScope source, NetworkScope destination,
            Protocol protocol, Flow... justifiedBy) {
        FirewallRule rule = rule(firewall, order, RuleAction.ALLOW);
        rule.setSource(source);
        rule.setDestination(destination);
        rule.setProtocol(protocol);
        rule.getJustifiedBy().addAll(Arrays.asList(justifiedBy));
        return rule;
    }

    /** The same security level on all seven FRs. */
    static SecurityLevelVector sl(int level) {
        return SecurityLevels.uniform(level);
    }

    static NetworkInterface networkInterface(Asset asset, Zone zone) {
        NetworkInterface networkInterface = F.createNetworkInterface();
        networkInterface.setName("if-" + zone.getId());
        networkInterface.setZone(zone);
        asset.getInterfaces().add(networkInterface);
        return networkInterface;
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
