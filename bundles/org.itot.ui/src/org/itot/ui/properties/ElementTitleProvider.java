package org.itot.ui.properties;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.itot.ui.explorer.ModelLabelProvider;

/** The Properties view's title: the element's icon, type and name. */
public final class ElementTitleProvider extends LabelProvider {

    private final ModelLabelProvider labels = new ModelLabelProvider();

    @Override
    public String getText(Object element) {
        Object first = first(element);
        if (first instanceof org.eclipse.emf.ecore.EObject object) {
            return object.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ") + ": " + labels.getText(first);
        }
        return first == null ? "" : labels.getText(first);
    }

    @Override
    public Image getImage(Object element) {
        return labels.getImage(first(element));
    }

    private static Object first(Object element) {
        return element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
    }
}
