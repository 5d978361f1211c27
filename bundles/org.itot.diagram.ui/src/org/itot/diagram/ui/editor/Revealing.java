package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;

/**
 * Bringing elements chosen elsewhere into view: a finding in the Problems view, an element in the Model Explorer, an
 * attack path. Their views are selected or highlighted and the viewport scrolls, and zooms out if it must, to show
 * them together.
 */
final class Revealing {

    private Revealing() {
    }

    static boolean reveal(DiagramViewer viewer, EObject element) {
        List<EObject> views = viewsOf(viewer.getDiagram(), List.of(element));
        if (views.isEmpty()) {
            return false;
        }
        viewer.setSelection(views);
        show(viewer, views);
        return true;
    }

    /** The node and edge views of the diagram that show any of the elements. */
    static List<EObject> viewsOf(Diagram diagram, Collection<? extends EObject> elements) {
        Set<EObject> wanted = Set.copyOf(elements);
        List<EObject> views = new ArrayList<>();
        if (wanted.size() == 1) {
            views.addAll(DiagramEditing.viewsOf(diagram, wanted.iterator().next()));
        } else {
            for (var contents = diagram.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof NodeView node && wanted.contains(node.getElement())) {
                    views.add(node);
                }
            }
        }
        for (EdgeView edge : diagram.getEdges()) {
            if (wanted.contains(edge.getElement())) {
                views.add(edge);
            }
        }
        return views;
    }

    static void show(DiagramViewer viewer, Collection<? extends EObject> views) {
        Bounds area = null;
        for (EObject view : views) {
            Bounds b = boundsOf(viewer.geometry(), view);
            if (b != null) {
                area = area == null ? b : area.union(b);
            }
        }
        if (area != null) {
            viewer.showArea(area);
        }
    }

    /** The absolute box of a node view or of an edge view's route; null if it is not drawn. */
    static Bounds boundsOf(DiagramGeometry geometry, EObject view) {
        if (view instanceof NodeView node) {
            return geometry.bounds(node);
        }
        double[] p = view instanceof EdgeView edge ? geometry.route(edge) : null;
        if (p == null) {
            return null;
        }
        Bounds box = new Bounds(p[0], p[1], 0, 0);
        for (int i = 2; i + 1 < p.length; i += 2) {
            box = box.union(new Bounds(p[i], p[i + 1], 0, 0));
        }
        return box;
    }
}
