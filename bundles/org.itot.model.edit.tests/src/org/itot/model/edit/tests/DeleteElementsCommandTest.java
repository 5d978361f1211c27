package org.itot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.itot.model.edit.tests.UndoRedo.assertExecutesUndoesRedoes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Bendpoint;
import org.itot.model.edit.command.delete.DeleteElementsCommand;
import org.junit.jupiter.api.Test;

/**
 * Deleting removes the elements, what they contain and what cannot outlive them, leaves no reference to any of them,
 * never widens a firewall rule or a role, and undoes exactly.
 */
class DeleteElementsCommandTest {

    private final PlantModel plant = new PlantModel();

    @Test
    void deletingAnAssetRemovesItsFlowsRulesViewsAndEveryReference() {
        DeleteElementsCommand command = new DeleteElementsCommand(plant.domain, List.of(plant.plc));

        assertExecutesUndoesRedoes(plant, command);

        Set<EObject> deleted = command.getDeletedElements();
        assertTrue(deleted.containsAll(List.of(plant.plc, plant.hmiWritesPlc, plant.allowHmiToPlc, plant.plcView,
                plant.flowEdge)), () -> "deleted: " + deleted);
        assertNoReferencesTo(deleted);
        assertFalse(plant.control.getAssets().contains(plant.plc));
        assertFalse(plant.model.getFlows().contains(plant.hmiWritesPlc));
        assertFalse(plant.firewall.getFirewallRules().contains(plant.allowHmiToPlc));
        assertEquals(List.of(plant.hmiView), plant.controlView.getChildren());
        assertEquals(List.of(plant.conduitEdge), plant.diagram.getEdges());
        // Narrowed, not widened: the permission still names the safety controller only.
        assertEquals(List.of(plant.sis), plant.programControllers.getScope());
        assertTrue(plant.operator.getPermissions().contains(plant.programControllers));
        // Untouched: what merely referred to the asset's neighbours.
        assertSame(plant.erpReadsMirror, plant.model.getFlows().get(0));
        assertEquals("Delete", command.getLabel());
    }

    @Test
    void deletingAZoneTakesItsContentsConduitsAndViewsAlong() {
        DeleteElementsCommand command = new DeleteElementsCommand(plant.domain, List.of(plant.control));

        assertExecutesUndoesRedoes(plant, command);

        Set<EObject> deleted = command.getDeletedElements();
        assertTrue(deleted.containsAll(List.of(plant.control, plant.safety, plant.plc, plant.hmi, plant.sis,
                plant.dmzToControl, plant.hmiWritesPlc, plant.allowHmiToPlc, plant.controlView, plant.plcView,
                plant.conduitEdge, plant.flowEdge, plant.operateControlZone, plant.programControllers)));
        assertNoReferencesTo(deleted);
        assertEquals(List.of(plant.enterpriseToDmz), plant.model.getConduits());
        assertEquals(List.of(plant.dmzView), plant.diagram.getNodes());
        assertTrue(plant.diagram.getEdges().isEmpty());
        assertTrue(plant.operator.getPermissions().isEmpty(), "a permission without scope would mean all assets");
        // The firewall survives with its interface into the deleted zone cleared, for validation to report.
        assertEquals(1, plant.firewall.getFirewallRules().size());
        assertNull(plant.firewall.getInterfaces().get(1).getZone());
    }

    @Test
    void deletingAnEnforcingDeviceLeavesTheConduitUnenforced() {
        DeleteElementsCommand command = new DeleteElementsCommand(plant.domain, List.of(plant.firewall));

        assertExecutesUndoesRedoes(plant, command);

        assertNoReferencesTo(command.getDeletedElements());
        assertTrue(plant.dmzToControl.getEnforcedBy().isEmpty());
        assertTrue(plant.model.getConduits().containsAll(List.of(plant.dmzToControl, plant.enterpriseToDmz)));
    }

    @Test
    void deletingAProtocolDeletesTheRulesNamingItButKeepsTheFlows() {
        DeleteElementsCommand command = new DeleteElementsCommand(plant.domain, List.of(plant.modbus));

        assertExecutesUndoesRedoes(plant, command);

        assertNoReferencesTo(command.getDeletedElements());
        assertFalse(plant.firewall.getFirewallRules().contains(plant.allowHmiToPlc),
                "a rule without protocol would allow any service");
        assertTrue(plant.model.getFlows().contains(plant.hmiWritesPlc));
        assertNull(plant.hmiWritesPlc.getProtocol());
    }

    @Test
    void deletingAFlowRemovesItsEdgeButNotTheAssets() {
        Bendpoint bend = plant.flowEdge.getBendpoints().get(0);
        DeleteElementsCommand command = new DeleteElementsCommand(plant.domain, List.of(plant.hmiWritesPlc));

        assertExecutesUndoesRedoes(plant, command);

        assertEquals(Set.of(plant.hmiWritesPlc, plant.flowEdge, bend), command.getDeletedElements());
        assertNoReferencesTo(command.getDeletedElements());
        assertTrue(plant.control.getAssets().containsAll(List.of(plant.hmi, plant.plc)));
    }

    @Test
    void deletingANodeViewOnlyRemovesItFromTheDiagram() {
        DeleteElementsCommand command = new DeleteElementsCommand(plant.domain, List.of(plant.plcView));

        assertExecutesUndoesRedoes(plant, command);

        assertNoReferencesTo(command.getDeletedElements());
        assertTrue(plant.control.getAssets().contains(plant.plc));
        assertFalse(plant.diagram.getEdges().contains(plant.flowEdge), "an edge cannot lose an end");
    }

    @Test
    void refusesNothingTheRootAndElementsOfOtherModels() {
        assertFalse(new DeleteElementsCommand(plant.domain, List.of()).canExecute());
        assertFalse(new DeleteElementsCommand(plant.domain, null).canExecute());
        assertFalse(new DeleteElementsCommand(plant.domain, List.of(plant.model)).canExecute(), "the model's root");
        assertFalse(new DeleteElementsCommand(plant.domain, List.of(new PlantModel().plc)).canExecute(),
                "element of another resource set");
        assertFalse(new DeleteElementsCommand(plant.domain, List.of("PLC-01")).canExecute(), "not a model element");
    }

    private void assertNoReferencesTo(Collection<EObject> deleted) {
        Map<EObject, Collection<EStructuralFeature.Setting>> usages =
                EcoreUtil.UsageCrossReferencer.findAll(deleted, plant.resourceSet);
        assertTrue(usages.isEmpty(), () -> "dangling references: " + usages);
        for (EObject element : deleted) {
            assertNull(element.eResource(), () -> element + " is still in the model");
        }
    }
}
