package org.itot.report;

import java.util.List;

/**
 * One line of a standards mapping: a requirement and how the model evidences it.
 *
 * @param item the requirement's number as the standard writes it, e.g. {@code SR 5.1 RE1}, {@code ZCR 3.2}, {@code R1.3}
 * @param securityLevel the lowest SL-T the item applies at (IEC 62443-3-3), 0 when the standard has no levels
 * @param title the requirement's title
 * @param rules the catalogue rules whose checks evidence it
 * @param modelEvidence the model attributes, views or analyses that answer it
 * @param procedural what to attach as procedural evidence; empty when the model alone answers it
 */
public record Requirement(String item, int securityLevel, String title, List<String> rules, String modelEvidence,
        String procedural) {

    public Requirement {
        rules = List.copyOf(rules);
    }

    /** The system requirement an item belongs to: {@code SR 5.1} for {@code SR 5.1 RE1}. */
    public String baseItem() {
        int enhancement = item.indexOf(" RE");
        return enhancement < 0 ? item : item.substring(0, enhancement);
    }

    public boolean isEnhancement() {
        return item.contains(" RE");
    }

    /** The foundational requirement (1-7) of an IEC 62443-3-3 item, 0 for other standards. */
    public int foundationalRequirement() {
        if (!item.startsWith("SR ")) {
            return 0;
        }
        return item.charAt(3) - '0';
    }

    /** What kind of evidence answers the item. */
    public Basis basis() {
        if (!rules.isEmpty()) {
            return Basis.MODEL;
        }
        if (!procedural.isEmpty()) {
            return Basis.PROCEDURAL;
        }
        return modelEvidence.isEmpty() ? Basis.GAP : Basis.MODEL;
    }

    /** How an item is evidenced. */
    public enum Basis {
        /** Catalogue rules or model attributes show it. */
        MODEL,
        /** Documents outside the model show it: the mapping says which. */
        PROCEDURAL,
        /** Neither: a component capability to verify on the system. */
        GAP
    }
}
