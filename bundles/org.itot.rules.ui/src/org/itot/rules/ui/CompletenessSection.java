package org.itot.rules.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.itot.ui.models.OpenModel;
import org.itot.ui.swt.TextColumns;
import org.itot.validation.engine.Completeness;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.RuleDefinition;

/**
 * The Rules view's Completeness section: for each rule, what the model shown lacks for the rule to decide (the input,
 * where it is missing, on how many elements, and where to enter it), from the model's latest findings through
 * {@link ModelFindings#completeness}, the same list {@code itot validate --completeness} prints.
 */
public final class CompletenessSection {

    /** One row: a rule and one input it lacks at one place. */
    public record Row(String ruleId, Completeness.Gap gap) {
    }

    private final Supplier<List<RuleDefinition>> rules;
    private final Label summary;
    private final TableViewer table;
    /** Only completeness findings make the rows; a delta without any (most register edits) leaves them as they are. */
    private final Consumer<FindingsDelta> findingsChanged = delta -> {
        if (Stream.concat(delta.removed().stream(), delta.added().stream()).anyMatch(RuleDiagnostic::isCompleteness)) {
            refreshLater();
        }
    };
    private OpenModel model;

    CompletenessSection(Composite parent, Supplier<List<RuleDefinition>> rules) {
        this.rules = rules;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Label title = new Label(area, SWT.NONE);
        title.setText("Completeness: what the model lacks for each rule to decide");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite tableArea = new Composite(area, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        table = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column(columns, "Rule", 8, Row::ruleId);
        column(columns, "Missing input", 16, row -> row.gap().input());
        column(columns, "Where", 26, row -> row.gap().zone() == null || row.gap().zone() == row.gap().element()
                ? row.gap().elementLabel() : row.gap().elementLabel() + " in " + row.gap().zoneLabel());
        column(columns, "Count", 6, row -> Integer.toString(row.gap().count()));
        column(columns, "Reported by", 9, row -> row.gap().reportedBy());
        column(columns, "Enter it in", 35, row -> row.gap().where());
        table.setContentProvider(ArrayContentProvider.getInstance());
        // Disposing: stop following the model, but draw nothing (JFace has already let go of the content provider).
        table.getTable().addDisposeListener(event -> detach());
    }

    private void column(TableColumnLayout layout, String heading, int weight, Function<Row, String> text) {
        TextColumns.add(table, layout, heading, weight, 40, Row.class, text);
    }

    /** Shows what this model lacks (null: no model) and follows its validation from now on. */
    void show(OpenModel shown) {
        if (table.getTable().isDisposed()) {
            detach();
            return;
        }
        if (shown != model) {
            if (model != null) {
                model.removeFindingListener(findingsChanged);
            }
            model = shown;
            if (model != null) {
                model.addFindingListener(findingsChanged);
            }
        }
        refresh();
    }

    /** Stops following the model's validation. */
    void detach() {
        if (model != null) {
            model.removeFindingListener(findingsChanged);
            model = null;
        }
    }

    private void refreshLater() {
        if (!table.getTable().isDisposed()) {
            table.getTable().getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (table.getTable().isDisposed() || table.getContentProvider() == null) {
            return;
        }
        List<Row> rows = rows();
        table.setInput(rows);
        if (model == null) {
            summary.setText("Open a model to see which inputs its rules still lack.");
        } else if (rows.isEmpty()) {
            summary.setText("Complete: every rule has the inputs it needs to decide.");
        } else {
            long rulesLacking = rows.stream().map(Row::ruleId).distinct().count();
            long inputs = rows.stream().map(row -> row.gap().input()).distinct().count();
            summary.setText(rulesLacking + " rules cannot decide everything: " + inputs
                    + " inputs missing. Unknown is not zero: these are not violations, they are what to enter next.");
        }
        summary.getParent().layout(true, true);
    }

    /** The rows shown: each rule that lacks something, with each gap, in catalogue order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (model == null) {
            return rows;
        }
        for (Completeness.RuleGaps rule : ModelFindings.completeness(rules.get(),
                ModelFindings.findings(model.findings()))) {
            rule.gaps().forEach(gap -> rows.add(new Row(rule.rule().id(), gap)));
        }
        return rows;
    }

    /** The summary line above the table. */
    public String summaryText() {
        return summary.getText();
    }

    /** The table (tests read its rows). */
    public TableViewer table() {
        return table;
    }
}
