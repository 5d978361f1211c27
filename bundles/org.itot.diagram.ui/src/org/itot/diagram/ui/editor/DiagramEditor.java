package org.itot.diagram.ui.editor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.itot.diagram.edit.Alignment;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.layout.DiagramLayout;
import org.itot.layout.LayoutResult;
import org.itot.model.Diagram;
import org.itot.model.Zone;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.ElementRevealer;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.properties.ElementProperties;
import org.itot.validation.engine.FindingsDelta;

/**
 * The diagram editor: a palette, a toolbar (zoom, grid, layers, arrange, align) and the {@link DiagramViewer}. It
 * edits one diagram of an open model through the model's one command stack, so several editors and the explorer
 * share undo and dirty state; Save writes the whole model file.
 */
public class DiagramEditor extends EditorPart
        implements IGotoMarker, ElementRevealer, ITabbedPropertySheetPageContributor, ISaveablesSource {

    /** The id of the diagram's context menu, for menu contributions ({@code popup:ID?after=additions}). */
    public static final String CONTEXT_MENU_ID = "org.itot.diagram.ui.editor.context";

    private OpenModel model;
    private Diagram diagram;
    private DiagramViewer viewer;
    private PaletteControl palette;
    private DiagramEditorCommands commands;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private final CommandStackListener dirtyListener = this::commandStackChanged;
    /** Follows Save As (the file changes), saves from elsewhere (the dirty mark goes) and closing the model. */
    private final OpenModel.Listener modelListener = new OpenModel.Listener() {
        @Override
        public void saved(OpenModel saved) {
            asyncIfOpen(() -> firePropertyChange(PROP_DIRTY));
        }

        @Override
        public void moved(OpenModel moved, Path from) {
            asyncIfOpen(() -> {
                setInput(new DiagramEditorInput(moved.file(), diagram.getId(), diagram.getName()));
                setPartName(partName(diagram, moved.file()));
                setTitleToolTip(getEditorInput().getToolTipText());
                firePropertyChange(PROP_INPUT);
            });
        }

        @Override
        public void closed(OpenModel closed) {
            asyncIfOpen(() -> getSite().getPage().closeEditor(DiagramEditor.this, false));
        }
    };
    private final Consumer<FindingsDelta> findingListener = delta -> {
        if (viewer != null) {
            viewer.setFindings(delta);
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        Path file = fileOf(input);
        if (file == null) {
            throw new PartInitException("ITOT Architect opens model files (*.itot); got " + input.getName());
        }
        try {
            model = OpenModels.get().open(file);
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        String diagramId = input instanceof DiagramEditorInput diagramInput ? diagramInput.diagramId() : null;
        diagram = model.model().getDiagrams().stream()
                .filter(d -> diagramId == null || diagramId.equals(d.getId())).findFirst()
                .orElseThrow(() -> new PartInitException(file.getFileName() + (diagramId == null
                        ? " has no diagram; create one with New Diagram"
                        : " has no diagram with id " + diagramId + " (deleted?)")));
        setInput(input instanceof DiagramEditorInput ? input
                : new DiagramEditorInput(file, diagram.getId(), diagram.getName()));
        setPartName(partName(diagram, file));
        setTitleToolTip(getEditorInput().getToolTipText());
        site.setSelectionProvider(selectionProvider);
    }

    /**
     * The tab names the diagram and its model ("Overview - plant"): two models often have diagrams of the same name.
     */
    static String partName(Diagram diagram, Path file) {
        String name = diagram.getName() == null || diagram.getName().isBlank() ? diagram.getId() : diagram.getName();
        String model = file.getFileName().toString().replaceFirst("\\.itot$", "");
        return name + " - " + model;
    }

    private static Path fileOf(IEditorInput input) {
        if (input instanceof DiagramEditorInput diagramInput) {
            return diagramInput.file();
        }
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        ToolBar toolbar = new ToolBar(area, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite paletteParent = new Composite(sash, SWT.NONE);
        paletteParent.setLayout(new org.eclipse.swt.layout.FillLayout());
        viewer = new DiagramViewer(sash, diagram, model.domain());
        commands = new DiagramEditorCommands(this);
        applyStylePreferences();
        palette = new PaletteControl(paletteParent, viewer); // sizes its share of the sash, folded or not
        fillToolbar(toolbar);
        createContextMenu();
        viewer.addSelectionListener(elements -> selectionProvider.fire(new StructuredSelection(elements)));
        viewer.addStatusListener(message -> getEditorSite().getActionBars().getStatusLineManager()
                .setMessage(message.isEmpty() ? null : message));
        model.domain().getCommandStack().addCommandStackListener(dirtyListener);
        model.addListener(modelListener);
        model.addFindingListener(findingListener);
        viewer.setFindings(model.findings());
        new DiagramEditHandlers(viewer, commands::find).activate(getSite());
        parent.getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.zoomToFit();
            }
        });
    }

    /** Preferences > ITOT Architect > Diagrams: how a new editor starts. */
    private void applyStylePreferences() {
        IPreferenceStore preferences = ItotPreferences.store();
        viewer.layers().setGridSize(preferences.getInt(ItotPreferences.DIAGRAM_GRID_SIZE));
        viewer.layers().setGrid(preferences.getBoolean(ItotPreferences.DIAGRAM_GRID_VISIBLE),
                preferences.getBoolean(ItotPreferences.DIAGRAM_SNAP_TO_GRID));
        viewer.layers().setLayers(preferences.getBoolean(ItotPreferences.DIAGRAM_SHOW_FLOWS),
                preferences.getBoolean(ItotPreferences.DIAGRAM_SHOW_CONDUITS),
                preferences.getBoolean(ItotPreferences.DIAGRAM_SHOW_FINDINGS));
    }

    public DiagramViewer getViewer() {
        return viewer;
    }

    PaletteControl getPalette() {
        return palette;
    }

    public OpenModel getModel() {
        return model;
    }

    private void fillToolbar(ToolBar toolbar) {
        push(toolbar, "Zoom In", "+", () -> viewer.setZoom(viewer.getZoom() * 1.25));
        push(toolbar, "Zoom Out", "\u2212", () -> viewer.setZoom(viewer.getZoom() / 1.25));
        push(toolbar, "Zoom 100%", "100%", () -> viewer.setZoom(1));
        push(toolbar, "Zoom to Fit (Ctrl+Shift+F); stays fitted as the window changes until you zoom or scroll", "Fit",
                viewer::zoomToFit);
        new ToolItem(toolbar, SWT.SEPARATOR);
        check(toolbar, "Show the grid", "Grid", viewer.layers().isGridVisible(),
                on -> viewer.layers().setGrid(on, viewer.layers().isSnapping()));
        check(toolbar, "Snap to the grid", "Snap", viewer.layers().isSnapping(),
                on -> viewer.layers().setGrid(viewer.layers().isGridVisible(), on));
        new ToolItem(toolbar, SWT.SEPARATOR);
        DiagramLayers layers = viewer.layers();
        check(toolbar, "Show flows", "Flows", layers.isShowingFlows(),
                on -> layers.setLayers(on, layers.isShowingConduits(), layers.isShowingFindings()));
        check(toolbar, "Show conduits", "Conduits", layers.isShowingConduits(),
                on -> layers.setLayers(layers.isShowingFlows(), on, layers.isShowingFindings()));
        check(toolbar, "Show findings", "Findings", layers.isShowingFindings(),
                on -> layers.setLayers(layers.isShowingFlows(), layers.isShowingConduits(), on));
        new ToolItem(toolbar, SWT.SEPARATOR);
        push(toolbar, "Arrange All: automatic layout by Purdue level (undoable)", "Arrange All", this::arrangeAll);
        push(toolbar, "Arrange Selection: the contents of the selected zones in a grid, each zone fitted (undoable)",
                "Arrange Selection", commands::arrangeSelection);
        push(toolbar, "Shrink the selected zones to fit what they hold (undoable)", "Shrink to Fit",
                commands::shrinkToFit);
        push(toolbar, "Align left edges to the first selected", "Align Left", () -> align(Alignment.LEFT));
        push(toolbar, "Align top edges to the first selected", "Align Top", () -> align(Alignment.TOP));
        push(toolbar, "Distribute horizontally", "Distribute", () -> align(Alignment.DISTRIBUTE_HORIZONTALLY));
    }

    private static void push(ToolBar toolbar, String tip, String text, Runnable run) {
        ToolItem item = new ToolItem(toolbar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private static void check(ToolBar toolbar, String tip, String text, boolean initial, Consumer<Boolean> run) {
        ToolItem item = new ToolItem(toolbar, SWT.CHECK);
        item.setText(text);
        item.setToolTipText(tip);
        item.setSelection(initial);
        item.addListener(SWT.Selection, e -> run.accept(item.getSelection()));
    }

    /**
     * Lays the diagram out on a worker thread behind a determinate progress dialog (one unit per zone) with Cancel;
     * the dialog appears only when the layout takes long. Cancelled, the diagram is unchanged; done, the whole new
     * layout is fitted into view.
     */
    public void arrangeAll() {
        LayoutResult[] result = new LayoutResult[1];
        try {
            new ProgressMonitorDialog(getSite().getShell()).run(true, true, monitor -> {
                try {
                    result[0] = DiagramLayout.compute(diagram, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            InternalErrors.report("Arrange All", e.getCause() == null ? e : e.getCause());
            return;
        } catch (InterruptedException e) {
            return;
        }
        if (viewer.execute(DiagramLayout.createCommand(model.domain(), result[0]))) {
            viewer.zoomToFit();
        }
    }

    /** Arrange Selection, Shrink to Fit, Find in Diagram, Show in Model Explorer. */
    public DiagramEditorCommands commands() {
        return commands;
    }

    private void align(Alignment alignment) {
        viewer.execute(alignment.apply(model.domain(), diagram, viewer.selectedNodes()));
    }

    private void createContextMenu() {
        // Filled anew on every show, as the Model Explorer's is: the workbench then adds other plug-ins' entries
        // (Compare With), contributed to CONTEXT_MENU_ID after "additions", once per show.
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        getEditorSite().registerContextMenu(CONTEXT_MENU_ID, menu, getSite().getSelectionProvider(), false);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(action("Rename\tF2", viewer::renameSelection));
        menu.add(action("Duplicate\tCtrl+D", viewer.actions()::duplicate));
        menu.add(new Separator());
        menu.add(action("Delete from Diagram\tDelete", viewer.actions()::removeSelectionFromDiagram));
        menu.add(action("Delete from Model\tShift+Delete", viewer.actions()::deleteSelectionFromModel));
        menu.add(new Separator());
        MenuManager alignMenu = new MenuManager("Align");
        for (Alignment alignment : Alignment.values()) {
            String name = alignment.name().charAt(0) + alignment.name().substring(1).toLowerCase().replace('_', ' ');
            alignMenu.add(action(name, () -> align(alignment)));
        }
        menu.add(alignMenu);
        menu.add(action("Arrange All", this::arrangeAll));
        menu.add(action("Arrange Selection", commands::arrangeSelection));
        menu.add(action("Shrink to Fit", commands::shrinkToFit));
        menu.add(new Separator());
        menu.add(action("Find in Diagram...\tCtrl+F", commands::find));
        menu.add(action("Show in Model Explorer", commands::showInModelExplorer));
        menu.add(new Separator());
        menu.add(action("New Diagram of Zone and Neighbours", () -> selectedZones().stream().findFirst()
                .ifPresent(zone -> newDiagram(zone.getName(), DiagramEditing.zoneAndNeighbours(model.model(), zone)))));
        menu.add(action("New Diagram of Selected Zones", () -> {
            List<Zone> zones = selectedZones();
            if (!zones.isEmpty()) {
                newDiagram(zones.stream().map(Zone::getName).collect(Collectors.joining(", ")), zones);
            }
        }));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private List<Zone> selectedZones() {
        return viewer.getSelectedElements().stream().filter(Zone.class::isInstance).map(Zone.class::cast).toList();
    }

    /** Creates a diagram of the zones (one undoable step) and opens it beside this one. */
    public void newDiagram(String name, List<Zone> zones) {
        int before = model.model().getDiagrams().size();
        if (!viewer.execute(DiagramEditing.newDiagram(model.domain(), model.model(), name, zones))) {
            return;
        }
        Diagram created = model.model().getDiagrams().get(before);
        try {
            getSite().getPage().openEditor(new DiagramEditorInput(model.file(), created.getId(), created.getName()),
                    DiagramEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "New Diagram", "Cannot open " + name, e.getStatus());
        }
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private void commandStackChanged(EventObject event) {
        asyncIfOpen(() -> {
            if (diagram.eContainer() != model.model()) {
                diagramReplaced();
            } else {
                firePropertyChange(PROP_DIRTY);
            }
        });
    }

    /**
     * Revert, recovery or undoing it replaced the model's diagrams: show the one with this id again, or close if the
     * saved model does not have it.
     */
    private void diagramReplaced() {
        var page = getSite().getPage();
        String id = diagram.getId();
        page.closeEditor(this, false);
        model.model().getDiagrams().stream().filter(d -> id.equals(d.getId())).findFirst().ifPresent(replacement -> {
            try {
                page.openEditor(new DiagramEditorInput(model.file(), replacement.getId(), replacement.getName()),
                        DiagramEditorInput.EDITOR_ID);
            } catch (PartInitException e) {
                ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open Diagram",
                        "Cannot open " + replacement.getName(), e.getStatus());
            }
        });
    }

    private void asyncIfOpen(Runnable run) {
        var display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                run.run();
            }
        });
    }

    /** Problems view double-click: select the element the finding is about. */
    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(FindingMarkers.ELEMENT, null);
        if (fragment == null || viewer == null) {
            return;
        }
        EObject element = model.model().eResource().getEObject(fragment);
        if (element != null) {
            viewer.reveal(element);
            viewer.getControl().setFocus();
        }
    }

    /** Selects the element's views (from the explorer or the Problems view); false if it is not on this diagram. */
    @Override
    public boolean reveal(EObject element) {
        return viewer.reveal(element);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        if (adapter == IContentOutlinePage.class && viewer != null) {
            return adapter.cast(new DiagramOutlinePage(viewer));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public String getContributorId() {
        return ElementProperties.CONTRIBUTOR_ID;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            model.save();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            // The model stays dirty: nothing was lost, the user can free space or pick another folder.
            ErrorDialog.openError(getSite().getShell(), "Save", "Cannot save " + model.file(),
                    Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
        }
    }

    /** Save As writes the whole model to a new file; every editor of the model follows it there. */
    @Override
    public void doSaveAs() {
        ModelFileActions.saveAsWithDialog(getSite().getShell(), model);
    }

    @Override
    public Saveable[] getSaveables() {
        return model == null ? new Saveable[0] : new Saveable[] { model.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public boolean isDirty() {
        return model != null && model.isDirty();
    }

    /**
     * Closing a diagram never asks: the model stays open in the Model Explorer with its changes. Closing the model
     * (File > Close Model) or the program asks.
     */
    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.domain().getCommandStack().removeCommandStackListener(dirtyListener);
            model.removeListener(modelListener);
            model.removeFindingListener(findingListener);
        }
        super.dispose();
    }

    /** The editor's selection for the Properties view and others: the model elements shown by the selected views. */
    private final class SelectionProvider implements ISelectionProvider {

        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void fire(ISelection newSelection) {
            selection = newSelection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
            listeners.forEach(listener -> listener.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            if (newSelection instanceof StructuredSelection structured && viewer != null) {
                structured.toList().stream().filter(EObject.class::isInstance).findFirst()
                        .ifPresent(first -> viewer.reveal((EObject) first));
            }
        }
    }
}
