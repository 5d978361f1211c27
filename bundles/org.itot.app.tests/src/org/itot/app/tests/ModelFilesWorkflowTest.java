package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.diagram.ui.wizards.NewDiagramWizard;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.files.RecentModelsMenu;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.models.RecentModels;
import org.itot.ui.preferences.ItotPreferences;
import org.itot.ui.wizards.NewModelWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The file workflow a user goes through, in the real workbench: New Model from the Purdue template through the
 * wizard, edit (dirty), Save, Revert, Save As, New Diagram, the recent models in the File menu, Close Model.
 */
@ExtendWith(IsolatedWorkbench.class)
class ModelFilesWorkflowTest {

    @Test
    void newModelEditSaveRevertSaveAsAndClose() throws Exception {
        Path folder = Files.createTempDirectory("itot-files");
        IWorkbenchPage page = page();

        NewModelWizard wizard = new NewModelWizard();
        UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
        wizard.getModelPage().setTemplate(ModelTemplates.PURDUE);
        wizard.getModelPage().setFolder(folder.resolve("plants"));
        wizard.getModelPage().setFileName("plant");
        assertTrue(dialog.canFinish(), "the page is complete");
        assertTrue(dialog.finish(), "Finish created the model and closed the wizard");

        Path file = folder.resolve("plants/plant.itot");
        assertTrue(Files.isRegularFile(file), "the wizard wrote the file, adding the .itot extension");
        OpenModel model = wizard.getCreated();
        assertEquals(file, model.file());
        assertSame(model, OpenModels.get().find(file).orElseThrow());
        DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
        assertEquals(model.model().getDiagrams().get(0), editor.getViewer().getDiagram(), "its first diagram opened");
        assertFalse(editor.isDirty());
        assertEquals(file, RecentModels.list().get(0), "the new model heads the recent models");

        Zone zone = model.model().getZones().get(0);
        rename(model, zone, "Edited zone");
        assertTrue(editor.isDirty(), "an edit makes the editor dirty");
        assertTrue(List.of(page.getDirtyEditors()).contains(editor), "the workbench marks it with '*'");
        assertTrue(model.saveable().isDirty());
        UiTesting.waitUntil(() -> explorerLabels().contains("*" + model.model().getName() + "  plant.itot"),
                "the explorer's dirty mark");

        editor.doSave(null);
        flush();
        assertFalse(editor.isDirty());
        UiTesting.waitUntil(() -> explorerLabels().contains(model.model().getName() + "  plant.itot"),
                "the dirty mark to go after saving");
        assertTrue(Files.readString(file).contains("Edited zone"));
        String saved = Files.readString(file);

        rename(model, zone, "Unsaved name");
        ModelFileActions.revert(page.getWorkbenchWindow().getShell(), model, false);
        flush();
        assertFalse(model.isDirty(), "Revert leaves nothing to save");
        Zone reverted = model.model().getZones().get(0);
        assertEquals("Edited zone", reverted.getName(), "Revert went back to the saved file");
        assertFalse(model.domain().getCommandStack().canUndo(), "and dropped the undo history");
        DiagramEditor reopened = (DiagramEditor) page.findEditor(new DiagramEditorInput(file,
                model.model().getDiagrams().get(0).getId(), null));
        assertNotNull(reopened, "the editor shows the diagram again");
        assertSame(model.model().getDiagrams().get(0), reopened.getViewer().getDiagram());
        model.save();
        assertEquals(saved, Files.readString(file), "the reverted model saves exactly as the file was, ids included");

        Path copy = folder.resolve("copy.itot");
        rename(model, reverted, "Before save as");
        model.saveAs(copy);
        flush();
        assertTrue(Files.readString(copy).contains("Before save as"), "Save As wrote the new file");
        assertFalse(Files.readString(file).contains("Before save as"), "and left the old file alone");
        assertEquals(copy, model.file());
        assertSame(model, OpenModels.get().find(copy).orElseThrow());
        assertTrue(OpenModels.get().find(file).isEmpty(), "the old file is no longer open");
        assertEquals(copy, ((DiagramEditorInput) reopened.getEditorInput()).file(), "the editor follows the model");
        assertFalse(reopened.isDirty());
        assertEquals(copy, RecentModels.list().get(0));

        assertTrue(ModelFileActions.close(page, model), "a saved model closes without asking");
        flush();
        assertTrue(OpenModels.get().find(copy).isEmpty());
        assertTrue(ModelFileActions.editorsOf(page, model).isEmpty(), "its editors closed");
        UiTesting.waitUntil(() -> explorerLabels().stream().noneMatch(label -> label.endsWith("  copy.itot")),
                "the model to leave the explorer");
    }

    @Test
    void newDiagramOfChosenZonesOrEmpty() throws Exception {
        Path file = Files.createTempDirectory("itot-diagram").resolve("plant.itot");
        org.itot.model.resource.ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);
        List<Zone> zones = model.model().getZones().subList(0, 2);
        int before = model.model().getDiagrams().size();

        NewDiagramWizard wizard = new NewDiagramWizard(page(), model);
        UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
        wizard.getDiagramPage().setDiagramName("Two zones");
        wizard.getDiagramPage().chooseZones(List.of(zones.get(0).getId(), zones.get(1).getId()));
        assertTrue(dialog.finish());
        Diagram created = wizard.getCreated();
        assertEquals(before + 1, model.model().getDiagrams().size());
        assertEquals("Two zones", created.getName());
        assertEquals(zones, created.getNodes().stream().map(NodeView::getElement).toList());
        IEditorPart active = page().getActiveEditor();
        assertSame(created, ((DiagramEditor) active).getViewer().getDiagram(), "the new diagram opened");
        assertTrue(model.isDirty());

        NewDiagramWizard emptyWizard = new NewDiagramWizard(page(), model);
        UiTesting.OpenWizard emptyDialog = new UiTesting.OpenWizard(emptyWizard);
        emptyWizard.getDiagramPage().setDiagramName("Sketch");
        emptyWizard.getDiagramPage().chooseZones(List.of());
        assertTrue(emptyDialog.finish());
        assertTrue(emptyWizard.getCreated().getNodes().isEmpty(), "an empty diagram");

        model.domain().getCommandStack().undo();
        model.domain().getCommandStack().undo();
        flush();
        assertEquals(before, model.model().getDiagrams().size(), "each new diagram was one undoable step");
        assertFalse(model.isDirty());
        flush();
        assertTrue(ModelFileActions.editorsOf(page(), model).isEmpty(), "editors of undone diagrams closed");
        assertTrue(ModelFileActions.close(page(), model));
    }

    @Test
    void recentModelsAreInTheFileMenuAndThePreferences() throws Exception {
        Path file = Files.createTempDirectory("itot-recent").resolve("recent-plant.itot");
        org.itot.model.resource.ModelFiles.save(ModelTemplates.create(ModelTemplates.BLANK), file);
        OpenModel model = OpenModels.get().open(file);
        assertEquals(file, RecentModels.list().get(0));
        assertTrue(ItotPreferences.store().getString(ItotPreferences.RECENT_MODELS).startsWith(file.toString()),
                "kept in the preference store");

        Menu menu = new Menu(page().getWorkbenchWindow().getShell(), SWT.DROP_DOWN);
        try {
            new RecentModelsMenu().fill(menu, 0);
            MenuItem first = menu.getItem(0);
            assertTrue(first.getText().startsWith("&1 recent-plant.itot"), first.getText());
        } finally {
            menu.dispose();
        }
        assertTrue(ModelFileActions.close(page(), model));
    }

    @Test
    void theFileMenuOffersTheFileCommands() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("org.itot.ui.newModel", "org.itot.diagram.ui.newDiagram", "org.itot.ui.openModel",
                "org.itot.ui.closeModel", "org.eclipse.ui.file.saveAs", "org.itot.ui.saveAllModels",
                "org.eclipse.ui.file.revert")) {
            assertTrue(commands.getCommand(id).isHandled(), id + " has a handler");
        }
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Binding ctrlO = bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT.MOD1, 'O')));
        assertEquals("org.itot.ui.openModel", ctrlO.getParameterizedCommand().getId(), "Ctrl+O opens a model");
        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = java.util.Arrays.stream(bar.getItems()).filter(item -> item.getText().equals("&File"))
                .findFirst().orElseThrow();
        file.getMenu().notifyListeners(SWT.Show, new Event());
        flush();
        List<String> labels = java.util.Arrays.stream(file.getMenu().getItems()).map(MenuItem::getText)
                .filter(text -> !text.isEmpty()).map(text -> text.split("\t")[0].replace("&", "")).toList();
        file.getMenu().notifyListeners(SWT.Hide, new Event());
        List<String> expected = List.of("New Model...", "New Diagram...", "Open Model...", "Recent Models",
                "Close Model", "Save", "Save As...", "Save All", "Revert");
        assertEquals(expected, labels.stream().filter(expected::contains).toList(), "in this order: " + labels);
    }

    private static List<String> explorerLabels() {
        IViewPart explorer = page().findView(ModelExplorerView.ID);
        TreeViewer tree = (TreeViewer) explorer.getSite().getSelectionProvider();
        return java.util.Arrays.stream(tree.getTree().getItems()).map(TreeItem::getText).toList();
    }

    private static void rename(OpenModel model, Zone zone, String name) {
        EditingDomain domain = model.domain();
        domain.getCommandStack().execute(DiagramEditing.rename(domain, zone, name));
        flush();
    }
}
