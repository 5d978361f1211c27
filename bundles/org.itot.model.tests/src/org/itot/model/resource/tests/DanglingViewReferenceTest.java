package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.model.ItotPackage;
import org.itot.model.resource.LoadWarning;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram whose views point at elements that are gone (deleted by hand, or by another tool) still
 * opens: the views load without that reference and each is reported with file, line and id.
 * Dangling references of the model itself still refuse the file.
 */
class DanglingViewReferenceTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<itot:ArchitectureModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:itot=\"" + ItotPackage.eNS_URI + "\" xmi:id=\"root\" name=\"Plant\">\n"
            + "  <zones xmi:id=\"z\" id=\"Z-1\" name=\"Cell\">\n"
            + "    <assets xmi:id=\"a\" id=\"PLC-1\" name=\"PLC\"/>\n"
            + "  </zones>\n";
    private static final String DIAGRAM = "  <diagrams xmi:id=\"d\" id=\"D-1\" name=\"Overview\">\n"
            + "    <nodes xmi:id=\"n1\" element=\"z\" x=\"0\" y=\"0\" width=\"200\" height=\"100\">\n"
            + "      <children xmi:id=\"n2\" element=\"gone-asset\" x=\"10\" y=\"30\" width=\"100\" height=\"50\"/>\n"
            + "    </nodes>\n"
            + "    <edges xmi:id=\"e1\" element=\"gone-conduit\" source=\"n1\" target=\"gone-view\"/>\n"
            + "  </diagrams>\n";
    private static final String TAIL = "</itot:ArchitectureModel>\n";

    @TempDir
    Path folder;

    @Test
    void viewsOfMissingElementsLoadWithoutThemAndAreReportedWithLineAndId() throws Exception {
        Path file = write("plant.itot", HEAD + DIAGRAM + TAIL);

        ArchitectureModel model = ModelFiles.load(file);

        Diagram diagram = model.getDiagrams().get(0);
        NodeView zoneView = diagram.getNodes().get(0);
        NodeView assetView = zoneView.getChildren().get(0);
        EdgeView edge = diagram.getEdges().get(0);
        assertSame(model.getZones().get(0), zoneView.getElement());
        assertNull(assetView.getElement());
        assertNull(edge.getElement());
        assertSame(zoneView, edge.getSource());
        assertNull(edge.getTarget());

        List<LoadWarning> warnings = ModelFiles.warnings(model);
        assertEquals(3, warnings.size(), warnings::toString);
        LoadWarning asset = warnings.get(0);
        assertSame(assetView, asset.view());
        assertEquals("element", asset.reference());
        assertEquals("gone-asset", asset.missingId());
        assertEquals(8, asset.line());
        assertTrue(asset.getMessage().startsWith(file.toAbsolutePath() + ", line 8, column "), asset.getMessage());
        assertTrue(asset.getMessage().contains("the node view (xmi:id 'n2') on diagram 'Overview' refers to the element"
                + " it shows 'gone-asset', which is not in the file"), asset.getMessage());
        assertTrue(asset.remedy().startsWith("Delete the view"), asset.remedy());
        assertEquals(List.of("element", "target"), warnings.subList(1, 3).stream().map(LoadWarning::reference).toList());
        assertTrue(warnings.get(2).getMessage().contains("the edge view (xmi:id 'e1') on diagram 'Overview' refers to"
                + " its target view 'gone-view'"), warnings.get(2).getMessage());
        assertTrue(warnings.stream().allMatch(warning -> warning.line() == 10 || warning == asset));
        assertEquals(warnings, model.eResource().getWarnings(), "the same warnings are the resource's EMF warnings");
        assertTrue(model.eResource().getErrors().isEmpty());
        assertFalse(model.eResource().isModified(), "loading must not leave the model dirty");
    }

    @Test
    void savingDropsTheDanglingReferencesSoTheNextLoadIsClean() throws Exception {
        Path file = write("plant.itot", HEAD + DIAGRAM + TAIL);
        ArchitectureModel model = ModelFiles.load(file);

        Path saved = folder.resolve("saved.itot");
        ModelFiles.save(model, saved);

        ArchitectureModel reloaded = ModelFiles.load(saved);
        assertEquals(List.of(), ModelFiles.warnings(reloaded));
        assertNull(reloaded.getDiagrams().get(0).getNodes().get(0).getChildren().get(0).getElement());
        assertFalse(Files.readString(saved).contains("gone-"));
    }

    @Test
    void aDanglingReferenceOfTheModelItselfStillRefusesTheFile() throws IOException {
        String brokenFlow = "  <flows xmi:id=\"f\" id=\"F-1\" source=\"a\" target=\"gone-asset\"/>\n";
        Path file = write("plant.itot", HEAD + brokenFlow + DIAGRAM + TAIL);

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));

        assertEquals(6, problem.getLine());
        assertTrue(problem.getMessage().contains("the reference 'gone-asset' in 'target' points to no element"),
                problem.getMessage());
    }

    @Test
    void aModelNotLoadedFromAFileHasNoWarnings() {
        assertEquals(List.of(), ModelFiles.warnings(ModelTemplates.create(ModelTemplates.PURDUE)));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
