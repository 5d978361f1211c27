package org.itot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.edit.Alignment;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiagramEditingTest {

    private ArchitectureModel model;
    private Diagram diagram;
    private EditingDomain domain;
    private CommandStack stack;

    @BeforeEach
    void emptyModelWithADiagram() {
        model = ItotFactory.eINSTANCE.createArchitectureModel();
        model.setId("M");
        model.setName("Test plant");
        diagram = ItotFactory.eINSTANCE.createDiagram();
        diagram.setId("D-1");
        diagram.setName("Overview");
        model.getDiagrams().add(diagram);
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/editing.itot"));
        resource.getContents().add(model);
        domain = ModelEditing.domainFor(model);
        stack = domain.getCommandStack();
    }

    @Test
    void aZoneFromThePaletteCreatesTheZoneAndItsBoxInOneUndoableStep() {
        NodeView view = createZone("zone.basicControl.1", 100, 50);

        Zone zone = (Zone) view.getElement();
        assertSame(model, zone.eContainer());
        assertEquals(ZoneKind.BASIC_CONTROL, zone.getKind());
        assertEquals("Basic control", zone.getName());
        assertEquals(List.of(view), diagram.getNodes());
        assertEquals(100, view.getX());
        assertEquals(360, view.getWidth());

        stack.undo();
        assertTrue(model.getZones().isEmpty());
        assertTrue(diagram.getNodes().isEmpty());
        stack.redo();
        assertSame(zone, model.getZones().get(0));
        assertSame(view, diagram.getNodes().get(0));
    }

    @Test
    void anAssetNeedsAZoneToLandIn() {
        PaletteEntry plc = Palette.asset(AssetType.PLC);
        assertFalse(DiagramEditing.create(domain, diagram, plc, null, 10, 10).canExecute(),
                "an asset dropped on the bare canvas has no zone to belong to");
        NodeView zoneView = createZone("zone.basicControl.1", 0, 0);
        NodeView plcView = createAsset(zoneView, AssetType.PLC, 20, 40);

        Asset asset = (Asset) plcView.getElement();
        assertSame(zoneView.getElement(), asset.getZone());
        assertSame(zoneView, plcView.eContainer());
        assertEquals(AssetType.PLC, asset.getType());
        assertNotNull(asset.getId(), "the new asset gets an id when the command runs");
    }

    @Test
    void aFlowConnectsTwoAssetsAndAConduitTwoZones() {
        NodeView control = createZone("zone.basicControl.1", 0, 0);
        NodeView supervisory = createZone("zone.supervisory.2", 0, 300);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        NodeView hmi = createAsset(supervisory, AssetType.HMI, 20, 40);

        assertFalse(DiagramEditing.canConnect(PaletteEntry.Kind.FLOW, plc, control), "a flow joins two assets");
        assertFalse(DiagramEditing.canConnect(PaletteEntry.Kind.CONDUIT, plc, hmi), "a conduit joins two zones");
        assertFalse(DiagramEditing.canConnect(PaletteEntry.Kind.FLOW, plc, plc));

        stack.execute(DiagramEditing.connect(domain, diagram, PaletteEntry.Kind.FLOW, hmi, plc));
        stack.execute(DiagramEditing.connect(domain, diagram, PaletteEntry.Kind.CONDUIT, supervisory, control));

        Flow flow = model.getFlows().get(0);
        assertSame(hmi.getElement(), flow.getSource());
        assertSame(plc.getElement(), flow.getTarget());
        assertEquals(1, model.getConduits().size());
        assertEquals(2, diagram.getEdges().size());
        EdgeView flowEdge = diagram.getEdges().get(0);
        assertSame(flow, flowEdge.getElement());
        assertSame(hmi, flowEdge.getSource());

        stack.undo();
        stack.undo();
        assertTrue(model.getFlows().isEmpty());
        assertTrue(model.getConduits().isEmpty());
        assertTrue(diagram.getEdges().isEmpty());
    }

    @Test
    void droppingAnAssetIntoAnotherZoneMovesItInTheModelAndOnEveryDiagramShowingThatZone() {
        NodeView control = createZone("zone.basicControl.1", 0, 0);
        NodeView safety = createZone("zone.safety.1", 400, 0);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        Asset asset = (Asset) plc.getElement();
        Diagram second = EcoreUtil.copy(diagram);
        model.getDiagrams().add(second);
        NodeView secondPlc = DiagramEditing.viewsOf(second, asset).get(0);
        NodeView secondSafety = DiagramEditing.viewsOf(second, safety.getElement()).get(0);
        Diagram withoutSafety = EcoreUtil.copy(diagram);
        withoutSafety.getNodes().removeIf(view -> view.getElement() == safety.getElement());
        model.getDiagrams().add(withoutSafety);

        stack.execute(DiagramEditing.moveAssetToZone(domain, plc, safety, 30, 50));
        assertTrue(DiagramEditing.viewsOf(withoutSafety, asset).isEmpty(),
                "a diagram without the target zone no longer shows the asset in its old zone");

        assertSame(safety.getElement(), asset.getZone());
        assertSame(safety, plc.eContainer());
        assertEquals(30, plc.getX());
        assertSame(secondSafety, secondPlc.eContainer(), "the other diagram follows the model");
        stack.undo();
        assertSame(control.getElement(), asset.getZone());
        assertSame(control, plc.eContainer());
        assertEquals(20, plc.getX());
        assertEquals(1, DiagramEditing.viewsOf(withoutSafety, asset).size());
        assertNotNull(secondPlc.eContainer());
        assertFalse(secondPlc.eContainer() == secondSafety);
    }

    @Test
    void movingAssetsFromTheExplorerMovesTheirViewsIntoTheZoneOrOffDiagramsWithoutIt() {
        NodeView control = createZone("zone.basicControl.1", 0, 0);
        NodeView safety = createZone("zone.safety.1", 400, 0);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        NodeView hmi = createAsset(control, AssetType.HMI, 200, 40);
        NodeView sis = createAsset(safety, AssetType.SAFETY_CONTROLLER, 20, 40);
        stack.execute(DiagramEditing.connect(domain, diagram, PaletteEntry.Kind.FLOW, hmi, plc));
        Asset plcAsset = (Asset) plc.getElement();
        Asset hmiAsset = (Asset) hmi.getElement();
        stack.execute(DiagramEditing.newDiagram(domain, model, "Control only", List.of((Zone) control.getElement())));
        Diagram controlOnly = model.getDiagrams().get(1);
        NodeView controlOnlyPlc = DiagramEditing.viewsOf(controlOnly, plcAsset).get(0);

        Command move = DiagramEditing.moveAssetsToZone(domain, List.of(plcAsset, hmiAsset), (Zone) safety.getElement());
        assertTrue(move.canExecute());
        stack.execute(move);

        assertSame(safety.getElement(), plcAsset.getZone());
        assertSame(safety.getElement(), hmiAsset.getZone());
        assertSame(safety, plc.eContainer(), "the view follows into the zone shown on this diagram");
        assertSame(safety, hmi.eContainer());
        List<Bounds> boxes = List.of(box(plc), box(hmi), box(sis));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)), "moved views land on free places: " + boxes);
            }
        }
        assertEquals(1, diagram.getEdges().size(), "the flow between the moved assets stays drawn");
        assertTrue(DiagramEditing.viewsOf(controlOnly, plcAsset).isEmpty(),
                "a diagram without the target zone no longer shows the asset in its old zone");
        assertTrue(controlOnly.getEdges().isEmpty());

        stack.undo();
        assertSame(control.getElement(), plcAsset.getZone());
        assertSame(control, plc.eContainer());
        assertEquals(20, plc.getX());
        assertEquals(List.of(controlOnlyPlc), DiagramEditing.viewsOf(controlOnly, plcAsset));
        assertEquals(1, controlOnly.getEdges().size());
        assertFalse(DiagramEditing.moveAssetToZone(domain, plcAsset, plcAsset.getZone()).canExecute(),
                "moving an asset to its own zone is no step");
    }

    private static Bounds box(NodeView view) {
        return new Bounds(view.getX(), view.getY(), view.getWidth(), view.getHeight());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    @Test
    void removingFromTheDiagramKeepsTheElementsDeletingFromTheModelRemovesEveryView() {
        NodeView control = createZone("zone.basicControl.1", 0, 0);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        NodeView hmi = createAsset(control, AssetType.HMI, 200, 40);
        stack.execute(DiagramEditing.connect(domain, diagram, PaletteEntry.Kind.FLOW, hmi, plc));
        Asset plcAsset = (Asset) plc.getElement();

        stack.execute(DiagramEditing.removeFromDiagram(domain, diagram, List.of(plc)));
        assertFalse(control.getChildren().contains(plc));
        assertTrue(diagram.getEdges().isEmpty(), "the flow's edge has lost an end");
        assertSame(control.getElement(), plcAsset.getZone(), "the asset is still in the model");
        assertEquals(1, model.getFlows().size());
        stack.undo();

        stack.execute(DiagramEditing.deleteFromModel(domain, List.of(plcAsset)));
        assertNull(plcAsset.getZone());
        assertTrue(model.getFlows().isEmpty(), "a flow cannot outlive its end");
        assertFalse(control.getChildren().contains(plc));
        assertTrue(diagram.getEdges().isEmpty());
    }

    @Test
    void movingBothEndsShiftsBendpointsMovingOneStraightensTheEdge() {
        NodeView control = createZone("zone.basicControl.1", 0, 0);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        NodeView hmi = createAsset(control, AssetType.HMI, 200, 40);
        stack.execute(DiagramEditing.connect(domain, diagram, PaletteEntry.Kind.FLOW, hmi, plc));
        EdgeView edge = diagram.getEdges().get(0);
        Bendpoint bend = ItotFactory.eINSTANCE.createBendpoint();
        bend.setX(150);
        bend.setY(200);
        edge.getBendpoints().add(bend);

        stack.execute(DiagramEditing.move(domain, diagram, Map.of(control, new int[] { 10, 5 })));
        assertEquals(160, bend.getX(), "the zone carried both ends");
        assertEquals(205, bend.getY());

        stack.execute(DiagramEditing.move(domain, diagram, Map.of(plc, new int[] { 40, 120 })));
        assertTrue(edge.getBendpoints().isEmpty());
        stack.undo();
        assertEquals(List.of(bend), edge.getBendpoints());
    }

    @Test
    void renameDuplicateAndAlign() {
        NodeView control = createZone("zone.basicControl.1", 0, 0);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        NodeView hmi = createAsset(control, AssetType.HMI, 200, 90);
        Asset plcAsset = (Asset) plc.getElement();

        stack.execute(DiagramEditing.rename(domain, plcAsset, "  Filter PLC "));
        assertEquals("Filter PLC", plcAsset.getName());
        assertFalse(DiagramEditing.rename(domain, plcAsset, "   ").canExecute(), "a name cannot be blank");

        stack.execute(DiagramEditing.duplicate(domain, diagram, List.of(plc, hmi), 20));
        List<Asset> assets = ((Zone) control.getElement()).getAssets();
        assertEquals(4, assets.size());
        assertEquals("Filter PLC (copy)", assets.get(2).getName());
        assertEquals(AssetType.PLC, assets.get(2).getType());
        assertFalse(assets.get(2).getId().equals(assets.get(3).getId()), "each copy has its own id");
        assertFalse(assets.get(2).getId().equals(plcAsset.getId()));
        assertEquals(4, control.getChildren().size());
        assertEquals(40, control.getChildren().get(2).getX());

        stack.execute(Alignment.TOP.apply(domain, diagram, List.of(plc, hmi)));
        assertEquals(40, hmi.getY());
        stack.execute(Alignment.LEFT.apply(domain, diagram, List.of(hmi, plc)));
        assertEquals(200, plc.getX());
    }

    @Test
    void geometryFindsTheTopMostBoxAndTheEdgeUnderThePointer() {
        NodeView control = createZone("zone.basicControl.1", 100, 100);
        NodeView plc = createAsset(control, AssetType.PLC, 20, 40);
        NodeView hmi = createAsset(control, AssetType.HMI, 200, 40);
        stack.execute(DiagramEditing.connect(domain, diagram, PaletteEntry.Kind.FLOW, plc, hmi));
        DiagramGeometry geometry = DiagramGeometry.of(diagram);

        assertEquals(new Bounds(120, 140, 150, 60), geometry.bounds(plc));
        assertSame(plc, geometry.nodeAt(130, 150));
        assertSame(control, geometry.nodeAt(105, 105));
        assertNull(geometry.nodeAt(99, 99));
        assertSame(control, geometry.nodeAt(130, 150, java.util.Set.of(plc), true),
                "while dragging the PLC, the zone underneath is the drop target");
        assertSame(diagram.getEdges().get(0), geometry.edgeAt(285, 170, 3), "between the two boxes");
        assertEquals(List.of(plc, hmi), geometry.nodesWithin(new Bounds(110, 130, 350, 100)));
    }

    @Test
    void aZoneDiagramShowsTheZoneItsNeighboursTheirConduitsAndFlowsLaidOutInOneStep() {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        new ResourceSetImpl().createResource(URI.createURI("memory:/purdue.itot")).getContents().add(purdue);
        EditingDomain purdueDomain = ModelEditing.domainFor(purdue);
        Zone idmz = purdue.getZones().stream().filter(z -> z.getKind() == ZoneKind.IDMZ).findFirst().orElseThrow();
        List<Zone> zones = DiagramEditing.zoneAndNeighbours(purdue, idmz);
        assertTrue(zones.size() >= 3, "the iDMZ has conduits above and below: " + zones);
        int before = purdue.getDiagrams().size();

        purdueDomain.getCommandStack().execute(DiagramEditing.newDiagram(purdueDomain, purdue, "iDMZ", zones));

        Diagram created = purdue.getDiagrams().get(before);
        assertEquals("iDMZ", created.getName());
        assertFalse(purdue.getDiagrams().get(0).getId().equals(created.getId()));
        assertEquals(zones.size(), created.getNodes().size());
        for (NodeView zoneView : created.getNodes()) {
            assertEquals(((Zone) zoneView.getElement()).getAssets().size(), zoneView.getChildren().size());
            assertTrue(zoneView.getWidth() > 0 && zoneView.getHeight() > 0, "laid out");
        }
        long conduits = purdue.getConduits().stream().filter(c -> zones.containsAll(c.getZones())).count();
        assertEquals(conduits, created.getEdges().stream().filter(e -> e.getElement() instanceof Conduit).count());
        assertTrue(created.getEdges().stream().allMatch(e -> !e.getBendpoints().isEmpty()), "every edge is routed");
        purdueDomain.getCommandStack().undo();
        assertEquals(before, purdue.getDiagrams().size());
    }

    @Test
    void anEmptyDiagramGetsAFreshIdAndUndoes() {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        new ResourceSetImpl().createResource(URI.createURI("memory:/sketch.itot")).getContents().add(purdue);
        var purdueDomain = ModelEditing.domainFor(purdue);
        int before = purdue.getDiagrams().size();
        purdueDomain.getCommandStack().execute(DiagramEditing.emptyDiagram(purdueDomain, purdue, "Sketch"));

        Diagram created = purdue.getDiagrams().get(before);
        assertEquals("Sketch", created.getName());
        assertTrue(created.getNodes().isEmpty() && created.getEdges().isEmpty());
        assertEquals(before + 1, purdue.getDiagrams().stream().map(Diagram::getId).distinct().count(), "a fresh id");
        purdueDomain.getCommandStack().undo();
        assertEquals(before, purdue.getDiagrams().size());
    }

    private NodeView createZone(String paletteId, int x, int y) {
        PaletteEntry entry = Palette.entry(paletteId).orElseThrow();
        Command command = DiagramEditing.create(domain, diagram, entry, null, x, y);
        assertTrue(command.canExecute());
        stack.execute(command);
        return diagram.getNodes().get(diagram.getNodes().size() - 1);
    }

    private NodeView createAsset(NodeView zoneView, AssetType type, int x, int y) {
        Command command = DiagramEditing.create(domain, diagram, Palette.asset(type), zoneView, x, y);
        assertTrue(command.canExecute());
        stack.execute(command);
        return zoneView.getChildren().get(zoneView.getChildren().size() - 1);
    }
}
