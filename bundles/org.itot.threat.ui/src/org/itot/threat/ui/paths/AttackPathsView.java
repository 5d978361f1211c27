package org.itot.threat.ui.paths;

import java.util.EventObject;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.ui.models.OpenModel;
import org.itot.ui.swt.TextColumns;

/**
 * The attack paths of the active diagram editor's model, weakest first. Selecting a path highlights
 * it on that editor's diagram as an overlay; deselecting clears it. The list follows every change of
 * the model (any command, undo included) and the editor that is active.
 */
public final class AttackPathsView extends ViewPart {

    public static final String ID = "org.itot.threat.ui.attackPaths";

    private final CommandStackListener stackListener = this::modelChanged;
    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof DiagramEditor editor) {
                follow(editor);
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
    private OpenModel model;
    private TableViewer viewer;
    private Label status;
    private PathReport report;
    private boolean refreshQueued;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        area.setLayout(columns);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(columns, "Entry", 16, path -> path.entry().label());
        column(columns, "Target", 18, path -> PathText.label(path.target()) + " (" + PathText.id(path.target()) + ")");
        column(columns, "Barriers", 7, path -> Integer.toString(path.barriers()));
        column(columns, "Monitored hops", 12, path -> Integer.toString(path.monitoredHops()));
        column(columns, "Hops", 45, path -> path.hops().size() + ": " + PathText.hops(path));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> highlight(selectedPath()));
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        follow(active instanceof DiagramEditor diagramEditor ? diagramEditor : null);
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<AttackPath, String> text) {
        TextColumns.add(viewer, layout, title, weight, 40, AttackPath.class, text);
    }

    /** Shows the paths of this editor's model (null: none), clearing the highlight on the editor it leaves. */
    void follow(DiagramEditor next) {
        if (next == editor && (next == null || next.getModel() == model)) {
            return;
        }
        clearHighlight();
        if (model != null) {
            model.domain().getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = next;
        model = next == null ? null : next.getModel();
        if (model != null) {
            model.domain().getCommandStack().addCommandStackListener(stackListener);
        }
        refresh();
    }

    /** Recomputes the paths; the selected path stays selected if the model still has it (same key). */
    void refresh() {
        refreshQueued = false;
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        String selectedKey = selectedPath() == null ? null : selectedPath().key();
        if (model == null) {
            report = null;
            viewer.setInput(List.of());
            status.setText("Open a diagram to see the attack paths of its model.");
            return;
        }
        report = AttackPaths.analyse(model.model(), PathQuery.defaults());
        viewer.setInput(report.paths());
        status.setText(summary(report));
        status.getParent().layout();
        AttackPath again = selectedKey == null ? null
                : report.paths().stream().filter(path -> path.key().equals(selectedKey)).findFirst().orElse(null);
        if (again != null) {
            viewer.setSelection(new StructuredSelection(again), true);
        } else {
            highlight(null);
        }
    }

    private static String summary(PathReport report) {
        String entries = String.join(", ", report.entries().stream()
                .map(entry -> entry.kind().label() + (entry.modelled() ? "" : " (defaulted)")).toList());
        return report.paths().size() + " paths from " + (entries.isEmpty() ? "no entry point" : entries) + " to "
                + report.targets().size() + " targets, weakest first"
                + (report.truncated() ? "; truncated: " + String.join("; ", report.truncation()) : "");
    }

    /** Commands may run off the UI thread (validation jobs do not, edits may); one refresh per burst. */
    private void modelChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        if (display.isDisposed() || refreshQueued) {
            return;
        }
        refreshQueued = true;
        display.asyncExec(this::refresh);
    }

    private void highlight(AttackPath path) {
        if (editor != null && editor.getViewer() != null && !editor.getViewer().getControl().isDisposed()) {
            editor.getViewer().highlight(path == null ? List.of() : path.elements());
        }
    }

    private void clearHighlight() {
        highlight(null);
    }

    AttackPath selectedPath() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return null;
        }
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof AttackPath path ? path
                : null;
    }

    /** The paths listed now (tests). */
    public List<AttackPath> paths() {
        return report == null ? List.of() : report.paths();
    }

    /** The path table (tests select through it). */
    public TableViewer viewer() {
        return viewer;
    }

    /** The line above the table: counts, entry points and truncation. */
    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public void dispose() {
        clearHighlight();
        getSite().getPage().removePartListener(editorListener);
        if (model != null) {
            model.domain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
