package org.itot.threat.ui.levels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.itot.model.Asset;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.query.SecurityLevelGaps.Gap;
import org.itot.model.query.SecurityLevels;
import org.itot.ui.models.ActiveModel;
import org.itot.ui.models.OpenModel;

/**
 * The IEC 62443 gap table of the active model, zones × FR1-FR7: each cell reads SL-T / achievable / SL-A (achievable
 * from asset SL-C and compensating countermeasures, as rule SL-03 computes it; SL-A as an assessment recorded it),
 * red where the design falls short of SL-T, yellow where the assessment did.
 */
public final class SecurityLevelGapsView extends ViewPart {

    public static final String ID = "org.itot.threat.ui.levels.gapsView";
    /** Table columns: zone, FR1..FR7, assessment, assets below SL-T. */
    private static final int FIRST_FR_COLUMN = 1;

    private ActiveModel active;
    private Label summary;
    private Table table;
    private Color designGap;
    private Color assessedGap;
    private List<Zone> zones = List.of();
    private List<Gap> gaps = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        designGap = new Color(255, 179, 167);
        assessedGap = new Color(255, 235, 156);
        active = new ActiveModel(getSite().getPage(), this::recompute);
        active.create(parent); // the model's change callback finds no table yet and waits for recompute() below
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("Zone", 190, SWT.LEFT, null);
        for (int fr = 1; fr <= SecurityLevels.FR_COUNT; fr++) {
            column("FR" + fr, 92, SWT.CENTER, "SL-T / achievable / SL-A for foundational requirement " + fr);
        }
        column("Assessment (SL-A)", 170, SWT.LEFT, null);
        column("Assets below SL-T", 260, SWT.LEFT, null);
        recompute();
    }

    public ActiveModel activeModel() {
        return active;
    }

    /** Every zone × FR the table shows, zone by zone, for tests. */
    public List<Gap> gaps() {
        return gaps;
    }

    /** The text of a zone's FR cell, e.g. "2 / 2 / 0", for tests. */
    public String cell(Zone zone, int fr) {
        return table.getItem(zones.indexOf(zone)).getText(FIRST_FR_COLUMN + fr - 1);
    }

    /** Whether a zone's FR cell is highlighted as a gap, for tests. */
    public boolean highlighted(Zone zone, int fr) {
        Color background = table.getItem(zones.indexOf(zone)).getBackground(FIRST_FR_COLUMN + fr - 1);
        return background.equals(designGap) || background.equals(assessedGap);
    }

    public String summaryText() {
        return summary.getText();
    }

    private void column(String title, int width, int alignment, String tooltip) {
        TableColumn column = new TableColumn(table, alignment);
        column.setText(title);
        column.setWidth(width);
        column.setToolTipText(tooltip);
    }

    private void recompute() {
        if (table == null || table.isDisposed()) {
            return;
        }
        OpenModel model = active.current();
        zones = model == null ? List.of() : List.copyOf(model.model().getAllZones());
        List<Gap> all = new ArrayList<>();
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Zone zone : zones) {
                List<Gap> rows = SecurityLevelGaps.of(zone);
                all.addAll(rows);
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, zone.getId() + "  " + (zone.getName() == null ? "" : zone.getName()));
                Set<Asset> below = new LinkedHashSet<>();
                for (Gap gap : rows) {
                    int column = FIRST_FR_COLUMN + gap.fr() - 1;
                    item.setText(column, level(gap.target()) + " / " + level(gap.achievable()) + " / "
                            + level(gap.assessed()));
                    if (gap.designGap() > 0) {
                        item.setBackground(column, designGap);
                    } else if (gap.assessedGap() > 0) {
                        item.setBackground(column, assessedGap);
                    }
                    below.addAll(gap.assetsBelow());
                }
                item.setText(FIRST_FR_COLUMN + SecurityLevels.FR_COUNT,
                        zone.getSlAssessment() == null ? "" : zone.getSlAssessment());
                item.setText(FIRST_FR_COLUMN + SecurityLevels.FR_COUNT + 1,
                        below.stream().map(Asset::getId).collect(Collectors.joining(", ")));
            }
        } finally {
            table.setRedraw(true);
        }
        gaps = List.copyOf(all);
        long design = gaps.stream().filter(g -> g.designGap() > 0).count();
        long assessed = gaps.stream().filter(g -> g.assessedGap() > 0).count();
        summary.setText(model == null ? "Open a model to see its security-level gaps."
                : "Each cell: SL-T / achievable / SL-A. " + design + " zone/FR pairs below SL-T by design (red; rule "
                        + "SL-03), " + assessed + " below SL-T as assessed (yellow). Record SL-A in Properties > "
                        + "Security levels.");
        summary.getParent().layout(true, true);
    }

    private static String level(Integer level) {
        return level == null ? "–" : level.toString();
    }

    @Override
    public void setFocus() {
        // Not the table: its type-ahead would take the keys meant for the workbench.
        summary.getParent().setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
