package org.itot.validation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.resource.JsonText;
import org.itot.model.resource.JsonWriter;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePackProblem;
import org.itot.validation.rules.Severity;

/**
 * One validation run rendered for people and machines: plain text for the terminal, JSON, SARIF
 * 2.1.0 for code-scanning tools, and JUnit XML (one test case per rule) for CI dashboards. Every
 * format renders the same diagnostics and the same {@link FindingSummary}, computed once here;
 * none evaluates anything itself.
 */
public final class ValidationReport {

    /** The version of the JSON report's shape ({@code docs/schemas/validate.schema.json}); a breaking change raises it. */
    public static final String FORMAT_VERSION = "1.0";

    /** Where the SARIF 2.1.0 schema is published (OASIS), named in every SARIF report's {@code $schema}. */
    public static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The base id relative artifact URIs are resolved against: the folder {@code itot validate} ran in. */
    public static final String SOURCE_ROOT = "SRCROOT";

    private final String modelFile;
    private final List<RuleDefinition> rules;
    private final Map<String, Severity> ruleSeverities;
    private final Set<String> disabledRules;
    private final Diagnostic findings;
    private final List<RulePackProblem> packProblems;
    private final String toolVersion;
    private final List<RuleDiagnostic> ruleFindings;
    private final FindingSummary summary;

    /**
     * @param modelFile the model as it should appear in reports (a path or file name)
     * @param rules every rule that ran, in catalogue order
     * @param findings the validator's result
     * @param packProblems problems in rule packs (their broken rules did not run)
     * @param toolVersion the product version
     */
    public ValidationReport(String modelFile, List<RuleDefinition> rules, Diagnostic findings,
            List<RulePackProblem> packProblems, String toolVersion) {
        this(modelFile, rules, Map.of(), Set.of(), findings, packProblems, toolVersion);
    }

    /**
     * @param ruleSeverities the severity of each rule by ID (for SARIF's security-severity); a rule missing here
     *        counts as a warning
     * @param disabledRules the IDs of the rules the model switched off: skipped, not passed
     */
    public ValidationReport(String modelFile, List<RuleDefinition> rules, Map<String, Severity> ruleSeverities,
            Set<String> disabledRules, Diagnostic findings, List<RulePackProblem> packProblems, String toolVersion) {
        this.modelFile = modelFile;
        this.rules = List.copyOf(rules);
        this.ruleSeverities = Map.copyOf(ruleSeverities);
        this.disabledRules = Set.copyOf(disabledRules);
        this.findings = findings;
        this.packProblems = List.copyOf(packProblems);
        this.toolVersion = toolVersion;
        this.ruleFindings = ModelFindings.findings(findings);
        this.summary = FindingSummary.of(ruleFindings, this.rules, this.disabledRules);
    }

    /** A report of a validator's run: its rules, each rule's severity (the strictest of its invariants). */
    public static ValidationReport of(String modelFile, ModelValidator validator, Set<String> disabledRules,
            Diagnostic findings, List<RulePackProblem> packProblems, String toolVersion) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (CompiledRule rule : validator.rules()) {
            severities.merge(rule.definition().id(), rule.severity(),
                    (a, b) -> a.toDiagnostic() >= b.toDiagnostic() ? a : b);
        }
        List<RuleDefinition> definitions = validator.rules().stream().map(CompiledRule::definition).distinct().toList();
        return new ValidationReport(modelFile, definitions, severities, disabledRules, findings, packProblems,
                toolVersion);
    }

    public String modelFile() {
        return modelFile;
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public Diagnostic findings() {
        return findings;
    }

    public List<RulePackProblem> packProblems() {
        return packProblems;
    }

    public String toolVersion() {
        return toolVersion;
    }

    public List<RuleDiagnostic> ruleFindings() {
        return ruleFindings;
    }

    /** The counts every format shows. */
    public FindingSummary summary() {
        return summary;
    }

    /** Findings at or above the severity, accepted ones excluded: what decides the exit status. */
    public long countAtLeast(int severity) {
        return FindingSummary.openAtLeast(ruleFindings, severity);
    }

    /** The last line of the text report: the model and the summary. */
    public String summaryLine() {
        return modelFile + ": " + summary.line();
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        for (RulePackProblem problem : packProblems) {
            out.append(problem).append('\n');
        }
        String group = ModelFindings.VIOLATIONS;
        for (RuleDiagnostic finding : ModelFindings.presentationOrder(ruleFindings)) {
            // Missing inputs come after every violation, under one heading per missing input.
            if (!ModelFindings.group(finding).equals(group)) {
                group = ModelFindings.group(finding);
                out.append("-- ").append(group).append(" (completeness: the rules below cannot decide until it is entered)\n");
            }
            out.append(modelFile).append(": ").append(levelWord(finding)).append(' ').append(finding.ruleId())
                    .append(' ').append(finding.getMessage()).append("  [").append(finding.findingId()).append(']');
            if (finding.isAccepted()) {
                out.append("  accepted: ").append(finding.waiver().getRationale());
            } else if (finding.waiverNote() != null) {
                out.append("  (waiver no longer applies: ").append(finding.waiverNote()).append(')');
            }
            out.append('\n');
        }
        out.append(summaryLine()).append('\n');
        return out.toString();
    }

    public String toJson() {
        StringBuilder json = new StringBuilder();
        writeJson(json);
        return json.toString();
    }

    /**
     * Writes the JSON report ({@code docs/schemas/validate.schema.json}) as it goes: one finding at a time, so a
     * report of tens of thousands of findings is never a whole tree or string in memory. The text is the same as
     * {@link #toJson()}'s.
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public void writeJson(Appendable out) {
        JsonWriter json = new JsonWriter(out).beginObject();
        json.member("formatVersion", FORMAT_VERSION);
        json.member("model", modelFile);
        json.member("tool", "ITOT Architect " + toolVersion);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("errors", summary.errors());
        counts.put("warnings", summary.warnings());
        counts.put("infos", summary.infos());
        counts.put("accepted", summary.accepted());
        counts.put("rules", summary.rulesChecked());
        counts.put("rulesDisabled", summary.rulesDisabled());
        counts.put("rulePackProblems", packProblems.size());
        json.member("summary", counts);
        json.name("findings").beginArray();
        for (RuleDiagnostic finding : ruleFindings) {
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
            if (finding.evidence() != null) {
                entry.put("evidence", finding.evidence().fields());
            }
            json.value(entry);
        }
        json.endArray();
        json.member("disabledRules", rules.stream().map(RuleDefinition::id).distinct().filter(disabledRules::contains)
                .toList());
        json.name("rulePackProblems").beginArray();
        for (RulePackProblem problem : packProblems) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", problem.source());
            entry.put("line", problem.line());
            entry.put("column", problem.column());
            if (problem.ruleId() != null) {
                entry.put("rule", problem.ruleId());
            }
            entry.put("message", problem.reason());
            json.value(entry);
        }
        json.endArray();
        json.endObject();
        try {
            out.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SARIF without regions, the model named by its path as a relative URI. */
    public String toSarif() {
        return toSarif(SarifArtifacts.relative(), ElementPositions.NONE);
    }

    /**
     * SARIF 2.1.0: rules with their help text, security-severity and tags as the driver's rule metadata, findings as
     * results located by line and column in the model file (related elements as related locations), rule pack
     * problems as tool execution notifications that make the run unsuccessful.
     *
     * @param artifacts how files are named: relative URIs against {@link #SOURCE_ROOT} or absolute {@code file:} URIs
     * @param positions where each element starts in the model file
     */
    public String toSarif(SarifArtifacts artifacts, ElementPositions positions) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Object> sarifRules = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            if (ruleIndex.containsKey(rule.id())) {
                continue;
            }
            ruleIndex.put(rule.id(), sarifRules.size());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("name", rule.id().replace("-", ""));
            entry.put("shortDescription", Map.of("text", rule.title()));
            if (!rule.rationale().isBlank()) {
                entry.put("fullDescription", Map.of("text", rule.rationale()));
            }
            String helpUri = artifacts.helpUri(rule);
            if (helpUri != null) {
                entry.put("helpUri", helpUri);
            }
            entry.put("help", ordered("text", helpText(rule, false), "markdown", helpText(rule, true)));
            Severity severity = ruleSeverities.getOrDefault(rule.id(), Severity.WARNING);
            entry.put("defaultConfiguration", ordered("level", sarifLevel(severity.toDiagnostic()),
                    "enabled", !disabledRules.contains(rule.id())));
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> tags = new ArrayList<>();
            tags.add("security");
            tags.add(rule.family());
            tags.addAll(rule.attackIds());
            properties.put("tags", tags);
            properties.put("security-severity", SecuritySeverity.of(rule, severity));
            properties.put("standards", rule.standards());
            properties.put("source", rule.source());
            entry.put("properties", properties);
            sarifRules.add(entry);
        }
        Map<String, Object> modelArtifact = artifacts.location(modelFile);
        List<Object> results = new ArrayList<>();
        for (RuleDiagnostic finding : ruleFindings) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", finding.ruleId());
            if (ruleIndex.containsKey(finding.ruleId())) {
                result.put("ruleIndex", ruleIndex.get(finding.ruleId()));
            }
            result.put("level", sarifLevel(finding.ruleSeverity()));
            result.put("message", Map.of("text", finding.getMessage()));
            List<EObject> elements = dataElements(finding);
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", physicalLocation(modelArtifact, positions,
                    elements.isEmpty() ? null : elements.get(0)));
            List<Object> logical = new ArrayList<>();
            for (EObject element : elements) {
                logical.add(logicalLocation(element));
            }
            location.put("logicalLocations", logical);
            result.put("locations", List.of(location));
            List<Object> related = new ArrayList<>();
            for (EObject element : elements.subList(Math.min(1, elements.size()), elements.size())) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", related.size() + 1);
                entry.put("physicalLocation", physicalLocation(modelArtifact, positions, element));
                entry.put("logicalLocations", List.of(logicalLocation(element)));
                entry.put("message", Map.of("text", ElementLabels.label(element)));
                related.add(entry);
            }
            if (!related.isEmpty()) {
                result.put("relatedLocations", related);
            }
            result.put("partialFingerprints", Map.of("itotFindingId/v1", finding.findingId()));
            if (finding.isAccepted()) {
                Map<String, Object> suppression = ordered("kind", "external", "status", "accepted");
                suppression.put("justification", String.valueOf(finding.waiver().getRationale()));
                result.put("suppressions", List.of(suppression));
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ITOT Architect");
        driver.put("version", toolVersion);
        driver.put("rules", sarifRules);
        Map<String, Object> invocation = new LinkedHashMap<>();
        // A pack whose rules did not compile means the run did not check what it was asked to.
        invocation.put("executionSuccessful", packProblems.isEmpty());
        List<Object> notifications = new ArrayList<>();
        for (RulePackProblem problem : packProblems) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("level", "error");
            note.put("message", Map.of("text", problem.toString()));
            note.put("descriptor", Map.of("id", "ITOT-RULE-PACK"));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", problem.line());
            region.put("startColumn", problem.column());
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifacts.location(problem.source()));
            physical.put("region", region);
            note.put("locations", List.of(Map.of("physicalLocation", physical)));
            notifications.add(note);
        }
        if (!notifications.isEmpty()) {
            invocation.put("toolExecutionNotifications", notifications);
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        Map<String, Object> baseIds = artifacts.originalUriBaseIds();
        if (!baseIds.isEmpty()) {
            run.put("originalUriBaseIds", baseIds);
        }
        run.put("artifacts", List.of(Map.of("location", modelArtifact)));
        run.put("results", results);
        Map<String, Object> summaryProperties = new LinkedHashMap<>();
        summaryProperties.put("errors", summary.errors());
        summaryProperties.put("warnings", summary.warnings());
        summaryProperties.put("infos", summary.infos());
        summaryProperties.put("accepted", summary.accepted());
        summaryProperties.put("rulesChecked", summary.rulesChecked());
        summaryProperties.put("rulesDisabled", summary.rulesDisabled());
        run.put("properties", Map.of("summary", summaryProperties));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonText.write(root);
    }

    private static Map<String, Object> logicalLocation(EObject element) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", ElementLabels.label(element));
        entry.put("fullyQualifiedName", ElementLabels.key(element));
        entry.put("kind", element.eClass().getName());
        return entry;
    }

    private static Map<String, Object> physicalLocation(Map<String, Object> artifact, ElementPositions positions,
            EObject element) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        if (element != null) {
            positions.of(element).ifPresent(position -> {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", position.line());
                region.put("startColumn", position.column());
                physical.put("region", region);
            });
        }
        return physical;
    }

    /**
     * JUnit XML with one test case per rule: Jenkins and GitHub show rules as tests, a rule with
     * findings at or above the fail level as a failure listing them, a rule the model switched off as
     * skipped, and each problem of a rule pack as an error naming the pack file, line and column (its
     * rules did not run, so the suite must not look green).
     */
    public String toJUnit(int failSeverity) {
        Map<String, List<RuleDiagnostic>> byRule = new LinkedHashMap<>();
        rules.forEach(rule -> byRule.putIfAbsent(rule.id(), new ArrayList<>()));
        for (RuleDiagnostic finding : ruleFindings) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
        rules.forEach(rule -> definitions.putIfAbsent(rule.id(), rule));
        StringBuilder cases = new StringBuilder();
        int failures = 0;
        int skipped = 0;
        for (Map.Entry<String, List<RuleDiagnostic>> entry : byRule.entrySet()) {
            RuleDefinition rule = definitions.get(entry.getKey());
            String title = rule == null ? entry.getKey() : entry.getKey() + " " + rule.title();
            cases.append("    <testcase classname=\"").append(xml(family(entry.getKey()))).append("\" name=\"")
                    .append(xml(title)).append("\">\n");
            if (disabledRules.contains(entry.getKey())) {
                skipped++;
                cases.append("      <skipped message=\"switched off in the model's rule settings\"/>\n");
            }
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
        for (RulePackProblem problem : packProblems) {
            String where = problem.source() + ":" + problem.line() + ":" + problem.column();
            cases.append("    <testcase classname=\"rule packs\" name=\"").append(xml(where)).append("\" file=\"")
                    .append(xml(problem.source())).append("\" line=\"").append(problem.line()).append("\">\n")
                    .append("      <error type=\"rule pack problem\" message=\"").append(xml(problem.toString()))
                    .append("\">").append(xml(problem.toString())).append("</error>\n    </testcase>\n");
        }
        int tests = byRule.size() + packProblems.size();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + packProblems.size() + "\" skipped=\"" + skipped + "\">\n  <testsuite name=\"itot validate "
                + xml(modelFile) + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + packProblems.size() + "\" skipped=\"" + skipped + "\">\n" + cases + "  </testsuite>\n</testsuites>\n";
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

    /** The rule's help page as plain text or as Markdown (which code-scanning services show beside an alert). */
    private static String helpText(RuleDefinition rule, boolean markdown) {
        String separator = markdown ? "\n\n" : "\n";
        StringBuilder help = new StringBuilder(markdown ? "**" + rule.title() + "**" : rule.title());
        if (markdown && !rule.rationale().isBlank()) {
            help.append(separator).append(rule.rationale());
        }
        List<String[]> parts = List.of(new String[] { "How to fix", rule.fix() },
                new String[] { "References", String.join("; ", rule.standards()) },
                new String[] { "MITRE ATT&CK for ICS", String.join(", ", rule.attackIds()) });
        for (String[] part : parts) {
            if (!part[1].isBlank()) {
                help.append(separator).append(markdown ? "**" + part[0] + ":** " : part[0] + ": ").append(part[1]);
            }
        }
        return help.toString();
    }

    /** Two keys in this order: reports are compared as text, so their keys keep one order. */
    private static Map<String, Object> ordered(String firstKey, Object first, String secondKey, Object second) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(firstKey, first);
        map.put(secondKey, second);
        return map;
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
