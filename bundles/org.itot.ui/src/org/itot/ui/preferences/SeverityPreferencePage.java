package org.itot.ui.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.Severity;

/**
 * Preferences > ITOT Architect > Severities: a severity per rule that replaces the catalogue's in the desktop (a
 * model's own rule settings still win). Click the Severity cell to change it.
 */
public class SeverityPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private static final String DEFAULT = "Default";
    private static final String[] CHOICES = { DEFAULT, "Error", "Warning", "Info" };

    /** One row: a rule and the severity its invariants report in the catalogue. */
    private record Row(String id, String title, Severity catalogue) {
    }

    private final Map<String, Severity> chosen = new LinkedHashMap<>();
    private TableViewer viewer;

    public SeverityPreferencePage() {
        setDescription("Change how severe a rule's findings are in the Problems view and on diagrams. "
                + "'Default' keeps the catalogue's severity.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ItotPreferences.store());
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 320;
        data.widthHint = 520;
        viewer.getTable().setLayoutData(data);
        column("Rule", 80, row -> row.id());
        column("Title", 300, row -> row.title());
        TableViewerColumn severity = column("Severity", 110, row -> label(row));
        severity.setEditingSupport(new EditingSupport(viewer) {
            private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), CHOICES, SWT.READ_ONLY);

            @Override
            protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Severity current = chosen.get(((Row) element).id());
                return current == null ? 0 : current.ordinal() + 1;
            }

            @Override
            protected void setValue(Object element, Object value) {
                int index = (Integer) value;
                if (index > 0) {
                    chosen.put(((Row) element).id(), Severity.values()[index - 1]);
                } else if (index == 0) {
                    chosen.remove(((Row) element).id());
                }
                viewer.update(element, null);
            }
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        chosen.putAll(ItotPreferences.ruleSeverities());
        viewer.setInput(rows());
        return area;
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return column;
    }

    private String label(Row row) {
        Severity override = chosen.get(row.id());
        return override == null ? DEFAULT + " (" + name(row.catalogue()) + ")" : name(override);
    }

    private static String name(Severity severity) {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Every rule of the built-in catalogue and the user's packs, once each, with its most severe invariant. */
    private static List<Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RulePack pack : RulePacks.forValidation()) {
            for (CompiledRule rule : pack.rules()) {
                Row existing = rows.get(rule.definition().id());
                if (existing == null || rule.severity().ordinal() < existing.catalogue().ordinal()) {
                    rows.put(rule.definition().id(), new Row(rule.definition().id(), rule.definition().title(),
                            rule.severity()));
                }
            }
        }
        return List.copyOf(rows.values());
    }

    @Override
    protected void performDefaults() {
        chosen.clear();
        viewer.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        ItotPreferences.setRuleSeverities(chosen);
        ItotPreferences.flush();
        return true;
    }
}
