package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.page;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.testing.UiWatchdog;
import org.itot.ui.explorer.ExplorerNode;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.FindingMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, goal 3: the desktop with a large estate. Opening it (reading, indexing, the first full validation) runs in
 * the background, the Model Explorer stays collapsed and virtual, the first diagram paints while validation is still
 * busy, and an edit's live validation lands, all without the UI thread stopping for more than 100 ms (watched by
 * {@link UiWatchdog}, proven able to fail by {@link UiWatchdogTest}).
 * <p>
 * The size is {@code -Ditot.estateAssets} (default {@value #CI_ASSETS}, which CI runs in its time); the 100,000-asset
 * estate runs locally with a larger heap and model size limit (see docs/BENCHMARKS.md). The times it prints are
 * figures for BENCHMARKS.md, not assertions.
 */
@ExtendWith(IsolatedWorkbench.class)
class LargeEstateTest {

    private static final int CI_ASSETS = 5_000;
    private static final int ASSETS = Integer.getInteger("itot.estateAssets", CI_ASSETS);
    private static final long FREEZE_MS = 100;

    @Test
    void opensAndEditsTheEstateWithoutFreezingTheUi() throws Exception {
        Path file = estateWithSiteDiagram();
        Display display = Display.getCurrent();
        Map<Widget, Long> firstPaint = new IdentityHashMap<>();
        Listener paints = event -> firstPaint.putIfAbsent(event.widget, System.nanoTime());
        display.addFilter(SWT.Paint, paints);
        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        openADiagramOnce("warm-up.itot");
        // What opening any model with a diagram costs the UI thread in this workbench on this machine (on a shared CI
        // machine the workbench's own styling of a new editor tab takes 250 ms of CPU): the estate may cost no more.
        // One sample of a noisy figure, so twice it; work that grows with the estate (adapting every element took
        // 1.2 s at 5,000 assets) still stands out.
        long allowedComputing;
        try (UiWatchdog smallModel = new UiWatchdog(display.getThread(), display::asyncExec, FREEZE_MS)) {
            openADiagramOnce("small.itot");
            allowedComputing = Math.max(FREEZE_MS, 2 * smallModel.longestComputingMillis());
        }

        long opened;
        long explorerReady;
        long diagramPainted;
        long validated;
        long editValidated;
        try (UiWatchdog watchdog = new UiWatchdog(display.getThread(), display::asyncExec, FREEZE_MS)) {
            long start = System.nanoTime();
            ModelFileActions.open(page(), file);
            waitUntil(() -> OpenModels.get().find(file).isPresent(), "the estate opened");
            opened = System.nanoTime();
            OpenModel model = OpenModels.get().find(file).orElseThrow();
            waitUntil(() -> explorer.getViewer().getTree().getItemCount() > 0
                    && explorer.getViewer().getExpandedState(model.model()), "the estate in the explorer");
            explorerReady = System.nanoTime();
            waitUntil(() -> page().getActiveEditor() instanceof DiagramEditor editor
                    && editor.getPartName().startsWith("Site - ")
                    && firstPaint.containsKey(editor.getViewer().getControl()), "the site diagram painted");
            DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
            diagramPainted = firstPaint.get(editor.getViewer().getControl());
            boolean paintedBeforeValidation = model.findings().getChildren().isEmpty();
            waitUntil(() -> !model.findings().getChildren().isEmpty(), "the first validation");
            validated = System.nanoTime();

            // The first result's markers (all of them) are written before the edit, so the edit's figures are its own.
            waitUntil(() -> Job.getJobManager().find(FindingMarkers.JOB_FAMILY).length == 0, "the first markers");
            long firstMarkers = System.nanoTime();
            Diagnostic before = model.findings();
            Asset edited = model.model().getAllAssets().get(ASSETS / 2);
            long edit = System.nanoTime();
            model.domain().getCommandStack().execute(SetCommand.create(model.domain(), edited,
                    ItotPackage.Literals.ASSET__FIRMWARE, "9.9.9"));
            waitUntil(() -> model.findings() != before, "the live validation of the edit");
            editValidated = System.nanoTime();
            assertNotSame(before, model.findings());
            // What the user sees change: the edit's markers written in the Problems view (only the changed findings').
            waitUntil(() -> Job.getJobManager().find(FindingMarkers.JOB_FAMILY).length == 0, "the edit's markers");
            long markersWritten = System.nanoTime();

            System.out.printf("LargeEstateTest, %d assets / %d flows (%d findings): open to model %d ms, to explorer "
                    + "%d ms, to first diagram paint %d ms (%s the first validation), to first validation %d ms, "
                    + "to its markers written %d ms; "
                    + "edit to live validation published %d ms, to its markers written %d ms; UI thread held up %d "
                    + "times, longest %d ms (the "
                    + "UI thread's doing: %d; opening a small model computed up to %d ms)%n", ASSETS,
                    model.model().getFlows().size(), model.findings().getChildren().size(), ms(opened - start),
                    ms(explorerReady - start), ms(diagramPainted - start), paintedBeforeValidation ? "before" : "after",
                    ms(validated - start), ms(firstMarkers - start), ms(editValidated - edit),
                    ms(markersWritten - edit),
                    watchdog.freezes().size(),
                    watchdog.longestFreezeMillis(), watchdog.uiThreadFreezes(allowedComputing).size(), allowedComputing);
            assertOnlyTheModelIsExpanded(explorer, model.model());
            assertEquals(List.of(), watchdog.uiThreadFreezes(allowedComputing), "the UI thread never waited for more "
                    + "than " + FREEZE_MS + " ms nor computed for more than " + allowedComputing + " ms (all stalls: "
                    + watchdog.freezes() + ")");
        } finally {
            display.removeFilter(SWT.Paint, paints);
        }
    }

    /**
     * The first diagram editor of a session loads the editor's bundles on the UI thread (seconds on a loaded machine),
     * and the first tab of the editor area restyles the whole area, whatever the model; this test is about the estate,
     * so that happens before it is watched (the editor stays open).
     */
    private static void openADiagramOnce(String name) throws Exception {
        Path small = Workbench.save(ModelTemplates.create(ModelTemplates.PURDUE), name);
        UiTesting.openWithActions(small);
        waitUntil(() -> page().getActiveEditor() instanceof DiagramEditor editor
                && editor.getPartName().endsWith(" - " + name.replace(".itot", "")), "a diagram editor");
        UiTesting.flush();
    }

    /** The tree shows the model's top level only: nothing is expanded (or labelled) for thousands of assets up front. */
    private static void assertOnlyTheModelIsExpanded(ModelExplorerView explorer, ArchitectureModel model) {
        List<Object> expanded = Stream.of(explorer.getViewer().getExpandedElements())
                .filter(element -> element instanceof ExplorerNode node ? node.model() == model
                        : element instanceof EObject object && EcoreUtil.getRootContainer(object) == model)
                .toList();
        assertEquals(List.of(model), expanded, "of the estate, only the model is expanded");
        assertTrue((explorer.getViewer().getTree().getStyle() & SWT.VIRTUAL) != 0, "the explorer is a virtual tree");
    }

    /** A synthetic estate as an operator keeps it, saved: one diagram of a site's iDMZ and operations zones. */
    private static Path estateWithSiteDiagram() throws Exception {
        Path file = Workbench.save(SyntheticPlant.generate(ASSETS, 19), "estate-" + ASSETS + ".itot");
        ArchitectureModel estate = ModelFiles.load(file);
        Zone idmz = estate.getZones().stream().filter(zone -> zone.getKind() == ZoneKind.IDMZ).findFirst().orElseThrow();
        String site = idmz.getId().replace("IDMZ", "");
        List<Zone> zones = estate.getZones().stream().filter(zone -> zone == idmz
                || zone.getKind() == ZoneKind.SITE_OPERATIONS && zone.getId().startsWith(site)).toList();
        var domain = ModelEditing.domainFor(estate);
        domain.getCommandStack().execute(DiagramEditing.newDiagram(domain, estate, "Site", zones));
        ModelFiles.save(estate, file);
        ModelEditing.release(estate.eResource().getResourceSet());
        return file;
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
