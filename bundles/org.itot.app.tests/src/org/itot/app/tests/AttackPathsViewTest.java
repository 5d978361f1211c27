package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.HopKind;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.NodeView;
import org.itot.model.template.ModelTemplates;
import org.itot.threat.ui.paths.AttackPathsView;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Attack Paths view in the real workbench: it lists the open diagram's model's paths weakest
 * first, selecting one highlights it on the diagram and deselecting clears it, and an edit that opens
 * a bypass shows up at the top of the list (undo takes it away again).
 */
@ExtendWith(IsolatedWorkbench.class)
class AttackPathsViewTest {

    @Test
    void selectingAPathHighlightsItOnTheDiagramAndTheListFollowsEdits() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = template.getDiagrams().get(0);
        Path file = Workbench.save(template, "attack-paths-plant.itot");
        OpenModel model = OpenModels.get().open(file);
        IWorkbenchPage page = UiTesting.page();
        DiagramEditor editor = (DiagramEditor) page.openEditor(
                new DiagramEditorInput(file, overview.getId(), overview.getName()), DiagramEditorInput.EDITOR_ID);
        AttackPathsView view = (AttackPathsView) page.showView(AttackPathsView.ID);
        try {
            checkTheView(model, editor, view, page);
        } finally {
            // Leave the workbench as the other tests expect it: no dirty model, no extra editor or view.
            page.hideView(view);
            page.closeEditor(editor, false);
            OpenModels.get().close(model);
            UiTesting.flush();
        }
    }

    private static void checkTheView(OpenModel model, DiagramEditor editor, AttackPathsView view, IWorkbenchPage page)
            throws Exception {
        UiTesting.flush();

        List<AttackPath> paths = view.paths();
        assertFalse(paths.isEmpty(), view.statusText());
        assertTrue(view.statusText().contains("Internet") && view.statusText().contains("Enterprise users"),
                view.statusText());
        Table table = view.viewer().getTable();
        assertEquals(List.of("Entry", "Target", "Barriers", "Monitored hops", "Hops"),
                java.util.Arrays.stream(table.getColumns()).map(column -> column.getText()).toList());
        assertEquals(paths.size(), table.getItemCount());
        for (int i = 1; i < paths.size(); i++) {
            assertTrue(paths.get(i - 1).barriers() <= paths.get(i).barriers(), "weakest first");
        }
        assertEquals(Integer.toString(paths.get(0).barriers()), table.getItem(0).getText(2));

        AttackPath first = paths.get(0);
        editor.getViewer().setZoom(2);
        editor.getViewer().centreOn(-5000, -5000); // far from the path
        view.viewer().setSelection(new StructuredSelection(first), true);
        UiTesting.flush();
        assertEquals(Set.copyOf(first.elements()), editor.getViewer().layers().getHighlight());
        var shown = editor.getViewer().visibleArea();
        for (var contents = editor.getViewer().getDiagram().eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView node && first.elements().contains(node.getElement())) {
                assertTrue(shown.encloses(editor.getViewer().boundsOf(node)), "the path is brought into view: "
                        + node.getElement() + " at " + editor.getViewer().boundsOf(node) + " outside " + shown);
            }
        }
        assertTrue(overlayPixels(editor) > 0, "the overlay is painted on the diagram");
        showPath(editor, first);
        UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "attack-path-overlay.png");

        view.viewer().setSelection(StructuredSelection.EMPTY);
        UiTesting.flush();
        assertEquals(Set.of(), editor.getViewer().layers().getHighlight(), "deselecting clears the overlay");
        assertEquals(0, overlayPixels(editor));

        // An office workstation that programs a PLC directly: a new two-hop path over that flow.
        Flow bypass = ItotFactory.eINSTANCE.createFlow();
        bypass.setId("F-BYPASS");
        bypass.setName("Office workstation programs the PLC");
        bypass.setSource(asset(model.model(), "ENT-WS-01"));
        bypass.setTarget(asset(model.model(), "CTL-PLC-01"));
        model.domain().getCommandStack().execute(AddCommand.create(model.domain(), model.model(),
                ItotPackage.Literals.ARCHITECTURE_MODEL__FLOWS, bypass));
        UiTesting.waitUntil(() -> view.paths().stream().anyMatch(path -> usesFlow(path, bypass)),
                "a path over the new flow");
        AttackPath viaBypass = view.paths().stream().filter(path -> usesFlow(path, bypass)).findFirst().orElseThrow();
        assertEquals(List.of(HopKind.ENTRY, HopKind.FLOW), viaBypass.hops().stream().map(hop -> hop.kind()).toList());
        assertEquals("CTL-PLC-01", viaBypass.target().getId());
        assertEquals(viaBypass.hops().get(1).enforcing().size(), viaBypass.barriers(),
                "the flow crosses the firewalls of the conduits it is routed over, none of them in a pair");

        model.domain().getCommandStack().undo();
        UiTesting.waitUntil(() -> view.paths().stream().noneMatch(path -> usesFlow(path, bypass)),
                "the list without the undone flow");
        assertFalse(model.isDirty());
    }

    private static boolean usesFlow(AttackPath path, Flow flow) {
        return path.hops().stream().anyMatch(hop -> hop.kind() == HopKind.FLOW && hop.element() == flow);
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    /** Zooms out until labels are still drawn and centres on the zones the path crosses. */
    private static void showPath(DiagramEditor editor, AttackPath path) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (NodeView node : editor.getViewer().getDiagram().getNodes()) {
            if (path.elements().contains(node.getElement())) {
                top = Math.min(top, node.getY());
                bottom = Math.max(bottom, node.getY() + node.getHeight());
                left = Math.min(left, node.getX());
                right = Math.max(right, node.getX() + node.getWidth());
            }
        }
        editor.getViewer().setZoom(0.55);
        if (top <= bottom) {
            editor.getViewer().centreOn((left + right) / 2, (top + bottom) / 2);
        }
        UiTesting.flush();
    }

    /** Pixels of the editor's diagram, as it paints now, in the overlay's magenta. */
    private static int overlayPixels(DiagramEditor editor) {
        return UiTesting.diagramPixels(editor, rgb -> rgb.red - rgb.green > 70 && rgb.blue - rgb.green > 30);
    }
}
