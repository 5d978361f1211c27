package org.itot.attack;

import java.nio.file.Path;

/**
 * A STIX bundle that cannot be imported. The message names the file, where in it (line and column or
 * STIX object), what is wrong and what to do; nothing has been changed in any model.
 */
public final class AttackImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public AttackImportException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public AttackImportException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
