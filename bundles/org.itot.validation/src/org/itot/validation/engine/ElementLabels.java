package org.itot.validation.engine;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.labels.Labels;

/**
 * How findings name elements: "name (id)"; enumeration values by their labels ("IT", "PLC"); diagram views by what they show and where ("Box of PLC-01
 * on diagram 'Overview'"); and the stable key of an element inside finding ids.
 */
public final class ElementLabels {

    private ElementLabels() {
    }

    public static String label(Object value) {
        if (value instanceof ModelElement element) {
            String name = element.getName();
            String id = element.getId();
            if (name != null && !name.isBlank()) {
                return id != null && !id.isBlank() && !id.equals(name) ? name + " (" + id + ")" : name;
            }
            return id != null && !id.isBlank() ? id : element.eClass().getName();
        }
        if (value instanceof NodeView view) {
            String what = view instanceof NoteView ? "Note" : "Box";
            String shows = view.getElement() != null ? " of " + label(view.getElement())
                    : " at " + view.getX() + ", " + view.getY();
            return what + shows + onDiagram(view);
        }
        if (value instanceof EdgeView edge) {
            String shows = edge.getElement() != null ? " " + label(edge.getElement()) : "";
            return "Connection" + shows + " from " + end(edge.getSource()) + " to " + end(edge.getTarget())
                    + onDiagram(edge);
        }
        if (value instanceof Enumerator literal) {
            return Labels.of(literal); // "by IT", not "by it": files keep the literal, people read the label
        }
        if (value instanceof EObject object) {
            return object.eClass().getName();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ElementLabels::label).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static String end(NodeView view) {
        if (view == null) {
            return "a missing box";
        }
        return view.getElement() != null ? label(view.getElement()) : "the box at " + view.getX() + ", " + view.getY();
    }

    private static String onDiagram(EObject view) {
        for (EObject container = view.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Diagram diagram) {
                return " on diagram '" + label(diagram) + "'";
            }
        }
        return "";
    }

    /** The human id when there is one, else the element's XMI id/URI fragment. */
    public static String key(EObject object) {
        if (object instanceof ModelElement element && element.getId() != null && !element.getId().isBlank()) {
            return element.getId();
        }
        return object.eResource() != null ? object.eResource().getURIFragment(object) : EcoreUtil.getIdentification(object);
    }
}
