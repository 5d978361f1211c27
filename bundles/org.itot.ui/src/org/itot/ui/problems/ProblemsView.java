package org.itot.ui.problems;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The findings of the rule engine, ITOT Architect's own Problems view: the IDE's view shows resource paths and marker
 * types that mean nothing here. Columns are the finding, its element, its rule and its model; by default it shows the
 * model of the current selection or editor (Filters > All open models shows every model). Declared with the
 * org.eclipse.ui.ide.markerSupport extension point (content generator org.itot.ui.problemsGenerator).
 */
public final class ProblemsView extends MarkerSupportView {

    public static final String ID = "org.itot.ui.views.problems";
    static final String GENERATOR = "org.itot.ui.problemsGenerator";

    private Composite area;

    public ProblemsView() {
        super(GENERATOR);
    }

    @Override
    public void createPartControl(Composite parent) {
        area = parent;
        super.createPartControl(parent);
    }

    /** The table of findings (tests read its columns and rows). */
    public Tree tree() {
        return find(area);
    }

    private static Tree find(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Tree tree) {
                return tree;
            }
            if (child instanceof Composite composite) {
                Tree found = find(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
