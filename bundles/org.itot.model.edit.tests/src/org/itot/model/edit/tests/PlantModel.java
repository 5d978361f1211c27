package org.itot.model.edit.tests;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NetworkInterface;
import org.itot.model.NetworkScope;
import org.itot.model.NodeView;
import org.itot.model.Permission;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;

/**
 * A small water-treatment plant in a resource of its own resource set, with every kind of reference the commands
 * must respect: flows, conduits with enforcing and monitoring devices, firewall rules, role permissions, patch and log
 * sources, network interfaces and a diagram showing zones, assets, conduits and flows.
 */
final class PlantModel {

    private static final ItotFactory FACTORY = ItotFactory.eINSTANCE;

    final ResourceSet resourceSet = new ResourceSetImpl();
    final Resource resource;
    final AdapterFactoryEditingDomain domain;
    final ArchitectureModel model = FACTORY.createArchitectureModel();

    final Protocol modbus = protocol("P-MODBUS", "Modbus/TCP", ProtocolCategory.INDUSTRIAL);
    final Protocol https = protocol("P-HTTPS", "HTTPS", ProtocolCategory.WEB);

    final Zone enterprise = zone("Z-ENT", "Enterprise", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
    final Zone dmz = zone("Z-DMZ", "Industrial DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
    final Zone control = zone("Z-CTL", "Basic control", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
    final Zone safety = zone("Z-SIS", "Safety system", ZoneKind.SAFETY, PurdueLevel.LEVEL_1);

    final Asset erp = asset(enterprise, "A-ERP", "ERP", AssetType.ERP);
    final Asset firewall = asset(dmz, "FW-01", "Plant firewall", AssetType.FIREWALL);
    final Asset mirror = asset(dmz, "A-MIR", "Historian mirror", AssetType.HISTORIAN_MIRROR);
    final Asset ids = asset(dmz, "A-IDS", "Network IDS", AssetType.IDS);
    final Asset hmi = asset(control, "A-HMI", "Operator HMI", AssetType.HMI);
    final Asset plc = asset(control, "PLC-01", "Filter PLC", AssetType.PLC);
    final Asset sis = asset(safety, "SIS-01", "Safety controller", AssetType.SAFETY_CONTROLLER);

    final Conduit enterpriseToDmz = conduit("C-ENT-DMZ", enterprise, dmz);
    final Conduit dmzToControl = conduit("C-DMZ-CTL", dmz, control);

    final Flow hmiWritesPlc = flow("F-HMI-PLC", hmi, plc, modbus, FlowOperation.WRITE);
    final Flow erpReadsMirror = flow("F-ERP-MIR", erp, mirror, https, FlowOperation.READ);

    final FirewallRule allowErpToMirror = rule(firewall, 10, enterprise, mirror, https, RuleAction.ALLOW);
    final FirewallRule allowHmiToPlc = rule(firewall, 20, hmi, plc, modbus, RuleAction.ALLOW);

    final Role operator = FACTORY.createRole();
    final Permission operateControlZone = FACTORY.createPermission();
    final Permission programControllers = FACTORY.createPermission();

    final Diagram diagram = FACTORY.createDiagram();
    final NodeView controlView = node(null, control);
    final NodeView plcView = node(controlView, plc);
    final NodeView hmiView = node(controlView, hmi);
    final NodeView dmzView = node(null, dmz);
    final EdgeView conduitEdge = edge(dmzToControl, dmzView, controlView);
    final EdgeView flowEdge = edge(hmiWritesPlc, hmiView, plcView);

    PlantModel() {
        model.setId("M-1");
        model.setName("Water treatment plant");
        model.getZones().add(enterprise);
        model.getZones().add(dmz);
        model.getZones().add(control);
        control.getSubZones().add(safety);

        dmzToControl.getEnforcedBy().add(firewall);
        enterpriseToDmz.getEnforcedBy().add(firewall);
        dmzToControl.getMonitoredBy().add(ids);
        plc.setPatchSource(mirror);
        plc.getLogsTo().add(mirror);
        NetworkInterface outside = FACTORY.createNetworkInterface();
        outside.setName("eth0");
        outside.setZone(dmz);
        NetworkInterface inside = FACTORY.createNetworkInterface();
        inside.setName("eth1");
        inside.setZone(control);
        firewall.getInterfaces().add(outside);
        firewall.getInterfaces().add(inside);

        operator.setId("R-OP");
        operator.setName("Operator");
        operateControlZone.getOperations().add(FlowOperation.READ);
        operateControlZone.getOperations().add(FlowOperation.WRITE);
        operateControlZone.getScope().add(control);
        programControllers.getOperations().add(FlowOperation.PROGRAM_DOWNLOAD);
        programControllers.getScope().add(plc);
        programControllers.getScope().add(sis);
        operator.getPermissions().add(operateControlZone);
        operator.getPermissions().add(programControllers);
        model.getRoles().add(operator);
        hmiWritesPlc.setRole(operator);

        diagram.setId("D-1");
        diagram.setName("Overview");
        model.getDiagrams().add(diagram);

        resource = resourceSet.createResource(URI.createURI("memory:/plant.itot"));
        resource.getContents().add(model);
        domain = ModelEditing.domainFor(resourceSet);
    }

    /** Every element of the plant with this id. */
    ModelElement byId(String id) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof ModelElement element && id.equals(element.getId())) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private Protocol protocol(String id, String name, ProtocolCategory category) {
        Protocol protocol = FACTORY.createProtocol();
        protocol.setId(id);
        protocol.setName(name);
        protocol.setCategory(category);
        model.getProtocols().add(protocol);
        return protocol;
    }

    private static Zone zone(String id, String name, ZoneKind kind, PurdueLevel level) {
        Zone zone = FACTORY.createZone();
        zone.setId(id);
        zone.setName(name);
        zone.setKind(kind);
        zone.setPurdueLevel(level);
        return zone;
    }

    private static Asset asset(Zone zone, String id, String name, AssetType type) {
        Asset asset = FACTORY.createAsset();
        asset.setId(id);
        asset.setName(name);
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    private Conduit conduit(String id, Zone first, Zone second) {
        Conduit conduit = FACTORY.createConduit();
        conduit.setId(id);
        conduit.getZones().add(first);
        conduit.getZones().add(second);
        model.getConduits().add(conduit);
        return conduit;
    }

    private Flow flow(String id, Asset source, Asset target, Protocol protocol, FlowOperation operation) {
        Flow flow = FACTORY.createFlow();
        flow.setId(id);
        flow.setSource(source);
        flow.setTarget(target);
        flow.setProtocol(protocol);
        flow.setOperation(operation);
        model.getFlows().add(flow);
        return flow;
    }

    private static FirewallRule rule(Asset device, int order, NetworkScope source, NetworkScope destination,
            Protocol protocol, RuleAction action) {
        FirewallRule rule = FACTORY.createFirewallRule();
        rule.setId(device.getId() + "-R" + order);
        rule.setOrder(order);
        rule.setSource(source);
        rule.setDestination(destination);
        rule.setProtocol(protocol);
        rule.setAction(action);
        device.getFirewallRules().add(rule);
        return rule;
    }

    private NodeView node(NodeView parent, ModelElement element) {
        NodeView view = FACTORY.createNodeView();
        view.setElement(element);
        view.setWidth(120);
        view.setHeight(60);
        if (parent == null) {
            diagram.getNodes().add(view);
        } else {
            parent.getChildren().add(view);
        }
        return view;
    }

    private EdgeView edge(ModelElement element, NodeView source, NodeView target) {
        EdgeView edge = FACTORY.createEdgeView();
        edge.setElement(element);
        edge.setSource(source);
        edge.setTarget(target);
        edge.getBendpoints().add(FACTORY.createBendpoint());
        diagram.getEdges().add(edge);
        return edge;
    }
}
