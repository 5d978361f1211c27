package org.itot.cli;

/** The command could not do its work (a file that cannot be read or written); the exit status is 1. */
public class CommandFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public CommandFailedException(String message) {
        super(message);
    }
}
