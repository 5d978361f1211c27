package org.itot.threat.ui.levels;

import java.util.List;

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
import org.itot.attack.ThreatReports;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.query.SecurityLevelGaps.Gap;
import org.itot.threat.ui.attack.ActiveModel;
import org.itot.ui.models.OpenModel;

/**
 * The IEC 62443 gap table of the active model: per zone and FR the target SL-T, the achievable SL (asset SL-C and
 * compensating countermeasures, as rule SL-03 computes it) and the SL-A an assessment recorded; gaps in colour.
 */
public final class SecurityLevelGapsView extends ViewPart {

    public static final String ID = "org.itot.threat.ui.levels.gapsView";
    private static final String[] HEADERS = { "Zone", "FR", "SL-T", "Achievable", "SL-A", "Assessment", "Status" };
    private static final int[] WIDTHS = { 160, 50, 50, 80, 50, 150, 360 };

    private ActiveModel active;
    private Label summary;
    private Table table;
    private Color designGap;
    private Color assessedGap;
    private List<Gap> gaps = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        designGap = new Color(255, 179, 167);
        assessedGap = new Color(255, 235, 156);
        active = new ActiveModel(getSite().getPage(), this::recompute);
        active.create(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (int i = 0; i < HEADERS.length; i++) {
            TableColumn column = new TableColumn(table, i >= 1 && i <= 4 ? SWT.CENTER : SWT.LEFT);
            column.setText(HEADERS[i]);
            column.setWidth(WIDTHS[i]);
        }
        recompute();
    }

    public ActiveModel activeModel() {
        return active;
    }

    /** The rows shown, for tests. */
    public List<Gap> gaps() {
        return gaps;
    }

    /** The text of a cell, for tests. */
    public String cell(int row, int column) {
        return table.getItem(row).getText(column);
    }

    /** Whether a row is highlighted as a gap, for tests. */
    public boolean highlighted(int row) {
        Color background = table.getItem(row).getBackground(6);
        return background.equals(designGap) || background.equals(assessedGap);
    }

    public String summaryText() {
        return summary.getText();
    }

    private void recompute() {
        if (table == null || table.isDisposed()) {
            return;
        }
        OpenModel model = active.current();
        gaps = model == null ? List.of() : SecurityLevelGaps.of(model.model());
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Gap gap : gaps) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { gap.zone().getId() + "  " + (gap.zone().getName() == null ? ""
                        : gap.zone().getName()), "FR" + gap.fr(), level(gap.target()), level(gap.achievable()),
                    level(gap.assessed()), gap.zone().getSlAssessment() == null ? "" : gap.zone().getSlAssessment(),
                    ThreatReports.describe(gap) });
                if (gap.designGap() > 0) {
                    item.setBackground(designGap);
                } else if (gap.assessedGap() > 0) {
                    item.setBackground(assessedGap);
                }
            }
        } finally {
            table.setRedraw(true);
        }
        long design = gaps.stream().filter(g -> g.designGap() > 0).count();
        long assessed = gaps.stream().filter(g -> g.assessedGap() > 0).count();
        summary.setText(model == null ? "Open a model to see its security-level gaps."
                : design + " zone/FR pairs below SL-T by design (red; rule SL-03), " + assessed
                        + " below SL-T as assessed (SL-A, yellow). Record SL-A in Properties > Security levels.");
        summary.getParent().layout(true, true);
    }

    private static String level(Integer level) {
        return level == null ? "–" : level.toString();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
