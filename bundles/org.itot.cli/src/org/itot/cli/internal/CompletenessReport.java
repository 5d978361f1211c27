package org.itot.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.resource.JsonText;
import org.itot.validation.engine.Completeness;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.rules.RuleInput;
import org.itot.validation.rules.RuleInputs;

/**
 * {@code itot validate --completeness}: for each rule, what the model lacks for it to decide (the input, where it is
 * missing, on how many elements), read from the same findings {@code itot validate} reports, as text or JSON.
 *
 * @param modelFile the model as reports name it
 * @param rules     the rules that lack something, in catalogue order
 * @param version   the product version
 */
record CompletenessReport(String modelFile, List<Completeness.RuleGaps> rules, String version) {

    /** Rules are open when a gap of theirs is not accepted by a waiver: what decides the exit status. */
    boolean complete() {
        return rules.stream().flatMap(rule -> rule.gaps().stream()).allMatch(gap -> gap.finding().isAccepted());
    }

    String toText() {
        StringBuilder out = new StringBuilder();
        if (rules.isEmpty()) {
            return modelFile + ": complete: every rule has the inputs it needs to decide\n";
        }
        List<String> inputs = new ArrayList<>();
        for (Completeness.RuleGaps rule : rules) {
            out.append(rule.rule().id()).append("  ").append(oneLine(rule.rule().title())).append('\n');
            for (Completeness.Gap gap : rule.gaps()) {
                out.append(String.format(Locale.ROOT, "  %-26s %-40s %4d  %s%s%n", gap.input(), place(gap), gap.count(),
                        gap.reportedBy().equals(rule.rule().id()) ? "" : "(reported by " + gap.reportedBy() + ") ",
                        "[" + gap.finding().findingId() + "]" + (gap.finding().isAccepted() ? " accepted" : "")));
                if (!inputs.contains(gap.input())) {
                    inputs.add(gap.input());
                }
            }
        }
        out.append("\nWhere to enter them:\n");
        for (String input : inputs) {
            out.append("  ").append(input).append(": ")
                    .append(RuleInputs.find(input).map(RuleInput::where).orElse("see the rule's help")).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%s: %d rules cannot decide everything: %d inputs missing at %d places%n",
                modelFile, rules.size(), inputs.size(),
                rules.stream().flatMap(rule -> rule.gaps().stream()).map(gap -> gap.finding()).distinct().count()));
        return out.toString();
    }

    String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", modelFile);
        root.put("tool", "ITOT Architect " + version);
        root.put("complete", rules.isEmpty());
        List<Object> ruleList = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        for (Completeness.RuleGaps rule : rules) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", rule.rule().id());
            entry.put("title", oneLine(rule.rule().title()));
            List<Object> missing = new ArrayList<>();
            for (Completeness.Gap gap : rule.gaps()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("input", gap.input());
                item.put("element", element(gap.element()));
                item.put("zone", gap.zone() == null ? null : element(gap.zone()));
                item.put("count", gap.count());
                item.put("reportedBy", gap.reportedBy());
                item.put("finding", gap.finding().findingId());
                item.put("accepted", gap.finding().isAccepted());
                missing.add(item);
                if (!inputs.contains(gap.input())) {
                    inputs.add(gap.input());
                }
            }
            entry.put("missing", missing);
            ruleList.add(entry);
        }
        root.put("rules", ruleList);
        List<Object> inputList = new ArrayList<>();
        for (String input : inputs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("input", input);
            entry.put("where", RuleInputs.find(input).map(RuleInput::where).orElse(""));
            inputList.add(entry);
        }
        root.put("inputs", inputList);
        return JsonText.write(root);
    }

    private static String place(Completeness.Gap gap) {
        if (gap.zone() == gap.element() || gap.zone() == null) {
            return gap.elementLabel();
        }
        return gap.elementLabel() + " in " + gap.zoneLabel();
    }

    private static Map<String, Object> element(EObject element) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", ElementLabels.key(element));
        entry.put("label", ElementLabels.label(element));
        entry.put("type", element.eClass().getName());
        return entry;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
