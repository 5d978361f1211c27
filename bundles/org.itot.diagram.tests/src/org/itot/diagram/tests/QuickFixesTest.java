package org.itot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.fix.QuickFix;
import org.itot.diagram.fix.QuickFixes;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.NetworkInterface;
import org.itot.model.NodeView;
import org.itot.model.PurdueLevel;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.library.ProtocolLibrary;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each quick fix, run on the Purdue template with one flaw added, removes the finding it is for under the real rule
 * catalogue, keeps the diagram consistent, and is undone as one step back to the exact model it started from.
 */
class QuickFixesTest {

    private static final ModelValidator VALIDATOR = new ModelValidator(Catalogue.builtIn());

    private ArchitectureModel model;
    private Diagram overview;
    private CommandStack stack;

    @BeforeEach
    void purdueTemplateInAResource() {
        model = ModelTemplates.create(ModelTemplates.PURDUE);
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/fixes.itot"));
        resource.getContents().add(model);
        overview = model.getDiagrams().get(0);
        stack = ModelEditing.domainFor(model).getCommandStack();
    }

    @Test
    void aDenyAllRuleAtTheEndFixesBnd02AndNothingElseChanges() {
        Asset firewall = asset("DMZ-FW-IT");
        FirewallRule last = firewall.getFirewallRules().get(firewall.getFirewallRules().size() - 1);
        assertEquals(RuleAction.DENY, last.getAction(), "the template's firewalls end with deny-all");
        firewall.getFirewallRules().remove(last);
        Set<String> flawed = findingIds();
        assertTrue(flawed.contains("BND-02@DMZ-FW-IT"), flawed::toString);

        QuickFix fix = only(QuickFixes.forFinding("BND-02", firewall));
        assertEquals("Add a deny-all rule at the end of IT/iDMZ firewall's rule set", fix.label());
        ArchitectureModel before = EcoreUtil.copy(model);
        runAndUndo(fix.command(), before, () -> {
            FirewallRule added = firewall.getFirewallRules().get(firewall.getFirewallRules().size() - 1);
            assertEquals(RuleAction.DENY, added.getAction());
            assertTrue(added.isLogging());
            assertTrue(firewall.getFirewallRules().stream().filter(r -> r != added)
                    .allMatch(r -> r.getOrder() < added.getOrder()), "ordered after every other rule");
            assertEquals(withoutFinding(flawed, "BND-02@DMZ-FW-IT"), findingIds(), "exactly the finding is gone");
        });
        assertTrue(findingIds().contains("BND-02@DMZ-FW-IT"), "undo brings the finding back");
    }

    @Test
    void noFixIsOfferedForRulesWithoutAMechanicalRepairOrForTheWrongElement() {
        assertTrue(QuickFixes.forFinding("BND-01", model.getConduits().get(0)).isEmpty());
        assertTrue(QuickFixes.forFinding("BND-02", asset("ENT-ERP")).isEmpty(), "not a firewall");
        assertTrue(QuickFixes.forFinding("SEG-03", asset("ENT-ERP")).isEmpty(), "not a flow");
        Flow inside = model.getFlows().stream().filter(f -> f.getSourceZone() == f.getTargetZone()
                || !f.getSourceZone().isEnterpriseSide() && !f.getTargetZone().isEnterpriseSide()).findFirst()
                .orElseThrow();
        assertTrue(QuickFixes.forFinding("SEG-03", inside).isEmpty(), "a flow that does not cross IT/OT");
    }

    @Test
    void aWirelessAccessPointMovesIntoANewWirelessZoneBesideItsZoneOnTheDiagramToo() {
        Zone control = zone("Z-CTL");
        Asset ap = addAsset(control, "AP-01", "Hall A access point", AssetType.WIRELESS_AP);
        NetworkInterface nic = ItotFactory.eINSTANCE.createNetworkInterface();
        nic.setName("eth0");
        nic.setZone(control);
        ap.getInterfaces().add(nic);
        NodeView controlView = DiagramEditing.viewsOf(overview, control).get(0);
        NodeView apView = ItotFactory.eINSTANCE.createNodeView();
        apView.setElement(ap);
        apView.setWidth(150);
        apView.setHeight(60);
        controlView.getChildren().add(apView);
        assertTrue(findingIds().contains("SEG-08@AP-01"));

        QuickFix fix = only(QuickFixes.forFinding("SEG-08", ap));
        assertEquals("Move Hall A access point to a new wireless zone", fix.label());
        runAndUndo(fix.command(), EcoreUtil.copy(model), () -> {
            Zone wireless = ap.getZone();
            assertEquals(ZoneKind.WIRELESS, wireless.getKind());
            assertEquals(control.getPurdueLevel(), wireless.getPurdueLevel());
            assertEquals(control.getOwner(), wireless.getOwner());
            assertSame(wireless, nic.getZone(), "the interface moved along");
            NodeView wirelessView = DiagramEditing.viewsOf(overview, wireless).get(0);
            assertSame(wirelessView, apView.eContainer(), "the box is inside the new zone's box");
            assertTrue(wirelessView.getX() >= controlView.getX() + controlView.getWidth(), "beside the old zone");
            assertFalse(findingIds().stream().anyMatch(id -> id.startsWith("SEG-08@")), findingIds()::toString);
        });
        assertSame(controlView, apView.eContainer());
    }

    @Test
    void anExistingWirelessZoneIsOfferedAndADiagramWithoutItDropsTheBox() {
        Zone control = zone("Z-CTL");
        Zone wlan = ItotFactory.eINSTANCE.createZone();
        wlan.setId("Z-WLAN");
        wlan.setName("Plant WLAN");
        wlan.setKind(ZoneKind.WIRELESS);
        wlan.setPurdueLevel(PurdueLevel.LEVEL_1);
        model.getZones().add(wlan);
        Asset ap = addAsset(control, "AP-01", "Hall A access point", AssetType.WIRELESS_AP);
        NodeView apView = ItotFactory.eINSTANCE.createNodeView();
        apView.setElement(ap);
        DiagramEditing.viewsOf(overview, control).get(0).getChildren().add(apView);

        QuickFix fix = only(QuickFixes.forFinding("SEG-08", ap));
        assertEquals("Move Hall A access point to wireless zone Plant WLAN", fix.label());
        runAndUndo(fix.command(), EcoreUtil.copy(model), () -> {
            assertSame(wlan, ap.getZone());
            assertTrue(DiagramEditing.viewsOf(overview, ap).isEmpty(), "the overview does not show the WLAN");
            assertFalse(findingIds().contains("SEG-08@AP-01"));
        });
    }

    @Test
    void anItOtFlowIsSplitOverANewBrokerInTheIdmzOnTheDiagramToo() {
        Asset office = asset("ENT-WS-01");
        Asset historian = asset("OPS-HIST");
        Flow direct = ItotFactory.eINSTANCE.createFlow();
        direct.setId("F-DIRECT");
        direct.setName("Office reads historian");
        direct.setSource(office);
        direct.setTarget(historian);
        direct.setOperation(FlowOperation.READ);
        direct.setProtocol(ProtocolLibrary.require(model.getProtocols(), "P-HTTPS"));
        model.getFlows().add(direct);
        EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
        edge.setElement(direct);
        edge.setSource(DiagramEditing.viewsOf(overview, office).get(0));
        edge.setTarget(DiagramEditing.viewsOf(overview, historian).get(0));
        overview.getEdges().add(edge);
        assertTrue(findingIds().contains("SEG-03@F-DIRECT"));

        QuickFix fix = only(QuickFixes.forFinding("SEG-03", direct));
        assertEquals("Insert a historian mirror in Industrial DMZ into flow Office reads historian", fix.label());
        runAndUndo(fix.command(), EcoreUtil.copy(model), () -> {
            Asset broker = direct.getTarget();
            assertEquals(AssetType.HISTORIAN_MIRROR, broker.getType());
            assertSame(zone("Z-IDMZ"), broker.getZone());
            Flow onward = model.getFlows().stream().filter(f -> f.getSource() == broker).findFirst().orElseThrow();
            assertSame(historian, onward.getTarget());
            assertSame(direct.getProtocol(), onward.getProtocol());
            assertEquals(FlowOperation.READ, onward.getOperation());
            NodeView brokerView = DiagramEditing.viewsOf(overview, broker).get(0);
            assertSame(DiagramEditing.viewsOf(overview, zone("Z-IDMZ")).get(0), brokerView.eContainer());
            assertSame(brokerView, edge.getTarget());
            EdgeView onwardEdge = overview.getEdges().stream().filter(e -> e.getElement() == onward).findFirst()
                    .orElseThrow();
            assertSame(brokerView, onwardEdge.getSource());
            assertSame(DiagramEditing.viewsOf(overview, historian).get(0), onwardEdge.getTarget());
            Set<String> after = findingIds();
            // The direct IT/OT flow (the error) is gone. The broker now relays one protocol from the enterprise
            // side into the plant, which SEG-03's warning sub-check names on the broker until a protocol is changed.
            assertEquals(Set.of("SEG-03@" + broker.getId()),
                    after.stream().filter(id -> id.startsWith("SEG-03@")).collect(Collectors.toSet()), after::toString);
        });
        assertSame(historian, direct.getTarget());
    }

    @Test
    void theBrokerFitsTheExchange() {
        Flow flow = ItotFactory.eINSTANCE.createFlow();
        flow.setProtocol(ProtocolLibrary.require(model.getProtocols(), "P-RDP"));
        assertEquals(AssetType.JUMP_HOST, QuickFixes.brokerTypeFor(flow));
        flow.setProtocol(null);
        flow.setOperation(FlowOperation.FILE_TRANSFER);
        assertEquals(AssetType.FILE_TRANSFER_BROKER, QuickFixes.brokerTypeFor(flow));
        flow.setOperation(FlowOperation.WRITE);
        assertEquals(AssetType.DATA_GATEWAY, QuickFixes.brokerTypeFor(flow));
    }

    /** Executes the command, checks the outcome, undoes it and checks the model is exactly as before. */
    private void runAndUndo(Command command, ArchitectureModel before, Runnable outcome) {
        assertTrue(command.canExecute(), command.getLabel() + " can execute");
        stack.execute(command);
        assertSame(command, stack.getUndoCommand(), "one step on the model's stack");
        outcome.run();
        stack.undo();
        assertTrue(EcoreUtil.equals(before, model), "undo restores the model exactly");
    }

    private Set<String> findingIds() {
        Diagnostic result = VALIDATOR.validate(model);
        Set<String> ids = new TreeSet<>();
        result.getChildren().forEach(d -> ids.add(((RuleDiagnostic) d).findingId()));
        return ids;
    }

    private static Set<String> withoutFinding(Set<String> ids, String findingId) {
        Set<String> rest = new TreeSet<>(ids);
        rest.remove(findingId);
        return rest;
    }

    private static QuickFix only(List<QuickFix> fixes) {
        assertEquals(1, fixes.size(), () -> "one fix expected: " + fixes.stream().map(QuickFix::label).toList());
        return fixes.get(0);
    }

    private Asset addAsset(Zone zone, String id, String name, AssetType type) {
        Asset asset = ItotFactory.eINSTANCE.createAsset();
        asset.setId(id);
        asset.setName(name);
        asset.setType(type);
        zone.getAssets().add(asset);
        return asset;
    }

    private Asset asset(String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    private Zone zone(String id) {
        return model.getAllZones().stream().filter(z -> id.equals(z.getId())).findFirst().orElseThrow();
    }
}
