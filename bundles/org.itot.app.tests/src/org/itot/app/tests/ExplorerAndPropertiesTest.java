package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;
import org.itot.model.labels.Labels;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.properties.FeatureSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Model Explorer and the tabbed Properties view in the real workbench, with a diagram editor open on the same
 * model: renames, moves and deletions made in one place show everywhere and are undone with the workbench's Undo.
 */
@ExtendWith(IsolatedWorkbench.class)
class ExplorerAndPropertiesTest {

    private IWorkbenchPage page;
    private OpenModel model;
    private Diagram overview;
    private DiagramEditor editor;
    private ModelExplorerView explorer;

    @BeforeEach
    void openTheTemplateInTheExplorerAndADiagramEditor() throws Exception {
        Path file = Files.createTempDirectory("itot-explorer").resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        model = OpenModels.get().open(file);
        overview = model.model().getDiagrams().get(0);
        editor = (DiagramEditor) page.openEditor(new DiagramEditorInput(file, overview.getId(), overview.getName()),
                DiagramEditorInput.EDITOR_ID);
        explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
        flush();
    }

    @AfterEach
    void closeWithoutSaving() {
        page.closeEditor(editor, false);
        explorer.setFilter("");
    }

    @Test
    void renamingAZoneInThePropertiesViewUpdatesTheExplorerAndTheOpenDiagram() throws Exception {
        Zone zone = shownZone();
        String oldName = zone.getName();
        select(zone);
        TabbedPropertySheetPage properties = propertiesPage();
        List<String> tabs = Arrays.stream(properties.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
        assertEquals(List.of("General", "Security levels", "Network", "Ownership", "Findings", "ATT&CK"), tabs);

        // At 100 % around the zone, where names are drawn (zoomed far out the painter leaves text out).
        editor.getViewer().setZoom(1, 0, 0);
        editor.getViewer().showArea(editor.getViewer().boundsOf(
                org.itot.diagram.edit.DiagramEditing.viewsOf(editor.getViewer().getDiagram(), zone).get(0)));
        AtomicInteger paints = new AtomicInteger();
        editor.getViewer().getControl().addListener(SWT.Paint, e -> paints.incrementAndGet());
        Image before = printDiagram();
        properties.setSelectedTab("org.itot.ui.tab.general");
        flush();
        Text name = (Text) editorOf(section(properties), "Name");
        name.setText("Cell 7 controllers");
        name.notifyListeners(SWT.FocusOut, new Event());
        flush();

        assertEquals("Cell 7 controllers", zone.getName());
        waitUntil(() -> itemText(zone).startsWith("Cell 7 controllers"), "the explorer's label");
        waitUntil(() -> paints.get() > 0, "a repaint of the open diagram");
        Image after = printDiagram();
        assertNotEquals(Arrays.toString(pixels(before)), Arrays.toString(pixels(after)),
                "the diagram draws the new name");
        before.dispose();
        after.dispose();

        page.activate(explorer);
        command("org.eclipse.ui.edit.undo");
        flush();
        assertEquals(oldName, zone.getName(), "Ctrl+Z in the workbench undoes the Properties edit");
        waitUntil(() -> itemText(zone).startsWith(oldName), "the explorer's label after undo");
        waitUntil(() -> name.isDisposed() || name.getText().equals(oldName), "the Properties view after undo");
    }

    @Test
    void propertiesShowLabelsNotTheFilesLiterals() throws Exception {
        Zone zone = shownZone();
        select(zone);
        TabbedPropertySheetPage properties = propertiesPage();
        properties.setSelectedTab("org.itot.ui.tab.general");
        flush();
        CCombo kind = (CCombo) editorOf(section(properties), "Kind");
        assertEquals(Labels.of(zone.getKind()), kind.getText());
        assertTrue(Arrays.asList(kind.getItems()).contains("Basic control"), Arrays.toString(kind.getItems()));
        properties.setSelectedTab("org.itot.ui.tab.ownership");
        flush();
        CCombo owner = (CCombo) editorOf(section(properties), "Owner");
        assertEquals(Labels.of(zone.getOwner()), owner.getText());
        assertTrue(Arrays.asList(owner.getItems()).containsAll(List.of("IT", "OT", "Joint (IT and OT)")),
                Arrays.toString(owner.getItems()));

        Asset plc = model.model().getAllAssets().stream().filter(a -> a.getType() == org.itot.model.AssetType.PLC)
                .findFirst().orElseThrow();
        select(plc);
        properties = propertiesPage();
        properties.setSelectedTab("org.itot.ui.tab.general");
        flush();
        assertEquals("PLC", ((CCombo) editorOf(section(properties), "Type")).getText());
        properties.setSelectedTab("org.itot.ui.tab.security");
        flush();
        assertNotNull(editorOf(section(properties), "MFA"), "MFA, not Mfa");
    }

    @Test
    void theSecurityLevelsTabEditsTheVectorInOneUndoableStepPerChange() throws Exception {
        Zone zone = shownZone();
        select(zone);
        TabbedPropertySheetPage properties = propertiesPage();
        properties.setSelectedTab("org.itot.ui.tab.security");
        flush();
        FeatureSection section = section(properties);
        CCombo fr3 = combos(section.getBody()).get(2);
        int old = zone.getSlTarget() == null ? -1 : zone.getSlTarget().getFr3();
        if (zone.getSlTarget() == null) {
            Control notSet = Arrays.stream(allControls(section.getBody()))
                    .filter(c -> c instanceof org.eclipse.swt.widgets.Button b && b.getText().equals("Not set"))
                    .findFirst().orElseThrow();
            ((org.eclipse.swt.widgets.Button) notSet).setSelection(false);
            notSet.notifyListeners(SWT.Selection, new Event());
            flush();
        }
        SecurityLevelVector vector = zone.getSlTarget();
        assertNotNull(vector);
        int target = vector.getFr3() == 4 ? 1 : 4;
        fr3.select(target);
        fr3.notifyListeners(SWT.Selection, new Event());
        flush();
        assertEquals(target, zone.getSlTarget().getFr3(), "FR3 of the zone's SL-T");
        command("org.eclipse.ui.edit.undo");
        flush();
        assertNotEquals(target, zone.getSlTarget() == null ? old : zone.getSlTarget().getFr3());
    }

    @Test
    void draggingAnAssetOntoAnotherZoneMovesItInTheModelAndOnTheDiagram() throws Exception {
        List<Zone> zones = model.model().getZones().stream()
                .filter(z -> !DiagramEditing.viewsOf(overview, z).isEmpty()).toList();
        Zone from = zones.stream().filter(z -> z.getAssets().stream()
                .anyMatch(a -> !DiagramEditing.viewsOf(overview, a).isEmpty())).findFirst().orElseThrow();
        Zone to = zones.stream().filter(z -> z != from).findFirst().orElseThrow();
        Asset asset = from.getAssets().stream().filter(a -> !DiagramEditing.viewsOf(overview, a).isEmpty())
                .findFirst().orElseThrow();
        NodeView view = DiagramEditing.viewsOf(overview, asset).get(0);
        NodeView toView = DiagramEditing.viewsOf(overview, to).get(0);
        select(asset);

        LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(asset));
        var transfer = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
        assertTrue(explorer.getDropAdapter().validateDrop(to, org.eclipse.swt.dnd.DND.DROP_MOVE, transfer));
        assertFalse(explorer.getDropAdapter().validateDrop(from, org.eclipse.swt.dnd.DND.DROP_MOVE, transfer),
                "dropping on its own zone is no move");
        assertTrue(explorer.getDropAdapter().drop(to, LocalSelectionTransfer.getTransfer().getSelection()));
        LocalSelectionTransfer.getTransfer().setSelection(null);
        flush();

        assertSame(to, asset.getZone(), "the asset moved in the model");
        assertSame(toView, view.eContainer(), "and into the zone's box on the open diagram");
        waitUntil(() -> parentData(asset) == to, "the asset under its new zone in the explorer");

        page.activate(explorer);
        command("org.eclipse.ui.edit.undo");
        flush();
        assertSame(from, asset.getZone());
        assertNotEquals(toView, view.eContainer());
        waitUntil(() -> parentData(asset) == from, "the asset back under its zone in the explorer");
    }

    @Test
    void deleteAndRenameFromTheContextMenuAreUndoable() throws Exception {
        Asset asset = model.model().getAllAssets().stream()
                .filter(a -> !DiagramEditing.viewsOf(overview, a).isEmpty()).findFirst().orElseThrow();
        Zone zone = asset.getZone();
        String oldName = asset.getName();
        select(asset);

        clickMenuItem("Rename...");
        // The tree is virtual: the in-place editor opens once the revealed item exists (after a paint).
        waitUntil(() -> explorer.getRenameField() != null, "Rename edits the name in place");
        Text field = explorer.getRenameField();
        assertNotNull(field, "Rename edits the name in place");
        field.setText("Line 2 PLC");
        explorer.commitRename();
        flush();
        assertEquals("Line 2 PLC", asset.getName());
        waitUntil(() -> itemText(asset).startsWith("Line 2 PLC"), "the renamed label");

        select(asset);
        clickMenuItem("Delete");
        flush();
        assertNull(asset.eContainer(), "Delete removes the asset from the model");
        assertTrue(DiagramEditing.viewsOf(overview, asset).isEmpty(), "and from the diagram");
        waitUntil(() -> explorer.getViewer().testFindItem(asset) == null, "the asset gone from the tree");

        page.activate(explorer);
        command("org.eclipse.ui.edit.undo");
        flush();
        assertSame(zone, asset.getZone(), "undo brings the asset back");
        assertFalse(DiagramEditing.viewsOf(overview, asset).isEmpty(), "with its view");
        command("org.eclipse.ui.edit.undo");
        flush();
        assertEquals(oldName, asset.getName(), "the rename is undone too");

        select(asset);
        command("org.eclipse.ui.edit.delete"); // what the Delete key runs while the explorer is active
        flush();
        assertNull(asset.eContainer());
        command("org.eclipse.ui.edit.undo");
        flush();
        assertSame(zone, asset.getZone());
    }

    @Test
    void filteringShowsMatchesWithTheirZonesAndTheStandardKeysAreBound() throws Exception {
        Asset asset = model.model().getAllAssets().get(0);
        explorer.setFilter(asset.getId());
        flush();
        assertNotNull(explorer.getViewer().testFindItem(asset), "the match is shown");
        assertSame(asset.getZone(), parentData(asset), "under its zone");
        Zone other = model.model().getZones().stream().filter(z -> z != asset.getZone()
                && z.getAssets().stream().noneMatch(a -> a.getId().contains(asset.getId()))
                && !z.getName().contains(asset.getId())).findFirst().orElseThrow();
        assertNull(explorer.getViewer().testFindItem(other), "a zone without matches is hidden");
        explorer.setFilter("");

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(formats(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo")).contains("Ctrl+Y"));
        assertTrue(formats(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo")).contains("Ctrl+Z"));
        assertTrue(formats(bindings.getActiveBindingsFor("org.eclipse.ui.file.save")).contains("Ctrl+S"));
        assertTrue(formats(bindings.getActiveBindingsFor("org.eclipse.ui.edit.rename")).contains("F2"));
    }

    private static List<String> formats(TriggerSequence[] sequences) {
        return Arrays.stream(sequences).map(TriggerSequence::format).toList();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Zone shownZone() {
        return model.model().getZones().stream().filter(z -> !DiagramEditing.viewsOf(overview, z).isEmpty())
                .findFirst().orElseThrow();
    }

    private void select(Object element) {
        page.activate(explorer);
        explorer.getViewer().setSelection(new StructuredSelection(element), true);
        flush();
    }

    private TabbedPropertySheetPage propertiesPage() throws Exception {
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(explorer);
        flush();
        waitUntil(() -> sheet.getCurrentPage() instanceof TabbedPropertySheetPage tabbed
                && tabbed.getActiveTabs().length > 0, "the tabbed Properties page");
        return (TabbedPropertySheetPage) sheet.getCurrentPage();
    }

    private static FeatureSection section(TabbedPropertySheetPage properties) {
        for (ISection section : properties.getCurrentTab().getSections()) {
            if (section instanceof FeatureSection feature) {
                return feature;
            }
        }
        throw new AssertionError("no feature section on " + properties.getSelectedTab().getLabel());
    }

    /** The editor control after the label "{name}:". */
    private static Control editorOf(FeatureSection section, String name) {
        Control[] children = section.getBody().getChildren();
        for (int i = 0; i < children.length - 1; i++) {
            if (children[i] instanceof Label label && label.getText().equals(name + ":")) {
                return children[i + 1];
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static List<CCombo> combos(org.eclipse.swt.widgets.Composite body) {
        return Arrays.stream(allControls(body)).filter(CCombo.class::isInstance).map(CCombo.class::cast).toList();
    }

    private static Control[] allControls(org.eclipse.swt.widgets.Composite parent) {
        List<Control> all = new java.util.ArrayList<>();
        for (Control child : parent.getChildren()) {
            all.add(child);
            if (child instanceof org.eclipse.swt.widgets.Composite composite && !(child instanceof CCombo)) {
                all.addAll(Arrays.asList(allControls(composite)));
            }
        }
        return all.toArray(Control[]::new);
    }

    private String itemText(Object element) {
        explorer.getViewer().reveal(element);
        flush();
        var item = explorer.getViewer().testFindItem(element);
        return item instanceof TreeItem treeItem ? treeItem.getText() : "";
    }

    private Object parentData(Object element) {
        explorer.getViewer().reveal(element);
        flush();
        var item = explorer.getViewer().testFindItem(element);
        return item instanceof TreeItem treeItem && treeItem.getParentItem() != null
                ? treeItem.getParentItem().getData() : null;
    }

    private void clickMenuItem(String text) {
        Menu menu = explorer.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        flush();
        MenuItem found = Arrays.stream(menu.getItems()).filter(item -> item.getText().split("\t")[0].equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text + " in "
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
        assertTrue(found.isEnabled(), text + " is enabled");
        found.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        flush();
    }

    /** Runs a workbench command as its key does while the explorer is the active part. */
    private void command(String id) throws Exception {
        page.activate(explorer);
        flush();
        explorer.getSite().getService(IHandlerService.class).executeCommand(id, null);
    }

    private Image printDiagram() {
        var control = editor.getViewer().getControl();
        Image image = new Image(control.getDisplay(), 800, 600);
        GC gc = new GC(image);
        try {
            editor.getViewer().print(gc);
        } finally {
            gc.dispose();
        }
        return image;
    }

    private static int[] pixels(Image image) {
        var data = image.getImageData();
        int[] row = new int[data.width * data.height];
        data.getPixels(0, 0, row.length, row, 0);
        return row;
    }
}
