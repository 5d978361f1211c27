package org.itot.validation.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RuleInput;
import org.itot.validation.rules.RuleInputs;

/**
 * What a model lacks for its rules to decide, read from its completeness findings (never evaluated separately, so it
 * always agrees with the findings): per rule, each missing input with where it is missing and on how many elements.
 * A rule lacks an input when one of its own completeness findings names it, or when the catalogue's input table
 * ({@link RuleInputs}) lists the rule among the readers of an input that another rule reports missing (SL-03 cannot
 * judge a zone whose SL-T SL-01 reports missing).
 */
public final class Completeness {

    /**
     * One missing input at one place.
     *
     * @param input     the input's name, e.g. {@code SL-T}
     * @param where     where to enter it (from the input table; empty for an input only a user pack names)
     * @param element   the element the finding is on (a zone for the built-in rules, or a conduit, flow or device)
     * @param zone      the zone it belongs to ({@code element} itself for a zone; null when it has none)
     * @param count     on how many elements the reporting rule cannot decide
     * @param reportedBy the rule whose finding says so
     * @param finding   that finding
     */
    public record Gap(String input, String where, EObject element, Zone zone, int count, String reportedBy,
            RuleDiagnostic finding) {

        public String elementLabel() {
            return ElementLabels.label(element);
        }

        public String zoneLabel() {
            return zone == null ? "" : ElementLabels.label(zone);
        }
    }

    /** A rule and what it lacks to decide. */
    public record RuleGaps(RuleDefinition rule, List<Gap> gaps) {

        public RuleGaps {
            gaps = List.copyOf(gaps);
        }

        /** The elements it cannot decide on, summed over its gaps. */
        public int count() {
            return gaps.stream().mapToInt(Gap::count).sum();
        }
    }

    private Completeness() {
    }

    /** Every missing input the findings report, in finding order (accepted ones included: the input is still missing). */
    public static List<Gap> gaps(List<RuleDiagnostic> findings) {
        List<Gap> gaps = new ArrayList<>();
        for (RuleDiagnostic finding : findings) {
            if (finding.isCompleteness()) {
                String where = RuleInputs.find(finding.missingInput()).map(RuleInput::where).orElse("");
                gaps.add(new Gap(finding.missingInput(), where, finding.element(), zoneOf(finding.element()),
                        finding.undecidedCount(), finding.ruleId(), finding));
            }
        }
        return gaps;
    }

    /**
     * For each rule that cannot decide everything, what it lacks; rules in the order given (the catalogue's), rules
     * that lack nothing left out.
     */
    public static List<RuleGaps> byRule(List<RuleDefinition> rules, List<RuleDiagnostic> findings) {
        List<Gap> gaps = gaps(findings);
        Map<String, RuleDefinition> distinct = new LinkedHashMap<>();
        rules.forEach(rule -> distinct.putIfAbsent(rule.id(), rule));
        List<RuleGaps> result = new ArrayList<>();
        for (RuleDefinition rule : distinct.values()) {
            List<String> reads = RuleInputs.of(rule.id()).stream().map(RuleInput::name).toList();
            List<Gap> lacking = gaps.stream()
                    .filter(gap -> gap.reportedBy().equals(rule.id()) || reads.stream().anyMatch(gap.input()::equalsIgnoreCase))
                    .toList();
            if (!lacking.isEmpty()) {
                result.add(new RuleGaps(rule, lacking));
            }
        }
        return result;
    }

    /** The zone an element belongs to: a zone itself, an asset's zone, a conduit's first zone, a flow's source zone. */
    static Zone zoneOf(EObject element) {
        if (element instanceof Zone zone) {
            return zone;
        }
        if (element instanceof Asset asset) {
            return asset.getZone();
        }
        if (element instanceof Conduit conduit) {
            return conduit.getZones().isEmpty() ? null : conduit.getZones().get(0);
        }
        if (element instanceof Flow flow) {
            return flow.getSourceZone();
        }
        return null;
    }
}
