package org.itot.threat.ui.attack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.itot.attack.coverage.AttackCoverage;
import org.itot.attack.coverage.CoverageReport;
import org.itot.attack.coverage.CoverageReport.ZoneCoverage;
import org.itot.attack.coverage.CoverageStatus;
import org.itot.attack.coverage.Evidence;
import org.itot.model.AttackReference;
import org.itot.model.Zone;
import org.itot.ui.models.ActiveModel;
import org.itot.ui.models.OpenModel;

/**
 * The ATT&amp;CK for ICS matrix of the active model: tactics as columns, each technique coloured by how far the
 * model mitigates it, for the whole model or one zone. Recomputed on every change of the model.
 */
public final class AttackCoverageView extends ViewPart {

    public static final String ID = "org.itot.threat.ui.attack.coverageView";

    private static final String[] COLOUR_NAMES = { "green", "yellow", "red", "grey" };

    private ActiveModel active;
    private Combo zoneChoice;
    private Label summary;
    private Table matrix;
    private List<Zone> zones = List.of();
    private CoverageReport report;
    private Color mitigated;
    private Color partly;
    private Color unmitigated;
    private Color notApplicable;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        mitigated = new Color(198, 239, 206);
        partly = new Color(255, 235, 156);
        unmitigated = new Color(255, 179, 167);
        notApplicable = new Color(230, 230, 230);
        active = new ActiveModel(getSite().getPage(), this::recompute);
        active.create(parent); // the model's change callback finds no table yet and waits for recompute() below
        new Label(parent, SWT.NONE).setText("Zone:");
        zoneChoice = new Combo(parent, SWT.READ_ONLY);
        zoneChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        zoneChoice.addListener(SWT.Selection, event -> fill());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        matrix = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        matrix.addListener(SWT.Resize, event -> fitColumns());
        // Cells are cut at the column width and only coloured: hovering one says what it is and why.
        matrix.addListener(SWT.MouseMove, event -> {
            String tip = explanationAt(event.x, event.y);
            if (!Objects.equals(tip, matrix.getToolTipText())) {
                matrix.setToolTipText(tip);
            }
        });
        recompute();
    }

    /** Selects "Whole model" (null) or a zone, as the zone combo does. */
    public void showZone(Zone zone) {
        int index = zone == null ? 0 : zones.indexOf(zone) + 1;
        zoneChoice.select(Math.max(0, index));
        fill();
    }

    public ActiveModel activeModel() {
        return active;
    }

    /** The status shown for a technique in the current matrix, for tests. */
    public CoverageStatus statusShown(String techniqueId) {
        for (TableItem item : matrix.getItems()) {
            for (int column = 0; column < matrix.getColumnCount(); column++) {
                if (item.getText(column).startsWith(techniqueId + " ")) {
                    return (CoverageStatus) item.getData(Integer.toString(column));
                }
            }
        }
        return null;
    }

    /**
     * What the matrix says about one technique in the zone (or model) shown: its name and status, then each of
     * its mitigations with whether the model shows it in place and the evidence. Null when it is not shown.
     */
    public String explanation(String techniqueId) {
        if (report == null) {
            return null;
        }
        Zone zone = selectedZone();
        ZoneCoverage zoneCoverage = zone == null ? null : report.zone(zone);
        for (AttackReference technique : report.techniques()) {
            if (!technique.getExternalId().equals(techniqueId)) {
                continue;
            }
            CoverageStatus status = (zoneCoverage == null ? report.overall() : zoneCoverage.techniques()).get(technique);
            StringBuilder text = new StringBuilder(technique.getExternalId()).append(' ').append(technique.getName())
                    .append(": ").append(status == null ? "not applicable" : status.label())
                    .append(zone == null ? " in the whole model" : " in zone " + zone.getId()).append("\nMitigations:");
            List<AttackReference> mitigations = technique.getMitigatedBy().stream()
                    .sorted(Comparator.comparing(AttackReference::getExternalId)).toList();
            for (AttackReference mitigation : mitigations) {
                text.append("\n  ").append(mitigation.getExternalId()).append(' ').append(mitigation.getName())
                        .append(": ");
                if (zoneCoverage != null && zoneCoverage.mitigations().get(mitigation.getExternalId()) != null) {
                    Evidence evidence = zoneCoverage.mitigations().get(mitigation.getExternalId());
                    text.append(evidence.status().label()).append(" \u2014 ").append(evidence.detail());
                } else if (zoneCoverage == null && report.mitigations().get(mitigation.getExternalId()) != null) {
                    text.append(report.mitigations().get(mitigation.getExternalId()).label());
                } else {
                    text.append("not something the model can show");
                }
            }
            return text.toString();
        }
        return null;
    }

    private String explanationAt(int x, int y) {
        TableItem item = matrix.getItem(new Point(x, y));
        if (item == null) {
            return null;
        }
        for (int column = 0; column < matrix.getColumnCount(); column++) {
            if (item.getBounds(column).contains(x, y) && !item.getText(column).isEmpty()) {
                return explanation(item.getText(column).split(" ", 2)[0]);
            }
        }
        return null;
    }

    public String summaryText() {
        return summary.getText().replace("&&", "&");
    }

    public int columnCount() {
        return matrix.getColumnCount();
    }

    private void recompute() {
        if (matrix == null || matrix.isDisposed()) {
            return;
        }
        OpenModel model = active.current();
        Zone selected = selectedZone();
        // A model without ATT&CK data of its own is assessed against the built-in release.
        report = model == null ? null : AttackCoverage.of(model.model());
        zones = model == null ? List.of() : List.copyOf(model.model().getAllZones());
        List<String> items = new ArrayList<>();
        items.add("Whole model");
        zones.forEach(z -> items.add(z.getId() + "  " + (z.getName() == null ? "" : z.getName())));
        zoneChoice.setItems(items.toArray(String[]::new));
        zoneChoice.select(selected == null ? 0 : Math.max(0, zones.indexOf(selected) + 1));
        fill();
    }

    private Zone selectedZone() {
        int index = zoneChoice == null ? 0 : zoneChoice.getSelectionIndex();
        return index > 0 && index - 1 < zones.size() ? zones.get(index - 1) : null;
    }

    private void fill() {
        matrix.setRedraw(false);
        try {
            matrix.removeAll();
            for (TableColumn column : matrix.getColumns()) {
                column.dispose();
            }
            if (report == null) {
                summary.setText("Open a model to see its ATT&CK for ICS coverage.".replace("&", "&&"));
                return;
            }
            Zone zone = selectedZone();
            ZoneCoverage zoneCoverage = zone == null ? null : report.zone(zone);
            java.util.Map<AttackReference, CoverageStatus> statuses = zoneCoverage == null ? report.overall()
                    : zoneCoverage.techniques();
            StringBuilder counts = new StringBuilder(report.attack().describe() + ": ");
            for (CoverageStatus status : CoverageStatus.values()) {
                long count = statuses.values().stream().filter(s -> s == status).count();
                counts.append(count).append(' ').append(status.label()).append(" (").append(COLOUR_NAMES[status.ordinal()])
                        .append(status == CoverageStatus.NOT_APPLICABLE ? ")" : "), ");
            }
            counts.append(zoneCoverage == null ? " in the whole model" : " in zone " + zone.getId());
            summary.setText(counts.toString().replace("&", "&&")); // a label would take & for a mnemonic
            List<List<AttackReference>> columns = new ArrayList<>();
            for (AttackReference tactic : report.tactics()) {
                TableColumn column = new TableColumn(matrix, SWT.LEFT);
                column.setText(tactic.getName());
                column.setToolTipText(tactic.getExternalId());
                columns.add(report.techniques(tactic));
            }
            int depth = columns.stream().mapToInt(List::size).max().orElse(0);
            for (int row = 0; row < depth; row++) {
                TableItem item = new TableItem(matrix, SWT.NONE);
                for (int c = 0; c < columns.size(); c++) {
                    if (row >= columns.get(c).size()) {
                        continue;
                    }
                    AttackReference technique = columns.get(c).get(row);
                    CoverageStatus status = statuses.get(technique);
                    item.setText(c, technique.getExternalId() + " " + technique.getName());
                    item.setBackground(c, colour(status));
                    item.setData(Integer.toString(c), status);
                }
            }
            fitColumns();
        } finally {
            summary.getParent().layout(true, true);
            matrix.setRedraw(true);
        }
    }

    /** All twelve tactics side by side in the view's width, as MITRE draws the matrix. */
    private void fitColumns() {
        TableColumn[] columns = matrix.getColumns();
        if (columns.length == 0) {
            return;
        }
        int width = Math.max(90, matrix.getClientArea().width / columns.length);
        for (TableColumn column : columns) {
            column.setWidth(width);
        }
    }

    private Color colour(CoverageStatus status) {
        return switch (status) {
        case MITIGATED -> mitigated;
        case PARTLY -> partly;
        case UNMITIGATED -> unmitigated;
        case NOT_APPLICABLE -> notApplicable;
        };
    }

    @Override
    public void setFocus() {
        // Not the table: focusing it selects its first row, whose highlight would hide that row's colours.
        zoneChoice.setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
