package org.itot.validation.rules;

import java.util.List;

/**
 * A kind of model input rules need to decide, e.g. {@code SL-T}: where a user enters it and which rules read it.
 * Completeness findings name the input they miss ({@code -- @missing SL-T}).
 *
 * @param name    the input's name, as {@code @missing} writes it
 * @param where   where to enter it (desktop and register)
 * @param ruleIds the rules that cannot decide without it, in catalogue order
 */
public record RuleInput(String name, String where, List<String> ruleIds) {

    public RuleInput {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The input's name as a finding id suffix: lower case, words joined by '-' (e.g. {@code accountable-organisation}). */
    public static String slug(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
