package org.itot.analysis.paths;

/**
 * A {@code --from} or {@code --to} that names nothing in the model; the message says what was given
 * and how to list valid names.
 */
public final class UnknownElementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownElementException(String message) {
        super(message);
    }
}
