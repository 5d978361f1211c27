package org.itot.export.excel.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itot.export.excel.RegisterExporter;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.ModelElement;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/** Shared steps of the register tests: a model in a resource, an export, an edit of a written workbook. */
final class Registers {

    static final Instant EXPORTED_ON = Instant.parse("2026-11-20T09:30:00Z");

    private Registers() {
    }

    /** The Purdue template saved and loaded again, so it has a resource set and an editing domain. */
    static ArchitectureModel purdue(Path folder) throws IOException {
        return inResource(ModelTemplates.create(ModelTemplates.PURDUE), folder.resolve("purdue.itot"));
    }

    static ArchitectureModel inResource(ArchitectureModel model, Path file) throws IOException {
        ModelFiles.save(model, file);
        try {
            return ModelFiles.load(file);
        } catch (org.itot.model.resource.ModelLoadException e) {
            throw new IOException(e);
        }
    }

    /** The Purdue template with the built-in ATT&CK for ICS v18.1 imported as the model's own data. */
    static ArchitectureModel purdueWithAttack(Path folder) throws Exception {
        ArchitectureModel model = purdue(folder);
        org.itot.attack.AttackImport.prepare(model, org.itot.attack.BundledAttack.dataset()).execute();
        return model;
    }

    static Path export(ArchitectureModel model, Path file) throws IOException {
        List<RuleDiagnostic> findings = ModelFindings.findings(model, ModelFindings.Configuration.builtInOnly());
        RegisterExporter.write(model, new RegisterExporter.Options("0.1.0.test", EXPORTED_ON, findings), file);
        return file;
    }

    /** Opens a workbook with POI's object model, lets the test change it, and writes it as a new file. */
    static Path edit(Path workbook, Path edited, Consumer<XSSFWorkbook> change) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            change.accept(book);
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }
        return edited;
    }

    static XSSFWorkbook open(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The row whose first cell is the id. */
    static Row row(Sheet sheet, String id) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 0 && first != null && id.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " on sheet " + sheet.getSheetName());
    }

    /**
     * A fresh cell in place of the one in the column, as Excel and LibreOffice write an edited cell. POI
     * would otherwise keep the streamed cell's inline string and add the new text beside it, where Excel
     * (and POI itself, and the importer) read the old one.
     */
    static Cell replaceCell(XSSFWorkbook book, SheetLayout layout, String id, Column column) {
        Row row = row(book.getSheet(layout.name()), id);
        int index = layout.index(column);
        if (row.getCell(index) != null) {
            row.removeCell(row.getCell(index));
        }
        return row.createCell(index);
    }

    /** The cell as written. */
    static Cell cell(XSSFWorkbook book, SheetLayout layout, String id, Column column) {
        Cell cell = row(book.getSheet(layout.name()), id).getCell(layout.index(column));
        if (cell == null) {
            throw new AssertionError("no cell " + column + " in the row of " + id);
        }
        return cell;
    }

    static <T extends ModelElement> T find(ArchitectureModel model, String id, Class<T> type) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && id.equals(element.getId())) {
                return type.cast(element);
            }
        }
        throw new AssertionError("no element " + id);
    }
}
