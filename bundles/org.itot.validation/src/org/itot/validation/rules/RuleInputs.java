package org.itot.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The inputs the built-in rules need to decide, as data ({@code rules/inputs} in this bundle): one line per input,
 * {@code NAME | where to enter it | RULE-ID, RULE-ID, ...}. The Help pages, {@code itot validate --completeness}, the
 * Rules view and the register's Completeness sheet all read this one table.
 */
public final class RuleInputs {

    private static final String RESOURCE = "/rules/inputs";
    private static volatile List<RuleInput> builtIn;

    private RuleInputs() {
    }

    /** The built-in table, in file order. */
    public static List<RuleInput> builtIn() {
        List<RuleInput> inputs = builtIn;
        if (inputs == null) {
            inputs = parse(Catalogue.resource(RESOURCE));
            builtIn = inputs;
        }
        return inputs;
    }

    /** The input of this name, or empty (a user pack may name inputs of its own). */
    public static Optional<RuleInput> find(String name) {
        return builtIn().stream().filter(input -> input.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The inputs a rule needs, in table order (empty for a rule the table does not list). */
    public static List<RuleInput> of(String ruleId) {
        return builtIn().stream().filter(input -> input.ruleIds().contains(ruleId)).toList();
    }

    /**
     * Reads the table; a line that is not {@code NAME | WHERE | RULES} is a defect of the product.
     *
     * @throws IllegalArgumentException naming the line
     */
    public static List<RuleInput> parse(String text) {
        List<RuleInput> inputs = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|");
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException("rules/inputs line " + (i + 1)
                        + ": expected 'NAME | where to enter it | RULE-ID, ...', found '" + line + "'");
            }
            List<String> rules = Arrays.stream(fields[2].split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .toList();
            inputs.add(new RuleInput(fields[0].strip(), fields[1].strip(), rules));
        }
        return List.copyOf(inputs);
    }
}
