package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.itot.diagram.edit.DiagramCreation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code itot diagram new|layout|list}: the desktop's New Diagram and Arrange All from the command line. */
class DiagramCommandTest {

    @TempDir
    Path folder;

    @Test
    void newDiagramOfAllZonesIsSavedAndExportsToAPageWithin4To1WithEveryAssetInsideItsZone() throws Exception {
        Path file = synthetic(400);
        CliRun run = itot("diagram", "new", file.toString(), "--name", "Plant", "--zones", "all", "--with-flows");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Created diagram 'Plant'"), run.out());
        assertTrue(Files.exists(ModelFiles.backupOf(file)), "saved with the writer that keeps a backup");

        ArchitectureModel model = ModelFiles.load(file);
        Diagram plant = model.getDiagrams().stream().filter(d -> "Plant".equals(d.getName())).findFirst().orElseThrow();
        int[] zonesAndAssets = { 0, 0 };
        plant.eAllContents().forEachRemaining(o -> {
            if (o instanceof NodeView view) {
                zonesAndAssets[view.getElement() instanceof Zone ? 0 : 1]++;
            }
        });
        assertArrayEquals(new int[] { model.getAllZones().size(), model.getAllAssets().size() }, zonesAndAssets);
        long flows = plant.getEdges().stream().map(EdgeView::getElement).filter(Flow.class::isInstance).count();
        assertTrue(flows > 0 || model.getFlows().size() > DiagramCreation.MAX_DRAWN_FLOWS,
                "flows are drawn, or summarised when there are too many");

        Path drawio = folder.resolve("plant.drawio");
        CliRun export = itot("export", "drawio", file.toString(), "--diagram", "Plant", "-o", drawio.toString());
        assertEquals(0, export.status(), export.err());
        assertDrawioPageWithin4To1AndChildrenInside(drawio);
    }

    @Test
    void manyFlowsAreSummarisedByTheirConduits() throws Exception {
        Path file = synthetic(2000);
        CliRun run = itot("diagram", "new", file.toString(), "--name", "Plant", "--zones", "all", "--with-flows");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("flows summarised by their conduits (more than "
                + DiagramCreation.MAX_DRAWN_FLOWS + " to draw)"), run.out());
        Diagram plant = ModelFiles.load(file).getDiagrams().stream().filter(d -> "Plant".equals(d.getName()))
                .findFirst().orElseThrow();
        assertTrue(plant.getEdges().stream().noneMatch(edge -> edge.getElement() instanceof Flow));
        assertTrue(!plant.getEdges().isEmpty(), "the conduits stand for the flows");
    }

    @Test
    void chosenZonesByIdWithoutFlows() throws Exception {
        Path file = folder.resolve("purdue.itot");
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        ModelFiles.save(purdue, file);
        String first = purdue.getZones().get(0).getId();
        String second = purdue.getZones().get(1).getId();
        CliRun run = itot("diagram", "new", file.toString(), "--name", "Two", "--zones", first + "," + second);
        assertEquals(0, run.status(), run.err());
        Diagram two = ModelFiles.load(file).getDiagrams().stream().filter(d -> "Two".equals(d.getName())).findFirst()
                .orElseThrow();
        assertEquals(2, two.getNodes().size());
        assertTrue(two.getEdges().stream().noneMatch(edge -> edge.getElement() instanceof Flow));

        CliRun list = itot("diagram", "list", file.toString());
        assertEquals(0, list.status(), list.err());
        assertEquals(purdue.getDiagrams().size() + 1, list.out().lines().count(), list.out());
        assertTrue(list.out().contains("\tTwo\t"), list.out());
    }

    @Test
    void badZoneIdsAreNamedAndTheModelIsUntouched() throws Exception {
        Path file = folder.resolve("purdue.itot");
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        ModelFiles.save(purdue, file);
        byte[] before = Files.readAllBytes(file);
        CliRun run = itot("diagram", "new", file.toString(), "--name", "X", "--zones",
                purdue.getZones().get(0).getId() + ",Z-NOPE,Z-GONE");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("itot diagram: no zone 'Z-NOPE', 'Z-GONE' in " + file), run.err());
        assertArrayEquals(before, Files.readAllBytes(file));

        assertEquals(2, itot("diagram", "new", file.toString(), "--zones", "all").status(), "no name");
        assertEquals(2, itot("diagram", "new", file.toString(), "--name", "Purdue overview", "--zones", "all")
                .status(), "a name already taken");
        assertEquals(2, itot("diagram", "nope", file.toString()).status());
        assertEquals(2, itot("diagram", "layout", file.toString(), "--diagram", "Nope").status());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void layoutIsArrangeAllAndASecondRunChangesNothing() throws Exception {
        Path file = folder.resolve("purdue.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        CliRun run = itot("diagram", "layout", file.toString(), "--diagram", "Purdue overview");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Arranged diagram 'Purdue overview'"), run.out());
        byte[] arranged = Files.readAllBytes(file);
        CliRun again = itot("diagram", "layout", file.toString(), "--diagram", "Purdue overview");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("already arranged"), again.out());
        assertArrayEquals(arranged, Files.readAllBytes(file));
    }

    @Test
    void helpListsTheDiagramCommand() {
        CliRun help = itot("help");
        assertTrue(help.out().contains("diagram"), help.out());
        CliRun usage = itot("help", "diagram");
        assertTrue(usage.out().contains("itot diagram new MODEL.itot --name NAME --zones all|ID,ID..."), usage.out());
    }

    private Path synthetic(int assets) throws Exception {
        Path file = folder.resolve("plant-" + assets + ".itot");
        ModelFiles.save(SyntheticPlant.generate(assets, 1), file);
        return file;
    }

    /** The draw.io page within 4:1, and every cell inside its parent cell (assets in zones, sub-zones in zones). */
    private static void assertDrawioPageWithin4To1AndChildrenInside(Path drawio) throws Exception {
        String text = Files.readString(drawio);
        Matcher page = Pattern.compile("pageWidth=\"([0-9.]+)\" pageHeight=\"([0-9.]+)\"").matcher(text);
        assertTrue(page.find(), "the file states its page");
        double width = Double.parseDouble(page.group(1));
        double height = Double.parseDouble(page.group(2));
        assertTrue(width / height <= 4 && height / width <= 4, "page " + width + " x " + height);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(drawio.toFile());
        NodeList cells = document.getElementsByTagName("mxCell");
        Map<String, double[]> geometry = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            Element owner = cell.getParentNode() instanceof Element object && object.getTagName().equals("object")
                    ? object : cell;
            NodeList geometries = cell.getElementsByTagName("mxGeometry");
            if (!"1".equals(cell.getAttribute("vertex")) || geometries.getLength() == 0) {
                continue;
            }
            Element g = (Element) geometries.item(0);
            geometry.put(owner.getAttribute("id"), new double[] { number(g, "x"), number(g, "y"), number(g, "width"),
                    number(g, "height") });
            parents.put(owner.getAttribute("id"), cell.getAttribute("parent"));
        }
        int nested = 0;
        for (Map.Entry<String, String> child : parents.entrySet()) {
            double[] parent = geometry.get(child.getValue());
            if (parent == null) {
                continue; // on the layer
            }
            double[] box = geometry.get(child.getKey());
            assertTrue(box[0] >= 0 && box[1] >= 0 && box[0] + box[2] <= parent[2] && box[1] + box[3] <= parent[3],
                    "cell " + child.getKey() + " lies outside its parent " + child.getValue());
            nested++;
        }
        assertTrue(nested > 0, "assets are cells inside their zones' cells");
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }
}
