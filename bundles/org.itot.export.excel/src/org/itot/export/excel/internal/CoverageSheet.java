package org.itot.export.excel.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.itot.attack.coverage.CoverageReport;
import org.itot.attack.coverage.CoverageReport.ZoneCoverage;
import org.itot.attack.coverage.CoverageStatus;
import org.itot.attack.coverage.Evidence;
import org.itot.model.AttackReference;

/**
 * The "ATT&CK coverage" sheet: the ATT&CK for ICS matrix with tactics as columns and each technique
 * cell coloured and labelled by its model-wide coverage, then one row per zone. Every text goes
 * through {@link CellText}, so names from a STIX file cannot become formulas.
 */
public final class CoverageSheet {

    private static final int COLUMN_WIDTH = 26;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final Map<CoverageStatus, CellStyle> fills = new EnumMap<>(CoverageStatus.class);
    private final CellStyle wrap;
    private int next;

    public CoverageSheet(StreamingWorkbook workbook, SXSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        fills.put(CoverageStatus.MITIGATED, fill(workbook, IndexedColors.LIGHT_GREEN));
        fills.put(CoverageStatus.PARTLY, fill(workbook, IndexedColors.LIGHT_YELLOW));
        fills.put(CoverageStatus.UNMITIGATED, fill(workbook, IndexedColors.CORAL));
        fills.put(CoverageStatus.NOT_APPLICABLE, fill(workbook, IndexedColors.GREY_25_PERCENT));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** Writes the sheet; returns the number of technique cells in the matrix. */
    public int write(CoverageReport report) {
        List<AttackReference> tactics = report.tactics();
        for (int column = 0; column < Math.max(tactics.size(), 7); column++) {
            sheet.setColumnWidth(column, COLUMN_WIDTH * 256);
        }
        Row title = sheet.createRow(next++);
        text(title, 0, report.attack().describe() + ": coverage of the whole model").setCellStyle(styles.title);
        Row legend = sheet.createRow(next++);
        int column = 0;
        for (CoverageStatus status : CoverageStatus.values()) {
            Cell cell = text(legend, column++, status.label() + ": " + report.count(status));
            cell.setCellStyle(fills.get(status));
        }
        next++;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < tactics.size(); i++) {
            text(header, i, tactics.get(i).getExternalId() + " " + tactics.get(i).getName()).setCellStyle(styles.header);
        }
        List<List<AttackReference>> columns = tactics.stream().map(report::techniques).toList();
        int depth = columns.stream().mapToInt(List::size).max().orElse(0);
        int cells = 0;
        for (int r = 0; r < depth; r++) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    AttackReference technique = columns.get(c).get(r);
                    CoverageStatus status = report.overall().get(technique);
                    Cell cell = text(row, c, technique.getExternalId() + " " + technique.getName() + " — "
                            + status.label());
                    cell.setCellStyle(fills.get(status));
                    cells++;
                }
            }
        }
        next++;
        zones(report);
        return cells;
    }

    private void zones(CoverageReport report) {
        Row title = sheet.createRow(next++);
        text(title, 0, "Coverage per zone").setCellStyle(styles.label);
        Row header = sheet.createRow(next++);
        String[] headers = { "Zone", "ATT&CK assets", "Mitigated", "Partly mitigated", "Unmitigated",
            "Mitigations in place", "Unmitigated techniques" };
        for (int i = 0; i < headers.length; i++) {
            text(header, i, headers[i]).setCellStyle(styles.header);
        }
        for (ZoneCoverage zone : report.zones()) {
            Row row = sheet.createRow(next++);
            text(row, 0, zone.zone().getId() + " " + zone.zone().getName());
            text(row, 1, String.join(", ", zone.attackAssets()));
            count(row, 2, zone.with(CoverageStatus.MITIGATED).size());
            count(row, 3, zone.with(CoverageStatus.PARTLY).size());
            count(row, 4, zone.with(CoverageStatus.UNMITIGATED).size());
            text(row, 5, zone.mitigations().entrySet().stream()
                    .filter(e -> e.getValue().status() == Evidence.Status.IN_PLACE).map(Map.Entry::getKey)
                    .collect(Collectors.joining(", "))).setCellStyle(wrap);
            text(row, 6, zone.with(CoverageStatus.UNMITIGATED).stream().map(AttackReference::getExternalId)
                    .collect(Collectors.joining(", "))).setCellStyle(wrap);
        }
    }

    private Cell text(Row row, int column, String modelText) {
        Cell cell = row.createCell(column);
        String text = CellText.of(modelText);
        if (text != null) {
            cell.setCellValue(text);
        }
        return cell;
    }

    private void count(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
    }

    private static CellStyle fill(StreamingWorkbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
