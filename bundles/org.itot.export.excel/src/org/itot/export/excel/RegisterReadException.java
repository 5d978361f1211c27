package org.itot.export.excel;

/**
 * A workbook that cannot be read as a register at all: not an .xlsx file, a zip bomb, too large, no
 * Assets sheet. The message names the file and says what to do; no row of it was applied.
 */
public class RegisterReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public RegisterReadException(String message) {
        super(message);
    }

    public RegisterReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
