package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ocl.ParserException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.validation.ocl.OclDocument;
import org.junit.jupiter.api.Test;

/** Classic Eclipse OCL parses Complete-OCL documents over our metamodel and evaluates them inside OSGi. */
class OclDocumentTest {

    private static final String DOCUMENT = """
            package model
            context ArchitectureModel
            inv ZoneIdsUnique: zones->isUnique(id)
            context Zone
            def: isControlLevel : Boolean = purdueLevel = PurdueLevel::LEVEL_1 or purdueLevel = PurdueLevel::LEVEL_2
            inv ControlZoneHasAssets: isControlLevel implies assets->notEmpty()
            endpackage
            """;

    @Test
    void invariantsAreFoundByName() throws ParserException {
        OclDocument document = OclDocument.parse(DOCUMENT, ItotPackage.eINSTANCE);
        assertEquals(java.util.List.of("ZoneIdsUnique", "ControlZoneHasAssets"),
                java.util.List.copyOf(document.invariants().keySet()));
    }

    @Test
    void duplicateZoneIdsViolateTheInvariant() throws ParserException {
        OclDocument document = OclDocument.parse(DOCUMENT, ItotPackage.eINSTANCE);
        ArchitectureModel model = ItotFactory.eINSTANCE.createArchitectureModel();
        model.getZones().add(zone("Z1", PurdueLevel.LEVEL_4));
        model.getZones().add(zone("Z2", PurdueLevel.LEVEL_3));
        assertTrue(document.check("ZoneIdsUnique", model));

        model.getZones().add(zone("Z1", PurdueLevel.LEVEL_0));
        assertFalse(document.check("ZoneIdsUnique", model));
    }

    @Test
    void defHelpersAndEnumLiteralsEvaluate() throws ParserException {
        OclDocument document = OclDocument.parse(DOCUMENT, ItotPackage.eINSTANCE);
        Zone control = zone("Z-CTL", PurdueLevel.LEVEL_1);
        assertFalse(document.check("ControlZoneHasAssets", control));

        Asset plc = ItotFactory.eINSTANCE.createAsset();
        plc.setId("PLC-1");
        control.getAssets().add(plc);
        assertTrue(document.check("ControlZoneHasAssets", control));
        assertTrue(document.check("ControlZoneHasAssets", zone("Z-ENT", PurdueLevel.LEVEL_4)));
    }

    @Test
    void typeErrorIsReportedByTheParser() {
        String broken = "package model context Zone inv Broken: assets->size() > 'three' endpackage";
        ParserException error = assertThrows(ParserException.class,
                () -> OclDocument.parse(broken, ItotPackage.eINSTANCE));
        assertTrue(error.getMessage().contains(">"), () -> "parser reason should name the operation: " + error.getMessage());
    }

    private static Zone zone(String id, PurdueLevel level) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        zone.setName(id);
        zone.setPurdueLevel(level);
        return zone;
    }
}
