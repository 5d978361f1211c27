package org.itot.ui.models;

import org.eclipse.emf.ecore.EObject;

/** A part that can select and show a model element (the diagram editor), so the explorer can link with it. */
public interface ElementRevealer {

    /** Selects the element's views and scrolls them into sight; false if the part does not show the element. */
    boolean reveal(EObject element);
}
