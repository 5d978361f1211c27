package org.itot.validation.rules;

/**
 * A problem in a rule pack, located so a consultant can find it: the pack file, the 1-based line
 * and column, the rule it breaks (if known) and the OCL parser's or our own reason.
 */
public record RulePackProblem(String source, int line, int column, String ruleId, String reason) {

    @Override
    public String toString() {
        String where = source + ":" + line + ":" + column;
        return ruleId == null ? where + ": " + reason : where + ": rule " + ruleId + ": " + reason;
    }
}
