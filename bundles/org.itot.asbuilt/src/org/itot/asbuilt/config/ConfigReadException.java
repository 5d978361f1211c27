package org.itot.asbuilt.config;

/** A configuration that cannot be read (wrong format, binary, a line that cannot be understood). */
public final class ConfigReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param line 0 for the file as a whole */
    public ConfigReadException(String file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
