package org.itot.validation.rules;

import java.util.Locale;

/**
 * What a rule's finding claims (rule metadata {@code -- @kind}): a violation says the design falls short, a
 * completeness finding says the model lacks an input the rule needs to decide (unknown is not zero). Completeness
 * findings are shown below violations, grouped by the missing input.
 */
public enum FindingKind {
    VIOLATION, COMPLETENESS;

    /** The kind named in a pack ({@code violation} or {@code completeness}), or null for anything else. */
    public static FindingKind parse(String text) {
        for (FindingKind kind : values()) {
            if (kind.word().equals(text == null ? null : text.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
