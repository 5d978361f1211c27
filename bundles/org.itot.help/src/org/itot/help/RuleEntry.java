package org.itot.help;

import java.util.List;

import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;

/**
 * A rule as the Rule view and the help pages show it: its definition and the severities its invariants report with
 * (a rule may have an error case and a milder warning case).
 */
public record RuleEntry(RuleDefinition definition, List<Severity> severities) {

    public RuleEntry {
        severities = List.copyOf(severities);
    }

    public String id() {
        return definition.id();
    }

    /** "error", or "error / warning" for a rule with several cases. */
    public String severityText() {
        return String.join(" / ", severities.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
