package org.itot.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.ModelElement;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.ElementRevealer;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.properties.ElementProperties;

/**
 * The tree of open architecture models (see {@link ModelTreeContentProvider}). Models named on the command line
 * ({@code itot plant.itot}) are opened here at start-up; models opened elsewhere (a diagram editor) appear too, as
 * there is one {@link OpenModels} registry. It filters, drags elements onto diagrams, moves assets between zones by
 * drag and drop, edits through its context menu and the usual keys, and links its selection with the diagram editor.
 */
public class ModelExplorerView extends ViewPart implements ITabbedPropertySheetPageContributor {

    public static final String ID = "org.itot.ui.views.modelExplorer";

    private TreeViewer viewer;
    private Text filterText;
    private final ModelTreeContentProvider content = new ModelTreeContentProvider();
    private final ExplorerFilter filter = new ExplorerFilter(content);
    private final List<Object> roots = new ArrayList<>();
    private final Map<ArchitectureModel, ExplorerRefresher> refreshers = new HashMap<>();
    private final Map<ArchitectureModel, CommandStackListener> stackListeners = new HashMap<>();
    private ExplorerActions actions;
    private AssetDropAdapter dropAdapter;
    private boolean linkWithEditor = true;
    private boolean linking;
    private boolean renaming;
    private ArchitectureModel lastModel;
    private final Consumer<OpenModel> opened = model -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> show(model));
        }
    };
    private final ISelectionListener editorSelection = this::editorSelectionChanged;
    /** File > Close Model: the model leaves the tree. */
    private final Consumer<OpenModel> closed = model -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed() && roots.remove(model.model())) {
                    viewer.refresh();
                }
            });
        }
    };
    /** Saving changes no command, so the dirty mark and Save As's new file name are refreshed from here. */
    private final OpenModel.Listener savedOrMoved = new OpenModel.Listener() {
        @Override
        public void saved(OpenModel model) {
            refreshLater();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        area.setLayout(layout);
        filterText = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter by name, id or type");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // Virtual: rows and their labels are made only when scrolled into sight (10,000-asset plants).
        viewer = new TreeViewer(area, SWT.MULTI | SWT.VIRTUAL | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ModelLabelProvider()));
        viewer.addFilter(filter);
        installFilterBox();
        OpenModels.get().all().forEach(model -> roots.add(model.model()));
        OpenModels.get().addOpenListener(opened);
        OpenModels.get().addCloseListener(closed);
        openStartupModels(Platform.getApplicationArgs());
        viewer.setInput(roots);
        roots.stream().filter(ArchitectureModel.class::isInstance).map(ArchitectureModel.class::cast)
                .forEach(this::listenTo);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        actions = new ExplorerActions(this);
        installDragAndDrop();
        installRename();
        viewer.addOpenListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof Diagram diagram) {
                openDiagram(diagram);
            } else if (selected != null && viewer.isExpandable(selected)) {
                viewer.setExpandedState(selected, !viewer.getExpandedState(selected));
            }
        });
        actions.install(getViewSite().getActionBars());
        viewer.addSelectionChangedListener(event -> actions.update());
        viewer.addPostSelectionChangedListener(event -> revealInEditors(event.getSelection()));
        getSite().getPage().addPostSelectionListener(editorSelection);
        MenuManager menu = new MenuManager("#ModelExplorer");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        fillToolbar();
    }

    private void installFilterBox() {
        Runnable apply = () -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            int matches = filter.setPattern(filterText.getText(), roots);
            viewer.getControl().setRedraw(false);
            try {
                viewer.refresh(false);
                // Open the tree to the matches while that stays a readable number of rows.
                if (filter.isActive() && matches <= 500) {
                    viewer.expandAll();
                }
            } finally {
                viewer.getControl().setRedraw(true);
            }
        };
        Runnable[] pending = new Runnable[1];
        filterText.addModifyListener(event -> {
            // Wait for a pause in typing: filtering a large plant is one pass over the model.
            if (pending[0] != null) {
                filterText.getDisplay().timerExec(-1, pending[0]);
            }
            pending[0] = apply;
            filterText.getDisplay().timerExec(250, apply);
        });
        filterText.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.CR) {
                viewer.getControl().setFocus();
                if (viewer.getSelection().isEmpty() && viewer.getTree().getItemCount() > 0) {
                    viewer.getTree().setSelection(viewer.getTree().getItem(0));
                    viewer.setSelection(viewer.getSelection());
                }
                event.doit = false;
            }
        });
    }

    /** Sets the filter text and applies it at once (tests, and the search key). */
    public void setFilter(String text) {
        filterText.setText(text);
        filter.setPattern(text, roots);
        viewer.refresh(false);
        if (filter.isActive()) {
            viewer.expandAll();
        }
    }

    private void installDragAndDrop() {
        // Drag zones and assets onto a diagram to show them there, or assets onto a zone here to move them.
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                    }

                    @Override
                    public void dragFinished(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(null);
                    }
                });
        dropAdapter = new AssetDropAdapter(viewer);
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                dropAdapter);
    }

    /** In-place renaming (F2), started only by the Rename action, never by a click. */
    private void installRename() {
        viewer.setColumnProperties(new String[] { "name" });
        viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return renaming && element instanceof ModelElement;
            }

            @Override
            public Object getValue(Object element, String property) {
                String name = ((ModelElement) element).getName();
                return name == null ? "" : name;
            }

            @Override
            public void modify(Object element, String property, Object value) {
                renaming = false;
                Object data = element instanceof Item item ? item.getData() : element;
                if (data instanceof ModelElement modelElement) {
                    var domain = ModelEditing.domainFor(modelElement);
                    Command rename = DiagramEditing.rename(domain, modelElement, String.valueOf(value));
                    if (rename.canExecute()) {
                        domain.getCommandStack().execute(rename);
                    }
                }
            }
        });
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                actions.update();
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                renaming = false;
                actions.update();
            }
        });
    }

    /** Starts renaming an element in place; Enter commits (one undoable command), Esc cancels. */
    public void startRename(ModelElement element) {
        viewer.setSelection(new StructuredSelection(element), true);
        startRename(element, System.nanoTime() + RENAME_PATIENCE_NANOS);
    }

    /** How long a rename waits for a just-revealed element's tree item: GTK paints on its frame clock. */
    private static final long RENAME_PATIENCE_NANOS = 5_000_000_000L;

    /**
     * The tree is virtual: an element that has just been revealed gets its tree item only when the tree has
     * painted, so the editor cannot open on it yet. Such a rename is tried again, for a bounded time, after
     * the pending paints; a fixed number of immediate retries could all run before GTK's next frame on a busy
     * machine, and the rename was silently dropped.
     */
    private void startRename(ModelElement element, long deadline) {
        if (viewer.getControl().isDisposed() || element.eResource() == null) {
            renaming = false;
            return;
        }
        renaming = true;
        viewer.editElement(element, 0);
        if (viewer.isCellEditorActive()) {
            return;
        }
        renaming = false;
        if (System.nanoTime() < deadline) {
            viewer.getControl().update(); // handles the paints already pending, which materialise the items
            viewer.getControl().getDisplay().timerExec(20, () -> startRename(element, deadline));
        }
    }

    /** The in-place editor's text field while renaming (tests type into it). */
    public Text getRenameField() {
        return viewer.isCellEditorActive() ? (Text) viewer.getCellEditors()[0].getControl() : null;
    }

    /** Commits the in-place rename, as Enter does. */
    public void commitRename() {
        if (viewer.isCellEditorActive()) {
            viewer.getCellEditors()[0].getControl().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        }
    }

    void selectAndRename(EObject element) {
        if (element == null) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && element.eResource() != null) {
                viewer.refresh(content.getParent(element), false);
                if (element instanceof ModelElement modelElement) {
                    startRename(modelElement);
                } else {
                    viewer.setSelection(new StructuredSelection(element), true);
                }
            }
        });
    }

    private void fillToolbar() {
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        Action collapse = new Action("Collapse All") {
            @Override
            public void run() {
                viewer.collapseAll();
                roots.forEach(root -> viewer.expandToLevel(root, 1));
            }
        };
        collapse.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL));
        Action link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                linkWithEditor = isChecked();
                if (linkWithEditor) {
                    revealInEditors(viewer.getSelection());
                }
            }
        };
        link.setChecked(linkWithEditor);
        link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        toolbar.add(collapse);
        toolbar.add(link);
        getViewSite().getActionBars().getMenuManager().add(link);
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    /** The drop target behaviour of the tree (tests drive it as a drop would). */
    public AssetDropAdapter getDropAdapter() {
        return dropAdapter;
    }

    public boolean isLinkedWithEditor() {
        return linkWithEditor;
    }

    public void setLinkedWithEditor(boolean link) {
        linkWithEditor = link;
    }

    /**
     * The model of the first selected node; with nothing selected (say, after a delete), the model last worked on, so
     * Undo still knows which history to use; else the only model shown.
     */
    Optional<ArchitectureModel> selectedModel() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first instanceof ExplorerNode node) {
            return Optional.of(lastModel = node.model());
        }
        if (first instanceof EObject element && EcoreUtil.getRootContainer(element) instanceof ArchitectureModel model) {
            return Optional.of(lastModel = model);
        }
        if (lastModel != null && roots.contains(lastModel)) {
            return Optional.of(lastModel);
        }
        List<ArchitectureModel> models = roots.stream().filter(ArchitectureModel.class::isInstance)
                .map(ArchitectureModel.class::cast).toList();
        return models.size() == 1 ? Optional.of(models.get(0)) : Optional.empty();
    }

    /** Opens (or activates) the diagram editor on a diagram of an open model. */
    public void openDiagram(Diagram diagram) {
        OpenModels.get().of(diagram).ifPresent(model -> {
            try {
                getSite().getPage().openEditor(new DiagramEditorInput(model.file(), diagram.getId(), diagram.getName()),
                        DiagramEditorInput.EDITOR_ID);
            } catch (PartInitException e) {
                ErrorDialog.openError(getSite().getShell(), "Open Diagram", "Cannot open " + diagram.getName(),
                        e.getStatus());
            }
        });
    }

    /** Opens the first diagram that shows the element and selects it there. */
    void showInDiagram(EObject element) {
        ArchitectureModel model = (ArchitectureModel) EcoreUtil.getRootContainer(element);
        model.getDiagrams().stream().filter(d -> !DiagramEditing.viewsOf(d, element).isEmpty()).findFirst()
                .ifPresent(diagram -> {
                    openDiagram(diagram);
                    if (getSite().getPage().getActiveEditor() instanceof ElementRevealer revealer) {
                        revealer.reveal(element);
                    }
                });
    }

    /** Creates a diagram of the zones (one undoable step) and opens it. */
    void newDiagram(Collection<Zone> zones) {
        if (zones.isEmpty()) {
            return;
        }
        ArchitectureModel model = (ArchitectureModel) EcoreUtil.getRootContainer(zones.iterator().next());
        String name = zones.size() == 1 ? zones.iterator().next().getName()
                : zones.size() == model.getZones().size() ? "All zones" : zones.size() + " zones";
        newDiagram(model, name, zones);
    }

    /**
     * Creates the overview of a model that has no diagram: every zone with its assets, conduits and flows, laid out
     * by Purdue level (an empty diagram if the model has no zone yet); one undoable step, then it opens.
     */
    public void newOverviewDiagram(ArchitectureModel model) {
        BusyIndicator.showWhile(viewer.getControl().getDisplay(), () -> newDiagram(model, "Overview", model.getZones()));
    }

    private void newDiagram(ArchitectureModel model, String name, Collection<Zone> zones) {
        var domain = ModelEditing.domainFor(model);
        Command command = zones.isEmpty() ? DiagramEditing.emptyDiagram(domain, model, name)
                : DiagramEditing.newDiagram(domain, model, name, new ArrayList<>(zones));
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            openDiagram(model.getDiagrams().get(model.getDiagrams().size() - 1));
        }
    }

    /** Shows the model in the tree (opened elsewhere, it may not be here yet), selects it and takes the focus. */
    public void revealModel(OpenModel model) {
        open(model.file());
        viewer.setSelection(new StructuredSelection(model.model()), true);
        getSite().getPage().activate(this);
    }

    /** Saves the selected model if it changed, else every changed model shown here. */
    public void save() {
        List<OpenModel> models = selectedModel().flatMap(OpenModels.get()::of).map(List::of)
                .orElseGet(() -> roots.stream().filter(ArchitectureModel.class::isInstance)
                        .map(root -> OpenModels.get().of((ArchitectureModel) root)).flatMap(Optional::stream).toList());
        for (OpenModel model : models) {
            if (!model.isDirty()) {
                continue;
            }
            try {
                model.save();
                viewer.update(model.model(), null);
            } catch (java.io.IOException e) {
                // The model stays dirty: nothing is lost, the user can free space and save again.
                ErrorDialog.openError(getSite().getShell(), "Save", "Cannot save " + model.file(),
                        org.eclipse.core.runtime.Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
            }
        }
    }

    /** Validates the whole model now and shows the Problems view. */
    void validate(ArchitectureModel model) {
        OpenModels.get().of(model).ifPresent(OpenModel::validateNow);
        try {
            getSite().getPage().showView(org.itot.ui.problems.ProblemsView.ID);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Validate", "Cannot show the Problems view", e.getStatus());
        }
    }

    /** Link with editor, explorer to editor: the active diagram shows the element, else an open one that does. */
    private void revealInEditors(ISelection selection) {
        if (!linkWithEditor || linking || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof ModelElement element) || element instanceof Diagram) {
            return;
        }
        linking = true;
        try {
            var page = getSite().getPage();
            if (page.getActiveEditor() instanceof ElementRevealer active && active.reveal(element)) {
                return;
            }
            for (IEditorReference reference : page.getEditorReferences()) {
                IEditorPart editor = reference.getEditor(false);
                if (editor instanceof ElementRevealer revealer && editor != page.getActiveEditor()
                        && revealer.reveal(element)) {
                    page.bringToTop(editor);
                    return;
                }
            }
        } finally {
            linking = false;
        }
    }

    /** Link with editor, editor to explorer: select what is selected in the diagram. */
    private void editorSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (!linkWithEditor || linking || part == this || !(part instanceof IEditorPart)
                || !(selection instanceof IStructuredSelection structured) || viewer.getControl().isDisposed()) {
            return;
        }
        List<?> elements = structured.toList().stream().filter(ModelElement.class::isInstance).toList();
        if (elements.isEmpty()) {
            return;
        }
        linking = true;
        try {
            viewer.setSelection(new StructuredSelection(elements), true);
        } finally {
            linking = false;
        }
    }

    /** Keeps the tree, the dirty mark and the Edit actions current as the model changes. */
    private void listenTo(ArchitectureModel model) {
        if (!refreshers.containsKey(model)) {
            OpenModels.get().of(model).ifPresent(open -> open.addListener(savedOrMoved));
        }
        refreshers.computeIfAbsent(model, m -> new ExplorerRefresher(viewer, m, content));
        stackListeners.computeIfAbsent(model, m -> {
            CommandStackListener listener = (EventObject event) -> viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.update(m, null);
                    actions.update();
                }
            });
            ModelEditing.domainFor(m).getCommandStack().addCommandStackListener(listener);
            return listener;
        });
    }

    /** Saving changes no command: the dirty mark and a new file name (Save As) are refreshed from here. */
    private void refreshLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        }
    }

    /** Opens a model file and shows it here; a broken file shows as an error entry. */
    public void open(Path file) {
        Object root = openModel(file.toAbsolutePath().normalize());
        if (!roots.contains(root)) {
            roots.add(root);
            if (root instanceof ArchitectureModel model) {
                listenTo(model);
            }
            viewer.refresh();
        }
        viewer.expandToLevel(root, 1);
    }

    private void show(OpenModel model) {
        if (!viewer.getControl().isDisposed() && !roots.contains(model.model())) {
            placeRoot(model.file(), model.model());
        }
    }

    @Override
    public String getContributorId() {
        return ElementProperties.CONTRIBUTOR_ID;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        OpenModels.get().removeOpenListener(opened);
        getSite().getPage().removePostSelectionListener(editorSelection);
        refreshers.values().forEach(ExplorerRefresher::dispose);
        stackListeners.forEach((model, listener) -> ModelEditing.domainFor(model).getCommandStack()
                .removeCommandStackListener(listener));
        OpenModels.get().removeCloseListener(closed);
        OpenModels.get().all().forEach(model -> model.removeListener(savedOrMoved));
        super.dispose();
    }

    /**
     * Opens each {@code *.itot} argument in the background: the tree shows "Opening ..." in its place until the model
     * (or the reason it cannot be read) takes it, so a large estate never holds up the workbench.
     */
    private void openStartupModels(String[] arguments) {
        for (String argument : arguments) {
            if (!argument.endsWith("." + ItotResourceFactory.FILE_EXTENSION)) {
                continue;
            }
            Path file = Path.of(argument).toAbsolutePath().normalize();
            Optional<OpenModel> already = OpenModels.get().find(file);
            if (already.isPresent()) {
                if (!roots.contains(already.get().model())) {
                    roots.add(already.get().model());
                }
                continue;
            }
            roots.add(new Opening(file));
            OpenModels.get().openInBackground(file, model -> placeRoot(file, model.model()),
                    failure -> placeRoot(file, new LoadProblem(file, failure.getMessage())));
        }
    }

    /** The model (or its load problem) takes the place of its "Opening ..." entry. */
    private void placeRoot(Path file, Object root) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        int placeholder = roots.indexOf(new Opening(file));
        if (roots.contains(root)) {
            if (placeholder >= 0) {
                roots.remove(placeholder);
            }
        } else if (placeholder >= 0) {
            roots.set(placeholder, root);
        } else {
            roots.add(root);
        }
        if (root instanceof ArchitectureModel model) {
            listenTo(model);
        }
        viewer.refresh();
        viewer.expandToLevel(root, 1);
    }

    private static Object openModel(Path file) {
        try {
            return OpenModels.get().open(file).model();
        } catch (ModelLoadException e) {
            return new LoadProblem(file, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** A model file named on the command line that is being read. */
    public record Opening(Path file) {
        @Override
        public String toString() {
            return "Opening " + file.getFileName() + " ...";
        }
    }

    /** A model file named on the command line that could not be opened, and why. */
    public record LoadProblem(Path file, String reason) {
        @Override
        public String toString() {
            return "Cannot open " + file.getFileName() + ": " + reason;
        }
    }
}
