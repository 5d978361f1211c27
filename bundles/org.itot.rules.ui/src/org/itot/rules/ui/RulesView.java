package org.itot.rules.ui;


import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.itot.help.HelpView;
import org.itot.help.KnownRules;
import org.itot.help.RuleEntry;
import org.itot.help.pages.HelpPages;
import org.itot.model.edit.command.change.SetRuleEnabledCommand;
import org.itot.ui.models.ActiveModel;
import org.itot.ui.models.OpenModel;
import org.itot.ui.swt.TextColumns;
import org.itot.validation.rules.RuleDefinition;

/**
 * Every rule with its explanation and references, and per open model whether it is switched on. Ticking and
 * unticking runs a command on the model's stack (a rule setting in the model), so it is undone like any edit and live
 * validation follows it. The model is the one of the active diagram editor, or the one chosen at the top.
 */
public final class RulesView extends ViewPart {

    public static final String ID = "org.itot.rules.ui.view";

    private ActiveModel activeModel;
    private CheckboxTableViewer viewer;
    private Text details;
    private CompletenessSection completeness;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        activeModel = new ActiveModel(getSite().getPage(), () -> {
            if (viewer != null && !viewer.getTable().isDisposed()) {
                viewer.refresh();
            }
            if (completeness != null) {
                completeness.show(activeModel.current());
            }
        });
        activeModel.create(parent);

        SashForm sections = new SashForm(parent, SWT.VERTICAL);
        sections.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        SashForm sash = new SashForm(sections, SWT.HORIZONTAL);
        createTable(sash);
        createDetails(sash);
        sash.setWeights(65, 35);
        completeness = new CompletenessSection(sections, () -> viewer.getInput() instanceof java.util.List<?> entries
                ? entries.stream().map(entry -> ((RuleEntry) entry).definition()).toList() : java.util.List.of());
        sections.setWeights(62, 38);

        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);

        // The table exists now: show the active editor's model (ActiveModel picked it before the table was there).
        viewer.refresh();
        completeness.show(activeModel.current());
    }

    private void createTable(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        area.setLayout(columns);
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(columns, "Rule", 10, RuleEntry::id);
        column(columns, "Severity", 12, RuleEntry::severityText);
        column(columns, "Title", 60, entry -> entry.definition().title());
        column(columns, "Pack", 18, entry -> entry.definition().source());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                OpenModel current = activeModel.current();
                return current == null || SetRuleEnabledCommand.isEnabled(current.model(), ((RuleEntry) element).id());
            }

            @Override
            public boolean isGrayed(Object element) {
                return activeModel.current() == null;
            }
        });
        viewer.addCheckStateListener(event -> setEnabled((RuleEntry) event.getElement(), event.getChecked()));
        viewer.addSelectionChangedListener(event -> showDetails(selectedRule()));
        viewer.addDoubleClickListener(event -> openHelp(selectedRule()));
        // GTK toggles a check table's box on Enter as well; here Enter opens the help and leaves the setting alone.
        viewer.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                event.doit = false;
                openHelp(selectedRule());
            }
        });
        viewer.setInput(KnownRules.builtIn());
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<RuleEntry, String> text) {
        TextColumns.add(viewer, layout, title, weight, 50, RuleEntry.class, text);
    }

    private void createDetails(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Link help = new Link(area, SWT.NONE);
        help.setText("<a>Open the rule's help page</a> (or double-click the rule)");
        help.addListener(SWT.Selection, event -> openHelp(selectedRule()));
        showDetails(null);
    }

    /** Switches a rule on or off for the current model, undoably; without a model there is nothing to switch. */
    void setEnabled(RuleEntry rule, boolean enabled) {
        OpenModel current = activeModel.current();
        if (current == null) {
            viewer.refresh();
            return;
        }
        current.domain().getCommandStack()
                .execute(new SetRuleEnabledCommand(current.domain(), current.model(), rule.id(), enabled));
    }

    /** Shows the rule settings of this model (null: none). */
    public void selectModel(OpenModel model) {
        activeModel.select(model);
    }

    private RuleEntry selectedRule() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof RuleEntry rule ? rule : null;
    }

    private void showDetails(RuleEntry rule) {
        if (rule == null) {
            details.setText("Select a rule to read what it checks, why, how to fix a finding and where it comes from. "
                    + "Untick a rule to switch it off for the model shown above.");
            return;
        }
        RuleDefinition definition = rule.definition();
        StringBuilder text = new StringBuilder();
        text.append(definition.id()).append(" (").append(rule.severityText()).append(")\n")
                .append(definition.title()).append("\n\n");
        append(text, "Why", definition.rationale());
        append(text, "How to fix", definition.fix());
        append(text, "References", String.join("; ", definition.standards()));
        append(text, "MITRE ATT&CK for ICS", String.join(", ", definition.attackIds()));
        details.setText(text.toString());
    }

    private static void append(StringBuilder text, String heading, String body) {
        if (body != null && !body.isBlank()) {
            text.append(heading).append(": ").append(body.strip()).append("\n\n");
        }
    }

    private void openHelp(RuleEntry rule) {
        try {
            HelpView.open(getSite().getPage(), rule == null ? HelpPages.RULES : HelpPages.ruleId(rule.id()));
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
        }
    }

    /** The model whose settings are shown (null: none open). */
    public OpenModel currentModel() {
        return activeModel.current();
    }

    /** The rule table (the tests tick and untick through it). */
    public CheckboxTableViewer viewer() {
        return viewer;
    }

    /** The explanation pane. */
    public String detailsText() {
        return details.getText();
    }

    /** The Completeness section: what the model shown lacks for each rule to decide. */
    public CompletenessSection completeness() {
        return completeness;
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public void dispose() {
        completeness.detach();
        activeModel.dispose();
        super.dispose();
    }
}
