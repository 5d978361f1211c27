package org.itot.merge;

/** The three models cannot be merged as given (not revisions of one model, duplicated ids); nothing was merged. */
public class MergeInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public MergeInputException(String message) {
        super(message);
    }
}
