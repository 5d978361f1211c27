package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleInput;
import org.itot.validation.rules.RuleInputs;
import org.junit.jupiter.api.Test;

/** docs/RULE-INPUTS.md shows the catalogue's input table as it is: each rule's required inputs and where to enter them. */
class RuleInputsDocumentationTest {

    private static final String BEGIN = "<!-- BEGIN generated from rules/inputs -->";
    private static final String END = "<!-- END generated from rules/inputs -->";

    @Test
    void theDocumentedTablesAreTheInputTable() throws IOException {
        String doc = Files.readString(document(), StandardCharsets.UTF_8);
        String documented = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END)).strip();
        assertEquals(expected(), documented, "docs/RULE-INPUTS.md is out of date; paste the expected tables between "
                + "its BEGIN and END lines");
    }

    /** One row per rule in catalogue order, then one row per input. */
    private static String expected() {
        List<String> lines = new ArrayList<>(List.of("| Rule | Required inputs |", "|---|---|"));
        Catalogue.builtIn().stream().flatMap(pack -> pack.definitions().stream()).forEach(rule -> {
            List<String> needed = RuleInputs.of(rule.id()).stream().map(RuleInput::name).toList();
            lines.add("| " + rule.id() + " | " + (needed.isEmpty() ? "\u2014" : String.join(", ", needed)) + " |");
        });
        lines.addAll(List.of("", "| Input | Where to enter it | Rules that need it |", "|---|---|---|"));
        for (RuleInput input : RuleInputs.builtIn()) {
            lines.add("| " + input.name() + " | " + input.where() + " | " + String.join(", ", input.ruleIds()) + " |");
        }
        return String.join("\n", lines);
    }

    /** Tests run with the test bundle's folder as working directory; the document is at the repository root. */
    private static Path document() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("docs/RULE-INPUTS.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/RULE-INPUTS.md not found above " + Path.of("").toAbsolutePath());
    }
}
