package org.itot.ui.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.itot.validation.rules.RulePack;

/**
 * Preferences > ITOT Architect > Rule Packs: the user's own {@code .ocl} rule packs, evaluated with the built-in
 * catalogue by live validation. Each pack is parsed when added, and its problems are listed with file, line and
 * column, so a broken pack is fixed before it silently misses findings.
 */
public class RulePacksPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final List<Path> packs = new ArrayList<>();
    private Table table;
    private Text details;

    public RulePacksPreferencePage() {
        setDescription("Your own rule packs (Complete-OCL files, see docs/RULE-PACKS.md), checked together with the "
                + "built-in catalogue in every open model.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ItotPreferences.store());
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        table.setLayoutData(tableData);
        column("Rule pack", 300);
        column("Status", 180);
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "&Add...", this::add);
        button(buttons, "&Remove", this::removeSelected);
        button(buttons, "Re&load", this::refresh);
        Label label = new Label(area, SWT.NONE);
        label.setText("&Problems of the selected pack:");
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        detailsData.heightHint = 110;
        details.setLayoutData(detailsData);
        table.addListener(SWT.Selection, e -> showDetails());
        packs.addAll(ItotPreferences.rulePacks());
        refresh();
        return area;
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(text);
        column.setWidth(width);
    }

    private static void button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> run.run());
    }

    private void add() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Add Rule Packs");
        dialog.setFilterExtensions(new String[] { "*.ocl", "*" });
        dialog.setFilterNames(new String[] { "Rule packs (*.ocl)", "All files" });
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                addPack(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    /** Adds a pack file to the list (not yet stored: that happens on Apply or OK). */
    public void addPack(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!packs.contains(absolute)) {
            packs.add(absolute);
        }
        refresh();
        table.setSelection(packs.indexOf(absolute));
        showDetails();
    }

    private void removeSelected() {
        int[] selected = table.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            packs.remove(selected[i]);
        }
        refresh();
    }

    private void refresh() {
        table.removeAll();
        for (Path pack : packs) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { pack.toString(), status(RulePacks.read(pack)) });
            if (!RulePacks.read(pack).problems().isEmpty()) {
                item.setForeground(1, table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        showDetails();
    }

    /** "12 rules" or "2 problems, 10 rules": the table's status column. */
    public static String status(RulePack pack) {
        int rules = pack.definitions().size();
        String ruleText = rules + (rules == 1 ? " rule" : " rules");
        int problems = pack.problems().size();
        return problems == 0 ? ruleText : problems + (problems == 1 ? " problem, " : " problems, ") + ruleText;
    }

    private void showDetails() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= packs.size()) {
            details.setText("");
            return;
        }
        RulePack pack = RulePacks.read(packs.get(index));
        details.setText(pack.problems().isEmpty() ? "No problems: " + status(pack) + "."
                : pack.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    /** The problems text shown for the selected pack. */
    public String detailsText() {
        return details.getText();
    }

    public List<Path> packs() {
        return List.copyOf(packs);
    }

    @Override
    protected void performDefaults() {
        packs.clear();
        refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        ItotPreferences.setRulePacks(packs);
        ItotPreferences.flush();
        return true;
    }
}
