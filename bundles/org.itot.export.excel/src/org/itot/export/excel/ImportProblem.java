package org.itot.export.excel;

/**
 * Why one cell or row of a register cannot be applied.
 *
 * @param sheet the sheet's name
 * @param row the one-based row number, as Excel shows it
 * @param column the column's letters (A, B, ..., AA), or empty for a problem with the whole row
 * @param header the column's header, or empty
 * @param reason what is wrong and what would be right
 */
public record ImportProblem(String sheet, int row, String column, String header, String reason) {

    /** "Assets row 12, column K (Criticality): 'severe' is not one of ...". */
    @Override
    public String toString() {
        String where = sheet + " row " + row;
        if (!column.isEmpty()) {
            where += ", column " + column + (header.isEmpty() ? "" : " (" + header + ")");
        }
        return where + ": " + reason;
    }
}
