package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.TrafficReconciliation.UndocumentedSession;
import org.itot.asbuilt.config.ConfigFormat;
import org.itot.asbuilt.drawing.SessionsOverlay;
import org.itot.asbuilt.ui.ReconcileWizard;
import org.itot.asbuilt.ui.ReconciliationView;
import org.itot.asbuilt.ui.Reconciliations;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.ui.ExportWizard;
import org.itot.help.KnownRules;
import org.itot.help.ShowRuleHelpHandler;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.model.PortRange;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.FindingMarkers;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.WaiverCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * As built vs as designed in the real workbench, on the Purdue template with a Zeek conn.log in which the office
 * workstation talks EtherNet/IP to the filtration PLC and an unknown host talks to the SCADA server: the import
 * wizard's preview and findings, the Reconciliation view (groups, filter, double-click), the findings as Problems
 * markers, the sessions drawn dashed on the diagram, adoption as one undoable command, and bad files refused with
 * nothing changed.
 */
@ExtendWith(IsolatedWorkbench.class)
class ReconciliationUiTest {

    private static final String OFFICE = "ENT-WS-01";
    private static final String PLC = "CTL-PLC-01";
    private static final String UNKNOWN = "10.20.1.77";

    @Test
    void reconcilingShowsFindingsEverywhereAndAdoptionIsOneUndo() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = template.getDiagrams().get(0);
        Path file = Workbench.save(template, "reconcile-plant.itot");
        Path log = file.resolveSibling("conn.log");
        Files.writeString(log, connLog(template), StandardCharsets.UTF_8);
        OpenModel model = OpenModels.get().open(file);
        IWorkbenchPage page = UiTesting.page();
        DiagramEditor editor = (DiagramEditor) page.openEditor(
                new DiagramEditorInput(file, overview.getId(), overview.getName()), DiagramEditorInput.EDITOR_ID);
        try {
            check(model, file, log, editor, page);
        } finally {
            ReconciliationView view = (ReconciliationView) page.findView(ReconciliationView.ID);
            if (view != null) {
                page.hideView(view);
            }
            Reconciliations.clear(model);
            page.closeEditor(editor, false);
            OpenModels.get().close(model);
            UiTesting.flush();
        }
    }

    private static void check(OpenModel model, Path file, Path log, DiagramEditor editor, IWorkbenchPage page)
            throws Exception {
        UiTesting.flush();
        int assets = model.model().getAllAssets().size();
        int flows = model.model().getFlows().size();

        // First pass: findings only, nothing adopted.
        ReconcileWizard wizard = new ReconcileWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
        wizard.inputs().chooseModel(model);
        wizard.inputs().addTraffic(log);
        wizard.inputs().reconcile();
        assertNotNull(wizard.result(), wizard.inputs().getErrorMessage());
        String preview = wizard.preview().previewText();
        assertTrue(preview.contains("ASB-01") && preview.contains("ASB-02"), preview);
        assertTrue(preview.contains("Adopt would add 1 host(s)") && preview.contains("Discovered " + UNKNOWN), preview);
        assertTrue(dialog.canFinish());
        assertTrue(dialog.finish());
        assertEquals(assets, model.model().getAllAssets().size(), "nothing adopted unless asked");
        assertFalse(model.isDirty());

        // The Problems view: the ASB findings are markers like the validator's, next to them.
        Workbench.waitUntil(() -> Workbench.hasMarkerOfRule(file, "ASB-01") && Workbench.hasMarkerOfRule(file, "ASB-02")
                && Workbench.markers(file).stream().anyMatch(m -> !m.getAttribute("ruleId", "").startsWith("ASB-")),
                "ASB markers beside the validation markers");
        IMarker session = Workbench.markers(file).stream()
                .filter(m -> "ASB-01".equals(m.getAttribute("ruleId", ""))).findFirst().orElseThrow();
        assertTrue(session.getAttribute(IMarker.MESSAGE, "").contains("44818"), session.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, session.getAttribute(IMarker.SEVERITY, -1));
        // Rule Help on the marker opens the ASB-01 page, as for any finding.
        assertEquals("ASB-01", ShowRuleHelpHandler.ruleIdOf(new StructuredSelection(session)));
        assertTrue(KnownRules.find("ASB-01").isPresent());

        // The view: opened by Finish, grouped by device, then by zone, and filtered.
        ReconciliationView view = (ReconciliationView) page.findView(ReconciliationView.ID);
        assertNotNull(view, "Finish shows the Reconciliation view");
        page.activate(editor);
        UiTesting.waitUntil(() -> !view.groups().isEmpty(), "the view lists the findings");
        assertEquals(List.of("Rule", "Severity", "Element", "Message", "Evidence"),
                java.util.Arrays.stream(view.viewer().getTree().getColumns()).map(c -> c.getText()).toList());
        Asset office = asset(model.model(), OFFICE);
        RuleDiagnostic undocumented = finding(view, "ASB-01");
        assertEquals(office, undocumented.element());
        assertTrue(view.groups().stream().anyMatch(g -> g.name().contains(OFFICE) && g.findings().contains(undocumented)),
                "by device: the session under the office workstation");
        view.setGroupByZone(true);
        assertTrue(view.groups().stream().anyMatch(g -> g.name().contains("Z-ENT") && g.findings().stream()
                .anyMatch(f -> f.ruleId().equals("ASB-01"))), names(view));
        assertTrue(view.groups().stream().anyMatch(g -> g.name().contains("Z-SUP") && g.findings().stream()
                .anyMatch(f -> f.ruleId().equals("ASB-02"))), names(view));
        view.setFilter("44818");
        UiTesting.flush();
        List<RuleDiagnostic> shown = view.groups().stream().flatMap(g -> g.findings().stream()).toList();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(f -> (f.getMessage() + view.statusText()).contains("44818")), names(view));
        assertTrue(view.statusText().contains(shown.size() + " shown"), view.statusText());
        view.setFilter("");
        view.setGroupByZone(false);
        UiTesting.flush();

        // Double-click: the office workstation is selected on the diagram and brought into view.
        editor.getViewer().setZoom(2);
        editor.getViewer().centreOn(-5000, -5000);
        view.reveal(finding(view, "ASB-01"));
        UiTesting.flush();
        assertTrue(editor.getViewer().getSelectedElements().contains(office), "the element is selected");
        NodeView officeView = nodeOf(editor.getViewer().getDiagram(), office);
        assertTrue(editor.getViewer().visibleArea().encloses(editor.getViewer().boundsOf(officeView)),
                "the element is brought into view");

        // The sessions layer: dashed violet lines on the diagram, gone when the toggle is off.
        assertTrue(editor.getViewer().layers().getOverlay(ReconciliationView.OVERLAY_KEY) instanceof SessionsOverlay);
        editor.getViewer().setZoom(0.5);
        editor.getViewer().centreOn(centre(editor, officeView).x(), centre(editor, officeView).y() + 300);
        UiTesting.flush();
        assertTrue(violetPixels(editor) > 50, "the undocumented sessions are drawn");
        // For the README: the office workstation, the PLC and the unknown host's zone in one view.
        Bounds readme = editor.getViewer().boundsOf(officeView)
                .union(editor.getViewer().boundsOf(nodeOf(editor.getViewer().getDiagram(), asset(model.model(), PLC))))
                .union(editor.getViewer().boundsOf(nodeOf(editor.getViewer().getDiagram(), zone(model.model(), "Z-SUP"))));
        editor.getViewer().setZoom(1);
        editor.getViewer().showArea(readme);
        editor.getViewer().setSelection(List.of());
        UiTesting.flush();
        UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "reconciliation.png");
        // File > Export of the diagram on screen: "Include observed sessions" is ticked, and the drawing has them.
        Path drawing = file.resolveSibling("reconciled.svg");
        assertEquals(Boolean.TRUE, exportSessions(model, file, editor, drawing), "ticked while the editor shows them");
        String svg = Files.readString(drawing);
        assertTrue(svg.contains("Dashed: undocumented session seen in the traffic"), "the legend");
        assertTrue(svg.contains("stroke=\"#7b2cbf\""), "the sessions' violet lines");
        view.setShowOnDiagram(false);
        UiTesting.flush();
        assertEquals(0, violetPixels(editor), "Show on diagram off: no sessions drawn");
        assertEquals(Boolean.FALSE, exportSessions(model, file, editor, drawing), "offered, not ticked, when off");
        assertFalse(Files.readString(drawing).contains("#7b2cbf"), "the drawing as the editor shows it: no sessions");
        view.setShowOnDiagram(true);

        // A waiver accepts an ASB finding as it does the validator's, and Undo opens it again.
        model.domain().getCommandStack().execute(WaiverCommands.accept(model.domain(), finding(view, "ASB-01"),
                "Commissioning test from the office, stopped on 2024-03-02", "j.doe", null));
        Workbench.waitUntil(() -> Workbench.markers(file).stream().anyMatch(m -> "ASB-01".equals(
                m.getAttribute("ruleId", "")) && m.getAttribute(FindingMarkers.ACCEPTED, false)),
                "the ASB-01 marker accepted");
        UiTesting.waitUntil(() -> "Accepted".equals(ViewRows.severity(view, "ASB-01")),
                "the view shows the finding accepted");
        model.domain().getCommandStack().undo();
        Workbench.waitUntil(() -> Workbench.markers(file).stream().anyMatch(m -> "ASB-01".equals(
                m.getAttribute("ruleId", "")) && !m.getAttribute(FindingMarkers.ACCEPTED, true)),
                "the ASB-01 marker open again");

        // Second pass with Adopt: one command adds the host and the flows; one Undo takes all of it back.
        ReconcileWizard adopting = new ReconcileWizard();
        adopting.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        dialog = new UiTesting.OpenWizard(adopting);
        adopting.inputs().chooseModel(model);
        adopting.inputs().addTraffic(log);
        adopting.inputs().reconcile();
        adopting.preview().setAdopt(true);
        assertTrue(dialog.finish());
        assertEquals(assets + 1, model.model().getAllAssets().size());
        assertTrue(model.model().getAllAssets().stream().anyMatch(a -> ("Discovered " + UNKNOWN).equals(a.getName())));
        assertTrue(model.model().getFlows().size() >= flows + 2, "the two undocumented sessions became flows");
        assertTrue(model.domain().getCommandStack().canUndo());
        Workbench.waitUntil(() -> !Workbench.hasMarkerOfRule(file, "ASB-02") && !Workbench.hasMarkerOfRule(file, "ASB-01"),
                "the adopted host and sessions are no longer findings");
        model.domain().getCommandStack().undo();
        assertEquals(assets, model.model().getAllAssets().size(), "one undo removes the adopted host");
        assertEquals(flows, model.model().getFlows().size(), "and the adopted flows");
        assertFalse(model.domain().getCommandStack().canUndo(), "the adoption was one command");
        assertFalse(model.isDirty());
        Workbench.waitUntil(() -> Workbench.hasMarkerOfRule(file, "ASB-02"), "undone: the host is unknown again");
    }

    @Test
    void aBadFileIsNamedOnThePageAndChangesNothing() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Path file = Workbench.save(template, "reconcile-bad.itot");
        Path binary = file.resolveSibling("capture.bin");
        Files.write(binary, new byte[] { 'a', 0, 1, 2, 3, 0, 'b', '\n' });
        Path notAConfig = file.resolveSibling("fw.txt");
        Files.writeString(notAConfig, "hello, this is a note about the firewall\n", StandardCharsets.UTF_8);
        OpenModel model = OpenModels.get().open(file);
        try {
            int assets = model.model().getAllAssets().size();
            ReconcileWizard wizard = new ReconcileWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
            UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
            wizard.inputs().chooseModel(model);
            wizard.inputs().addTraffic(binary);
            wizard.inputs().reconcile();
            assertNull(wizard.result());
            String error = wizard.inputs().getErrorMessage();
            assertTrue(error != null && error.contains(binary.toString()) && error.contains("binary"), error);
            assertFalse(dialog.canFinish(), "nothing to finish with a bad file");
            assertTrue(wizard.preview().previewText().contains("model is unchanged"), wizard.preview().previewText());

            // A configuration in no known format: named, with what to do.
            ReconcileWizard second = new ReconcileWizard();
            dialog.close();
            second.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
            dialog = new UiTesting.OpenWizard(second);
            second.inputs().chooseModel(model);
            second.inputs().addConfiguration(notAConfig, asset(model.model(), "SUP-FW-CTL"), null);
            second.inputs().reconcile();
            assertNull(second.result());
            error = second.inputs().getErrorMessage();
            assertTrue(error != null && error.contains(notAConfig.toString()) && error.contains("choose its format"),
                    error);
            assertFalse(dialog.canFinish());
            dialog.close();
            assertEquals(assets, model.model().getAllAssets().size());
            assertFalse(model.isDirty());
            assertFalse(model.domain().getCommandStack().canUndo());
            assertNull(Reconciliations.of(model));
        } finally {
            OpenModels.get().close(model);
            UiTesting.flush();
        }
    }

    /**
     * A firewall's iptables-save output with its device: read in the detected format, its findings grouped under the
     * device; the same file forced to another format is refused, naming the file.
     */
    @Test
    void aDeviceConfigurationIsComparedWithTheDevicesRuleSet() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Path file = Workbench.save(template, "reconcile-config.itot");
        Path rules = file.resolveSibling("fw-ctl.rules");
        Files.writeString(rules, """
                # Generated by iptables-save v1.8.9 (nf_tables) on Fri Mar  1 10:00:00 2024
                *filter
                :INPUT DROP [0:0]
                :FORWARD DROP [0:0]
                :OUTPUT ACCEPT [0:0]
                -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                -A FORWARD -s 10.20.1.13/32 -d 10.10.1.0/24 -p tcp -m tcp --dport 502 -j ACCEPT
                COMMIT
                # Completed on Fri Mar  1 10:00:00 2024
                """, StandardCharsets.UTF_8);
        OpenModel model = OpenModels.get().open(file);
        try {
            Asset firewall = asset(model.model(), "SUP-FW-CTL");
            ReconcileWizard wizard = new ReconcileWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
            UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
            wizard.inputs().chooseModel(model);
            wizard.inputs().addConfiguration(rules, firewall, ConfigFormat.NFTABLES);
            wizard.inputs().reconcile();
            assertNull(wizard.result(), "the format chosen for the file is the one read");
            assertTrue(wizard.inputs().getErrorMessage().contains(rules.toString()), wizard.inputs().getErrorMessage());
            wizard.inputs().addConfiguration(rules, firewall, null);
            wizard.inputs().reconcile();
            assertNotNull(wizard.result(), wizard.inputs().getErrorMessage());
            assertEquals(ConfigFormat.IPTABLES, wizard.result().configs().get(0).config().format());
            List<RuleDiagnostic> permits = wizard.result().findings().stream()
                    .filter(f -> f.ruleId().equals("ASB-04")).toList();
            assertFalse(permits.isEmpty(), wizard.preview().previewText());
            assertTrue(permits.get(0).getMessage().contains("fw-ctl.rules:7"), permits.get(0).getMessage());
            assertTrue(wizard.preview().previewText().contains("iptables-save output")
                    && wizard.preview().previewText().contains("device SUP-FW-CTL"), wizard.preview().previewText());
            dialog.close();
        } finally {
            OpenModels.get().close(model);
            UiTesting.flush();
        }
    }

    /** Cancel reaches the readers: a long capture stops part-way with nothing made. */
    @Test
    void cancellingStopsTheRead() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Path log = Files.createTempDirectory("itot-cancel").resolve("conn.log");
        StringBuilder text = new StringBuilder(connLog(template));
        for (int i = 0; i < 10_000; i++) {
            text.append(line(1709290000 + i, "10.40.1.11", 50000 + i % 10000, "10.40.1.20", 443, "tcp"));
        }
        Files.writeString(log, text, StandardCharsets.UTF_8);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> ReconcileWizard.reconcile(template, List.of(log), List.of(), cancelled));
    }

    /**
     * Exports the editor's diagram as SVG through File > Export as a user would, the sessions layer as the page
     * offers it; returns whether "Include observed sessions" was ticked (null: not offered).
     */
    private static Boolean exportSessions(OpenModel model, Path file, DiagramEditor editor, Path drawing) {
        ExportWizard export = new ExportWizard();
        export.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(export);
        export.getPage().choose(file, DrawingFormat.SVG, editor.getViewer().getDiagram().getName(), drawing, true);
        Boolean ticked = export.getPage().layerChoices().entrySet().stream()
                .filter(choice -> choice.getKey().startsWith("Include observed sessions (2 undocumented"))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        assertTrue(dialog.finish(), "the export finishes");
        for (org.eclipse.swt.widgets.Shell shell : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && shell.getData() instanceof org.itot.ui.files.ExportDoneDialog done) {
                done.close();
            }
        }
        UiTesting.flush();
        return ticked;
    }

    /** The overlay alone, painted headless: a dashed line (paint and gaps) between the two assets' boxes. */
    @Test
    void theOverlayDrawsADashedLineBetweenTheTwoViews() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = template.getDiagrams().get(0);
        Asset office = asset(template, OFFICE);
        Asset plc = asset(template, PLC);
        DiagramGeometry geometry = DiagramGeometry.of(overview);
        Bounds from = geometry.bounds(nodeOf(overview, office));
        Bounds to = geometry.bounds(nodeOf(overview, plc));
        assertNotNull(from);
        assertNotNull(to);
        UndocumentedSession session = new UndocumentedSession(office, plc, null, null, "tcp", 44818,
                (org.itot.model.Zone) office.eContainer(), (org.itot.model.Zone) plc.eContainer(), 2, 0, 0, "conn.log", 12);
        SessionsOverlay overlay = new SessionsOverlay(List.of(session));
        Bounds extent = geometry.extent();
        BufferedImage image = new BufferedImage((int) Math.ceil(extent.right()) + 10, (int) Math.ceil(extent.bottom()) + 10,
                BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        overlay.paint(geometry, new Java2dCanvas(graphics), DiagramPainter.Viewport.ALL);
        graphics.dispose();
        // Walk the straight line between the two boxes' centres, outside both boxes: violet dashes with white gaps.
        int violet = 0;
        int gaps = 0;
        boolean inDash = false;
        int dashes = 0;
        for (int i = 0; i <= 1000; i++) {
            double x = from.centreX() + (to.centreX() - from.centreX()) * i / 1000;
            double y = from.centreY() + (to.centreY() - from.centreY()) * i / 1000;
            if (from.contains(x, y) || to.contains(x, y)) {
                continue;
            }
            int rgb = image.getRGB((int) Math.round(x), (int) Math.round(y));
            boolean isViolet = isViolet((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
            if (isViolet) {
                violet++;
                if (!inDash) {
                    dashes++;
                }
            } else {
                gaps++;
            }
            inDash = isViolet;
        }
        assertTrue(violet > 20 && gaps > 20 && dashes > 5, "violet " + violet + ", gaps " + gaps + ", dashes " + dashes);
        assertEquals(0, overlay.notDrawn(geometry));
    }

    private static boolean isViolet(int red, int green, int blue) {
        return blue - green > 90 && red - green > 40 && blue > red;
    }

    /** A realistic two-hour conn.log: the documented flows of the model, plus the two sessions it does not know. */
    static String connLog(ArchitectureModel model) {
        StringBuilder out = new StringBuilder("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n"
                + "#unset_field\t-\n#path\tconn\n#open\t2024-03-01-10-00-00\n"
                + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration"
                + "\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts"
                + "\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents\n"
                + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool"
                + "\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]\n");
        double ts = 1709287200.104;
        int sourcePort = 49152;
        for (Flow flow : model.getFlows()) {
            String source = address(flow.getSource());
            String target = address(flow.getTarget());
            if (source == null || target == null || flow.getPorts().isEmpty()) {
                continue;
            }
            PortRange port = flow.getPorts().get(0);
            out.append(line(ts, source, sourcePort++, target, port.getFrom(),
                    port.getTransport().getLiteral().toLowerCase(Locale.ROOT)));
            ts += 97.3;
        }
        String office = address(asset(model, OFFICE));
        String plc = address(asset(model, PLC));
        out.append(line(1709290811.917, office, 51234, plc, 44818, "tcp"));
        out.append(line(1709290911.432, office, 51240, plc, 44818, "tcp"));
        out.append(line(1709294400.650, UNKNOWN, 40112, "10.20.1.10", 443, "tcp"));
        out.append("#close\t2024-03-01-12-00-02\n");
        return out.toString();
    }

    private static String line(double ts, String origin, int originPort, String responder, int port, String proto) {
        return String.format(Locale.ROOT, "%.6f\tC%08x\t%s\t%d\t%s\t%d\t%s\t-\t0.412\t120\t96\tSF\tT\tT\t0"
                + "\tShADadFf\t8\t456\t6\t352\t-\n", ts, (int) (ts * 7), origin, originPort, responder, port, proto);
    }

    private static String address(Asset asset) {
        var addresses = asset == null ? List.<org.itot.asbuilt.net.Ip>of() : AddressBook.addresses(asset);
        return addresses.isEmpty() ? null : addresses.get(0).toString();
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    private static org.itot.model.Zone zone(ArchitectureModel model, String id) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof org.itot.model.Zone zone && id.equals(zone.getId())) {
                return zone;
            }
        }
        throw new AssertionError("no zone " + id);
    }

    private static RuleDiagnostic finding(ReconciliationView view, String rule) {
        return view.groups().stream().flatMap(g -> g.findings().stream()).filter(f -> f.ruleId().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " in " + names(view)));
    }

    /** The view's Severity column for the first finding of the rule. */
    private static final class ViewRows {
        static String severity(ReconciliationView view, String rule) {
            for (var group : view.viewer().getTree().getItems()) {
                for (var item : group.getItems()) {
                    if (rule.equals(item.getText(0))) {
                        return item.getText(1);
                    }
                }
            }
            return null;
        }
    }

    private static String names(ReconciliationView view) {
        return view.groups().stream().map(g -> g.name() + ": " + g.findings().stream().map(RuleDiagnostic::ruleId)
                .toList()).toList().toString();
    }

    private static NodeView nodeOf(Diagram diagram, Object element) {
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView node && node.getElement() == element) {
                return node;
            }
        }
        throw new AssertionError("no view of " + element);
    }

    private static Bounds centre(DiagramEditor editor, NodeView view) {
        Bounds b = editor.getViewer().boundsOf(view);
        return new Bounds(b.centreX(), b.centreY(), 0, 0);
    }

    /** Pixels of the editor's diagram, as it paints now, in the sessions' violet. */
    private static int violetPixels(DiagramEditor editor) {
        return UiTesting.diagramPixels(editor, rgb -> isViolet(rgb.red, rgb.green, rgb.blue));
    }
}
