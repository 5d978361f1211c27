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
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.itot.compare.ElementChange;
import org.itot.compare.FindingChange;
import org.itot.compare.ModelDiff;
import org.itot.diagram.ui.editor.DiagramEditor;

/**
 * Model Compare: the elements added, removed and changed (each changed feature with its old and new value) between a
 * revision of a model and the model as it is open, the findings that are new and gone (both sides validated with the
 * same rule catalogue, as {@code itot diff} does), and "Show on diagram", which rings added and changed elements on
 * the model's open diagrams through {@link CompareOverlay}. Removed elements are not on the diagram: the tree lists
 * them.
 */
public final class ModelCompareView extends ViewPart {

    public static final String ID = "org.itot.merge.ui.compareView";

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
    private Label status;
    private Action showOnDiagram;
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
        clearOverlay();
        getSite().getPage().removePartListener(editorListener);
        super.dispose();
    }
}
