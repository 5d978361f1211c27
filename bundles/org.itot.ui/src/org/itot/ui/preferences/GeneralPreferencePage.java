package org.itot.ui.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > ITOT Architect: folders and autosave. */
public class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneralPreferencePage() {
        super(GRID);
        setDescription("Where files go, and how often changed models are autosaved for recovery after a crash.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ItotPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(ItotPreferences.EXPORT_FOLDER, "Default &export folder (empty: next to the model):",
                getFieldEditorParent()));
        addField(new DirectoryFieldEditor(ItotPreferences.MODEL_FOLDER, "Folder for &new models:",
                getFieldEditorParent()));
        IntegerFieldEditor autosave = new IntegerFieldEditor(ItotPreferences.AUTOSAVE_SECONDS,
                "&Autosave every (seconds, 0 = off):", getFieldEditorParent());
        autosave.setValidRange(0, 3600);
        addField(autosave);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        ItotPreferences.flush();
        return ok;
    }
}
