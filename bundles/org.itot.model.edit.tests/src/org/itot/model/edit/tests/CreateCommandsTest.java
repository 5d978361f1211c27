package org.itot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.itot.model.edit.tests.UndoRedo.assertExecutesUndoesRedoes;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.Protocol;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.command.create.AddAssetToZoneCommand;
import org.itot.model.edit.command.create.AddFlowCommand;
import org.itot.model.edit.command.create.ConnectZonesCommand;
import org.itot.model.edit.command.create.CreateZoneCommand;
import org.junit.jupiter.api.Test;

/** The create commands: what they add, the ids they give, exact undo and redo, and the input they refuse. */
class CreateCommandsTest {

    private final PlantModel plant = new PlantModel();

    @Test
    void createZoneAddsAZoneOfKindAndLevelWithAFreshId() {
        CreateZoneCommand command =
                new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2)
                        .named("Plant Wi-Fi");

        assertExecutesUndoesRedoes(plant, command);

        Zone zone = command.getZone();
        assertSame(plant.model, zone.eContainer());
        assertEquals(List.of("Z-ENT", "Z-DMZ", "Z-CTL", "Z-001"),
                plant.model.getZones().stream().map(Zone::getId).toList());
        assertEquals(ZoneKind.WIRELESS, zone.getKind());
        assertEquals(PurdueLevel.LEVEL_2, zone.getPurdueLevel());
        assertEquals("Plant Wi-Fi", zone.getName());
        assertEquals("Create Zone", command.getLabel());
        assertEquals(List.of(zone), List.copyOf(command.getAffectedObjects()));
    }

    @Test
    void createZoneAsSubZone() {
        CreateZoneCommand command =
                new CreateZoneCommand(plant.domain, plant.control, ZoneKind.PROCESS, PurdueLevel.LEVEL_0);

        assertExecutesUndoesRedoes(plant, command);

        assertSame(plant.control, command.getZone().getParentZone());
        assertEquals(2, plant.control.getSubZones().size());
    }

    @Test
    void generatedIdsContinueAfterTheHighestInUseAndDifferInOneCompound() {
        plant.safety.setId("Z-007");
        CompoundCommand two = new CompoundCommand();
        CreateZoneCommand first =
                new CreateZoneCommand(plant.domain, plant.model, ZoneKind.CLOUD, PurdueLevel.EXTERNAL);
        CreateZoneCommand second = new CreateZoneCommand(plant.domain, plant.control, ZoneKind.PROCESS,
                PurdueLevel.LEVEL_0);
        two.append(first);
        two.append(second);

        plant.domain.getCommandStack().execute(two);

        assertEquals("Z-008", first.getZone().getId());
        assertEquals("Z-009", second.getZone().getId());
    }

    @Test
    void createZoneRefusesMissingInputAndATakenId() {
        assertFalse(new CreateZoneCommand(plant.domain, plant.model, null, PurdueLevel.LEVEL_2).canExecute());
        assertFalse(new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, null).canExecute());
        assertFalse(new CreateZoneCommand(plant.domain, (Zone) null, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2)
                .canExecute());
        assertFalse(new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2)
                .withId("PLC-01").canExecute(), "an id another element has");
        assertTrue(new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2)
                .withId("Z-WIFI").canExecute());
    }

    @Test
    void commandCannotBeReconfiguredOnceChecked() {
        CreateZoneCommand command =
                new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2);
        assertTrue(command.canExecute());

        assertThrows(IllegalStateException.class, () -> command.named("too late"));
    }

    @Test
    void addAssetAddsAnAssetOfATypeToAZone() {
        AddAssetToZoneCommand command =
                new AddAssetToZoneCommand(plant.domain, plant.control, AssetType.ENGINEERING_WORKSTATION)
                        .named("Engineering station");

        assertExecutesUndoesRedoes(plant, command);

        assertSame(plant.control, command.getAsset().getZone());
        assertEquals(AssetType.ENGINEERING_WORKSTATION, command.getAsset().getType());
        assertEquals("A-001", command.getAsset().getId());
        assertEquals("Add Asset", command.getLabel());
    }

    @Test
    void addAssetRefusesNoZoneAndNoType() {
        assertFalse(new AddAssetToZoneCommand(plant.domain, null, AssetType.PLC).canExecute());
        assertFalse(new AddAssetToZoneCommand(plant.domain, plant.control, null).canExecute());
    }

    @Test
    void connectZonesJoinsTwoZonesByANewConduit() {
        ConnectZonesCommand command = new ConnectZonesCommand(plant.domain, plant.control, plant.safety);

        assertExecutesUndoesRedoes(plant, command);

        Conduit conduit = command.getConduit();
        assertSame(plant.model, conduit.eContainer());
        assertEquals(List.of(plant.control, plant.safety), conduit.getZones());
        assertEquals("C-001", conduit.getId());
        assertEquals("Connect Zones", command.getLabel());
    }

    @Test
    void connectZonesRefusesTheSameZoneMissingZonesAndASecondConduit() {
        assertFalse(new ConnectZonesCommand(plant.domain, plant.control, plant.control).canExecute(), "same zone");
        assertFalse(new ConnectZonesCommand(plant.domain, null, plant.control).canExecute(), "no first zone");
        assertFalse(new ConnectZonesCommand(plant.domain, plant.control, null).canExecute(), "no second zone");
        assertFalse(new ConnectZonesCommand(plant.domain, plant.dmz, plant.control).canExecute(), "already joined");
        assertFalse(new ConnectZonesCommand(plant.domain, plant.control, plant.dmz).canExecute(),
                "already joined, the other way round");
        Zone elsewhere = new PlantModel().control;
        assertFalse(new ConnectZonesCommand(plant.domain, plant.dmz, elsewhere).canExecute(), "zone of another model");
        Zone detached = ItotFactory.eINSTANCE.createZone();
        assertFalse(new ConnectZonesCommand(plant.domain, plant.dmz, detached).canExecute(), "zone of no model");
    }

    @Test
    void addFlowConnectsTwoAssetsWithProtocolAndOperation() {
        AddFlowCommand command =
                new AddFlowCommand(plant.domain, plant.mirror, plant.erp, plant.https, FlowOperation.REPLICATION)
                        .named("Mirror replication");

        assertExecutesUndoesRedoes(plant, command);

        Flow flow = command.getFlow();
        assertSame(plant.model, flow.eContainer());
        assertSame(plant.mirror, flow.getSource());
        assertSame(plant.erp, flow.getTarget());
        assertSame(plant.https, flow.getProtocol());
        assertEquals(FlowOperation.REPLICATION, flow.getOperation());
        assertEquals("F-001", flow.getId());
        assertEquals(List.of(plant.enterpriseToDmz), flow.getConduits());
        assertEquals("Add Flow", command.getLabel());
    }

    @Test
    void addFlowAcceptsAnUnknownProtocol() {
        AddFlowCommand command = new AddFlowCommand(plant.domain, plant.hmi, plant.plc, null, FlowOperation.READ);

        assertExecutesUndoesRedoes(plant, command);
    }

    @Test
    void addFlowRefusesMissingEndpointsALoopAndForeignProtocols() {
        assertFalse(new AddFlowCommand(plant.domain, null, plant.plc, plant.modbus, FlowOperation.READ).canExecute());
        assertFalse(new AddFlowCommand(plant.domain, plant.hmi, null, plant.modbus, FlowOperation.READ).canExecute());
        assertFalse(new AddFlowCommand(plant.domain, plant.plc, plant.plc, plant.modbus, FlowOperation.READ)
                .canExecute(), "flow from an asset to itself");
        assertFalse(new AddFlowCommand(plant.domain, plant.hmi, plant.plc, plant.modbus, null).canExecute());
        PlantModel other = new PlantModel();
        assertFalse(new AddFlowCommand(plant.domain, plant.hmi, other.plc, plant.modbus, FlowOperation.READ)
                .canExecute(), "target in another model");
        Protocol foreign = other.modbus;
        assertFalse(new AddFlowCommand(plant.domain, plant.hmi, plant.plc, foreign, FlowOperation.READ).canExecute(),
                "protocol of another model");
    }
}
