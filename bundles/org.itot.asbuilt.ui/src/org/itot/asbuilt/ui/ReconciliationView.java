package org.itot.asbuilt.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.itot.asbuilt.drawing.SessionsOverlay;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.OpenModel;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * The last reconciliation of the active diagram's model: its ASB findings grouped by device or by zone, filtered by
 * a text, with their evidence. Double-click shows the finding's element on the diagram, or in the Model Explorer when
 * the diagram does not show it. "Show on diagram" draws the undocumented sessions dashed over the diagram.
 */
public final class ReconciliationView extends ViewPart {

    public static final String ID = "org.itot.asbuilt.ui.reconciliationView";
    /** The key of the sessions layer on a diagram viewer. */
    public static final String OVERLAY_KEY = "org.itot.asbuilt.ui.sessions";

    /** A group of findings: a device or a zone. */
    public record Group(String name, List<RuleDiagnostic> findings) {
    }

    private final Runnable reconciliationsChanged = this::queueRefresh;
    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof DiagramEditor diagramEditor) {
                follow(diagramEditor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    private DiagramEditor editor;
    private TreeViewer viewer;
    private Text filter;
    private ToolItem byZone;
    private ToolItem showOnDiagram;
    private Label status;
    private List<Group> groups = List.of();
    private boolean refreshQueued;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter (rule, element, message, evidence)");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> refresh());
        // Toggles as in the diagram editor's toolbar (Flows, Conduits, Findings): pressed while on.
        ToolBar toggles = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        toggles.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        byZone = new ToolItem(toggles, SWT.CHECK);
        byZone.setText("Group by zone");
        byZone.setToolTipText("Group the findings by zone instead of by device");
        byZone.addListener(SWT.Selection, event -> refresh());
        showOnDiagram = new ToolItem(toggles, SWT.CHECK);
        showOnDiagram.setText("Show on diagram");
        showOnDiagram.setToolTipText("Draw the sessions no flow documents dashed over the diagram");
        showOnDiagram.setSelection(true);
        showOnDiagram.addListener(SWT.Selection, event -> updateOverlay());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        TreeColumnLayout columns = new TreeColumnLayout();
        area.setLayout(columns);
        viewer = new TreeViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        column(columns, "Rule", 22, group -> group.name() + " (" + group.findings().size() + ")",
                RuleDiagnostic::ruleId);
        column(columns, "Severity", 8, group -> "", ReconcileTexts::severity);
        column(columns, "Element", 14, group -> "", finding -> ReconcileTexts.label(finding.element()));
        column(columns, "Message", 38, group -> "", RuleDiagnostic::getMessage);
        column(columns, "Evidence", 22, group -> "", ReconcileTexts::evidence);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Group group ? group.findings().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group group && !group.findings().isEmpty();
            }
        });
        viewer.addDoubleClickListener(event -> reveal(selectedFinding()));
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorListener);
        Reconciliations.addListener(reconciliationsChanged);
        IEditorPart active = getSite().getPage().getActiveEditor();
        follow(active instanceof DiagramEditor diagramEditor ? diagramEditor : null);
    }

    private void column(TreeColumnLayout layout, String title, int weight, Function<Group, String> groupText,
            Function<RuleDiagnostic, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Group group ? groupText.apply(group)
                        : text.apply((RuleDiagnostic) element);
            }
        });
    }

    /** Shows the reconciliation of this editor's model (null: none), moving the sessions layer to its diagram. */
    void follow(DiagramEditor next) {
        if (next == editor) {
            return;
        }
        setOverlay(editor, null);
        editor = next;
        refresh();
    }

    private OpenModel model() {
        return editor == null ? null : editor.getModel();
    }

    private void queueRefresh() {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        synchronized (this) {
            if (refreshQueued) {
                return;
            }
            refreshQueued = true;
        }
        display.asyncExec(this::refresh);
    }

    /** Lists the findings again (grouping and filter as set) and redraws the sessions layer. */
    public void refresh() {
        synchronized (this) {
            refreshQueued = false;
        }
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        Reconciliations.Run run = Reconciliations.of(model());
        if (run == null) {
            groups = List.of();
            viewer.setInput(groups);
            status.setText(model() == null ? "Open a diagram to see the reconciliation of its model."
                    : "No reconciliation of this model yet: File > Import > Device Configuration and Traffic "
                            + "Capture.");
            updateOverlay();
            return;
        }
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        boolean zones = byZone.getSelection();
        Map<String, List<RuleDiagnostic>> grouped = new LinkedHashMap<>();
        int shown = 0;
        for (RuleDiagnostic finding : ReconcileTexts.ordered(run.findings())) {
            String group = ReconcileTexts.group(finding, zones);
            if (!wanted.isEmpty() && !matches(finding, group, wanted)) {
                continue;
            }
            grouped.computeIfAbsent(group, g -> new ArrayList<>()).add(finding);
            shown++;
        }
        List<Group> next = new ArrayList<>();
        grouped.forEach((name, findings) -> next.add(new Group(name, List.copyOf(findings))));
        // The groups with the most severe findings first (an undocumented session across zones before a flow never
        // seen), by name within a severity.
        next.sort(java.util.Comparator.comparingInt((Group group) -> -worst(group))
                .thenComparing(Group::name, String.CASE_INSENSITIVE_ORDER));
        groups = List.copyOf(next);
        viewer.setInput(groups);
        viewer.expandAll();
        status.setText(ReconcileTexts.counts(run.findings()) + (wanted.isEmpty() ? "" : "; " + shown + " shown")
                + "; capture window " + run.traffic().windowText() + notOnDiagram(run));
        status.getParent().layout();
        updateOverlay();
    }

    private static int worst(Group group) {
        return group.findings().stream().filter(finding -> !finding.isAccepted())
                .mapToInt(RuleDiagnostic::getSeverity).max().orElse(0);
    }

    /** How many undocumented sessions the diagram cannot show (an end on no box of it), said rather than hidden. */
    private String notOnDiagram(Reconciliations.Run run) {
        if (editor == null || editor.getViewer() == null || run.traffic().undocumentedSessions().isEmpty()) {
            return "";
        }
        int missing = new SessionsOverlay(run.traffic().undocumentedSessions())
                .notDrawn(DiagramGeometry.of(editor.getViewer().getDiagram()));
        return missing == 0 ? "" : "; " + missing + " undocumented session(s) not on this diagram";
    }

    private static boolean matches(RuleDiagnostic finding, String group, String wanted) {
        return (finding.ruleId() + "\n" + finding.getMessage() + "\n" + ReconcileTexts.label(finding.element())
                + "\n" + ReconcileTexts.evidence(finding) + "\n" + group + "\n" + ReconcileTexts.severity(finding))
                .toLowerCase(Locale.ROOT).contains(wanted);
    }

    private void updateOverlay() {
        Reconciliations.Run run = Reconciliations.of(model());
        boolean show = showOnDiagram != null && !showOnDiagram.isDisposed() && showOnDiagram.getSelection();
        setOverlay(editor, show && run != null && !run.traffic().undocumentedSessions().isEmpty()
                ? new SessionsOverlay(run.traffic().undocumentedSessions()) : null);
    }

    private static void setOverlay(DiagramEditor on, SessionsOverlay overlay) {
        if (on != null && on.getViewer() != null && !on.getViewer().getControl().isDisposed()) {
            on.getViewer().layers().setOverlay(OVERLAY_KEY, overlay);
        }
    }

    /** Shows the finding's element on the diagram, else selects it in the Model Explorer. */
    public void reveal(RuleDiagnostic finding) {
        if (finding == null || finding.element() == null) {
            return;
        }
        EObject element = finding.element();
        if (editor != null && editor.reveal(element)) {
            getSite().getPage().activate(editor);
            return;
        }
        try {
            ModelExplorerView explorer = (ModelExplorerView) getSite().getPage().showView(ModelExplorerView.ID);
            explorer.getViewer().setSelection(new StructuredSelection(element), true);
        } catch (PartInitException e) {
            status.setText("Cannot show the Model Explorer: " + e.getMessage());
        }
    }

    RuleDiagnostic selectedFinding() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof RuleDiagnostic finding
                ? finding : null;
    }

    /** The groups listed now, filter applied (tests). */
    public List<Group> groups() {
        return groups;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public String statusText() {
        return status.getText();
    }

    /** Sets the filter text as the user types it (tests). */
    public void setFilter(String text) {
        filter.setText(text);
    }

    public void setGroupByZone(boolean zones) {
        byZone.setSelection(zones);
        refresh();
    }

    public void setShowOnDiagram(boolean show) {
        showOnDiagram.setSelection(show);
        updateOverlay();
    }

    @Override
    public void setFocus() {
        viewer.getTree().setFocus();
    }

    @Override
    public void dispose() {
        Reconciliations.removeListener(reconciliationsChanged);
        getSite().getPage().removePartListener(editorListener);
        setOverlay(editor, null);
        super.dispose();
    }
}
