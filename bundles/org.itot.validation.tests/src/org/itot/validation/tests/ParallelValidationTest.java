package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.Deadline;
import org.junit.jupiter.api.Test;

/**
 * A whole-model run spread over threads gives the findings of one thread: the same ids, rules, severities, messages
 * and elements, in the same order, on synthetic plants and on every template, with more threads than blocks and
 * with blocks shared unequally.
 */
class ParallelValidationTest {

    @Test
    void syntheticPlantsGetTheFindingsOfOneThreadInTheSameOrder() {
        for (long seed = 1; seed <= 3; seed++) {
            ArchitectureModel plant = SyntheticPlant.generate(600, seed);
            List<String> alone = signatures(validator(1).validate(plant));
            assertTrue(alone.size() > 500, "the plant should give findings to compare, not " + alone.size());
            for (int threads : new int[] { 2, 3, 8 }) {
                assertEquals(alone, signatures(validator(threads).validate(plant)),
                        "plant of seed " + seed + " on " + threads + " threads");
            }
        }
    }

    @Test
    void everyTemplateGetsTheFindingsOfOneThread() {
        for (var template : ModelTemplates.list()) {
            ArchitectureModel model = ModelTemplates.create(template.id());
            assertEquals(signatures(validator(1).validate(model)), signatures(validator(4).validate(model)),
                    "template " + template.id());
        }
    }

    @Test
    void aValidatorGivesTheSameFindingsRunAfterRun() {
        ArchitectureModel plant = SyntheticPlant.generate(300, 7);
        ModelValidator parallel = validator(2);
        List<String> first = signatures(parallel.validate(plant));
        assertEquals(first, signatures(parallel.validate(plant)), "second run with the rule copies of the first");
        assertEquals(signatures(validator(1).validate(plant)), first);
    }

    @Test
    void aCancelStopsEveryThread() {
        ArchitectureModel plant = SyntheticPlant.generate(600, 2);
        AtomicInteger asked = new AtomicInteger();
        NullProgressMonitor cancelledSoon = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return asked.incrementAndGet() > 1_000;
            }
        };
        assertThrows(OperationCanceledException.class, () -> validator(4).validate(plant, cancelledSoon));
    }

    private static ModelValidator validator(int threads) {
        return new ModelValidator(Catalogue.builtIn(), Map.of(), Deadline.configured(), threads);
    }

    /** Everything a report shows of a finding, in the order the run gave them. */
    static List<String> signatures(Diagnostic result) {
        List<String> signatures = new ArrayList<>();
        for (Diagnostic child : result.getChildren()) {
            RuleDiagnostic finding = (RuleDiagnostic) child;
            StringBuilder line = new StringBuilder().append(finding.findingId()).append(' ').append(finding.ruleId())
                    .append(' ').append(finding.getSeverity()).append(' ').append(finding.getMessage());
            for (Object data : finding.getData()) {
                line.append(" | ").append(data instanceof EObject element ? ElementLabels.key(element) : data);
            }
            signatures.add(line.toString());
        }
        return signatures;
    }
}
