package org.itot.compare;

/** A validation finding present in only one of the two models, keyed by its finding id (rule@element). */
public record FindingChange(String findingId, String ruleId, String severity, String message) {
}
