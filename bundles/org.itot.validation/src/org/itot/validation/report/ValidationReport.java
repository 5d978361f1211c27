package org.itot.validation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.resource.JsonText;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePackProblem;

/**
 * One validation run rendered for people and machines: plain text for the terminal, JSON, SARIF
 * 2.1.0 for code-scanning tools, and JUnit XML (one test case per rule) for CI dashboards. Every
 * format renders the same diagnostics; none evaluates anything itself.
 *
 * @param modelFile the model as it should appear in reports (a path or file name)
 * @param rules every rule that ran, in catalogue order
 * @param findings the validator's result
 * @param packProblems problems in rule packs (their broken rules did not run)
 * @param toolVersion the product version
 */
public record ValidationReport(String modelFile, List<RuleDefinition> rules, Diagnostic findings,
        List<RulePackProblem> packProblems, String toolVersion) {

    public List<RuleDiagnostic> ruleFindings() {
        return findings.getChildren().stream().filter(RuleDiagnostic.class::isInstance).map(RuleDiagnostic.class::cast)
                .toList();
    }

    /** Findings at or above the severity, accepted ones excluded: what decides the exit status. */
    public long countAtLeast(int severity) {
        return ruleFindings().stream().filter(f -> !f.isAccepted() && f.getSeverity() >= severity).count();
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        for (RulePackProblem problem : packProblems) {
            out.append(problem).append('\n');
        }
        int accepted = 0;
        String group = ModelFindings.VIOLATIONS;
        for (RuleDiagnostic finding : ModelFindings.presentationOrder(ruleFindings())) {
            // Missing inputs come after every violation, under one heading per missing input.
            if (!ModelFindings.group(finding).equals(group)) {
                group = ModelFindings.group(finding);
                out.append("-- ").append(group).append(" (completeness: the rules below cannot decide until it is entered)\n");
            }
            out.append(modelFile).append(": ").append(levelWord(finding)).append(' ').append(finding.ruleId())
                    .append(' ').append(finding.getMessage()).append("  [").append(finding.findingId()).append(']');
            if (finding.isAccepted()) {
                accepted++;
                out.append("  accepted: ").append(finding.waiver().getRationale());
            } else if (finding.waiverNote() != null) {
                out.append("  (waiver no longer applies: ").append(finding.waiverNote()).append(')');
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%s: %d errors, %d warnings, %d infos (%d accepted); %d rules checked%n",
                modelFile, count(Diagnostic.ERROR), count(Diagnostic.WARNING), count(Diagnostic.INFO) - accepted,
                accepted, rules.size()));
        return out.toString();
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", modelFile);
        root.put("tool", "ITOT Architect " + toolVersion);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", count(Diagnostic.ERROR));
        summary.put("warnings", count(Diagnostic.WARNING));
        summary.put("infos", count(Diagnostic.INFO));
        summary.put("accepted", ruleFindings().stream().filter(RuleDiagnostic::isAccepted).count());
        summary.put("rules", rules.size());
        root.put("summary", summary);
        List<Object> findingList = new ArrayList<>();
        for (RuleDiagnostic finding : ruleFindings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", finding.findingId());
            entry.put("rule", finding.ruleId());
            entry.put("severity", severityWord(finding.getSeverity()));
            entry.put("ruleSeverity", severityWord(finding.ruleSeverity()));
            entry.put("message", finding.getMessage());
            entry.put("kind", finding.kind().word());
            if (finding.isCompleteness()) {
                entry.put("missingInput", finding.missingInput());
            }
            entry.put("elements", elements(finding));
            entry.put("accepted", finding.isAccepted());
            if (finding.isAccepted()) {
                entry.put("waiver", finding.waiver().getRationale());
            }
            if (finding.waiverNote() != null) {
                entry.put("waiverNote", finding.waiverNote());
            }
            findingList.add(entry);
        }
        root.put("findings", findingList);
        root.put("rulePackProblems", packProblems.stream().map(RulePackProblem::toString).toList());
        return JsonText.write(root);
    }

    /** SARIF 2.1.0: rules with their help text as the driver's rule metadata, findings as results. */
    public String toSarif() {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Object> sarifRules = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            if (ruleIndex.containsKey(rule.id())) {
                continue;
            }
            ruleIndex.put(rule.id(), sarifRules.size());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("shortDescription", Map.of("text", rule.title()));
            if (!rule.rationale().isBlank()) {
                entry.put("fullDescription", Map.of("text", rule.rationale()));
            }
            entry.put("help", Map.of("text", helpText(rule)));
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> tags = new ArrayList<>();
            tags.add(rule.family());
            tags.addAll(rule.attackIds());
            properties.put("tags", tags);
            properties.put("standards", rule.standards());
            properties.put("source", rule.source());
            entry.put("properties", properties);
            sarifRules.add(entry);
        }
        List<Object> results = new ArrayList<>();
        for (RuleDiagnostic finding : ruleFindings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", finding.ruleId());
            if (ruleIndex.containsKey(finding.ruleId())) {
                result.put("ruleIndex", ruleIndex.get(finding.ruleId()));
            }
            result.put("level", sarifLevel(finding.ruleSeverity()));
            result.put("message", Map.of("text", finding.getMessage()));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", Map.of("artifactLocation", Map.of("uri", modelFile)));
            List<Object> logical = new ArrayList<>();
            for (EObject element : dataElements(finding)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", ElementLabels.label(element));
                entry.put("fullyQualifiedName", ElementLabels.key(element));
                entry.put("kind", element.eClass().getName());
                logical.add(entry);
            }
            location.put("logicalLocations", logical);
            result.put("locations", List.of(location));
            result.put("partialFingerprints", Map.of("itotFindingId/v1", finding.findingId()));
            if (finding.isAccepted()) {
                result.put("suppressions", List.of(Map.of("kind", "external", "status", "accepted", "justification",
                        String.valueOf(finding.waiver().getRationale()))));
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ITOT Architect");
        driver.put("version", toolVersion);
        driver.put("rules", sarifRules);
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", true);
        List<Object> notifications = new ArrayList<>();
        for (RulePackProblem problem : packProblems) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("level", "error");
            note.put("message", Map.of("text", problem.toString()));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", problem.line());
            region.put("startColumn", problem.column());
            note.put("locations", List.of(Map.of("physicalLocation",
                    Map.of("artifactLocation", Map.of("uri", problem.source()), "region", region))));
            notifications.add(note);
        }
        invocation.put("toolConfigurationNotifications", notifications);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        run.put("artifacts", List.of(Map.of("location", Map.of("uri", modelFile))));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonText.write(root);
    }

    /**
     * JUnit XML with one test case per rule: Jenkins and GitHub show rules as tests, a rule with
     * findings at or above the fail level as a failure listing them.
     */
    public String toJUnit(int failSeverity) {
        Map<String, List<RuleDiagnostic>> byRule = new LinkedHashMap<>();
        rules.forEach(rule -> byRule.putIfAbsent(rule.id(), new ArrayList<>()));
        for (RuleDiagnostic finding : ruleFindings()) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
        rules.forEach(rule -> definitions.putIfAbsent(rule.id(), rule));
        StringBuilder cases = new StringBuilder();
        int failures = 0;
        for (Map.Entry<String, List<RuleDiagnostic>> entry : byRule.entrySet()) {
            RuleDefinition rule = definitions.get(entry.getKey());
            String title = rule == null ? entry.getKey() : entry.getKey() + " " + rule.title();
            cases.append("    <testcase classname=\"").append(xml(family(entry.getKey()))).append("\" name=\"")
                    .append(xml(title)).append("\">\n");
            List<RuleDiagnostic> failing = entry.getValue().stream()
                    .filter(f -> !f.isAccepted() && f.getSeverity() >= failSeverity).toList();
            if (!failing.isEmpty()) {
                failures++;
                cases.append("      <failure type=\"").append(xml(entry.getKey())).append("\" message=\"")
                        .append(failing.size()).append(" finding(s)\">");
                for (RuleDiagnostic finding : failing) {
                    cases.append(xml(severityWord(finding.getSeverity()) + " " + finding.findingId() + ": "
                            + finding.getMessage())).append('\n');
                }
                cases.append("</failure>\n");
            }
            List<RuleDiagnostic> other = entry.getValue().stream().filter(f -> !failing.contains(f)).toList();
            if (!other.isEmpty()) {
                cases.append("      <system-out>");
                for (RuleDiagnostic finding : other) {
                    cases.append(xml((finding.isAccepted() ? "accepted " : severityWord(finding.getSeverity()) + " ")
                            + finding.findingId() + ": " + finding.getMessage())).append('\n');
                }
                cases.append("</system-out>\n");
            }
            cases.append("    </testcase>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"itot validate "
                + xml(modelFile) + "\" tests=\"" + byRule.size() + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\">\n" + cases + "  </testsuite>\n</testsuites>\n";
    }

    private long count(int severity) {
        return ruleFindings().stream().filter(f -> f.getSeverity() == severity).count();
    }

    private static List<EObject> dataElements(RuleDiagnostic finding) {
        return finding.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
    }

    private static List<Object> elements(RuleDiagnostic finding) {
        List<Object> elements = new ArrayList<>();
        for (EObject element : dataElements(finding)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", ElementLabels.key(element));
            entry.put("label", ElementLabels.label(element));
            entry.put("type", element.eClass().getName());
            elements.add(entry);
        }
        return elements;
    }

    private static String helpText(RuleDefinition rule) {
        StringBuilder help = new StringBuilder(rule.title());
        if (!rule.fix().isBlank()) {
            help.append("\nHow to fix: ").append(rule.fix());
        }
        if (!rule.standards().isEmpty()) {
            help.append("\nReferences: ").append(String.join("; ", rule.standards()));
        }
        if (!rule.attackIds().isEmpty()) {
            help.append("\nMITRE ATT&CK for ICS: ").append(String.join(", ", rule.attackIds()));
        }
        return help.toString();
    }

    private static String family(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash > 0 ? ruleId.substring(0, dash) : ruleId;
    }

    private static String levelWord(RuleDiagnostic finding) {
        return finding.isAccepted() ? "accepted" : severityWord(finding.getSeverity());
    }

    static String severityWord(int severity) {
        return switch (severity) {
        case Diagnostic.ERROR -> "error";
        case Diagnostic.WARNING -> "warning";
        case Diagnostic.INFO -> "info";
        default -> "ok";
        };
    }

    private static String sarifLevel(int severity) {
        return switch (severity) {
        case Diagnostic.ERROR -> "error";
        case Diagnostic.WARNING -> "warning";
        default -> "note";
        };
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            default -> {
                // Characters XML 1.0 cannot carry at all are dropped rather than breaking the report.
                if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                    out.append(c);
                }
            }
            }
        }
        return out.toString();
    }
}
