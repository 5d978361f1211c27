package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.RuleSetting;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reports as CI services read them: SARIF that validates against the OASIS schema and points at lines, JSON that
 * keeps its published schema, JUnit that is honest about broken rule packs and disabled rules, and one summary in
 * every format.
 */
class ReportFormatsTest {

    /** One syntax error: the expression ends after '<>'. The second rule of the pack is good. */
    static final String BROKEN_PACK = """
            package model
            -- @rule ACME-09
            -- @severity error
            -- @title Zones are named.
            context Zone
            inv ACME_09: name <> and true

            -- @rule ACME-11
            -- @severity warning
            -- @title Zones have an owner organisation.
            context Zone
            inv ACME_11: true
            endpackage
            """;

    @TempDir
    Path folder;

    @Test
    void theSarifOfThePurdueTemplateValidatesAndEveryResultPointsAtItsElementsLine() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        CliRun run = itot("validate", model.toString(), "--format", "sarif");
        assertEquals(Cli.EXIT_OK, run.status(), run.err());

        JsonNode sarif = ReportContracts.assertValidSarif(run.out());
        assertEquals("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
                sarif.get("$schema").asText());
        List<String> lines = Files.readAllLines(model);
        JsonNode runNode = sarif.get("runs").get(0);
        JsonNode results = runNode.get("results");
        assertTrue(results.size() > 0, "the template has warnings and infos");
        int related = 0;
        for (JsonNode result : results) {
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertEquals(model.toUri().toString(), physical.get("artifactLocation").get("uri").asText(),
                    "an absolute path is a file: URI");
            String id = result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText();
            assertRegionHolds(lines, physical, id, result);
            for (JsonNode relatedLocation : result.path("relatedLocations")) {
                String relatedId = relatedLocation.get("logicalLocations").get(0).get("fullyQualifiedName").asText();
                assertRegionHolds(lines, relatedLocation.get("physicalLocation"), relatedId, result);
                related++;
            }
        }
        assertTrue(related > 0, "some findings of the template have related elements: " + run.out());
        for (JsonNode rule : runNode.get("tool").get("driver").get("rules")) {
            String severity = rule.get("properties").get("security-severity").asText();
            double value = Double.parseDouble(severity);
            assertTrue(value > 0 && value <= 10, rule.get("id") + ": " + severity);
            assertTrue(rule.get("properties").get("tags").toString().contains("\"security\""), rule.toString());
        }
        assertTrue(runNode.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }

    @Test
    void securitySeverityFollowsTheRulesSeverityAndImpact() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        JsonNode rules = ReportContracts.parse(itot("validate", model.toString(), "--format", "sarif").out())
                .get("runs").get(0).get("tool").get("driver").get("rules");
        // SEG-01 is an error on the IT/OT boundary tied to ATT&CK: critical; SL-03 (no boundary family) is lower.
        assertEquals("9.0", rule(rules, "SEG-01").get("properties").get("security-severity").asText());
        assertTrue(Double.parseDouble(rule(rules, "SL-03").get("properties").get("security-severity").asText()) < 9.0);
        JsonNode help = rule(rules, "SEG-01").get("help");
        assertTrue(help.get("markdown").asText().contains("**How to fix:** "), help.toString());
        assertTrue(help.get("text").asText().contains("\nHow to fix: "), help.toString());
    }

    @Test
    void aRelativeModelPathIsARelativeUriAgainstTheWorkingFolderAndFingerprintsAreStable() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path relative = Path.of("").toAbsolutePath().relativize(model);
        String first = itot("validate", relative.toString(), "--format", "sarif").out();
        JsonNode run = ReportContracts.assertValidSarif(first).get("runs").get(0);
        JsonNode artifact = run.get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation");
        if (!relative.startsWith("..")) {
            assertEquals("SRCROOT", artifact.get("uriBaseId").asText());
            assertEquals(relative.toString().replace('\\', '/'), artifact.get("uri").asText());
            assertEquals(Path.of("").toAbsolutePath().toUri().toString(),
                    run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText());
        } else {
            assertTrue(artifact.get("uri").asText().startsWith("file:/"), artifact.toString());
        }
        String second = itot("validate", model.toString(), "--format", "sarif").out();
        assertEquals(fingerprints(first), fingerprints(second));
    }

    @Test
    void aBrokenPackIsBadInputWithOneMessageAndAnErrorInTheJUnitReport() throws Exception {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path pack = Files.writeString(folder.resolve("broken.ocl"), BROKEN_PACK);
        Path junit = folder.resolve("report.xml");

        CliRun run = itot("validate", model.toString(), "--rules", pack.toString(), "--format", "junit", "-o",
                junit.toString());

        assertEquals(Cli.EXIT_USAGE, run.status(), run.out() + run.err());
        List<String> messages = run.errLines().stream().filter(line -> line.contains("broken.ocl:")).toList();
        assertEquals(1, messages.size(), "one message for one error:\n" + run.err());
        assertTrue(messages.get(0).contains("broken.ocl:6:"), messages.get(0));
        Element error = onlyError(junit);
        assertTrue(error.getAttribute("message").contains("broken.ocl:6:"), error.getAttribute("message"));
        assertEquals("6", ((Element) error.getParentNode()).getAttribute("line"));

        Files.delete(junit);
        CliRun keepGoing = itot("validate", model.toString(), "--rules", pack.toString(), "--format", "junit", "-o",
                junit.toString(), "--keep-going");
        assertEquals(Cli.EXIT_OK, keepGoing.status(), "the template has no errors: " + keepGoing.err());
        assertTrue(onlyError(junit).getAttribute("message").contains("broken.ocl:6:"));
        String xml = Files.readString(junit);
        assertTrue(xml.contains("name=\"ACME-11 Zones have an owner organisation.\""), "the good rule ran: " + xml);
    }

    @Test
    void aBrokenPackIsANotificationInSarifAndAProblemInJson() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        Path pack = Files.writeString(folder.resolve("broken.ocl"), BROKEN_PACK);

        CliRun sarifRun = itot("validate", model.toString(), "--rules", pack.toString(), "--format", "sarif",
                "--keep-going");
        JsonNode invocation = ReportContracts.assertValidSarif(sarifRun.out()).get("runs").get(0).get("invocations")
                .get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", notification.get("level").asText());
        assertEquals(6, notification.get("locations").get(0).get("physicalLocation").get("region").get("startLine")
                .asInt());

        CliRun jsonRun = itot("validate", model.toString(), "--rules", pack.toString(), "--format", "json");
        assertEquals(Cli.EXIT_USAGE, jsonRun.status());
        JsonNode json = ReportContracts.assertMatchesSchema(jsonRun.out(), "validate");
        assertEquals(1, json.get("rulePackProblems").size(), jsonRun.out());
        assertEquals(6, json.get("rulePackProblems").get(0).get("line").asInt());
        assertEquals(1, json.get("summary").get("rulePackProblems").asInt());
    }

    @Test
    void aDisabledRuleIsSkippedInJUnitAndCountedAsDisabled() throws Exception {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        RuleSetting off = ItotFactory.eINSTANCE.createRuleSetting();
        off.setRuleId("MON-01");
        off.setEnabled(false);
        template.getRuleSettings().add(off);
        Path model = save(template, "purdue.itot");

        CliRun text = itot("validate", model.toString());
        assertTrue(text.out().contains("44 rules checked, 1 disabled"), text.out());
        Path junit = folder.resolve("report.xml");
        itot("validate", model.toString(), "--format", "junit", "-o", junit.toString());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("skipped"));
        NodeList skipped = document.getElementsByTagName("skipped");
        assertEquals(1, skipped.getLength());
        assertTrue(((Element) skipped.item(0).getParentNode()).getAttribute("name").startsWith("MON-01 "));
        JsonNode json = ReportContracts.assertMatchesSchema(itot("validate", model.toString(), "--format", "json")
                .out(), "validate");
        assertEquals(1, json.get("summary").get("rulesDisabled").asInt());
        assertEquals("MON-01", json.get("disabledRules").get(0).asText());
    }

    @Test
    void everyFormatCountsTheSameFindings() throws IOException {
        ArchitectureModel template = ModelTemplates.create(ModelTemplates.PURDUE);
        // A warning accepted as a risk: an info by severity, counted once, as accepted, in every format.
        RuleDiagnostic warning = ModelFindings.findings(template, ModelFindings.Configuration.builtInOnly()).stream()
                .filter(f -> f.getSeverity() == Diagnostic.WARNING).findFirst().orElseThrow();
        template.getWaivers().add(Waivers.accept(warning, "Accepted for the pilot", "j.doe",
                new Date(System.currentTimeMillis() + 86_400_000L)));
        Path model = save(template, "purdue.itot");
        String text = itot("validate", model.toString()).out();
        JsonNode json = ReportContracts.assertMatchesSchema(itot("validate", model.toString(), "--format", "json")
                .out(), "validate");
        JsonNode sarif = ReportContracts.parse(itot("validate", model.toString(), "--format", "sarif").out());
        JsonNode summary = json.get("summary");
        assertEquals(1, summary.get("accepted").asInt(), json.toString());
        Matcher line = Pattern.compile("(\\d+) errors, (\\d+) warnings, (\\d+) infos \\((\\d+) accepted\\); (\\d+) rules "
                + "checked").matcher(text);
        assertTrue(line.find(), text);
        assertEquals(List.of(line.group(1), line.group(2), line.group(3), line.group(4), line.group(5)),
                List.of(summary.get("errors").asText(), summary.get("warnings").asText(), summary.get("infos").asText(),
                        summary.get("accepted").asText(), summary.get("rules").asText()));
        JsonNode sarifSummary = sarif.get("runs").get(0).get("properties").get("summary");
        for (String count : List.of("errors", "warnings", "infos", "accepted")) {
            assertEquals(summary.get(count).asInt(), sarifSummary.get(count).asInt(), count);
        }
        long openInfos = 0;
        long accepted = 0;
        for (JsonNode finding : json.get("findings")) {
            accepted += finding.get("accepted").asBoolean() ? 1 : 0;
            openInfos += !finding.get("accepted").asBoolean() && "info".equals(finding.get("severity").asText()) ? 1 : 0;
        }
        assertEquals(openInfos, summary.get("infos").asInt(), "accepted findings are not infos as well");
        assertEquals(accepted, summary.get("accepted").asInt());
        long suppressed = 0;
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            suppressed += result.has("suppressions") ? 1 : 0;
        }
        assertEquals(accepted, suppressed);
    }

    @Test
    void everyJsonReportKeepsItsPublishedSchema() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        ArchitectureModel changed = ModelTemplates.create(ModelTemplates.PURDUE);
        changed.getZones().get(0).setName("Internet edge");
        Path other = save(changed, "to-be.itot");
        String[][] runs = { { "validate", "validate", model.toString(), "--format", "json" },
                { "paths", "paths", model.toString(), "--format", "json" },
                { "diff", "diff", model.toString(), other.toString(), "--format", "json" },
                { "coverage", "coverage", model.toString(), "--format", "json" },
                { "levels", "levels", model.toString(), "--format", "json" } };
        for (String[] command : runs) {
            String[] args = java.util.Arrays.copyOfRange(command, 1, command.length);
            CliRun run = itot(args);
            assertEquals(Cli.EXIT_OK, run.status(), String.join(" ", args) + ": " + run.err());
            JsonNode report = ReportContracts.assertMatchesSchema(run.out(), command[0]);
            assertEquals("1.0", report.get("formatVersion").asText(), command[0]);
        }
        assertEquals(1, ReportContracts.parse(itot("diff", model.toString(), other.toString(), "--format", "json")
                .out()).get("changed").size(), "the diff is not empty");
    }

    @Test
    void theSchemaCheckRejectsAReportThatBreaksTheContract() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        String report = itot("validate", model.toString(), "--format", "json").out();
        String withoutVersion = report.replaceFirst("\"formatVersion\": \"1.0\",", "");
        assertNotEquals(report, withoutVersion);
        assertThrows(AssertionError.class, () -> ReportContracts.assertMatchesSchema(withoutVersion, "validate"));
        String sarif = itot("validate", model.toString(), "--format", "sarif").out();
        assertThrows(AssertionError.class,
                () -> ReportContracts.assertValidSarif(sarif.replaceFirst("\"startLine\": \\d+", "\"startLine\": 0")));
    }

    private static void assertRegionHolds(List<String> lines, JsonNode physical, String id, JsonNode result) {
        JsonNode region = physical.get("region");
        assertTrue(region != null, "a region for " + id + ": " + result);
        int line = region.get("startLine").asInt();
        int column = region.get("startColumn").asInt();
        String text = lines.get(line - 1);
        assertTrue(text.contains("id=\"" + id + "\""), "line " + line + " holds " + id + ": " + text);
        assertEquals('<', text.charAt(column - 1), "the column is where the element starts: " + text);
    }

    private static JsonNode rule(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (id.equals(rule.get("id").asText())) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static List<String> fingerprints(String sarif) {
        List<String> prints = new ArrayList<>();
        ReportContracts.parse(sarif).get("runs").get(0).get("results")
                .forEach(result -> prints.add(result.get("partialFingerprints").toString()));
        return prints;
    }

    private static Element onlyError(Path junit) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList errors = document.getElementsByTagName("error");
        assertEquals(1, errors.getLength(), Files.readString(junit));
        assertEquals("1", ((Element) document.getElementsByTagName("testsuite").item(0)).getAttribute("errors"));
        return (Element) errors.item(0);
    }

    private Path save(ArchitectureModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }
}
