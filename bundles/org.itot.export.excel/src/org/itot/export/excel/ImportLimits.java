package org.itot.export.excel;

import org.itot.model.resource.ModelSizeEstimate;

/**
 * What the importer is prepared to read, so that a hostile workbook fails fast with a clear message
 * instead of exhausting memory or time.
 *
 * @param maxFileBytes the largest .xlsx file opened at all
 * @param maxEntryBytes the largest part of the workbook (a sheet's XML) once inflated
 * @param minInflateRatio the smallest compressed-to-inflated ratio of a part; lower is a zip bomb
 * @param maxRows the most rows read from one sheet, header included
 * @param maxModelBytes the largest model file the import may lead to: what the model loader opens
 */
public record ImportLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxRows,
        long maxModelBytes) {

    /**
     * 100 MB file, 512 MB per inflated part, 1:100 inflation, 250,000 rows per sheet, and the model
     * loader's limit ({@link org.itot.model.resource.ModelFiles#maxBytes()}: what this JVM's heap loads and
     * validates, one eighth of it, or {@code -Ditot.maxModelBytes}), taken when this class is first used.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(100L * 1024 * 1024, 512L * 1024 * 1024, 0.01,
            250_000, ModelSizeEstimate.maxModelBytes());

    public ImportLimits {
        if (maxFileBytes <= 0 || maxEntryBytes <= 0 || minInflateRatio < 0 || maxRows < 2 || maxModelBytes <= 0) {
            throw new IllegalArgumentException("import limits must be positive and allow a header and a row");
        }
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxFileBytes, maxEntryBytes, minInflateRatio, rows, maxModelBytes);
    }

    public ImportLimits withMaxModelBytes(long bytes) {
        return new ImportLimits(maxFileBytes, maxEntryBytes, minInflateRatio, maxRows, bytes);
    }
}
