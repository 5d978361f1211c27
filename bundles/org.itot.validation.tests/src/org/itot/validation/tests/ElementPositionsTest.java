package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.resource.ModelFiles;
import org.itot.validation.report.ElementPositions;
import org.itot.validation.report.ElementPositions.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where elements start in a model file, for SARIF regions. */
class ElementPositionsTest {

    @TempDir
    Path folder;

    @Test
    void everyElementOfASavedModelIsFoundOnTheLineThatHoldsItsStartTag() throws Exception {
        ArchitectureModel model = model();
        Zone dmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone ops = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        dmz.setDescription("mentions id=\"Z-OPS\" and <zones> in its text");
        conduit(model, "C-1", dmz, ops);
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(model, file);
        ArchitectureModel loaded = ModelFiles.load(file);
        List<String> lines = Files.readAllLines(file);
        ElementPositions positions = ElementPositions.of(Files.readString(file));

        int found = 0;
        for (var contents = loaded.eAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            Optional<Position> position = positions.of(element);
            assertTrue(position.isPresent(), "every element has an xmi:id in the file: " + element);
            String line = lines.get(position.get().line() - 1);
            assertEquals('<', line.charAt(position.get().column() - 1), line);
            assertTrue(line.contains("\"" + loaded.eResource().getURIFragment(element) + "\""), line);
            found++;
        }
        assertTrue(found >= 3);
        Zone loadedOps = loaded.getZones().stream().filter(z -> "Z-OPS".equals(z.getId())).findFirst().orElseThrow();
        assertTrue(lines.get(positions.of(loadedOps).orElseThrow().line() - 1).contains("id=\"Z-OPS\" name="),
                "not the description that mentions it");
    }

    @Test
    void elementsWithoutAResourceAreFoundByTheirIdAndLinesEndInAnyWay() {
        String text = "<?xml version=\"1.0\"?>\r\n<root>\r\n  <zones id=\"Z-1\"/>\r  <zones\n id=\"Z-2\"/>\n"
                + "  <zones id=\"Z-3\"/><zones id=\"Z-3\"/>\n";
        ElementPositions positions = ElementPositions.of(text);
        assertEquals(Optional.of(new Position(3, 3)), positions.of(zoneWithId("Z-1")));
        assertEquals(Optional.of(new Position(4, 3)), positions.of(zoneWithId("Z-2")), "an attribute on the next line");
        assertEquals(Optional.empty(), positions.of(zoneWithId("Z-3")), "two elements with one id: neither is certain");
        assertEquals(Optional.empty(), ElementPositions.NONE.of(zoneWithId("Z-1")));
    }

    private static Zone zoneWithId(String id) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        return zone;
    }
}
