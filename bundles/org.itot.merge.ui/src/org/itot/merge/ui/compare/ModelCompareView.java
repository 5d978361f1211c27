package org.itot.merge.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.itot.compare.ElementChange;
import org.itot.compare.FindingChange;
import org.itot.compare.ModelDiff;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.ui.models.OpenModels;

/**
 * Model Compare: the elements added, removed and changed (each changed feature with its old and new value) between a
 * revision of a model and the model as it is open, the findings that are new and gone (both sides validated with the
 * same rule catalogue, as {@code itot diff} does), and "Show on diagram", which rings added and changed elements on
 * the model's open diagrams through {@link CompareOverlay}. Removed elements are not on the diagram: the tree lists
 * them.
 */
public final class ModelCompareView extends ViewPart {

    public static final String ID = "org.itot.merge.ui.compareView";
    /** The id of the toolbar's Cancel Comparison action. */
    public static final String CANCEL_ID = ID + ".cancel";

    /** A line of the tree: a group (Added, Removed, ...), an element or one of its changed features. */
    public record Node(String text, List<Node> children) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof DiagramEditor) {
                applyOverlay();
            }
        }
    };

    /** Up to this many element changes, the tree opens with every element's changed features shown. */
    static final int EXPANDED_CHANGES = 200;

    private ModelCompareResult result;
    /** The latest comparison started and not finished; the outcome of any other is dropped. */
    private ComparisonJob running;
    private Label status;
    private Action showOnDiagram;
    private Action cancel;
    private TreeViewer tree;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Compare With > Previous Revision or Branch... on a model (Model Explorer or diagram) "
                + "shows here what changed.");
        // A toggle in the view's toolbar, pressed while the rings show, as the diagram's own layer toggles are.
        showOnDiagram = new Action("Show on diagram", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                applyOverlay();
            }
        };
        showOnDiagram.setToolTipText("Ring added elements green and changed ones amber on the model's diagrams");
        showOnDiagram.setChecked(true);
        getViewSite().getActionBars().getToolBarManager().add(showOnDiagram);
        cancel = cancelAction();
        getViewSite().getActionBars().getToolBarManager().add(cancel);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        tree.setLabelProvider(new LabelProvider());
        tree.setInput(List.of());
        getSite().getPage().addPartListener(editorListener);
    }

    /**
     * The view's own Cancel: the product's status line has no progress area, and a user job runs without a dialog
     * when "Always run in background" is set, so the view that says "Comparing..." also offers to stop it.
     */
    private Action cancelAction() {
        Action cancel = new Action("Cancel Comparison") {
            @Override
            public void run() {
                cancelComparison();
            }
        };
        cancel.setId(CANCEL_ID);
        cancel.setToolTipText("Stop the comparison that is running; nothing of it is shown");
        cancel.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
        cancel.setEnabled(false);
        return cancel;
    }

    /**
     * Cancels the comparison running, as the view's Cancel button does: the view says so at once, and whatever the
     * job still finishes is dropped.
     */
    public void cancelComparison() {
        ComparisonJob job = running;
        if (job != null) {
            cancelRunning();
            clear(cancelledText(job));
        }
    }

    /**
     * A comparison starts: the one shown (and its rings) goes, the status says what is being compared, the job runs
     * with the view shown busy, and a comparison still running is cancelled, since only the latest one is shown.
     */
    void comparing(ComparisonJob job) {
        cancelRunning();
        clear(comparingText(job));
        running = job;
        cancel.setEnabled(true);
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    /**
     * A comparison's outcome, on the UI thread. Only the latest comparison's counts, and its result only if the model
     * is still open and unchanged since it was copied: otherwise it would list, and ring, changes the model no longer
     * has.
     */
    void finished(ComparisonJob job, ComparisonJob.Outcome outcome) {
        if (job != running || tree == null || tree.getTree().isDisposed()) {
            return;
        }
        noneRunning();
        String name = job.model().file().getFileName().toString();
        if (outcome instanceof ComparisonJob.Compared compared) {
            if (!OpenModels.get().all().contains(job.model())) {
                clear(name + " was closed while it was compared with " + job.shown() + "; nothing is shown.");
            } else if (job.model().changeCount() != compared.changeCount()) {
                clear(name + " changed while it was compared with " + job.shown() + ", so that comparison was "
                        + "dropped. Compare again to see the model as it is now.");
            } else {
                show(compared.result());
            }
        } else if (outcome instanceof ComparisonJob.Failed failed) {
            clear(failed.message());
        } else {
            clear(cancelledText(job));
        }
    }

    /** A step of the running comparison begins (of {@link ComparisonJob#STEPS}); on the UI thread. */
    void progress(ComparisonJob job, int step, String text) {
        if (job == running && !status.isDisposed()) {
            status.setText(comparingText(job) + " Step " + step + " of " + ComparisonJob.STEPS + ": " + text + ".");
        }
    }

    private static String cancelledText(ComparisonJob job) {
        return "Comparing " + job.model().file().getFileName() + " with " + job.shown()
                + " was cancelled; nothing is shown.";
    }

    private static String comparingText(ComparisonJob job) {
        return "Comparing " + job.model().file().getFileName() + " with " + job.shown() + "\u2026";
    }

    /** Shows why nothing was compared (e.g. a file outside Git) in place of a comparison. */
    public void showProblem(String message) {
        cancelRunning();
        clear(message);
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
        }
        noneRunning();
    }

    private void noneRunning() {
        running = null;
        if (cancel != null) {
            cancel.setEnabled(false);
        }
    }

    private void clear(String message) {
        clearOverlay();
        result = null;
        status.setText(message);
        status.getParent().layout();
        tree.setInput(List.of());
    }

    /** The comparison running for this view, or null. */
    public ComparisonJob running() {
        return running;
    }

    /** Shows a comparison, replacing the one shown, and rings it on the model's diagrams if asked to. */
    public void show(ModelCompareResult shown) {
        clearOverlay();
        result = shown;
        ModelDiff diff = shown.diff();
        status.setText(shown.file().getFileName() + ": " + shown.revision() + " -> as open now. "
                + diff.elements(ElementChange.Kind.ADDED).size() + " added, "
                + diff.elements(ElementChange.Kind.REMOVED).size() + " removed, "
                + diff.elements(ElementChange.Kind.CHANGED).size() + " changed; "
                + diff.findingsAppeared().size() + " findings new, " + diff.findingsDisappeared().size() + " gone"
                + (diff.isEmpty() ? " (no differences)" : ""));
        status.getParent().layout();
        List<Node> nodes = nodes(shown);
        tree.setInput(nodes);
        // Each changed feature is worth seeing at once; a diff of thousands of elements opens only its groups.
        tree.expandToLevel(diff.elements().size() <= EXPANDED_CHANGES ? 3 : 1);
        applyOverlay();
    }

    static List<Node> nodes(ModelCompareResult result) {
        ModelDiff diff = result.diff();
        List<Node> groups = new ArrayList<>();
        groups.add(group("Added", diff.elements(ElementChange.Kind.ADDED), result));
        groups.add(group("Removed (not on the diagram)", diff.elements(ElementChange.Kind.REMOVED), result));
        groups.add(group("Changed", diff.elements(ElementChange.Kind.CHANGED), result));
        groups.add(findings("Findings new", diff.findingsAppeared()));
        groups.add(findings("Findings gone", diff.findingsDisappeared()));
        return groups;
    }

    private static Node group(String title, List<ElementChange> changes, ModelCompareResult result) {
        List<Node> children = new ArrayList<>();
        for (ElementChange change : changes) {
            List<Node> features = result.featureChanges(change.id()).stream()
                    .map(feature -> new Node(feature.toString(), List.of())).toList();
            children.add(new Node(change.type() + " " + change.id() + " (" + change.label() + ")", features));
        }
        return new Node(title + " (" + changes.size() + ")", children);
    }

    private static Node findings(String title, List<FindingChange> findings) {
        return new Node(title + " (" + findings.size() + ")", findings.stream()
                .map(finding -> new Node(finding.severity() + " " + finding.findingId() + ": " + finding.message(),
                        List.of()))
                .toList());
    }

    /** Puts the compare layer on (or, when "Show on diagram" is off, takes it off) the model's open diagrams. */
    void applyOverlay() {
        boolean show = result != null && showOnDiagram != null && showOnDiagram.isChecked();
        CompareOverlay overlay = show ? new CompareOverlay(result.ids(ElementChange.Kind.ADDED),
                result.changedItself()) : null;
        for (DiagramEditor editor : diagramEditors()) {
            editor.getViewer().layers().setOverlay(CompareOverlay.KEY, overlay);
        }
    }

    private void clearOverlay() {
        for (DiagramEditor editor : diagramEditors()) {
            editor.getViewer().layers().setOverlay(CompareOverlay.KEY, null);
        }
    }

    /** The open diagram editors of the compared model's file. */
    private List<DiagramEditor> diagramEditors() {
        List<DiagramEditor> editors = new ArrayList<>();
        if (result == null) {
            return editors;
        }
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof DiagramEditor editor && editor.getModel() != null
                    && editor.getViewer() != null && !editor.getViewer().getControl().isDisposed()
                    && editor.getModel().file().equals(result.file())) {
                editors.add(editor);
            }
        }
        return editors;
    }

    /** The comparison shown, or null. */
    public ModelCompareResult result() {
        return result;
    }

    /** The tree's lines, depth first, indented two spaces a level (tests, and what a user could copy). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Node> input = (List<Node>) tree.getInput();
        input.forEach(node -> collect(node, "", lines));
        return lines;
    }

    private static void collect(Node node, String indent, List<String> lines) {
        lines.add(indent + node.text());
        node.children().forEach(child -> collect(child, indent + "  ", lines));
    }

    /** The tree (tests, and a screenshot, fold its groups). */
    public TreeViewer viewer() {
        return tree;
    }

    public String statusText() {
        return status.getText();
    }

    /** Turns "Show on diagram" on or off, as clicking it does. */
    public void setShowOnDiagram(boolean show) {
        showOnDiagram.setChecked(show);
        applyOverlay();
    }

    @Override
    public void setFocus() {
        tree.getTree().setFocus();
    }

    @Override
    public void dispose() {
        cancelRunning();
        clearOverlay();
        getSite().getPage().removePartListener(editorListener);
        super.dispose();
    }
}
