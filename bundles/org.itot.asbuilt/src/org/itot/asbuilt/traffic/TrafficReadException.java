package org.itot.asbuilt.traffic;

/** A traffic file that cannot be read as a whole (wrong format, binary, unreadable line under --strict). */
public final class TrafficReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /** @param line the line the problem is on, 0 for the file as a whole */
    public TrafficReadException(String file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
