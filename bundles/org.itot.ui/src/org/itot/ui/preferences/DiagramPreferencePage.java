package org.itot.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > ITOT Architect > Diagrams: how diagram editors start (grid, snapping, layers). */
public class DiagramPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public DiagramPreferencePage() {
        super(GRID);
        setDescription("Style options for diagram editors opened from now on; each editor's toolbar can still change "
                + "them for that editor.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ItotPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(ItotPreferences.DIAGRAM_GRID_VISIBLE, "Show the &grid", getFieldEditorParent()));
        addField(new BooleanFieldEditor(ItotPreferences.DIAGRAM_SNAP_TO_GRID, "&Snap to the grid",
                getFieldEditorParent()));
        IntegerFieldEditor gridSize = new IntegerFieldEditor(ItotPreferences.DIAGRAM_GRID_SIZE, "Grid si&ze (units):",
                getFieldEditorParent());
        gridSize.setValidRange(2, 100);
        addField(gridSize);
        addField(new BooleanFieldEditor(ItotPreferences.DIAGRAM_SHOW_FLOWS, "Show &flows", getFieldEditorParent()));
        addField(new BooleanFieldEditor(ItotPreferences.DIAGRAM_SHOW_CONDUITS, "Show &conduits",
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(ItotPreferences.DIAGRAM_SHOW_FINDINGS, "Show finding &decorations",
                getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        ItotPreferences.flush();
        return ok;
    }
}
