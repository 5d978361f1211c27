package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.testing.Fuzz;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the rule engine over random plants and random edit sequences: no
 * exception escapes, live validation equals full validation after every batch of edits, and save
 * then load gives the same model with the same findings.
 */
class RuleEngineFuzzTest {

    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());

    @TempDir
    Path folder;

    @Test
    void randomEditSequencesKeepLiveEqualToFullAndSaveLoadIdentity() {
        long[] edits = new long[1];
        Fuzz.run("rule engine, random edit sequences", 8, 10, random -> {
            ArchitectureModel model = LiveValidationTest.plant(random);
            Path file = folder.resolve("plant.itot");
            ModelFiles.save(model, file);
            LiveValidation live = new LiveValidation(validator, model);
            try {
                int steps = 10 + random.nextInt(50);
                for (int step = 0; step < steps; step++) {
                    String edit = LiveValidationTest.randomEdit(model, random);
                    edits[0]++;
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    assertEquals(signatures(validator.validate(model)), signatures(live.update()),
                            "live differs from full after step " + step + ": " + edit);
                    if (random.nextInt(8) == 0) {
                        assertSaveLoadKeepsModelAndFindings(model, file);
                    }
                }
                assertSaveLoadKeepsModelAndFindings(model, file);
            } finally {
                live.dispose();
            }
        });
        System.out.printf("fuzz rule engine: %d edits%n", edits[0]);
    }

    private void assertSaveLoadKeepsModelAndFindings(ArchitectureModel model, Path file) throws Exception {
        ModelFiles.save(model, file);
        ArchitectureModel loaded = ModelFiles.load(file);
        assertTrue(EcoreUtil.equals(model, loaded), "save then load changed the model");
        List<String> before = findings(validator.validate(model));
        List<String> after = findings(validator.validate(loaded));
        assertEquals(before, after, () -> "the loaded model has other findings: only before "
                + before.stream().filter(f -> !after.contains(f)).toList() + ", only after "
                + after.stream().filter(f -> !before.contains(f)).toList());
    }

    private static List<String> signatures(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).signature()).toList();
    }

    /** What a finding says, without the element objects (which differ between a model and its loaded copy). */
    private static List<String> findings(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(RuleDiagnostic.class::cast)
                .map(d -> d.findingId() + "|" + d.getSeverity() + "|" + d.getMessage()).toList();
    }
}
