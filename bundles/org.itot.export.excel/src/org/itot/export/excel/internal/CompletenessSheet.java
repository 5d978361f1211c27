package org.itot.export.excel.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.itot.validation.engine.Completeness;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;

/**
 * The "Completeness" sheet: for each rule, what the model lacks for it to decide (input, where, on how many elements,
 * where to enter it), from the register's own findings through {@link ModelFindings#completeness}, so it agrees with
 * the Findings sheet and with {@code itot validate --completeness}. Every text goes through {@link CellText}.
 */
public final class CompletenessSheet {

    public static final String NAME = "Completeness";

    private static final String[] HEADERS = { "Rule", "Missing input", "Element", "Zone", "Count", "Reported by",
        "Finding id", "Status", "Enter it in" };
    private static final int[] WIDTHS = { 10, 24, 32, 28, 8, 12, 30, 10, 60 };

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final CellStyle wrap;

    public CompletenessSheet(StreamingWorkbook workbook, SXSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** Writes the sheet from the findings (the built-in rules and those of the findings' packs); returns its data rows. */
    public int write(List<RuleDiagnostic> findings) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int next = 0;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < HEADERS.length; i++) {
            text(header, i, HEADERS[i]).setCellStyle(styles.header);
        }
        List<RuleDefinition> rules = new java.util.ArrayList<>(
                Catalogue.builtIn().stream().flatMap(pack -> pack.definitions().stream()).toList());
        findings.stream().map(RuleDiagnostic::rule).filter(rule -> !rules.contains(rule)).distinct().forEach(rules::add);
        int written = 0;
        for (Completeness.RuleGaps rule : ModelFindings.completeness(rules, findings)) {
            for (Completeness.Gap gap : rule.gaps()) {
                Row row = sheet.createRow(next++);
                text(row, 0, rule.rule().id());
                text(row, 1, gap.input());
                text(row, 2, gap.elementLabel());
                text(row, 3, gap.zoneLabel());
                Cell count = row.createCell(4);
                count.setCellValue(gap.count());
                count.setCellStyle(styles.integer);
                text(row, 5, gap.reportedBy());
                text(row, 6, gap.finding().findingId());
                text(row, 7, gap.finding().isAccepted() ? "accepted" : "open");
                text(row, 8, gap.where()).setCellStyle(wrap);
                written++;
            }
        }
        if (written == 0) {
            text(sheet.createRow(next), 0, "Complete: every rule has the inputs it needs to decide.");
        }
        return written;
    }

    private static Cell text(Row row, int column, String modelText) {
        Cell cell = row.createCell(column);
        String text = CellText.of(modelText);
        if (text != null) {
            cell.setCellValue(text);
        }
        return cell;
    }
}
