package org.itot.merge.git;

/** A model could not be read from, or staged in, the Git repository around its file; the message says why. */
public final class GitModelException extends Exception {

    private static final long serialVersionUID = 1L;

    public GitModelException(String message) {
        super(message);
    }
}
