package org.itot.validation.tests;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;

/** Reading validation results and the catalogue in rule tests: finding ids, one finding, rule metadata. */
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

    static Set<String> ids(Diagnostic result) {
        return findings(result).stream().map(RuleDiagnostic::findingId).collect(Collectors.toSet());
    }

    /** The single finding with this id; fails when there is none or more than one. */
    static RuleDiagnostic only(Diagnostic result, String findingId) {
        List<RuleDiagnostic> matching = findings(result).stream().filter(f -> f.findingId().equals(findingId)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one finding " + findingId + " but found " + matching.size() + " in "
                    + ids(result));
        }
        return matching.get(0);
    }

    /** Invariant name -> severity of one built-in pack: the E/W/I split the catalogue specifies. */
    static Map<String, Severity> severities(String packFile) {
        return TestModels.builtInPacks(packFile).get(0).rules().stream()
                .collect(Collectors.toMap(CompiledRule::invariantName, CompiledRule::severity));
    }

    /** The definition of a built-in rule; fails when no pack defines it. */
    static RuleDefinition definition(String ruleId) {
        return Catalogue.builtIn().stream().flatMap(pack -> pack.definitions().stream())
                .filter(rule -> rule.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in rule " + ruleId));
    }
}
