package org.itot.export.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.internal.WorkbookReader;
import org.itot.export.excel.internal.WorkbookReader.SheetRow;
import org.itot.model.ArchitectureModel;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Reads a register back into a model: the Assets sheet, and the Zones, Conduits, Flows, Firewall rules and
 * Findings sheets when the workbook has them. Rows are matched to elements by id; a row with an unknown id
 * creates an element, and elements the register does not list are left alone, except firewall rules: the
 * Firewall rules sheet is the whole rule set. The Findings sheet accepts findings as risks (waivers). An edit of a
 * computed cell, or a register of another model, is a problem. The result says what would change, or which cells
 * are wrong; it changes the model only when applied.
 */
public final class RegisterImporter {

    private RegisterImporter() {
    }

    /** Reads with {@link ImportLimits#DEFAULT}. */
    public static ImportResult read(ArchitectureModel model, Path workbook) throws RegisterReadException {
        return read(model, workbook, ImportLimits.DEFAULT);
    }

    /**
     * Reads with {@link ImportOptions#DEFAULT}.
     *
     * @param model a model in a resource of a resource set (its editing domain builds the command)
     * @throws RegisterReadException when the file is not a readable register at all (not .xlsx, zip
     *                               bomb, too large, no Assets sheet); problems of single cells are in
     *                               the result instead
     */
    public static ImportResult read(ArchitectureModel model, Path workbook, ImportLimits limits)
            throws RegisterReadException {
        return read(model, workbook, limits, ImportOptions.DEFAULT);
    }

    /**
     * @param options whether a register of another model may be imported, and the rule packs of the findings
     * @throws RegisterReadException as {@link #read(ArchitectureModel, Path, ImportLimits)}
     */
    public static ImportResult read(ArchitectureModel model, Path workbook, ImportLimits limits, ImportOptions options)
            throws RegisterReadException {
        Set<String> names = new HashSet<>();
        names.add(RegisterLayout.SUMMARY);
        RegisterLayout.tables().forEach(table -> names.add(table.name()));
        Map<String, List<SheetRow>> sheets = WorkbookReader.read(workbook, names, limits);
        if (!sheets.containsKey(Assets.SHEET.name())) {
            throw new RegisterReadException(workbook + " has no '" + Assets.SHEET.name() + "' sheet; a register has "
                    + "the sheets " + String.join(", ", RegisterLayout.sheetNames().subList(0, 7))
                    + " ('itot export excel' writes one)");
        }
        Supplier<List<RuleDiagnostic>> findings = new Supplier<>() {
            private List<RuleDiagnostic> found;

            @Override
            public List<RuleDiagnostic> get() {
                if (found == null) {
                    found = ModelFindings.findings(model, options.rules());
                }
                return found;
            }
        };
        ComputedCells.Edits computed = ComputedCells.edited(model, sheets, findings, limits);
        return new ImportPlanner(model, workbook.getFileName().toString(), limits.maxModelBytes(), options, findings)
                .plan(sheets, computed);
    }
}
