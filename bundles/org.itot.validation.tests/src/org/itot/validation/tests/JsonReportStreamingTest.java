package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.RuleSetting;
import org.itot.model.resource.JsonText;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.Waivers;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.api.Test;

/**
 * The JSON report is written as it goes ({@link ValidationReport#writeJson(Appendable)}). The old path built the
 * whole document as a tree of maps and lists and wrote it with {@link JsonText}; that tree is rebuilt here as it was,
 * and the streamed report must be the same text, character for character: on synthetic plants, on every template and
 * on a model with every optional part (accepted findings, a waiver that no longer applies, a rule switched off, rule
 * pack problems, quotes, markup and line breaks in the text).
 */
class JsonReportStreamingTest {

    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());

    @Test
    void syntheticPlantsAndTemplatesStreamTheOldText() {
        List<ArchitectureModel> models = new ArrayList<>();
        models.add(SyntheticPlant.generate(300, 1));
        ModelTemplates.list().forEach(template -> models.add(ModelTemplates.create(template.id())));
        for (ArchitectureModel model : models) {
            ValidationReport report = report(model, List.of());
            assertEquals(oldJson(report, FindingSummary.disabledRules(model)), report.toJson(),
                    "report of " + ElementLabels.label(model));
        }
    }

    @Test
    void everyOptionalPartStreamsTheOldText() {
        ArchitectureModel plant = SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS, 3);
        List<RuleDiagnostic> findings = findingsOf(plant);
        assertTrue(findings.size() >= 2, "the plant should have findings to accept");
        plant.getWaivers().add(Waivers.accept(findings.get(0), "Lab uplink <decommissioned> & \"isolated\"\nsee ticket",
                "j.doe", new Date(System.currentTimeMillis() + 86_400_000L)));
        plant.getWaivers().add(Waivers.accept(findings.get(1), "expired\tlong ago", "j.doe", new Date(1_000L)));
        RuleSetting off = ItotFactory.eINSTANCE.createRuleSetting();
        off.setRuleId("MON-01");
        off.setEnabled(false);
        plant.getRuleSettings().add(off);
        ValidationReport report = report(plant, List.of(new RulePackProblem("acme.ocl", 3, 7, "ACME-01",
                "Unrecognized variable: (firmwar)"), new RulePackProblem("other.ocl", 1, 1, null, "no rules")));
        String streamed = report.toJson();
        assertTrue(streamed.contains("\"accepted\": true") && streamed.contains("\"waiverNote\"")
                && streamed.contains("\"MON-01\""), "the report should have every optional part");
        assertEquals(oldJson(report, Set.of("MON-01")), streamed);
    }

    @Test
    void aWriterThatFailsStopsTheReport() {
        ValidationReport report = report(ModelTemplates.create(ModelTemplates.PURDUE), List.of());
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> report.writeJson(broken));
    }

    private List<RuleDiagnostic> findingsOf(ArchitectureModel model) {
        return Findings.findings(validator.validate(model));
    }

    private ValidationReport report(ArchitectureModel model, List<RulePackProblem> problems) {
        Diagnostic result = validator.validate(model);
        return ValidationReport.of("plant \"x\".itot", validator, FindingSummary.disabledRules(model), result, problems,
                "0.1.0");
    }

    /** The JSON report as the old code made it: the whole document as one tree, written by {@link JsonText}. */
    private static String oldJson(ValidationReport report, Set<String> disabledRules) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", ValidationReport.FORMAT_VERSION);
        root.put("model", report.modelFile());
        root.put("tool", "ITOT Architect " + report.toolVersion());
        FindingSummary summary = report.summary();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("errors", summary.errors());
        counts.put("warnings", summary.warnings());
        counts.put("infos", summary.infos());
        counts.put("accepted", summary.accepted());
        counts.put("rules", summary.rulesChecked());
        counts.put("rulesDisabled", summary.rulesDisabled());
        counts.put("rulePackProblems", report.packProblems().size());
        root.put("summary", counts);
        List<Object> findingList = new ArrayList<>();
        for (RuleDiagnostic finding : report.ruleFindings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", finding.findingId());
            entry.put("rule", finding.ruleId());
            entry.put("severity", word(finding.getSeverity()));
            entry.put("ruleSeverity", word(finding.ruleSeverity()));
            entry.put("message", finding.getMessage());
            entry.put("kind", finding.kind().word());
            if (finding.isCompleteness()) {
                entry.put("missingInput", finding.missingInput());
            }
            List<Object> elements = new ArrayList<>();
            for (Object data : finding.getData()) {
                if (data instanceof EObject element) {
                    Map<String, Object> named = new LinkedHashMap<>();
                    named.put("id", ElementLabels.key(element));
                    named.put("label", ElementLabels.label(element));
                    named.put("type", element.eClass().getName());
                    elements.add(named);
                }
            }
            entry.put("elements", elements);
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
        root.put("disabledRules", report.rules().stream().map(RuleDefinition::id).distinct()
                .filter(disabledRules::contains).toList());
        List<Object> problems = new ArrayList<>();
        for (RulePackProblem problem : report.packProblems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", problem.source());
            entry.put("line", problem.line());
            entry.put("column", problem.column());
            if (problem.ruleId() != null) {
                entry.put("rule", problem.ruleId());
            }
            entry.put("message", problem.reason());
            problems.add(entry);
        }
        root.put("rulePackProblems", problems);
        return JsonText.write(root);
    }

    private static String word(int severity) {
        return switch (severity) {
        case Diagnostic.ERROR -> "error";
        case Diagnostic.WARNING -> "warning";
        case Diagnostic.INFO -> "info";
        default -> "ok";
        };
    }
}
