package org.itot.diagram.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.NetworkInterface;
import org.itot.model.NodeView;
import org.itot.model.PortRange;
import org.itot.model.ProtocolCategory;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.command.ElementIds;
import org.itot.model.edit.command.create.AddAssetToZoneCommand;
import org.itot.model.edit.command.create.CreateZoneCommand;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.query.ModelQuery;
import org.itot.model.query.ZoneQuery;

/**
 * Quick fixes for findings whose repair is mechanical, keyed by rule ID: a deny-all rule for a firewall (BND-02), a
 * wireless asset moved into a wireless zone (SEG-08), an iDMZ broker inserted into an IT/OT flow (SEG-03). Each fix is
 * one command that changes the model and keeps every diagram showing it consistent, so one undo reverts it all.
 */
public final class QuickFixes {

    public static final String DENY_ALL_RULE = "BND-02";
    public static final String WIRELESS_ZONE_RULE = "SEG-08";
    public static final String IDMZ_BROKER_RULE = "SEG-03";

    private static final ItotPackage PACKAGE = ItotPackage.eINSTANCE;
    private static final int ASSET_WIDTH = 150;
    private static final int ASSET_HEIGHT = 60;

    private QuickFixes() {
    }

    /** The fixes for a finding of a rule on an element (empty when none applies); the element must be in a model. */
    public static List<QuickFix> forFinding(String ruleId, EObject element) {
        if (element == null || element.eResource() == null || ruleId == null) {
            return List.of();
        }
        EditingDomain domain = ModelEditing.domainFor(element);
        return switch (ruleId) {
        case DENY_ALL_RULE -> element instanceof Asset firewall && firewall.hasRole(AssetType.FIREWALL)
                ? List.of(addDenyAll(domain, firewall)) : List.of();
        case WIRELESS_ZONE_RULE -> element instanceof Asset asset ? moveToWirelessZone(domain, asset) : List.of();
        case IDMZ_BROKER_RULE -> element instanceof Flow flow ? insertBroker(domain, flow) : List.of();
        default -> List.of();
        };
    }

    // BND-02 -------------------------------------------------------------------------------------------------

    static QuickFix addDenyAll(EditingDomain domain, Asset firewall) {
        return new QuickFix(DENY_ALL_RULE, "Add a deny-all rule at the end of " + name(firewall) + "'s rule set",
                "Appends a rule that denies and logs everything the rules before it do not allow "
                        + "(source, destination and service: any).",
                () -> {
                    FirewallRule rule = ItotFactory.eINSTANCE.createFirewallRule();
                    rule.setId(nextRuleId(firewall));
                    rule.setName("Deny and log everything else");
                    rule.setAction(RuleAction.DENY);
                    rule.setLogging(true);
                    rule.setOrder(firewall.getFirewallRules().stream().mapToInt(FirewallRule::getOrder).max().orElse(0)
                            + 10);
                    Command add = AddCommand.create(domain, firewall, PACKAGE.getAsset_FirewallRules(), rule);
                    CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Add Deny-All Rule");
                    command.append(add);
                    return command;
                });
    }

    /** The firewall's id with the next free rule number, the scheme the templates use: FW-01-R004. */
    private static String nextRuleId(Asset firewall) {
        String prefix = firewall.getId() == null ? "RULE" : firewall.getId();
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "-R(\\d{1,9})");
        int highest = 0;
        for (FirewallRule rule : firewall.getFirewallRules()) {
            Matcher matcher = numbered.matcher(rule.getId() == null ? "" : rule.getId());
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        String id = String.format("%s-R%03d", prefix, highest + 1);
        return ElementIds.isUsed(firewall, id) ? ElementIds.next(firewall, prefix + "-R") : id;
    }

    // SEG-08 -------------------------------------------------------------------------------------------------

    /**
     * For an asset in a wired zone: one fix per wireless zone of the model, or, when it has none, one that creates a
     * wireless zone beside. For an asset already in a wireless zone: one that puts its wired interfaces there too.
     */
    static List<QuickFix> moveToWirelessZone(EditingDomain domain, Asset asset) {
        Zone current = asset.getZone();
        ArchitectureModel model = ModelQuery.modelOf(asset);
        if (current == null || model == null) {
            return List.of();
        }
        if (current.getKind() == ZoneKind.WIRELESS) {
            return List.of(new QuickFix(WIRELESS_ZONE_RULE,
                    "Put " + name(asset) + "'s network interfaces into " + name(current),
                    "Moves every network interface of the asset that is in a wired zone into its wireless zone.",
                    () -> {
                        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
                                "Move Interfaces to Wireless Zone");
                        retargetInterfaces(domain, asset, current, command);
                        return command;
                    }));
        }
        List<QuickFix> fixes = new ArrayList<>();
        for (Zone zone : ModelQuery.allZones(model)) {
            if (zone.getKind() == ZoneKind.WIRELESS) {
                fixes.add(new QuickFix(WIRELESS_ZONE_RULE, "Move " + name(asset) + " to wireless zone " + name(zone),
                        "Moves the asset and its network interfaces into the wireless zone, on every diagram too.",
                        () -> moveIntoWireless(domain, asset, zone, null)));
            }
        }
        if (fixes.isEmpty()) {
            fixes.add(new QuickFix(WIRELESS_ZONE_RULE, "Move " + name(asset) + " to a new wireless zone",
                    "Creates a wireless zone beside " + name(current) + " (same level, owner and SL-T) and moves the "
                            + "asset and its network interfaces into it, on every diagram too.",
                    () -> {
                        CreateZoneCommand create = newWirelessZone(domain, current);
                        return moveIntoWireless(domain, asset, create.getZone(), create);
                    }));
        }
        return fixes;
    }

    private static void retargetInterfaces(EditingDomain domain, Asset asset, Zone zone, CompoundCommand command) {
        for (NetworkInterface nic : asset.getInterfaces()) {
            if (nic.getZone() != null && nic.getZone().getKind() != ZoneKind.WIRELESS) {
                command.append(SetCommand.create(domain, nic, PACKAGE.getNetworkInterface_Zone(), zone));
            }
        }
    }

    private static CreateZoneCommand newWirelessZone(EditingDomain domain, Zone beside) {
        Zone parent = ZoneQuery.parentZone(beside);
        CreateZoneCommand create = parent != null
                ? new CreateZoneCommand(domain, parent, ZoneKind.WIRELESS, beside.getPurdueLevel())
                : new CreateZoneCommand(domain, ModelQuery.modelOf(beside), ZoneKind.WIRELESS, beside.getPurdueLevel());
        create.named("Wireless (" + name(beside) + ")");
        Zone zone = create.getZone();
        zone.setOwner(beside.getOwner());
        zone.setAccountableOrganisation(beside.getAccountableOrganisation());
        if (beside.getSlTarget() != null) {
            zone.setSlTarget(EcoreUtil.copy(beside.getSlTarget()));
        }
        return create;
    }

    /**
     * Moves the asset into the zone with remove and add (not {@link org.itot.model.edit.command.change
     * .MoveAssetToZoneCommand}, which refuses a zone not yet in the model when it is prepared before the zone exists).
     */
    private static Command moveIntoWireless(EditingDomain domain, Asset asset, Zone zone, CreateZoneCommand creation) {
        Zone from = asset.getZone();
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Move to Wireless Zone");
        if (creation != null) {
            command.append(creation);
        }
        command.append(RemoveCommand.create(domain, from, PACKAGE.getZone_Assets(), asset));
        command.append(AddCommand.create(domain, zone, PACKAGE.getZone_Assets(), asset));
        retargetInterfaces(domain, asset, zone, command);
        ArchitectureModel model = ModelQuery.modelOf(asset);
        for (Diagram diagram : model.getDiagrams()) {
            List<NodeView> assetViews = DiagramEditing.viewsOf(diagram, asset);
            if (assetViews.isEmpty()) {
                continue;
            }
            NodeView zoneView = DiagramEditing.viewsOf(diagram, zone).stream().findFirst().orElse(null);
            if (zoneView == null && creation != null) {
                zoneView = besideView(domain, diagram, from, zone, command);
            }
            if (zoneView == null) {
                // The diagram does not show the wireless zone: an asset box left in its old zone would lie.
                command.append(DiagramEditing.removeFromDiagram(domain, diagram, assetViews));
                continue;
            }
            for (NodeView view : assetViews) {
                placeInZoneView(domain, view, zoneView, command);
            }
            straightenEdgesOf(domain, diagram, assetViews, command);
        }
        return command;
    }

    /** A view of the new zone to the right of the old zone's view (as its sibling), sized for one asset row. */
    private static NodeView besideView(EditingDomain domain, Diagram diagram, Zone oldZone, Zone zone,
            CompoundCommand command) {
        NodeView oldView = DiagramEditing.viewsOf(diagram, oldZone).stream().findFirst().orElse(null);
        if (oldView == null) {
            return null;
        }
        NodeView view = ItotFactory.eINSTANCE.createNodeView();
        view.setElement(zone);
        view.setX(oldView.getX() + oldView.getWidth() + 40);
        view.setY(oldView.getY());
        view.setWidth(ASSET_WIDTH + 40);
        view.setHeight(ASSET_HEIGHT + 60);
        command.append(oldView.eContainer() instanceof NodeView parent
                ? AddCommand.create(domain, parent, PACKAGE.getNodeView_Children(), view)
                : AddCommand.create(domain, diagram, PACKAGE.getDiagram_Nodes(), view));
        return view;
    }

    // SEG-03 -------------------------------------------------------------------------------------------------

    /** One fix per iDMZ zone of the model, for a flow that crosses between the enterprise and the industrial side. */
    static List<QuickFix> insertBroker(EditingDomain domain, Flow flow) {
        Zone from = flow.getSourceZone();
        Zone to = flow.getTargetZone();
        ArchitectureModel model = ModelQuery.modelOf(flow);
        if (from == null || to == null || model == null || !crossesItOt(from, to)) {
            return List.of();
        }
        AssetType brokerType = brokerTypeFor(flow);
        List<QuickFix> fixes = new ArrayList<>();
        for (Zone idmz : ModelQuery.allZones(model)) {
            if (ZoneQuery.isIdmz(idmz)) {
                fixes.add(new QuickFix(IDMZ_BROKER_RULE,
                        "Insert a " + words(brokerType) + " in " + name(idmz) + " into flow " + name(flow),
                        "Adds a " + words(brokerType) + " to the iDMZ zone and splits the flow into " + name(flow.getSource())
                                + " to the broker and the broker to " + name(flow.getTarget())
                                + ", with the same protocol, ports and operation.",
                        () -> brokerCommand(domain, flow, idmz, brokerType)));
            }
        }
        return fixes;
    }

    private static boolean crossesItOt(Zone from, Zone to) {
        return ZoneQuery.isEnterpriseSide(from) && ZoneQuery.isIndustrialSide(to)
                || ZoneQuery.isIndustrialSide(from) && ZoneQuery.isEnterpriseSide(to);
    }

    /** The broker CPwE puts in the iDMZ for this kind of exchange. */
    public static AssetType brokerTypeFor(Flow flow) {
        ProtocolCategory category = flow.getProtocol() == null ? null : flow.getProtocol().getCategory();
        FlowOperation operation = flow.getOperation();
        if (category == ProtocolCategory.REMOTE_ADMIN || operation == FlowOperation.INTERACTIVE_SESSION) {
            return AssetType.JUMP_HOST;
        }
        if (category == ProtocolCategory.FILE_TRANSFER || operation == FlowOperation.FILE_TRANSFER) {
            return AssetType.FILE_TRANSFER_BROKER;
        }
        if (operation == FlowOperation.REPLICATION || isHistorian(flow.getSource()) || isHistorian(flow.getTarget())) {
            return AssetType.HISTORIAN_MIRROR;
        }
        if (category == ProtocolCategory.WEB) {
            return AssetType.REVERSE_PROXY;
        }
        return AssetType.DATA_GATEWAY;
    }

    private static boolean isHistorian(Asset asset) {
        return asset != null && asset.hasRole(AssetType.DATA_HISTORIAN);
    }

    private static Command brokerCommand(EditingDomain domain, Flow flow, Zone idmz, AssetType type) {
        ArchitectureModel model = ModelQuery.modelOf(flow);
        AddAssetToZoneCommand addBroker = new AddAssetToZoneCommand(domain, idmz, type)
                .named(capitalised(words(type)) + " for " + name(flow));
        Asset broker = addBroker.getAsset();
        broker.setOwner(idmz.getOwner());

        Flow onward = ItotFactory.eINSTANCE.createFlow();
        // Given now: the broker is not in the model yet, so AddFlowCommand would refuse it when prepared.
        onward.setId(ElementIds.next(model, ElementIds.FLOW_PREFIX));
        onward.setName(flow.getName() == null ? null : flow.getName() + " (onward)");
        onward.setSource(broker);
        onward.setTarget(flow.getTarget());
        onward.setProtocol(flow.getProtocol());
        onward.setOperation(flow.getOperation());
        onward.setPurpose(flow.getPurpose());
        onward.setRemoteAccess(flow.isRemoteAccess());
        onward.setMfa(flow.isMfa());
        onward.setApprovalRequired(flow.isApprovalRequired());
        onward.setRole(flow.getRole());
        for (PortRange port : flow.getPorts()) {
            onward.getPorts().add(EcoreUtil.copy(port));
        }

        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Insert iDMZ Broker");
        command.append(addBroker);
        command.append(SetCommand.create(domain, flow, PACKAGE.getFlow_Target(), broker));
        command.append(AddCommand.create(domain, model, PACKAGE.getArchitectureModel_Flows(), onward));
        for (Diagram diagram : model.getDiagrams()) {
            List<EdgeView> edges = diagram.getEdges().stream().filter(e -> e.getElement() == flow).toList();
            if (edges.isEmpty()) {
                continue;
            }
            NodeView idmzView = DiagramEditing.viewsOf(diagram, idmz).stream().findFirst().orElse(null);
            if (idmzView == null) {
                // The flow now ends on a broker this diagram cannot show.
                command.append(DiagramEditing.removeFromDiagram(domain, diagram, edges));
                continue;
            }
            NodeView brokerView = ItotFactory.eINSTANCE.createNodeView();
            brokerView.setElement(broker);
            brokerView.setWidth(ASSET_WIDTH);
            brokerView.setHeight(ASSET_HEIGHT);
            placeInZoneView(domain, brokerView, idmzView, command);
            for (EdgeView edge : edges) {
                NodeView targetView = edge.getTarget();
                command.append(SetCommand.create(domain, edge, PACKAGE.getEdgeView_Target(), brokerView));
                if (!edge.getBendpoints().isEmpty()) {
                    command.append(RemoveCommand.create(domain, edge, PACKAGE.getEdgeView_Bendpoints(),
                            List.copyOf(edge.getBendpoints())));
                }
                EdgeView onwardEdge = ItotFactory.eINSTANCE.createEdgeView();
                onwardEdge.setElement(onward);
                onwardEdge.setSource(brokerView);
                onwardEdge.setTarget(targetView);
                command.append(AddCommand.create(domain, diagram, PACKAGE.getDiagram_Edges(), onwardEdge));
            }
        }
        return command;
    }

    // Views --------------------------------------------------------------------------------------------------

    /**
     * Puts an asset view (new, or moved from elsewhere) at the left edge under the zone view's other children, growing
     * the zone view when it would not fit.
     */
    private static void placeInZoneView(EditingDomain domain, NodeView view, NodeView zoneView,
            CompoundCommand command) {
        int y = 40;
        for (NodeView child : zoneView.getChildren()) {
            if (child != view) {
                y = Math.max(y, child.getY() + child.getHeight() + 20);
            }
        }
        int x = 20;
        if (view.eContainer() != null) {
            command.append(RemoveCommand.create(domain, view.eContainer(), view.eContainmentFeature(), view));
            command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_X(), x));
            command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_Y(), y));
        } else {
            view.setX(x);
            view.setY(y);
        }
        command.append(AddCommand.create(domain, zoneView, PACKAGE.getNodeView_Children(), view));
        int neededHeight = y + view.getHeight() + 20;
        if (zoneView.getHeight() < neededHeight) {
            command.append(SetCommand.create(domain, zoneView, PACKAGE.getNodeView_Height(), neededHeight));
        }
        int neededWidth = x + view.getWidth() + 20;
        if (zoneView.getWidth() < neededWidth) {
            command.append(SetCommand.create(domain, zoneView, PACKAGE.getNodeView_Width(), neededWidth));
        }
    }

    /** Edges of moved boxes lose their bendpoints: these are absolute and would pull the edge back to the old place. */
    private static void straightenEdgesOf(EditingDomain domain, Diagram diagram, List<NodeView> views,
            CompoundCommand command) {
        for (EdgeView edge : diagram.getEdges()) {
            if ((views.contains(edge.getSource()) || views.contains(edge.getTarget()))
                    && !edge.getBendpoints().isEmpty()) {
                command.append(RemoveCommand.create(domain, edge, PACKAGE.getEdgeView_Bendpoints(),
                        List.copyOf(edge.getBendpoints())));
            }
        }
    }

    private static String name(ModelElement element) {
        return element.getName() != null && !element.getName().isBlank() ? element.getName() : element.getId();
    }

    /** JUMP_HOST -> "jump host". */
    private static String words(AssetType type) {
        return type.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
