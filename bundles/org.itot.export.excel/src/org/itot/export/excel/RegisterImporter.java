package org.itot.export.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Flows;
import org.itot.export.excel.RegisterLayout.Zones;
import org.itot.export.excel.internal.WorkbookReader;
import org.itot.export.excel.internal.WorkbookReader.SheetRow;
import org.itot.model.ArchitectureModel;

/**
 * Reads a register back into a model: the Assets sheet, and the Zones and Flows sheets when the
 * workbook has them. Rows are matched to elements by id; a row with an unknown id creates an element,
 * and elements the register does not list are left alone (an import never deletes). The result says
 * what would change, or which cells are wrong; it changes the model only when applied.
 */
public final class RegisterImporter {

    private RegisterImporter() {
    }

    /** Reads with {@link ImportLimits#DEFAULT}. */
    public static ImportResult read(ArchitectureModel model, Path workbook) throws RegisterReadException {
        return read(model, workbook, ImportLimits.DEFAULT);
    }

    /**
     * @param model a model in a resource of a resource set (its editing domain builds the command)
     * @throws RegisterReadException when the file is not a readable register at all (not .xlsx, zip
     *                               bomb, too large, no Assets sheet); problems of single cells are in
     *                               the result instead
     */
    public static ImportResult read(ArchitectureModel model, Path workbook, ImportLimits limits)
            throws RegisterReadException {
        Map<String, List<SheetRow>> sheets = WorkbookReader.read(workbook,
                Set.of(Assets.SHEET.name(), Zones.SHEET.name(), Flows.SHEET.name()), limits);
        if (!sheets.containsKey(Assets.SHEET.name())) {
            throw new RegisterReadException(workbook + " has no '" + Assets.SHEET.name() + "' sheet; a register has "
                    + "the sheets " + String.join(", ", RegisterLayout.sheetNames().subList(0, 7))
                    + " ('itot export excel' writes one)");
        }
        return new ImportPlanner(model, workbook.getFileName().toString(), limits.maxModelBytes()).plan(sheets);
    }
}
