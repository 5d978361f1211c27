package org.itot.export.excel.internal;

import org.itot.export.excel.SpreadsheetText;

/** Model text as it goes into a cell: neutralised, and cut to what a cell can hold. */
public final class CellText {

    /** Excel's limit for the text of one cell; POI refuses longer text. */
    public static final int MAX_LENGTH = 32_767;

    private CellText() {
    }

    /**
     * The cell text for a model value. Longer text is cut and says so, so that nobody takes it for
     * the whole value; the importer recognises an unedited cut value and leaves the model alone.
     */
    public static String of(String modelText) {
        String text = SpreadsheetText.neutralise(modelText);
        if (text == null || text.length() <= MAX_LENGTH) {
            return text;
        }
        String marker = " … [cut: " + modelText.length() + " characters in the model]";
        return text.substring(0, MAX_LENGTH - marker.length()) + marker;
    }
}
