package org.itot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.itot.model.edit.tests.UndoRedo.assertExecutesUndoesRedoes;

import java.util.List;

import org.itot.model.Asset;
import org.itot.model.ItotFactory;
import org.itot.model.edit.command.change.MoveAssetToZoneCommand;
import org.junit.jupiter.api.Test;

/** Moving an asset to another zone keeps every reference to it. */
class MoveAssetToZoneCommandTest {

    private final PlantModel plant = new PlantModel();

    @Test
    void movesTheAssetAndKeepsEveryReferenceToIt() {
        MoveAssetToZoneCommand command = new MoveAssetToZoneCommand(plant.domain, plant.plc, plant.safety);

        assertExecutesUndoesRedoes(plant, command);

        assertSame(plant.safety, plant.plc.getZone());
        assertFalse(plant.control.getAssets().contains(plant.plc));
        assertSame(plant.plc, plant.hmiWritesPlc.getTarget());
        assertSame(plant.plc, plant.allowHmiToPlc.getDestination());
        assertTrue(plant.programControllers.getScope().contains(plant.plc));
        assertSame(plant.plc, plant.plcView.getElement());
        assertSame(plant.mirror, plant.plc.getPatchSource());
        assertEquals(List.of(plant.plc), List.copyOf(command.getAffectedObjects()));
        assertEquals("Move Asset", command.getLabel());
    }

    @Test
    void undoPutsTheAssetBackAtItsPlace() {
        int index = plant.control.getAssets().indexOf(plant.hmi);

        plant.domain.getCommandStack().execute(new MoveAssetToZoneCommand(plant.domain, plant.hmi, plant.enterprise));
        plant.domain.getCommandStack().undo();

        assertEquals(index, plant.control.getAssets().indexOf(plant.hmi));
    }

    @Test
    void refusesMissingInputTheSameZoneAndZonesOfOtherModels() {
        assertFalse(new MoveAssetToZoneCommand(plant.domain, null, plant.safety).canExecute());
        assertFalse(new MoveAssetToZoneCommand(plant.domain, plant.plc, null).canExecute());
        assertFalse(new MoveAssetToZoneCommand(plant.domain, plant.plc, plant.control).canExecute(), "same zone");
        assertFalse(new MoveAssetToZoneCommand(plant.domain, plant.plc, new PlantModel().safety).canExecute(),
                "zone of another model");
        Asset detached = ItotFactory.eINSTANCE.createAsset();
        assertFalse(new MoveAssetToZoneCommand(plant.domain, detached, plant.safety).canExecute(), "asset in no zone");
    }
}
