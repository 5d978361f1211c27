package org.itot.attack.coverage;

/**
 * Whether one mitigation is in place in one zone, and what in the model shows it.
 *
 * @param status IN_PLACE, PARTIAL, NOT_IN_PLACE or NOT_APPLICABLE (nothing in the zone it could apply to)
 * @param detail e.g. "3 of 4 conduits enforced (C-07 is not)"
 */
public record Evidence(Status status, String detail) {

    /** How far a mitigation is shown in place. */
    public enum Status {
        IN_PLACE("in place"), PARTIAL("partly in place"), NOT_IN_PLACE("not in place"), NOT_APPLICABLE("not applicable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** In place when all of {@code total} pass, partial when some do, n/a when there is nothing to check. */
    static Evidence count(int passing, int total, String what, String failing) {
        if (total == 0) {
            return new Evidence(Status.NOT_APPLICABLE, "no " + what);
        }
        Status status = passing == total ? Status.IN_PLACE : passing == 0 ? Status.NOT_IN_PLACE : Status.PARTIAL;
        String detail = passing + " of " + total + " " + what;
        if (status != Status.IN_PLACE && failing != null && !failing.isEmpty()) {
            detail += " (not: " + failing + ")";
        }
        return new Evidence(status, detail);
    }
}
