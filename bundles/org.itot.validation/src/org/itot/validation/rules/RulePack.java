package org.itot.validation.rules;

import java.util.List;

/** The rules compiled from one pack file, and the problems found in it (rules with problems are left out). */
public record RulePack(String source, List<CompiledRule> rules, List<RulePackProblem> problems) {

    public RulePack {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    public List<RuleDefinition> definitions() {
        return rules.stream().map(CompiledRule::definition).distinct().toList();
    }
}
