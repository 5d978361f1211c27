package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.problems.ModelFileResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The diagram editor inside the real workbench: findings decorate the diagram, a double-click on a finding in the
 * Problems view (IDE.openEditor on the marker) opens the diagram and selects the element, edits make the editor
 * dirty and Save writes the file.
 */
@ExtendWith(IsolatedWorkbench.class)
class DiagramEditorTest {

    @Test
    void aFindingRevealsItsElementAndSaveWritesTheModel() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = template.getDiagrams().get(0);
        Zone first = template.getZones().get(0);
        Zone second = template.getZones().get(1);
        Conduit unenforced = ItotFactory.eINSTANCE.createConduit();
        unenforced.setId("C-UNENFORCED");
        unenforced.setName("Unenforced link");
        unenforced.getZones().add(first);
        unenforced.getZones().add(second);
        template.getConduits().add(unenforced);
        EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
        edge.setElement(unenforced);
        edge.setSource(viewOf(overview, first));
        edge.setTarget(viewOf(overview, second));
        overview.getEdges().add(edge);
        Path file = Files.createTempDirectory("itot-editor").resolve("plant.itot");
        ModelFiles.save(template, file);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        OpenModel model = OpenModels.get().open(file);
        DiagramEditor editor = (DiagramEditor) page.openEditor(
                new DiagramEditorInput(file, overview.getId(), overview.getName()), DiagramEditorInput.EDITOR_ID);
        assertFalse(editor.isDirty(), "opening a diagram changes nothing");

        IFile linked = ModelFileResources.linkedFile(file);
        IMarker marker = waitForMarker(linked, "BND-01@C-UNENFORCED");
        Conduit conduit = (Conduit) model.model().eResource().getEObject(
                marker.getAttribute(FindingMarkers.ELEMENT, ""));
        waitUntil(() -> !editor.getViewer().layers().findingsOf(conduit).isEmpty(), "the editor's decorations");
        assertTrue(editor.getViewer().layers().findingsOf(conduit).get(0).startsWith("BND-01: "));

        page.activate(page.showView(org.itot.ui.problems.ProblemsView.ID));
        IEditorPart opened = IDE.openEditor(page, marker);
        assertEquals(editor, opened, "the marker's file opens in the diagram editor already open");
        EdgeView conduitEdge = model.model().getDiagrams().get(0).getEdges().stream()
                .filter(e -> e.getElement() == conduit).findFirst().orElseThrow();
        assertEquals(List.of(conduitEdge), editor.getViewer().getSelection(), "the finding's element is selected");
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(conduit), selection.toList(), "the Properties view gets the model element");

        ModelEditing.domainFor(conduit).getCommandStack().execute(
                org.itot.diagram.edit.DiagramEditing.rename(ModelEditing.domainFor(conduit), conduit, "Renamed link"));
        flush();
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(file).contains("Renamed link"), "Save wrote the model file");
        page.closeEditor(editor, false);
    }

    private static NodeView viewOf(Diagram diagram, Zone zone) {
        return diagram.getNodes().stream().filter(n -> n.getElement() == zone).findFirst().orElseThrow();
    }

    private static IMarker waitForMarker(IFile file, String findingId) throws Exception {
        IMarker[] found = new IMarker[1];
        waitUntil(() -> {
            try {
                if (!file.exists()) {
                    return false;
                }
                for (IMarker marker : file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                    if (findingId.equals(marker.getAttribute(FindingMarkers.FINDING_ID, ""))) {
                        found[0] = marker;
                        return true;
                    }
                }
                return false;
            } catch (org.eclipse.core.runtime.CoreException e) {
                throw new IllegalStateException(e);
            }
        }, "a " + findingId + " marker");
        return found[0];
    }
}
