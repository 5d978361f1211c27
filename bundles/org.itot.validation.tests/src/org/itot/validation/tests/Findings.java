package org.itot.validation.tests;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.validation.engine.RuleDiagnostic;

/** Reading a validation result in tests: its findings, their ids, the finding of one rule. */
final class Findings {

    private Findings() {
    }

    static List<RuleDiagnostic> findings(Diagnostic result) {
        return result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    static Set<String> findingIds(List<RuleDiagnostic> findings) {
        return findings.stream().map(RuleDiagnostic::findingId).collect(Collectors.toSet());
    }

    static RuleDiagnostic find(List<RuleDiagnostic> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " in " + findingIds(findings)));
    }
}
