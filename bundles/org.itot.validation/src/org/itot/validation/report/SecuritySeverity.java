package org.itot.validation.report;

import java.util.Locale;
import java.util.Set;

import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;

/**
 * The SARIF {@code security-severity} of a rule (a number from 0.0 to 10.0, as a string), which code-scanning services
 * grade as low (below 4.0), medium (4.0 to 6.9), high (7.0 to 8.9) or critical (9.0 and more). The rule's severity
 * sets the band: error 7.0, warning 4.0, info 1.0. Its impact adds up to 2.0 within it: 1.0 when the rule guards a
 * boundary between zones or access from outside (families SEG, BND and EXT: a finding there opens a way into the
 * control system) and 1.0 when the rule names MITRE ATT&CK for ICS techniques or mitigations (a known attack uses the
 * weakness). So an error on the iDMZ boundary tied to ATT&CK is 9.0 (critical) and an info on operations is 1.0.
 */
public final class SecuritySeverity {

    /** The families whose findings open a path across zone boundaries or from outside the plant. */
    static final Set<String> BOUNDARY_FAMILIES = Set.of("SEG", "BND", "EXT");

    private SecuritySeverity() {
    }

    public static String of(RuleDefinition rule, Severity severity) {
        double base = switch (severity) {
        case ERROR -> 7.0;
        case WARNING -> 4.0;
        case INFO -> 1.0;
        };
        double impact = (BOUNDARY_FAMILIES.contains(rule.family()) ? 1.0 : 0.0) + (rule.attackIds().isEmpty() ? 0.0 : 1.0);
        return String.format(Locale.ROOT, "%.1f", base + impact);
    }
}
