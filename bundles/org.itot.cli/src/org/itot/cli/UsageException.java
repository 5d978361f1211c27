package org.itot.cli;

/** Bad input or usage: the message says what is wrong in one line; the exit status is 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
