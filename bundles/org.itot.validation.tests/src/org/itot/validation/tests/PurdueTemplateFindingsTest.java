package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.template.ModelTemplates;
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
        Map<String, List<String>> changedRules = new TreeMap<>();
        for (RuleDiagnostic finding : findings) {
            if (List.of("SEG-03", "SEG-09", "BND-08", "SL-03").contains(finding.ruleId())) {
                changedRules.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding.getMessage());
            }
        }
        assertEquals(Map.of(), changedRules);
    }
}
