package org.itot.help.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itot.help.KnownRules;
import org.itot.help.RuleEntry;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RuleInput;
import org.itot.validation.rules.RuleInputs;

/**
 * Every help page by id: Getting Started (written by hand, {@code help/getting-started.txt}), the rule index and one
 * page per rule, generated from the rule's metadata in its pack so the help never disagrees with the rule.
 */
public final class HelpPages {

    public static final String START = "start";
    public static final String RULES = "rules";
    /** The inputs each rule needs to decide, from the catalogue's input table ({@code rules/inputs}). */
    public static final String INPUTS = "inputs";
    /** Team work through Git: Compare With and the Merge Conflicts view ({@code help/git.txt}). */
    public static final String GIT = "git";
    private static final String RULE_PREFIX = "rule:";

    private HelpPages() {
    }

    public static String ruleId(String ruleId) {
        return RULE_PREFIX + ruleId;
    }

    /** The page with this id; an unknown id gives a page that says so and links to the index. */
    public static HelpPage page(String id) {
        if (START.equals(id)) {
            return HelpMarkup.parse(START, resource("/help/getting-started.txt"));
        }
        if (GIT.equals(id)) {
            return HelpMarkup.parse(GIT, resource("/help/git.txt"));
        }
        if (RULES.equals(id)) {
            return HelpMarkup.parse(RULES, index(KnownRules.builtIn()));
        }
        if (INPUTS.equals(id)) {
            return HelpMarkup.parse(INPUTS, inputs(KnownRules.builtIn(), RuleInputs.builtIn()));
        }
        if (id != null && id.startsWith(RULE_PREFIX)) {
            String ruleId = id.substring(RULE_PREFIX.length());
            Optional<RuleEntry> rule = KnownRules.find(ruleId);
            if (rule.isPresent()) {
                return HelpMarkup.parse(id, rulePage(rule.get()));
            }
            return HelpMarkup.parse(id, "# Unknown rule " + ruleId + "\n\nNo rule pack of this installation defines "
                    + ruleId + ". Rules of your own packs are described in the pack file itself.\n\n"
                    + "[All rules](rules) \u00b7 [Getting Started](start)");
        }
        return HelpMarkup.parse(String.valueOf(id), "# Page not found\n\n[Getting Started](start) \u00b7 [All rules](rules)");
    }

    static String index(List<RuleEntry> rules) {
        StringBuilder text = new StringBuilder("# Rule reference\n\n");
        text.append(rules.size()).append(" rules. Each finding in the Problems view names its rule; "
                + "select it and choose Rule Help, or open a rule here.\n");
        Map<String, List<RuleEntry>> byFamily = new LinkedHashMap<>();
        rules.forEach(rule -> byFamily.computeIfAbsent(rule.definition().family(), f -> new java.util.ArrayList<>())
                .add(rule));
        byFamily.forEach((family, members) -> {
            text.append("\n## ").append(family).append(": ").append(KnownRules.familyName(family)).append('\n');
            members.forEach(rule -> text.append("- [").append(rule.id()).append("](").append(ruleId(rule.id()))
                    .append(") ").append(oneLine(rule.definition().title())).append('\n'));
        });
        text.append("\n[Required inputs of each rule](inputs) \u00b7 [Getting Started](start)\n");
        return text.toString();
    }

    /**
     * Each rule's required inputs, then each input with where to enter it: what a rule needs to decide. A missing
     * input gives a completeness finding ("not assessed", below the violations), never a shortfall.
     */
    static String inputs(List<RuleEntry> rules, List<RuleInput> inputs) {
        StringBuilder text = new StringBuilder("# Required inputs of each rule\n\n");
        text.append("Unknown is not zero: when the model lacks an input a rule needs, the rule does not claim a "
                + "shortfall but reports a completeness finding (\"not assessed\": which input, where to enter it), "
                + "once per zone and input, listed below the violations. The Rules view's Completeness section, "
                + "`itot validate MODEL --completeness` and the register's Completeness sheet list what each rule "
                + "still lacks in a model.\n");
        text.append("\n## Rules and the inputs they need\n");
        for (RuleEntry rule : rules) {
            List<String> needed = inputs.stream().filter(input -> input.ruleIds().contains(rule.id()))
                    .map(RuleInput::name).toList();
            if (!needed.isEmpty()) {
                text.append("- [").append(rule.id()).append("](").append(ruleId(rule.id())).append("): ")
                        .append(String.join(", ", needed)).append('\n');
            }
        }
        text.append("\nThe other rules read only what drawing the model records (zones, conduits, assets, flows).\n");
        for (RuleInput input : inputs) {
            text.append("\n## ").append(input.name()).append('\n');
            text.append("Enter it in: ").append(oneLine(input.where())).append('\n');
            text.append("\nNeeded by: ").append(String.join(", ", input.ruleIds().stream()
                    .map(id -> "[" + id + "](" + ruleId(id) + ")").toList())).append('\n');
        }
        text.append("\n[All rules](rules) \u00b7 [Getting Started](start)\n");
        return text.toString();
    }

    static String rulePage(RuleEntry rule) {
        RuleDefinition definition = rule.definition();
        StringBuilder text = new StringBuilder();
        text.append("# ").append(definition.id()).append(": ").append(oneLine(definition.title())).append("\n\n");
        text.append("Severity: ").append(rule.severityText()).append(" \u00b7 Family: ").append(definition.family())
                .append(" (").append(KnownRules.familyName(definition.family())).append(") \u00b7 Pack: ")
                .append(definition.source()).append('\n');
        section(text, "What it checks", definition.title());
        section(text, "Why", definition.rationale());
        section(text, "How to fix", definition.fix());
        if (!definition.standards().isEmpty()) {
            text.append("\n## References\n");
            definition.standards().forEach(standard -> text.append("- ").append(oneLine(standard)).append('\n'));
        }
        if (!definition.attackIds().isEmpty()) {
            text.append("\n## MITRE ATT&CK for ICS\n");
            text.append(String.join(", ", definition.attackIds())).append('\n');
        }
        section(text, "How it is computed", definition.implementationNote());
        List<RuleInput> needed = RuleInputs.of(definition.id());
        if (!needed.isEmpty()) {
            text.append("\n## Required inputs\n");
            needed.forEach(input -> text.append("- ").append(input.name()).append(": ")
                    .append(oneLine(input.where())).append('\n'));
            text.append("Without them the rule reports \"not assessed\" instead of deciding; see [Required inputs of "
                    + "each rule](inputs).\n");
        }
        text.append("\n## Working with this rule\n");
        text.append("- Switch it off for one model in the Rules view (the model file keeps the setting; undo with Ctrl+Z).\n");
        text.append("- Accept a single finding as a risk with a waiver keyed by its finding id `")
                .append(definition.id()).append("@<element id>`.\n");
        text.append("\n[All rules](rules) \u00b7 [Getting Started](start)\n");
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, String body) {
        if (body != null && !body.isBlank()) {
            text.append("\n## ").append(heading).append('\n').append(oneLine(body)).append('\n');
        }
    }

    /** Rule metadata may wrap over comment lines; markup line starts (#, -) inside it must stay text. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String resource(String path) {
        try (InputStream in = HelpPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing help resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
