package org.itot.asbuilt.traffic;

/** A line of a traffic file that cannot be read; counted and reported, fatal only under --strict. */
final class BadLine extends Exception {

    private static final long serialVersionUID = 1L;

    BadLine(String reason) {
        super(reason, null, false, false);
    }
}
