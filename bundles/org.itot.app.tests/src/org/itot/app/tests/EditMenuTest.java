package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.handlers.IHandlerService;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.diagram.ui.editor.DiagramViewer;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 5: with the diagram editor active, the Edit menu's items are enabled by the selection and the
 * command stack and run the same handlers as the keys (Ctrl+Z, Ctrl+C, Delete...): chosen from the menu bar here.
 */
@ExtendWith(IsolatedWorkbench.class)
class EditMenuTest {

    private OpenModel model;
    private DiagramEditor editor;
    private DiagramViewer viewer;
    private Diagram diagram;

    @BeforeEach
    void openTheOverview() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        Path file = Workbench.save(template, "edit-menu.itot");
        model = OpenModels.get().open(file);
        diagram = model.model().getDiagrams().get(0);
        editor = (DiagramEditor) page().openEditor(new DiagramEditorInput(file, diagram.getId(), diagram.getName()),
                DiagramEditorInput.EDITOR_ID);
        page().activate(editor);
        flush();
        viewer = editor.getViewer();
    }

    @Test
    void undoCopyPasteAndDeleteFromTheMenuActOnTheDiagram() {
        assertFalse(MenuBar.enabled("Edit", "Undo"), "nothing to undo in a freshly opened model");
        assertFalse(MenuBar.enabled("Edit", "Copy"), "nothing selected, nothing to copy");
        assertFalse(MenuBar.enabled("Edit", "Delete"), "nothing selected, nothing to delete");
        assertFalse(MenuBar.enabled("Edit", "Rename"), "nothing selected, nothing to rename");
        assertTrue(MenuBar.enabled("Edit", "Select All"), "the diagram has nodes");

        NodeView zoneView = diagram.getNodes().stream().filter(n -> n.getElement() instanceof Zone).findFirst()
                .orElseThrow();
        int nodes = diagram.getNodes().size();
        viewer.setSelection(List.of(zoneView));
        flush();
        assertTrue(MenuBar.enabled("Edit", "Rename"), "one zone selected");

        MenuBar.choose("Edit", "Delete");
        assertFalse(diagram.getNodes().contains(zoneView), "Edit > Delete removed the zone from the diagram");
        assertTrue(model.model().getZones().contains((Zone) zoneView.getElement()), "...but not from the model");
        assertTrue(editor.isDirty());

        MenuBar.choose("Edit", "Undo");
        assertTrue(diagram.getNodes().contains(zoneView), "Edit > Undo brought the zone back");
        assertEquals(nodes, diagram.getNodes().size());
        assertTrue(MenuBar.enabled("Edit", "Redo"), "the delete can be redone");
        MenuBar.choose("Edit", "Redo");
        assertFalse(diagram.getNodes().contains(zoneView), "Edit > Redo deleted it again");
        MenuBar.choose("Edit", "Undo");

        viewer.setSelection(List.of(zoneView));
        flush();
        assertFalse(MenuBar.enabled("Edit", "Copy"), "zones are not duplicated, so not copied");
        NodeView assetView = (NodeView) DiagramEditing.viewsOf(diagram, anAsset()).get(0);
        viewer.setSelection(List.of(assetView));
        flush();
        assertFalse(MenuBar.enabled("Edit", "Paste"), "nothing copied yet");
        int assets = assets();
        MenuBar.choose("Edit", "Copy");
        MenuBar.choose("Edit", "Paste");
        assertEquals(assets + 1, assets(), "Edit > Paste added a copy of the copied asset");

        MenuBar.choose("Edit", "Select All");
        assertTrue(viewer.getSelection().containsAll(diagram.getNodes()), "Edit > Select All selects every node");
    }

    private Asset anAsset() {
        return model.model().getZones().stream().flatMap(zone -> zone.getAssets().stream())
                .filter(asset -> !DiagramEditing.viewsOf(diagram, asset).isEmpty()).findFirst().orElseThrow();
    }

    private int assets() {
        return model.model().getZones().stream().mapToInt(zone -> zone.getAssets().size()).sum();
    }

    @Test
    void theKeysRunTheSameCommandsAsTheMenuAndTheEditorHandlesThem() throws Exception {
        IBindingService bindings = editor.getSite().getService(IBindingService.class);
        assertEquals("org.eclipse.ui.edit.undo", command(bindings, "M1+Z"));
        assertEquals("org.eclipse.ui.edit.copy", command(bindings, "M1+C"));
        assertEquals("org.eclipse.ui.edit.paste", command(bindings, "M1+V"));
        assertEquals("org.eclipse.ui.edit.delete", command(bindings, "DEL"));
        assertEquals("org.eclipse.ui.edit.rename", command(bindings, "F2"));
        assertEquals("org.eclipse.ui.edit.selectAll", command(bindings, "M1+A"));
        assertEquals("Ctrl+Z", MenuBar.key(MenuBar.item("Edit", "Undo")), "the menu shows the key");
        assertEquals(List.of("Undo", "Redo", "", "Copy", "Paste", "Delete", "Rename", "Select All"),
                MenuBar.labels("Edit").subList(0, 8), "the Edit menu in the usual order");

        // The key binding executes the command through the handler service, as here: the editor's handler runs.
        NodeView first = diagram.getNodes().get(0);
        viewer.setSelection(List.of(first));
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.delete", null);
        flush();
        assertFalse(diagram.getNodes().contains(first));
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        flush();
        assertTrue(diagram.getNodes().contains(first));
        Command undo = editor.getSite().getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo");
        assertNotNull(undo.getHandler(), "Undo has a handler while the editor is active");
    }

    @Test
    void whileANameIsEditedInPlaceCopyPasteAndSelectAllActOnItsText() {
        NodeView zoneView = diagram.getNodes().stream().filter(n -> n.getElement() instanceof Zone).findFirst()
                .orElseThrow();
        viewer.setSelection(List.of(zoneView));
        MenuBar.choose("Edit", "Rename");
        var field = viewer.getInlineEditor();
        assertNotNull(field, "Edit > Rename opened the name for editing in place");
        field.setText("Cell A");
        field.setSelection(0, 4);
        MenuBar.choose("Edit", "Delete");
        assertEquals(" A", field.getText(), "Delete removed the selected text, not the zone");
        assertSame(zoneView, viewer.getSelection().get(0));
        assertTrue(diagram.getNodes().contains(zoneView));
        MenuBar.choose("Edit", "Select All");
        assertEquals(" A".length(), field.getSelectionCount(), "Select All selected the field's text");
        assertFalse(MenuBar.enabled("Edit", "Undo"), "the diagram's Undo waits until the name is committed");
    }

    private static String command(IBindingService bindings, String keys) throws Exception {
        var binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
        return binding == null ? null : binding.getParameterizedCommand().getId();
    }
}
