package org.itot.validation.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.RuleSetting;
import org.itot.validation.rules.RuleDefinition;

/**
 * The counts of one validation, computed once so every report (text, JSON, JUnit, SARIF, the register's Summary
 * sheet) says the same: open findings by severity, accepted findings apart (an accepted finding is never also an
 * info), the rules that ran and the rules the model switched off.
 *
 * @param errors        open findings of severity error
 * @param warnings      open findings of severity warning
 * @param infos         open findings of severity info (accepted ones excluded)
 * @param accepted      findings a waiver accepts as a risk, whatever their rule's severity
 * @param rulesChecked  rules that ran (disabled ones excluded)
 * @param rulesDisabled rules the model's rule settings switched off
 */
public record FindingSummary(int errors, int warnings, int infos, int accepted, int rulesChecked, int rulesDisabled) {

    /**
     * @param findings the findings of a validation
     * @param rules    every rule the validator had, once per rule ID
     * @param disabled the IDs of the rules the model switched off
     */
    public static FindingSummary of(Collection<RuleDiagnostic> findings, Collection<RuleDefinition> rules,
            Set<String> disabled) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int accepted = 0;
        for (RuleDiagnostic finding : findings) {
            if (finding.isAccepted()) {
                accepted++;
            } else if (finding.getSeverity() == Diagnostic.ERROR) {
                errors++;
            } else if (finding.getSeverity() == Diagnostic.WARNING) {
                warnings++;
            } else if (finding.getSeverity() == Diagnostic.INFO) {
                infos++;
            }
        }
        int off = (int) rules.stream().map(RuleDefinition::id).distinct().filter(disabled::contains).count();
        int all = (int) rules.stream().map(RuleDefinition::id).distinct().count();
        return new FindingSummary(errors, warnings, infos, accepted, all - off, off);
    }

    /** The IDs of the rules a model's own rule settings switch off. */
    public static Set<String> disabledRules(ArchitectureModel model) {
        return model.getRuleSettings().stream().filter(setting -> !setting.isEnabled()).map(RuleSetting::getRuleId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Open findings at or above a severity: what decides a CI gate (accepted findings never count). */
    public static long openAtLeast(List<RuleDiagnostic> findings, int severity) {
        return findings.stream().filter(f -> !f.isAccepted() && f.getSeverity() >= severity).count();
    }

    /** "2 errors, 1 warning, 3 infos (1 accepted); 44 rules checked, 1 disabled" without the model's name. */
    public String line() {
        return errors + " errors, " + warnings + " warnings, " + infos + " infos (" + accepted + " accepted); "
                + rulesChecked + " rules checked" + (rulesDisabled > 0 ? ", " + rulesDisabled + " disabled" : "");
    }
}
