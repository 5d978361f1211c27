package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.model.ItotPackage;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/RULE-PACKS.md must work as written: a consultant copies them. Every OCL code
 * block of the guide is loaded as a pack (blocks without a package frame get one).
 */
class RulePackDocumentationTest {

    @Test
    void everyExampleInTheGuideLoadsWithoutProblems() throws IOException {
        List<String> examples = oclExamples();
        assertTrue(examples.size() >= 2, "the guide should have OCL examples, found " + examples.size());
        for (String example : examples) {
            String pack = example.contains("package model") ? example : "package model\n" + example + "\nendpackage\n";
            RulePack loaded = RulePackLoader.load("RULE-PACKS.md", pack, ItotPackage.eINSTANCE);
            assertEquals(List.of(), loaded.problems(), () -> "example does not load:\n" + example);
            assertFalse(loaded.rules().isEmpty(), () -> "example has no rule:\n" + example);
        }
    }

    private static List<String> oclExamples() throws IOException {
        List<String> examples = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(guide(), StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    if (block.toString().contains("-- @rule")) {
                        examples.add(block.toString());
                    }
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return examples;
    }

    /** Tests run with the test bundle's folder as working directory; the guide is at the repository root. */
    private static Path guide() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("docs/RULE-PACKS.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/RULE-PACKS.md not found above " + Path.of("").toAbsolutePath());
    }
}
