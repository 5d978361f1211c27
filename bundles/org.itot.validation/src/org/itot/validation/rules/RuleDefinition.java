package org.itot.validation.rules;

import java.util.List;

/**
 * What a rule is, as data: the stable ID users filter, waive and cite, and everything the Problems
 * view, the CLI, SARIF and the registers show about it. Read from the metadata comments of a rule
 * pack, never from Java code.
 *
 * @param id stable rule ID, e.g. {@code SEG-01}
 * @param family the ID's prefix, e.g. {@code SEG}
 * @param title one-line statement of the rule
 * @param rationale why the rule exists
 * @param fix how to fix a finding
 * @param standards references into IEC 62443, NIST SP 800-82, CPwE, ...
 * @param attackIds MITRE ATT&CK for ICS mitigations and techniques the rule relates to
 * @param implementationNote where part of a rule is not OCL, why (empty when it is pure OCL)
 * @param source the pack the rule came from (file name or {@code built-in})
 */
public record RuleDefinition(String id, String family, String title, String rationale, String fix,
        List<String> standards, List<String> attackIds, String implementationNote, String source) {

    public RuleDefinition {
        standards = List.copyOf(standards);
        attackIds = List.copyOf(attackIds);
    }

    /**
     * A stable integer for {@code Diagnostic.getCode()}: EMF diagnostics carry an int code, our
     * users know the string ID, so the int is derived from the ID and never stored.
     */
    public int code() {
        return id.hashCode() & 0x7fffffff;
    }
}
