package org.itot.validation.rules;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/** The rules compiled from one pack file, and the problems found in it (rules with problems are left out). */
public record RulePack(String source, List<CompiledRule> rules, List<RulePackProblem> problems) {

    /** The {@link Diagnostic#getSource() source} of {@link #diagnostic()}. */
    public static final String DIAGNOSTIC_SOURCE = "org.itot.validation.rules";

    public RulePack {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    public List<RuleDefinition> definitions() {
        return rules.stream().map(CompiledRule::definition).distinct().toList();
    }

    /**
     * How the pack loaded, as one EMF diagnostic for callers that decide on it (the command line's exit status):
     * {@link Diagnostic#ERROR} with a child per problem when any part of the pack was refused or it has no rules
     * at all (the loader reports that as a problem too), {@link Diagnostic#OK} when every rule in it runs. A pack
     * that lost a rule never passes for a good one.
     */
    public Diagnostic diagnostic() {
        if (problems.isEmpty()) {
            return new BasicDiagnostic(Diagnostic.OK, DIAGNOSTIC_SOURCE, 0,
                    "Rule pack " + source + ": " + rules.size() + " invariants", new Object[] { source });
        }
        BasicDiagnostic result = new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0, "Rule pack " + source
                + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; the rules they concern do not run", new Object[] { source });
        for (RulePackProblem problem : problems) {
            result.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0, problem.toString(),
                    new Object[] { problem }));
        }
        return result;
    }
}
