package org.itot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.resource.ResourceItemProvider;
import org.itot.model.ItotFactory;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.command.create.CreateZoneCommand;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.provider.ZoneItemProvider;
import org.junit.jupiter.api.Test;

/** One editing domain and command stack per model's resource set, found from any of its elements. */
class ModelEditingTest {

    @Test
    void oneDomainPerResourceSetFoundFromAnyElement() {
        PlantModel plant = new PlantModel();

        assertSame(plant.domain, ModelEditing.domainFor(plant.resourceSet));
        assertSame(plant.domain, ModelEditing.domainFor(plant.plc));
        assertSame(plant.domain, AdapterFactoryEditingDomain.getEditingDomainFor(plant.plc));
        assertSame(plant.domain, AdapterFactoryEditingDomain.getEditingDomainFor(plant.plcView));
        assertSame(plant.resourceSet, plant.domain.getResourceSet());
        assertInstanceOf(BasicCommandStack.class, plant.domain.getCommandStack());
        assertEquals(1, plant.resourceSet.eAdapters().stream()
                .filter(adapter -> adapter instanceof IEditingDomainProvider).count());
    }

    @Test
    void anotherResourceSetHasAnotherDomainAndStack() {
        PlantModel first = new PlantModel();
        PlantModel second = new PlantModel();

        assertNotSame(first.domain, second.domain);
        assertNotSame(first.domain.getCommandStack(), second.domain.getCommandStack());
        assertSame(second.domain, AdapterFactoryEditingDomain.getEditingDomainFor(second.plc));
    }

    @Test
    void elementOutsideAnyResourceIsRefusedWithAnExplanation() {
        Zone detached = ItotFactory.eINSTANCE.createZone();

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> ModelEditing.domainFor(detached));
        assertTrue(error.getMessage().contains("not in a resource"), error.getMessage());
    }

    @Test
    void commandsRunThroughTheDomainsStackWithAnUndoLabel() {
        PlantModel plant = new PlantModel();
        BasicCommandStack stack = (BasicCommandStack) plant.domain.getCommandStack();

        stack.execute(new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2));

        assertTrue(stack.isSaveNeeded());
        assertEquals("Create Zone", stack.getUndoCommand().getLabel());
        assertSame(stack, ModelEditing.domainFor(plant.dmz).getCommandStack());
    }

    @Test
    void adapterFactoryComposesOurResourceAndReflectiveItemProviders() {
        PlantModel plant = new PlantModel();
        AdapterFactory factory = plant.domain.getAdapterFactory();

        assertInstanceOf(ZoneItemProvider.class, factory.adapt(plant.control, IItemLabelProvider.class));
        assertInstanceOf(ResourceItemProvider.class, factory.adapt(plant.resource, IItemLabelProvider.class));
        assertInstanceOf(ReflectiveItemProvider.class,
                factory.adapt(EcoreFactory.eINSTANCE.createEClass(), IItemLabelProvider.class));
    }

    @Test
    void itemProvidersAreRegisteredThroughPluginXml() {
        ComposedAdapterFactory registered =
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            PlantModel plant = new PlantModel();
            Object provider = registered.adapt(plant.control, IItemLabelProvider.class);
            assertInstanceOf(ZoneItemProvider.class, provider);
            assertEquals("Zone Basic control", ((IItemLabelProvider) provider).getText(plant.control));
        } finally {
            registered.dispose();
        }
    }

    @Test
    void releaseForgetsTheDomainAndItsHistory() {
        PlantModel plant = new PlantModel();
        plant.domain.getCommandStack()
                .execute(new CreateZoneCommand(plant.domain, plant.model, ZoneKind.WIRELESS, PurdueLevel.LEVEL_2));

        ModelEditing.release(plant.resourceSet);

        assertNull(AdapterFactoryEditingDomain.getEditingDomainFor(plant.plc));
        AdapterFactoryEditingDomain fresh = ModelEditing.domainFor(plant.plc);
        assertNotSame(plant.domain, fresh);
        assertFalse(fresh.getCommandStack().canUndo(), "a new domain starts with an empty undo history");
    }
}
