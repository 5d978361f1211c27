package org.itot.export.excel;

/**
 * Text written into a spreadsheet cell that came from a model. Model text is untrusted: a name
 * such as {@code =HYPERLINK(...)} or {@code @SUM(...)} would run as a formula when a register is
 * opened (CSV/formula injection, OWASP). Such text is prefixed with an apostrophe, which
 * spreadsheet programs read as "this is text".
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return needsPrefix(text.charAt(0)) ? "'" + text : text;
    }

    /** Reverses {@link #neutralise(String)} when a register is read back. */
    public static String restore(String cellText) {
        if (cellText != null && cellText.length() > 1 && cellText.charAt(0) == '\''
                && needsPrefix(cellText.charAt(1))) {
            return cellText.substring(1);
        }
        return cellText;
    }

    /**
     * Formula triggers, and the apostrophe itself: text that already starts with one is escaped too,
     * so that {@link #restore(String)} gives back exactly what the model said.
     */
    private static boolean needsPrefix(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
    }
}
