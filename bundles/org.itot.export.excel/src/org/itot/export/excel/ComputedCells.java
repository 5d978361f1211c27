package org.itot.export.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.export.excel.internal.SheetWriter;
import org.itot.export.excel.internal.WorkbookReader;
import org.itot.export.excel.internal.WorkbookReader.CellValue;
import org.itot.export.excel.internal.WorkbookReader.SheetRow;
import org.itot.export.excel.internal.WorkbookReader.Type;
import org.itot.model.ArchitectureModel;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Finds edits of cells the importer does not read: computed columns and computed sheets. The model is written
 * as a register once more and every such cell of the user's register is compared with it, rows matched by id
 * (by position on sheets without ids). What differs was edited (or the model changed since the export): either way
 * the import would not carry it, so it is reported by sheet, row and column instead of dropped without a word.
 * A computed column of an imported sheet is a problem (nothing is imported): its row is the element's, so a
 * difference is an edit. A computed sheet (attack paths, security levels) shifts with any change of the model, so a
 * difference there is a note.
 */
final class ComputedCells {

    /** Notes about computed sheets beyond this many are counted, not listed. */
    private static final int MAX_NOTES = 20;

    /** The edits found: on imported sheets (problems) and on computed sheets (notes). */
    record Edits(List<ImportProblem> problems, List<String> notes) {
    }

    private ComputedCells() {
    }

    static Edits edited(ArchitectureModel model, Map<String, List<SheetRow>> register,
            Supplier<List<RuleDiagnostic>> findings, ImportLimits limits) throws RegisterReadException {
        Map<String, List<SheetRow>> fresh = freshRegister(model, register, findings, limits);
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> computedSheets = new ArrayList<>();
        for (SheetLayout layout : RegisterLayout.tables()) {
            List<SheetRow> edited = register.get(layout.name());
            List<SheetRow> written = fresh.get(layout.name());
            if (edited == null || edited.isEmpty() || written == null || written.isEmpty()) {
                continue;
            }
            compare(layout, edited, written, layout.imported() ? problems : computedSheets);
        }
        List<String> notes = new ArrayList<>();
        computedSheets.stream().limit(MAX_NOTES).forEach(edit -> notes.add(edit + " (the sheet is computed and "
                + "not imported)"));
        if (computedSheets.size() > MAX_NOTES) {
            notes.add("and " + (computedSheets.size() - MAX_NOTES) + " more differences on computed sheets");
        }
        return new Edits(problems, notes);
    }

    private static Map<String, List<SheetRow>> freshRegister(ArchitectureModel model,
            Map<String, List<SheetRow>> register, Supplier<List<RuleDiagnostic>> findings, ImportLimits limits)
            throws RegisterReadException {
        List<SheetRow> findingRows = register.get(RegisterLayout.Findings.SHEET.name());
        // Validating takes a while: only when the register lists findings to compare with.
        List<RuleDiagnostic> found = findingRows != null && findingRows.size() > 1 ? findings.get() : List.of();
        Path file = null;
        try {
            file = Files.createTempFile("itot-register-check", ".xlsx");
            RegisterExporter.write(model, new RegisterExporter.Options("check", Instant.EPOCH, found), file);
            return WorkbookReader.read(file, Set.copyOf(register.keySet()), limits);
        } catch (IOException e) {
            throw new RegisterReadException("could not write the model's register to compare the computed cells "
                    + "with: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to fail the import
                }
            }
        }
    }

    private static void compare(SheetLayout layout, List<SheetRow> edited, List<SheetRow> written,
            List<ImportProblem> problems) {
        Map<Column, Integer> columns = columns(layout, edited.get(0));
        Map<Column, Integer> writtenColumns = columns(layout, written.get(0));
        Column key = layout.key();
        Integer keyIndex = key == null ? null : columns.get(key);
        if (key != null && keyIndex == null) {
            return; // the importer reports the missing id column
        }
        Map<String, SheetRow> writtenRows = new HashMap<>();
        for (SheetRow row : written.subList(1, written.size())) {
            writtenRows.put(key == null ? Integer.toString(row.number())
                    : text(row.cells().get(writtenColumns.get(key))), row);
        }
        boolean computedSheet = !layout.imported();
        for (SheetRow row : edited.subList(1, edited.size())) {
            String rowKey = key == null ? Integer.toString(row.number()) : text(row.cells().get(keyIndex));
            SheetRow original = writtenRows.get(rowKey);
            for (Map.Entry<Column, Integer> column : columns.entrySet()) {
                if (column.getKey().imported()) {
                    continue;
                }
                String now = text(row.cells().get(column.getValue()));
                String before = original == null ? "" : text(original.cells().get(writtenColumns.get(column.getKey())));
                // A new row (an id the model lacks) may carry computed cells copied from another: only a sheet
                // that is computed as a whole, or a known row, has values to compare with.
                if (original == null && !computedSheet || now.equals(before)) {
                    continue;
                }
                problems.add(new ImportProblem(layout.name(), row.number(),
                        SheetWriter.columnLetters(column.getValue()), column.getKey().header(), "this cell is computed "
                                + "from the model and is not imported, but it was changed from " + shown(before)
                                + " to " + shown(now) + "; undo the edit (change what it is computed from instead), "
                                + "or export a fresh register if the model changed since"));
            }
        }
    }

    /** The layout's columns found in a header row, by header text. */
    private static Map<Column, Integer> columns(SheetLayout layout, SheetRow header) {
        Map<Column, Integer> found = new java.util.IdentityHashMap<>();
        header.cells().forEach((index, cell) -> {
            if (cell.type() == Type.TEXT) {
                layout.column(cell.text()).ifPresent(column -> found.putIfAbsent(column, index));
            }
        });
        return found;
    }

    /** A cell as comparable text: what a user sees, line breaks and neutralisation aside. */
    private static String text(CellValue cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.type()) {
        case TEXT -> Objects.requireNonNullElse(ColumnCodecs.decodeText(cell.text()), "").strip();
        case NUMBER -> ColumnCodecs.numberText(cell.number());
        case FORMULA -> "=" + cell.text().replaceFirst("^=", "");
        default -> cell.text().toUpperCase(Locale.ROOT);
        };
    }

    private static String shown(String text) {
        if (text.isEmpty()) {
            return "(empty)";
        }
        return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
    }
}
