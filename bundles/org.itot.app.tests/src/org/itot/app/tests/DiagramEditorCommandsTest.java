package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.diagram.ui.wizards.NewDiagramWizard;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.render.geometry.Bounds;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The small things of the diagram editor in the real workbench: the tab names model and diagram, Ctrl+D puts the
 * copy beside its original and selects it, Find selects what matches, Show in Model Explorer selects there, Arrange
 * All ends fitted, and the New Diagram wizard ticks all or no zones.
 */
@ExtendWith(IsolatedWorkbench.class)
class DiagramEditorCommandsTest {

    @Test
    void tabsDuplicateFindShowInExplorerArrangeAllAndSelectAll() throws Exception {
        Path file = Files.createTempDirectory("itot-commands").resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);
        Diagram overview = model.model().getDiagrams().get(0);
        DiagramEditor editor = (DiagramEditor) page().openEditor(
                new DiagramEditorInput(file, overview.getId(), overview.getName()), DiagramEditorInput.EDITOR_ID);
        flush();
        assertEquals(overview.getName() + " - plant", editor.getPartName(), "the tab names diagram and model");

        NodeView original = overview.getNodes().stream().flatMap(zone -> zone.getChildren().stream())
                .filter(view -> view.getElement() instanceof Asset).findFirst().orElseThrow();
        editor.getViewer().setSelection(List.of(original));
        assertTrue(editor.getViewer().actions().duplicate());
        NodeView copy = (NodeView) editor.getViewer().getSelection().get(0);
        assertNotSame(original, copy, "the copy is selected");
        assertEquals(original.eContainer(), copy.eContainer());
        assertEquals(original.getY(), copy.getY(), "beside the original");
        assertEquals(original.getX() + original.getWidth() + 2 * editor.getViewer().layers().getGridSize(),
                copy.getX());
        assertTrue(editor.getViewer().boundsOf(copy.eContainer()).encloses(editor.getViewer().boundsOf(copy)),
                "its zone grew to hold it");

        Asset asset = (Asset) original.getElement();
        List<NodeView> found = editor.getViewer().actions().find(asset.getId().toLowerCase());
        assertTrue(found.contains(original), "found by id, ignoring case");
        assertEquals(found, editor.getViewer().getSelection());

        Zone zone = (Zone) ((NodeView) original.eContainer()).getElement();
        editor.getViewer().setSelection(List.of((NodeView) original.eContainer()));
        editor.commands().showInModelExplorer();
        flush();
        ModelExplorerView explorer = (ModelExplorerView) page().findView(ModelExplorerView.ID);
        assertEquals(List.of(zone), ((IStructuredSelection) explorer.getViewer().getSelection()).toList());

        page().activate(editor);
        editor.getViewer().setZoom(2);
        editor.arrangeAll();
        flush();
        Bounds extent = editor.getViewer().geometry().extent();
        assertTrue(editor.getViewer().visibleArea().encloses(extent), "Arrange All ends fitted: "
                + editor.getViewer().visibleArea() + " shows " + extent);

        NewDiagramWizard wizard = new NewDiagramWizard(page(), model);
        UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
        wizard.getDiagramPage().tickAll(true);
        assertEquals(List.copyOf(model.model().getAllZones()), wizard.getDiagramPage().chosenZones(), "Select All");
        wizard.getDiagramPage().tickAll(false);
        assertTrue(wizard.getDiagramPage().chosenZones().isEmpty(), "Select None");
        assertFalse(dialog.getShell().isDisposed());
        dialog.close();
        page().closeEditor(editor, false);
    }
}
