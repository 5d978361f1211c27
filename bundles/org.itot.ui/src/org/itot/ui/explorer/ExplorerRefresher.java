package org.itot.ui.explorer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.TreeViewer;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.EdgeView;
import org.itot.model.FirewallRule;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.ui.explorer.ExplorerNode.Folder;
import org.itot.ui.explorer.ExplorerNode.Kind;
import org.itot.validation.engine.ModelChanges;

/**
 * Keeps the tree in step with a model, whoever changed it (properties, diagram, undo): it hears every change and, once
 * per burst of changes, refreshes only the nodes whose children changed and relabels only the elements that changed.
 * A whole-tree refresh would rebuild thousands of rows on every keystroke in a large plant. It follows the model's one
 * change feed ({@link ModelChanges}) rather than adapting every element itself, which froze the UI for seconds when a
 * large estate appeared in the tree.
 */
final class ExplorerRefresher {

    private final TreeViewer viewer;
    private final ArchitectureModel model;
    private final ModelTreeContentProvider content;
    private final Set<Object> structural = new LinkedHashSet<>();
    private final Set<Object> labels = new LinkedHashSet<>();
    private boolean scheduled;
    private final ModelChanges changes;
    private final Consumer<Notification> listener = this::notifyChanged;

    ExplorerRefresher(TreeViewer viewer, ArchitectureModel model, ModelTreeContentProvider content) {
        this.viewer = viewer;
        this.model = model;
        this.content = content;
        this.changes = ModelChanges.of(model);
        changes.addListener(listener);
    }

    void dispose() {
        changes.removeListener(listener);
    }

    private void notifyChanged(Notification notification) {
        // The diagram notation is not in the tree: moves of boxes need nothing here.
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)
                || notifier instanceof NodeView || notifier instanceof EdgeView || notifier instanceof Bendpoint) {
            return;
        }
        Object feature = notification.getFeature();
        synchronized (this) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                Object node = nodeFor(notifier, reference);
                if (node != null) {
                    structural.add(node);
                } else if (notifier instanceof ModelElement || notifier.eContainer() instanceof ModelElement) {
                    labels.add(notifier instanceof ModelElement ? notifier : notifier.eContainer());
                }
            } else if (feature == ItotPackage.Literals.ZONE__PURDUE_LEVEL
                    || feature == ItotPackage.Literals.MODEL_ELEMENT__NAME && notifier instanceof Zone
                    || feature == ItotPackage.Literals.FIREWALL_RULE__ORDER) {
                // The element moves to another level group or place in its sorted parent.
                structural.add(content.getParent(notifier) == null ? model : content.getParent(notifier));
                labels.add(notifier);
            } else if (notifier instanceof ModelElement) {
                labels.add(notifier);
                if (feature == ItotPackage.Literals.MODEL_ELEMENT__NAME || feature == ItotPackage.Literals.MODEL_ELEMENT__ID) {
                    // Conduits, flows and rules name their ends.
                    labels.add(new Folder(model, Kind.CONDUITS));
                    labels.add(new Folder(model, Kind.FLOWS));
                }
            } else if (notifier.eContainer() instanceof ModelElement owner) {
                labels.add(owner); // an SL vector, port range or interface changes what its owner shows
            }
            if (!scheduled && !viewer.getControl().isDisposed()) {
                scheduled = true;
                viewer.getControl().getDisplay().asyncExec(this::apply);
            }
        }
    }

    /** The tree node whose children a containment change alters. */
    private Object nodeFor(EObject notifier, EReference reference) {
        if (notifier instanceof ArchitectureModel) {
            if (reference == ItotPackage.Literals.ARCHITECTURE_MODEL__ZONES) {
                return model;
            }
            for (Kind kind : Kind.values()) {
                if (ModelTreeContentProvider.folderContents(new Folder(model, kind)) == model.eGet(reference)) {
                    return new Folder(model, kind);
                }
            }
            return null;
        }
        if (notifier instanceof Zone || notifier instanceof Asset && reference == ItotPackage.Literals.ASSET__FIREWALL_RULES) {
            return notifier;
        }
        return null;
    }

    private void apply() {
        Object[] refresh;
        Object[] update;
        synchronized (this) {
            scheduled = false;
            refresh = structural.toArray();
            update = labels.toArray();
            structural.clear();
            labels.clear();
        }
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().setRedraw(false);
        try {
            for (Object node : refresh) {
                viewer.refresh(node, false);
                viewer.update(node, null); // counts and names of the node itself
            }
            viewer.update(model, null); // the dirty mark
            for (Object element : update) {
                if (element instanceof Folder folder) {
                    if (viewer.getExpandedState(folder)) {
                        viewer.update(ModelTreeContentProvider.folderContents(folder).toArray(), null);
                    }
                    viewer.update(folder, null);
                } else if (element instanceof FirewallRule || element instanceof ModelElement) {
                    viewer.update(element, null);
                }
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }
}
