package org.itot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.edit.Banding;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.edit.KeepHonest;
import org.itot.diagram.edit.ZoneFitting;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.ArchitectureModel;
import org.itot.model.AssetType;
import org.itot.model.Diagram;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.style.Band;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits keep the picture honest: zones grow round what they hold, Purdue bands never overlap, all undoable. */
class KeepHonestTest {

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
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/honest.itot"));
        resource.getContents().add(model);
        domain = ModelEditing.domainFor(model);
        stack = domain.getCommandStack();
    }

    @Test
    void aZoneGrowsToHoldAnAssetCreatedAtItsEdgeAndUndoShrinksItBack() {
        NodeView zone = zone(ZoneKind.BASIC_CONTROL, 0, 0);
        NodeView plc = asset(zone, 300, 180);

        assertTrue(box(zone).encloses(box(plc)), box(zone) + " holds " + box(plc));
        assertEquals(300 + 150 + ZoneFitting.SIDE, zone.getWidth());
        assertEquals(180 + 60 + ZoneFitting.SIDE, zone.getHeight());
        stack.undo();
        assertEquals(List.of(360, 200), List.of(zone.getWidth(), zone.getHeight()), "one step with the creation");
    }

    @Test
    void aZoneGrowsLeftAndUpKeepingWhatItHoldsInPlace() {
        NodeView zone = zone(ZoneKind.BASIC_CONTROL, 500, 500);
        NodeView plc = asset(zone, 20, 40);
        Bounds before = box(plc);

        move(plc, -60, 5);

        Bounds moved = box(plc);
        assertEquals(before.x() - 80, moved.x(), "the asset is where it was dropped");
        assertEquals(before.y() - 35, moved.y());
        assertTrue(box(zone).encloses(moved));
        assertEquals(500 - 70, zone.getX(), "the zone's left edge moved out, room of " + ZoneFitting.SIDE);
        assertEquals(500 - (ZoneFitting.TOP - 5), zone.getY(), "and its top, room for the title bar");
    }

    @Test
    void resizingAZoneSmallerThanItsContentsKeepsThemInside() {
        NodeView zone = zone(ZoneKind.BASIC_CONTROL, 0, 0);
        NodeView plc = asset(zone, 150, 100);
        execute(DiagramEditing.setBounds(domain, diagram, zone, 0, 0, 100, 100));
        assertTrue(box(zone).encloses(box(plc)));
    }

    @Test
    void nestedZonesGrowAllTheWayUp() {
        NodeView outer = zone(ZoneKind.BASIC_CONTROL, 0, 0);
        execute(DiagramEditing.create(domain, diagram, Palette.entry("zone.safety.1").orElseThrow(), outer, 20, 40));
        NodeView inner = outer.getChildren().get(0);
        NodeView sis = asset(inner, 300, 150);
        assertTrue(box(inner).encloses(box(sis)));
        assertTrue(box(outer).encloses(box(inner)));
    }

    @Test
    void aZoneOfAnotherLevelBesideAnotherGetsABandOfItsOwnInPurdueOrder() {
        NodeView control = zone(ZoneKind.BASIC_CONTROL, 0, 100);
        NodeView enterprise = zone(ZoneKind.ENTERPRISE, 400, 100);

        assertFalse(Banding.overlapping(diagram), "bands: " + Banding.spans(diagram));
        assertTrue(enterprise.getY() + enterprise.getHeight() < control.getY(), "Level 4 above Level 1");
        assertEquals(400, enterprise.getX());
        assertEquals(100, control.getY(), "the zone already there stays");
        NodeView process = zone(ZoneKind.PROCESS, 800, 0);
        assertFalse(Banding.overlapping(diagram));
        assertTrue(process.getY() > control.getY() + control.getHeight(), "Level 0 below Level 1");
        stack.undo();
        stack.undo();
        assertEquals(100, enterprise.getY(), "undone with the creation: back to where it was clicked");
    }

    @Test
    void aZoneDroppedIntoItsOwnBandJoinsTheRowBesideTheOthers() {
        NodeView first = zone(ZoneKind.BASIC_CONTROL, 0, 100);
        zone(ZoneKind.ENTERPRISE, 0, -300);
        NodeView second = zone(ZoneKind.SAFETY, 100, -280); // Level 1 too, dropped into the Enterprise band
        assertFalse(Banding.overlapping(diagram));
        assertEquals(first.getY(), second.getY(), "in the Level 1 row");
        assertTrue(second.getX() >= first.getX() + first.getWidth(), "beside the first, not on it");
    }

    @Test
    void aZoneGrowingIntoTheBandBelowPushesThatBandDown() {
        NodeView enterprise = zone(ZoneKind.ENTERPRISE, 0, 0);
        NodeView control = zone(ZoneKind.BASIC_CONTROL, 0, 260);
        assertFalse(Banding.overlapping(diagram));
        int controlTop = control.getY();
        asset(enterprise, 20, 180); // the Enterprise zone grows 50 down into the Level 1 band
        assertFalse(Banding.overlapping(diagram));
        assertTrue(control.getY() > controlTop);
    }

    @Test
    void shrinkToFitAndArrangeSelection() {
        NodeView zone = zone(ZoneKind.BASIC_CONTROL, 0, 0);
        execute(DiagramEditing.setBounds(domain, diagram, zone, 0, 0, 1200, 900));
        NodeView plc = asset(zone, 400, 300);
        Bounds before = box(plc);
        execute(ZoneFitting.shrinkToFit(domain, List.of(zone)));
        assertEquals(before, box(plc), "the asset stays where it is");
        assertEquals(150 + 2 * ZoneFitting.SIDE, zone.getWidth());
        assertEquals(60 + ZoneFitting.TOP + ZoneFitting.SIDE, zone.getHeight());

        for (int i = 0; i < 6; i++) {
            asset(zone, 10 * i, 40 + 5 * i);
        }
        execute(ZoneFitting.arrange(domain, List.of(zone)));
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        List<Bounds> boxes = zone.getChildren().stream().map(geometry::bounds).toList();
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(geometry.bounds(zone).encloses(boxes.get(i)));
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j), 0), "arranged boxes never overlap");
            }
        }
    }

    @Test
    void bandSpansAreTheBandsThePainterDraws() {
        zone(ZoneKind.BASIC_CONTROL, 0, 100);
        zone(ZoneKind.ENTERPRISE, 0, -300);
        Map<Band, double[]> painted = DiagramGeometry.of(diagram).bandSpans();
        Map<Band, int[]> derived = Banding.spans(diagram);
        assertEquals(painted.keySet(), derived.keySet());
    }

    private NodeView zone(ZoneKind kind, int x, int y) {
        PaletteEntry entry = Palette.groups().stream().flatMap(g -> g.entries().stream())
                .filter(e -> e.kind() == PaletteEntry.Kind.ZONE && e.zoneKind() == kind).findFirst().orElseThrow();
        execute(DiagramEditing.create(domain, diagram, entry, null, x, y));
        return diagram.getNodes().get(diagram.getNodes().size() - 1);
    }

    private NodeView asset(NodeView zone, int x, int y) {
        execute(DiagramEditing.create(domain, diagram, Palette.asset(AssetType.PLC), zone, x, y));
        return zone.getChildren().get(zone.getChildren().size() - 1);
    }

    private void move(NodeView view, int x, int y) {
        execute(DiagramEditing.move(domain, diagram, Map.of(view, new int[] { x, y })));
    }

    private void execute(Command command) {
        assertTrue(command.canExecute());
        stack.execute(new KeepHonest(domain, diagram, command));
    }

    private Bounds box(NodeView view) {
        return DiagramGeometry.of(diagram).bounds(view);
    }
}
