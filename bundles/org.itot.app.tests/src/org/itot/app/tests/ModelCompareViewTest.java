package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.merge.ui.compare.CompareOverlay;
import org.itot.merge.ui.compare.CompareWith;
import org.itot.merge.ui.compare.ModelCompareView;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compare With > Previous Revision on a model in a real Git repository (made by JGit): the Model Compare view lists
 * the elements added, removed and changed (with old and new values) and the findings that appeared, and its overlay
 * rings the changed element amber and the added one green on the open diagram. Outside Git, or without an earlier
 * revision, the view says so and shows no result.
 */
@ExtendWith(IsolatedWorkbench.class)
class ModelCompareViewTest {

    @Test
    void previousRevisionListsTheChangesAndRingsThemOnTheDiagram() throws Exception {
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            String[] added = new String[1];
            repository.edit(model -> {
                EditingDomain domain = ModelEditing.domainFor(model);
                GitModelRepository.asset(model, "ENT-WS-01").setName("Finance PC");
                GitModelRepository.asset(model, "CTL-PLC-01").setInternetExposed(true);
                Diagram overview = model.getDiagrams().get(0);
                List<NodeView> plcViews = DiagramEditing.viewsOf(overview, GitModelRepository.asset(model,
                        "CTL-PLC-02"));
                Set<String> before = ids(model);
                Command duplicate = DiagramEditing.duplicateBeside(domain, overview, plcViews, 20);
                domain.getCommandStack().execute(duplicate);
                added[0] = ids(model).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
                domain.getCommandStack().execute(DiagramEditing.deleteFromModel(domain,
                        List.of(GitModelRepository.asset(model, "ENT-WS-02"))));
            });
            repository.commit("rename, expose, duplicate, delete");

            DiagramEditor editor = repository.openFirstDiagram();
            OpenModel model = editor.getModel();
            Diagram overview = model.model().getDiagrams().get(0);
            IWorkbenchPage page = UiTesting.page();
            try {
                assertNotNull(CompareWith.previousRevision(model, page), "the comparison started");
                ModelCompareView view = (ModelCompareView) page.findView(ModelCompareView.ID);
                UiTesting.waitUntil(() -> view.running() == null, "the comparison with the previous revision shown");
                assertNotNull(view.result(), view.statusText());
                List<String> lines = view.lines();
                String all = String.join("\n", lines);
                assertTrue(view.statusText().contains("\"Purdue plant\""), view.statusText());
                List<String> addedLines = group(lines, "Added (");
                assertTrue(addedLines.stream().anyMatch(line -> line.startsWith("  Asset " + added[0] + " ")), all);
                List<String> removedLines = group(lines, "Removed (not on the diagram) (");
                assertTrue(removedLines.contains("  Asset ENT-WS-02 (Office workstation 2)"), all);
                List<String> changedLines = group(lines, "Changed (");
                int renamed = changedLines.indexOf("  Asset ENT-WS-01 (Finance PC)");
                assertTrue(renamed >= 0, all);
                assertEquals("    name: \"Office workstation 1\" -> \"Finance PC\"", changedLines.get(renamed + 1),
                        all);
                int exposed = changedLines.indexOf("  Asset CTL-PLC-01 (Filtration PLC)");
                assertTrue(exposed >= 0 && changedLines.get(exposed + 1).equals("    internetExposed: false -> true"),
                        all);
                assertTrue(group(lines, "Findings new (").stream()
                        .anyMatch(line -> line.contains("EXT-01") && line.contains("CTL-PLC-01")), all);
                assertTrue(group(lines, "Findings gone (").stream().noneMatch(line -> line.contains("CTL-PLC-01")),
                        all);

                CompareOverlay overlay = (CompareOverlay) editor.getViewer().layers().getOverlay(CompareOverlay.KEY);
                DiagramGeometry geometry = editor.getViewer().geometry();
                Map<String, Rgb> rings = new java.util.HashMap<>();
                overlay.rings(geometry).forEach(ring -> rings.put(
                        ((org.itot.model.ModelElement) ring.view().getElement()).getId(), ring.colour()));
                assertEquals(CompareOverlay.CHANGED, rings.get("CTL-PLC-01"), rings.toString());
                assertEquals(CompareOverlay.ADDED, rings.get(added[0]), rings.toString());
                assertTrue(!rings.containsKey("CTL-PLC-02"), "an unchanged asset has no ring: " + rings);
                String zone = asset(model.model(), "CTL-PLC-01").getZone().getId();
                assertTrue(changedLines.stream().anyMatch(line -> line.startsWith("  Zone " + zone + " ")), all);
                assertTrue(!rings.containsKey(zone), "a zone that only gained an asset is listed, not ringed");
                assertTrue(changedLines.contains("    assets: added [], removed [ENT-WS-02]"), all);

                NodeView plc = DiagramEditing.viewsOf(overview, asset(model.model(), "CTL-PLC-01")).get(0);
                Bounds box = geometry.box(plc);
                int withRing = amberAround(paint(overview, List.of(overlay)), box, geometry);
                int without = amberAround(paint(overview, List.of()), box, geometry);
                assertTrue(withRing - without > 2 * (box.width() + box.height()),
                        "amber ring pixels round the changed PLC: " + withRing + " with, " + without + " without");

                // The screenshot shows the changed features: the flows removed with the workstation fold away.
                view.viewer().setExpandedState(view.viewer().getTree().getItem(1).getData(), false);
                UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "model-compare.png");
                view.setShowOnDiagram(false);
                assertNull(editor.getViewer().layers().getOverlay(CompareOverlay.KEY), "Show on diagram off");
                view.setShowOnDiagram(true);
                page.hideView(view);
                assertNull(editor.getViewer().layers().getOverlay(CompareOverlay.KEY), "closing the view clears it");
            } finally {
                page.closeEditor(editor, false);
                OpenModels.get().close(model);
                UiTesting.flush();
            }
        }
    }

    @Test
    void aModelOutsideGitOrWithoutEarlierRevisionGetsAMessageAndNoResult() throws Exception {
        IWorkbenchPage page = UiTesting.page();
        Path outside = Workbench.save(ModelTemplates.create(ModelTemplates.PURDUE), "outside-git.itot");
        OpenModel model = OpenModels.get().open(outside);
        try (GitModelRepository repository = GitModelRepository.withPurduePlant()) {
            String outsideGit = messages(List.of(() -> CompareWith.previousRevision(model, page)), page).get(0);
            assertTrue(outsideGit.startsWith("outside-git.itot is not in a Git repository"), outsideGit);
            OpenModel committedOnce = OpenModels.get().open(repository.plant);
            try {
                List<String> messages = messages(List.of(() -> CompareWith.previousRevision(committedOnce, page),
                        () -> CompareWith.revision(model, "main", "main", page)), page);
                assertTrue(messages.get(0).startsWith("plant.itot has no earlier revision in Git"), messages.get(0));
                assertTrue(messages.get(1).contains("is not in a Git repository"), messages.get(1));
            } finally {
                OpenModels.get().close(committedOnce);
            }
        } finally {
            OpenModels.get().close(model);
            UiTesting.flush();
        }
    }

    /** Starts each comparison in turn and collects the view's status once it is over; each must show no result. */
    private static List<String> messages(List<Runnable> comparisons, IWorkbenchPage page) throws Exception {
        List<String> messages = new java.util.ArrayList<>();
        for (Runnable comparison : comparisons) {
            comparison.run();
            ModelCompareView view = (ModelCompareView) page.findView(ModelCompareView.ID);
            UiTesting.waitUntil(() -> view.running() == null, "the comparison over");
            assertNull(view.result(), view.statusText());
            messages.add(view.statusText());
        }
        return messages;
    }

    /** The lines under the group whose line starts with {@code title}, up to the next group. */
    private static List<String> group(List<String> lines, String title) {
        int start = lines.stream().filter(line -> line.startsWith(title)).findFirst().map(lines::indexOf)
                .orElseThrow(() -> new AssertionError("no group " + title + " in " + lines));
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith(" ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return GitModelRepository.asset(model, id);
    }

    private static Set<String> ids(ArchitectureModel model) {
        Set<String> ids = new java.util.HashSet<>();
        model.getAllAssets().forEach(asset -> ids.add(asset.getId()));
        return ids;
    }

    private static BufferedImage paint(Diagram diagram, List<org.itot.render.DiagramOverlay> overlays) {
        DiagramGeometry geometry = DiagramGeometry.of(diagram);
        Bounds extent = geometry.extent();
        BufferedImage image = new BufferedImage((int) Math.ceil(extent.width()), (int) Math.ceil(extent.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Java2dCanvas canvas = new Java2dCanvas(graphics);
        canvas.translate(-extent.x(), -extent.y());
        DiagramPainter.paint(geometry, canvas, Map.of(), Viewport.ALL, edge -> true, Set.of(), overlays);
        graphics.dispose();
        return image;
    }

    /** Pixels of the overlay's amber in the band just outside the box, where the ring is drawn. */
    private static int amberAround(BufferedImage image, Bounds box, DiagramGeometry geometry) {
        Bounds extent = DiagramGeometry.of(geometry.diagram()).extent();
        int count = 0;
        int margin = 10;
        for (int y = (int) (box.y() - margin); y <= box.bottom() + margin; y++) {
            for (int x = (int) (box.x() - margin); x <= box.right() + margin; x++) {
                int px = (int) (x - extent.x());
                int py = (int) (y - extent.y());
                if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
                    continue;
                }
                int rgb = image.getRGB(px, py);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 220 && g > 130 && g < 175 && b < 40) {
                    count++;
                }
            }
        }
        return count;
    }
}
