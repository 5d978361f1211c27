package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Properties view edits any element through the model's command stack: undoable, with proper editors. */
@ExtendWith(IsolatedWorkbench.class)
class PropertiesTest {

    @Test
    void editingAZoneInThePropertiesViewIsOneUndoableCommand() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        new ResourceSetImpl().createResource(URI.createURI("memory:/properties.itot")).getContents().add(model);
        Zone zone = model.getZones().get(0);
        String oldName = zone.getName();
        CommandStack stack = ModelEditing.domainFor(model).getCommandStack();

        IPropertySource properties = Adapters.adapt(zone, IPropertySource.class);
        assertNotNull(properties, "every model element has a Properties page");
        IPropertyDescriptor name = find(properties, "Name");
        IPropertyDescriptor kind = find(properties, "Kind");
        assertTrue(kind instanceof ComboBoxPropertyDescriptor, "an enumeration is a drop-down");

        properties.setPropertyValue(name.getId(), "Renamed zone");
        assertEquals("Renamed zone", zone.getName());
        int safety = indexOfLabel((ComboBoxPropertyDescriptor) kind, ZoneKind.SAFETY.getLiteral());
        properties.setPropertyValue(kind.getId(), safety);
        assertEquals(ZoneKind.SAFETY, zone.getKind());
        assertTrue(ZoneKind.SAFETY.getLiteral().equalsIgnoreCase(
                kind.getLabelProvider().getText(properties.getPropertyValue(kind.getId()))),
                "the drop-down shows the new kind");

        stack.undo();
        stack.undo();
        assertEquals(oldName, zone.getName(), "both edits were commands on the model's stack");
        int steps = 0;
        properties.setPropertyValue(name.getId(), oldName);
        while (stack.canUndo()) {
            stack.undo();
            steps++;
        }
        assertEquals(0, steps, "setting the same value again adds no empty step to the undo stack");
    }

    private static int indexOfLabel(ComboBoxPropertyDescriptor combo, String label) {
        for (int i = 0; i < 100; i++) {
            if (label.equalsIgnoreCase(combo.getLabelProvider().getText(i))) {
                return i;
            }
        }
        throw new AssertionError("no choice labelled " + label);
    }

    private static IPropertyDescriptor find(IPropertySource properties, String displayName) {
        return Arrays.stream(properties.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + displayName + " in "
                        + Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
                                .toList()));
    }
}
