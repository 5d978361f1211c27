package org.itot.export.excel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.itot.export.excel.internal.WorkbookReader.CellValue;
import org.itot.export.excel.internal.WorkbookReader.SheetRow;
import org.itot.export.excel.internal.WorkbookReader.Type;
import org.itot.model.ArchitectureModel;

/**
 * Which model a register was written from, as its Summary sheet states it: the model's name, id and file name.
 * Models made from one template share their ids, so all three must match for an import to go ahead unasked.
 *
 * @param row the Summary row of the model id (where a mismatch is reported), or 0
 */
record ModelStamp(String name, String id, String file, int row) {

    static final String NAME_LABEL = "Model";
    static final String ID_LABEL = "Model id";
    static final String FILE_LABEL = "Model file";

    static ModelStamp of(ArchitectureModel model) {
        Resource resource = model.eResource();
        String file = resource == null || resource.getURI() == null ? null : resource.getURI().lastSegment();
        return new ModelStamp(blankIsNull(model.getName()), blankIsNull(model.getId()), blankIsNull(file), 0);
    }

    /** The stamp on a Summary sheet; null when it has no model id row (not a register's summary). */
    static ModelStamp read(List<SheetRow> summary) {
        String name = null;
        String id = null;
        String file = null;
        int idRow = 0;
        for (SheetRow row : summary) {
            CellValue label = row.cells().get(0);
            CellValue value = row.cells().get(1);
            if (label == null || label.type() != Type.TEXT) {
                continue;
            }
            String text = value == null || value.type() != Type.TEXT ? null : ColumnCodecs.decodeText(value.text());
            switch (label.text().strip()) {
            case NAME_LABEL -> name = blankIsNull(text);
            case ID_LABEL -> {
                id = blankIsNull(text);
                idRow = row.number();
            }
            case FILE_LABEL -> file = blankIsNull(text);
            default -> {
                // counts, dates and the findings table
            }
            }
        }
        return idRow == 0 ? null : new ModelStamp(name, id, file, idRow);
    }

    /** Same name and id; the file name too when both know it (registers before this stamp did not say). */
    boolean matches(ModelStamp other) {
        return Objects.equals(name, other.name) && Objects.equals(id, other.id)
                && (file == null || other.file == null || file.toLowerCase(Locale.ROOT)
                        .equals(other.file.toLowerCase(Locale.ROOT)));
    }

    /** "model 'Plant A' (id MODEL, file plant-a.itot)". */
    String describe() {
        return "model '" + (name == null ? "(no name)" : name) + "' (id " + (id == null ? "(none)" : id)
                + (file == null ? "" : ", file " + file) + ")";
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
