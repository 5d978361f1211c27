package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * The Purdue template is the reference a new user starts from (issue 16): it stays free of errors, and
 * the sub-checks added for issue 16 (SEG-03's same-protocol warning, SEG-09's own uplinks, BND-08 and
 * SL-03 "not assessed") find nothing on it, so no rule is noisier there than before them.
 */
class PurdueTemplateFindingsTest {

    @Test
    void templateHasNoErrorAndTheIssue16SubChecksFindNothing() {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        List<RuleDiagnostic> findings = Findings.findings(new ModelValidator(Catalogue.builtIn()).validate(purdue));
        assertEquals(List.of(), findings.stream().filter(f -> f.getSeverity() == Diagnostic.ERROR).toList());
        assertEquals(Map.of(), findingsOf(findings, List.of("SEG-03", "SEG-09", "BND-06", "BND-08", "SL-03"), false));
    }

    /*
     * The synthetic plants follow the same CPwE patterns (replicas and relays the plant pulls from, firewalls on the
     * WAN), so they gain no SEG-03 or SEG-09 finding and no "not assessed" one; their BND-08 warning about a cell
     * firewall's recorded SL-C is older than issue 16 and stays.
     */
    @Test
    void syntheticPlantGetsNothingFromTheIssue16SubChecks() {
        ArchitectureModel plant = SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS * 3, 16);
        List<RuleDiagnostic> findings = Findings.findings(new ModelValidator(Catalogue.builtIn()).validate(plant));
        assertEquals(Map.of(), findingsOf(findings, List.of("SEG-03", "SEG-09"), false));
        assertEquals(Map.of(), findingsOf(findings, List.of("BND-06", "BND-08", "SL-03"), true));
    }

    private static Map<String, List<String>> findingsOf(List<RuleDiagnostic> findings, List<String> rules,
            boolean infoOnly) {
        Map<String, List<String>> changedRules = new TreeMap<>();
        for (RuleDiagnostic finding : findings) {
            if (rules.contains(finding.ruleId()) && (!infoOnly || finding.getSeverity() == Diagnostic.INFO)) {
                changedRules.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding.getMessage());
            }
        }
        return changedRules;
    }
}
