package org.itot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.edit.DiagramCreation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.Test;

/** New Diagram's one implementation (wizard, menus, command line): nesting, flows drawn or summarised, progress. */
class DiagramCreationTest {

    @Test
    void aChosenSubZoneNestsInItsChosenParent() {
        ArchitectureModel model = SyntheticPlant.generate(100, 1);
        Zone parent = model.getZones().get(0);
        Zone cell = ItotFactory.eINSTANCE.createZone();
        cell.setName("Cell");
        cell.setPurdueLevel(parent.getPurdueLevel());
        parent.getSubZones().add(cell);
        cell.getAssets().add(parent.getAssets().get(0));
        EditingDomain domain = domainOf(model);

        DiagramCreation.Plan plan = DiagramCreation.plan(domain, model, "All", model.getAllZones(), false, null);
        domain.getCommandStack().execute(plan.command());

        Diagram diagram = model.getDiagrams().get(model.getDiagrams().size() - 1);
        assertEquals("All", diagram.getName());
        assertEquals(model.getZones().size(), diagram.getNodes().size(), "one top-level box per top-level zone");
        NodeView parentView = diagram.getNodes().stream().filter(v -> v.getElement() == parent).findFirst()
                .orElseThrow();
        NodeView cellView = parentView.getChildren().stream().filter(v -> v.getElement() == cell).findFirst()
                .orElseThrow(() -> new AssertionError("the sub-zone is inside its parent's box"));
        assertTrue(cellView.getX() + cellView.getWidth() <= parentView.getWidth()
                && cellView.getY() + cellView.getHeight() <= parentView.getHeight(), "and laid out inside it");
        assertEquals(1, cellView.getChildren().size(), "with its asset");
    }

    @Test
    void flowsAreDrawnUpToTheLimitAndSummarisedByConduitsAbove() {
        ArchitectureModel small = SyntheticPlant.generate(100, 1);
        DiagramCreation.Plan drawn = DiagramCreation.plan(domainOf(small), small, "Flows", small.getAllZones(), true,
                null);
        assertTrue(drawn.flowsDrawn() > 0 && drawn.flowsDrawn() <= DiagramCreation.MAX_DRAWN_FLOWS);
        assertEquals(drawn.flowsDrawn(), drawn.diagram().getEdges().stream().filter(e -> e.getElement() instanceof Flow)
                .count());
        assertTrue(drawn.diagram().getEdges().stream().allMatch(e -> e.getBendpoints().size() >= 2), "all routed");

        ArchitectureModel large = SyntheticPlant.generate(2000, 1);
        assertTrue(large.getFlows().size() > DiagramCreation.MAX_DRAWN_FLOWS, "the test needs many flows");
        DiagramCreation.Plan summarised = DiagramCreation.plan(domainOf(large), large, "Plant", large.getAllZones(),
                true, null);
        assertEquals(0, summarised.flowsDrawn());
        assertTrue(summarised.flowsSummarised() > DiagramCreation.MAX_DRAWN_FLOWS);
        assertTrue(summarised.conduits() > 0);
        assertTrue(summarised.diagram().getEdges().stream().noneMatch(e -> e.getElement() instanceof Flow));
    }

    @Test
    void progressIsDeterminateAndCancelLeavesTheModelAlone() {
        ArchitectureModel model = SyntheticPlant.generate(500, 1);
        EditingDomain domain = domainOf(model);
        int diagrams = model.getDiagrams().size();
        int[] total = { 0 };
        int[] polls = { 0 };
        NullProgressMonitor cancelling = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                total[0] = totalWork;
            }

            @Override
            public boolean isCanceled() {
                return ++polls[0] >= 3;
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> DiagramCreation.plan(domain, model, "Plant", model.getAllZones(), true, cancelling));
        assertTrue(total[0] > 0, "a determinate task");
        assertEquals(diagrams, model.getDiagrams().size(), "nothing added");
        assertTrue(polls[0] < model.getAllZones().size(), "stopped after a few zones");
    }

    @Test
    void noZonesMakeNoCommand() {
        ArchitectureModel model = SyntheticPlant.generate(50, 1);
        assertTrue(!DiagramCreation.plan(domainOf(model), model, "None", List.of(), true, null).command().canExecute());
    }

    private static EditingDomain domainOf(ArchitectureModel model) {
        new ResourceSetImpl().createResource(URI.createURI("memory:/creation.itot")).getContents().add(model);
        return ModelEditing.domainFor(model);
    }
}
