package org.itot.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.layout.DiagramGraph;
import org.itot.layout.DiagramLayout;
import org.itot.layout.LayoutResult;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.Test;

/** "Arrange All" on real diagrams: Purdue bands, no overlaps, children inside zones, routed edges, undo and redo. */
class DiagramLayoutTest {

    private static final ItotFactory FACTORY = ItotFactory.eINSTANCE;

    @Test
    void purdueTemplateIsArrangedInBandsWithoutOverlapsAndWithRoutedEdges() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        EditingDomain domain = domainOf(model);
        Diagram diagram = model.getDiagrams().get(0);

        Command command = DiagramLayout.createLayoutCommand(domain, diagram);
        assertEquals("Arrange All", command.getLabel());
        domain.getCommandStack().execute(command);

        assertBandOrder(diagram);
        assertNoOverlapsAndChildrenInside(diagram);
        assertEveryEdgeRouted(diagram);
        assertTrue(diagram.getEdges().size() >= 5, "the template shows its conduits");
    }

    @Test
    void layoutIsOneCommandThatUndoesToTheExactPreviousBoundsAndRedoes() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        EditingDomain domain = domainOf(model);
        CommandStack stack = domain.getCommandStack();
        Diagram diagram = model.getDiagrams().get(0);
        Diagram before = EcoreUtil.copy(diagram);

        Command command = DiagramLayout.createLayoutCommand(domain, diagram);
        assertTrue(EcoreUtil.equals(before, diagram), "building the command must not touch the diagram");
        stack.execute(command);
        Diagram after = EcoreUtil.copy(diagram);
        assertFalse(EcoreUtil.equals(before, after), "the layout changed nothing");
        assertEquals(command, stack.getUndoCommand());

        stack.undo();
        assertTrue(EcoreUtil.equals(before, diagram), "undo must restore every bound and bendpoint");
        assertFalse(stack.canUndo(), "the layout is a single step on the stack");
        stack.redo();
        assertTrue(EcoreUtil.equals(after, diagram), "redo must restore the arranged diagram");
    }

    @Test
    void arrangingAnArrangedDiagramAgainHasNothingToDo() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        EditingDomain domain = domainOf(model);
        Diagram diagram = model.getDiagrams().get(0);
        domain.getCommandStack().execute(DiagramLayout.createLayoutCommand(domain, diagram));

        assertFalse(DiagramLayout.createLayoutCommand(domain, diagram).canExecute(),
                "the same diagram must lay out the same way, leaving nothing to change");
    }

    @Test
    void emptyDiagramLaysOutToNothing() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.BLANK);
        Diagram diagram = FACTORY.createDiagram();
        model.getDiagrams().add(diagram);
        EditingDomain domain = domainOf(model);

        LayoutResult result = DiagramLayout.compute(diagram);

        assertTrue(result.bounds().isEmpty());
        assertTrue(result.routes().isEmpty());
        assertFalse(DiagramLayout.createLayoutCommand(domain, diagram).canExecute(),
                "an empty diagram must not put an empty step on the undo stack");
    }

    @Test
    void viewsWhoseElementIsMissingAreLaidOutAsPlainNodes() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        EditingDomain domain = domainOf(model);
        Diagram diagram = model.getDiagrams().get(0);
        NodeView orphan = FACTORY.createNodeView();
        diagram.getNodes().add(orphan);
        NodeView orphanChild = FACTORY.createNodeView();
        orphanChild.setWidth(10);
        orphanChild.setHeight(10);
        diagram.getNodes().get(0).getChildren().add(orphanChild);
        NoteView note = FACTORY.createNoteView();
        note.setText("Vendor access only through the broker");
        diagram.getNodes().add(note);
        EdgeView toOrphan = FACTORY.createEdgeView();
        toOrphan.setSource(diagram.getNodes().get(2));
        toOrphan.setTarget(orphan);
        diagram.getEdges().add(toOrphan);
        EdgeView dangling = FACTORY.createEdgeView();
        dangling.setSource(orphan);
        diagram.getEdges().add(dangling);

        domain.getCommandStack().execute(DiagramLayout.createLayoutCommand(domain, diagram));

        assertTrue(orphan.getWidth() >= DiagramGraph.NODE_MIN_WIDTH && orphan.getHeight() >= DiagramGraph.NODE_MIN_HEIGHT,
                "a view without element becomes a plain node of at least the minimum size");
        assertTrue(orphanChild.getWidth() >= DiagramGraph.NODE_MIN_WIDTH, "too small boxes grow to the minimum");
        assertTrue(note.getWidth() >= DiagramGraph.NOTE_MIN_WIDTH);
        assertTrue(dangling.getBendpoints().isEmpty(), "an edge view without a target is left alone");
        assertNoOverlapsAndChildrenInside(diagram);
        assertBandOrder(diagram);
        List<EdgeView> routed = new ArrayList<>(diagram.getEdges());
        routed.remove(dangling);
        routed.forEach(DiagramLayoutTest::assertRouted);
    }

    @Test
    void brokenStoredBoundsAreLaidOutLikeBoxesWithoutSize() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        EditingDomain domain = domainOf(model);
        Diagram diagram = model.getDiagrams().get(0);
        NodeView negative = diagram.getNodes().get(0).getChildren().get(0);
        negative.setWidth(-40);
        negative.setHeight(0);
        NodeView huge = diagram.getNodes().get(1).getChildren().get(0);
        huge.setWidth(Integer.MAX_VALUE);
        huge.setX(Integer.MIN_VALUE);

        domain.getCommandStack().execute(DiagramLayout.createLayoutCommand(domain, diagram));

        for (NodeView view : List.of(negative, huge)) {
            assertEquals(DiagramGraph.NODE_MIN_WIDTH, view.getWidth(), "broken sizes count as none");
            assertEquals(DiagramGraph.NODE_MIN_HEIGHT, view.getHeight());
        }
        assertBandOrder(diagram);
        assertNoOverlapsAndChildrenInside(diagram);
        assertEveryEdgeRouted(diagram);
    }

    @Test
    void syntheticPlantOfThousandAssetsKeepsItsBands() {
        ArchitectureModel model = SyntheticPlant.generate(1000, 1);
        Diagram diagram = plantDiagram(model);
        model.getDiagrams().add(diagram);
        EditingDomain domain = domainOf(model);

        LayoutResult first = DiagramLayout.compute(diagram);
        assertEquals(first, DiagramLayout.compute(diagram), "the same diagram must always get the same layout");
        domain.getCommandStack().execute(DiagramLayout.createCommand(domain, first));

        assertEquals(model.getZones().size(), diagram.getNodes().size());
        assertBandOrder(diagram);
        assertNoOverlapsAndChildrenInside(diagram);
        assertEveryEdgeRouted(diagram);
    }

    @Test
    void bandsRunFromOutsideThePlantDownToTheProcess() {
        List<Integer> bands = List.of(PurdueLevel.EXTERNAL, PurdueLevel.LEVEL_5, PurdueLevel.LEVEL_4,
                PurdueLevel.LEVEL_35, PurdueLevel.LEVEL_3, PurdueLevel.LEVEL_2, PurdueLevel.LEVEL_1,
                PurdueLevel.LEVEL_0).stream()
                .map(DiagramGraph::band).toList();
        assertEquals(List.of(-1, 0, 1, 2, 3, 4, 5, 6), bands);
    }

    /** Zones, each with its sub-zones and assets inside, and an edge per conduit, all at the origin. */
    private static Diagram plantDiagram(ArchitectureModel model) {
        Diagram diagram = FACTORY.createDiagram();
        diagram.setId("D-PLANT");
        Map<Zone, NodeView> zoneViews = new HashMap<>();
        for (Zone zone : model.getZones()) {
            diagram.getNodes().add(zoneView(zone, zoneViews));
        }
        for (Conduit conduit : model.getConduits()) {
            EdgeView edge = FACTORY.createEdgeView();
            edge.setElement(conduit);
            edge.setSource(zoneViews.get(conduit.getZones().get(0)));
            edge.setTarget(zoneViews.get(conduit.getZones().get(1)));
            diagram.getEdges().add(edge);
        }
        return diagram;
    }

    private static NodeView zoneView(Zone zone, Map<Zone, NodeView> zoneViews) {
        NodeView view = FACTORY.createNodeView();
        view.setElement(zone);
        zoneViews.put(zone, view);
        for (Zone subZone : zone.getSubZones()) {
            view.getChildren().add(zoneView(subZone, zoneViews));
        }
        for (Asset asset : zone.getAssets()) {
            NodeView assetView = FACTORY.createNodeView();
            assetView.setElement(asset);
            view.getChildren().add(assetView);
        }
        return view;
    }

    private static EditingDomain domainOf(ArchitectureModel model) {
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/layout.itot"));
        resource.getContents().add(model);
        return ModelEditing.domainFor(model);
    }

    /** Every zone of a higher Purdue level lies entirely above every zone of a lower one. */
    private static void assertBandOrder(Diagram diagram) {
        List<NodeView> zones = diagram.getNodes().stream().filter(view -> view.getElement() instanceof Zone).toList();
        assertFalse(zones.isEmpty());
        for (NodeView upper : zones) {
            for (NodeView lower : zones) {
                if (band(upper) < band(lower)) {
                    assertTrue(upper.getY() + upper.getHeight() <= lower.getY(),
                            () -> name(upper) + " must lie above " + name(lower));
                }
            }
        }
    }

    private static void assertNoOverlapsAndChildrenInside(Diagram diagram) {
        assertSiblingsApart(diagram.getNodes());
        for (Iterator<EObject> contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView parent && !parent.getChildren().isEmpty()) {
                assertSiblingsApart(parent.getChildren());
                for (NodeView child : parent.getChildren()) {
                    assertTrue(child.getX() >= 0 && child.getY() >= DiagramGraph.TITLE_BAR_HEIGHT
                            && child.getX() + child.getWidth() <= parent.getWidth()
                            && child.getY() + child.getHeight() <= parent.getHeight(),
                            () -> name(child) + " must lie inside " + name(parent) + " below its title bar");
                }
            }
        }
    }

    private static void assertSiblingsApart(List<NodeView> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            NodeView a = siblings.get(i);
            assertTrue(a.getWidth() > 0 && a.getHeight() > 0, () -> name(a) + " has no size");
            for (int j = i + 1; j < siblings.size(); j++) {
                NodeView b = siblings.get(j);
                boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                        || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                assertTrue(apart, () -> name(a) + " overlaps " + name(b));
            }
        }
    }

    private static void assertEveryEdgeRouted(Diagram diagram) {
        diagram.getEdges().forEach(DiagramLayoutTest::assertRouted);
    }

    /** The stored route starts on the source's border, ends on the target's border and runs orthogonally. */
    private static void assertRouted(EdgeView edge) {
        List<Bendpoint> points = edge.getBendpoints();
        assertTrue(points.size() >= 2, () -> "edge " + name(edge.getSource()) + " - " + name(edge.getTarget())
                + " has no route");
        assertOnBorder(points.get(0), absolute(edge.getSource()), edge.getSource());
        assertOnBorder(points.get(points.size() - 1), absolute(edge.getTarget()), edge.getTarget());
        for (int i = 1; i < points.size(); i++) {
            Bendpoint from = points.get(i - 1);
            Bendpoint to = points.get(i);
            assertTrue(from.getX() == to.getX() || from.getY() == to.getY(),
                    () -> "segment " + from.getX() + "," + from.getY() + " - " + to.getX() + "," + to.getY()
                            + " is not orthogonal");
        }
    }

    private static void assertOnBorder(Bendpoint point, int[] box, NodeView view) {
        int x = point.getX();
        int y = point.getY();
        int left = box[0];
        int top = box[1];
        int right = box[0] + box[2];
        int bottom = box[1] + box[3];
        boolean withinX = x >= left - 1 && x <= right + 1;
        boolean withinY = y >= top - 1 && y <= bottom + 1;
        boolean onVertical = withinY && (Math.abs(x - left) <= 1 || Math.abs(x - right) <= 1);
        boolean onHorizontal = withinX && (Math.abs(y - top) <= 1 || Math.abs(y - bottom) <= 1);
        assertTrue(onVertical || onHorizontal,
                () -> "route end " + x + "," + y + " is not on the border of " + name(view) + " " + left + "," + top
                        + " " + box[2] + "x" + box[3]);
    }

    /** x, y, width, height of a view in diagram coordinates. */
    private static int[] absolute(NodeView view) {
        int x = view.getX();
        int y = view.getY();
        for (EObject parent = view.eContainer(); parent instanceof NodeView parentView; parent = parent.eContainer()) {
            x += parentView.getX();
            y += parentView.getY();
        }
        return new int[] { x, y, view.getWidth(), view.getHeight() };
    }

    private static int band(NodeView zoneView) {
        return DiagramGraph.band(((Zone) zoneView.getElement()).getPurdueLevel());
    }

    private static String name(NodeView view) {
        if (view == null) {
            return "(no view)";
        }
        return view.getElement() instanceof ModelElement element ? element.getName() : "view without element";
    }
}
