package org.itot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.NoteView;
import org.itot.model.PortRange;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Transport;
import org.itot.model.Waiver;
import org.itot.model.Zone;
import org.itot.model.edit.label.ModelLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The labels the item providers and {@link ModelLabels} give every kind of element. */
class ModelLabelsTest {

    private final PlantModel plant = new PlantModel();
    private final ModelLabels labels = ModelLabels.of(plant.domain);

    static Stream<EClass> concreteClasses() {
        return ItotPackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(eClass -> !eClass.isAbstract() && !eClass.isInterface());
    }

    @ParameterizedTest
    @MethodSource("concreteClasses")
    void everyClassHasATypeNameFromThePluginProperties(EClass eClass) {
        EObject element = EcoreUtil.create(eClass);

        String typeName = labels.typeName(element);
        String text = labels.text(element);

        // plugin.properties has the class name in words (FirewallRule: "Firewall Rule"); the bare class name would
        // mean the bundle's localization was not found.
        assertEquals(eClass.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " "), typeName);
        assertTrue(text.startsWith(typeName), () -> eClass.getName() + ": " + text);
    }

    @ParameterizedTest
    @MethodSource("concreteClasses")
    void namedElementsAreLabelledWithTheirNameByTheirItemProvider(EClass eClass) {
        EObject element = EcoreUtil.create(eClass);
        if (!(element instanceof ModelElement named)) {
            return;
        }
        named.setName("Pump station 7");
        IItemLabelProvider provider =
                (IItemLabelProvider) plant.domain.getAdapterFactory().adapt(named, IItemLabelProvider.class);

        assertTrue(provider.getText(named).endsWith(" Pump station 7"), provider.getText(named));
        assertEquals(provider.getText(named), labels.text(named));
        assertEquals("Pump station 7", labels.name(named));
    }

    @Test
    void zoneLabelsFallBackFromNameToIdToType() {
        Zone zone = plant.control;
        assertEquals("Zone Basic control", labels.text(zone));
        assertEquals("Basic control", labels.name(zone));

        zone.setName(null);
        assertEquals("Zone Z-CTL", labels.text(zone));
        assertEquals("Z-CTL", labels.name(zone));

        zone.setId(" ");
        assertEquals("Zone", labels.text(zone));
        assertEquals("Zone", labels.name(zone));
    }

    @Test
    void viewsAreLabelledByWhatTheyShow() {
        assertEquals("Node View of Asset Filter PLC", labels.text(plant.plcView));
        assertEquals("Edge View of Flow F-HMI-PLC", labels.text(plant.flowEdge));
        assertEquals("Bendpoint (0, 0)", labels.text(plant.flowEdge.getBendpoints().get(0)));
    }

    @Test
    void valueObjectsAreLabelledByTheirValues() {
        PortRange port = (PortRange) EcoreUtil.create(ItotPackage.Literals.PORT_RANGE);
        port.setTransport(Transport.TCP);
        port.setFrom(502);
        port.setTo(502);
        assertEquals("Port Range TCP 502", labels.text(port));
        port.setTo(510);
        assertEquals("Port Range TCP 502-510", labels.text(port));

        SecurityLevelVector levels = (SecurityLevelVector) EcoreUtil.create(ItotPackage.Literals.SECURITY_LEVEL_VECTOR);
        levels.setFr1(2);
        assertEquals("Security Level Vector SL 2/0/0/0/0/0/0", labels.text(levels));

        assertEquals("Permission Program download on Filter PLC, Safety controller",
                labels.text(plant.programControllers));
    }

    @Test
    void notesAndWaiversAreLabelledByTheirTextAndRule() {
        NoteView note = (NoteView) EcoreUtil.create(ItotPackage.Literals.NOTE_VIEW);
        note.setText("Vendor access only during outages");
        Waiver waiver = (Waiver) EcoreUtil.create(ItotPackage.Literals.WAIVER);
        waiver.setRuleId("SEG-01");

        assertEquals("Note View Vendor access only during outages", labels.text(note));
        assertEquals("Waiver SEG-01", labels.text(waiver));
    }

    @Test
    void nullHasAnEmptyLabel() {
        assertEquals("", labels.text(null));
    }
}
