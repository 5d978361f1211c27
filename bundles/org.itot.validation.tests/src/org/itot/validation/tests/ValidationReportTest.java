package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.Waivers;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four report formats render the same findings. */
class ValidationReportTest {

    private final ModelValidator validator = TestModels.validatorFor("BND-01", "SEG-01", "SEG-02", "SEG-03");
    private ValidationReport report;

    @BeforeEach
    void twoFindingsOneAccepted() {
        ArchitectureModel model = model();
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        conduit(model, "C-OPEN", idmz, operations);
        conduit(model, "C-LAB", enterprise, idmz);
        Diagnostic first = validator.validate(model);
        RuleDiagnostic lab = Findings.find(
                Findings.findings(first).stream().filter(f -> f.findingId().equals("BND-01@C-LAB"))
                        .toList(), "BND-01");
        model.getWaivers().add(Waivers.accept(lab, "Lab uplink <decommissioned> & \"isolated\"", "j.doe",
                new Date(System.currentTimeMillis() + 86_400_000L)));
        List<RuleDefinition> rules = validator.rules().stream().map(r -> r.definition()).distinct().toList();
        report = new ValidationReport("plant.itot", rules, validator.validate(model),
                List.of(new RulePackProblem("acme.ocl", 3, 7, "ACME-01", "Unrecognized variable: (firmwar)")), "0.1.0");
    }

    @Test
    void textListsFindingsAndASummary() {
        String text = report.toText();
        assertTrue(text.contains("plant.itot: error BND-01 Conduit C-OPEN between Z-DMZ, Z-OPS is not enforced"), text);
        assertTrue(text.contains("plant.itot: accepted BND-01"), text);
        assertTrue(text.contains("acme.ocl:3:7: rule ACME-01: Unrecognized variable"), text);
        assertTrue(text.contains("1 errors, 0 warnings, 0 infos (1 accepted)"), text);
        assertEquals(1, report.countAtLeast(Diagnostic.ERROR));
        assertEquals(1, report.countAtLeast(Diagnostic.INFO), "accepted findings never fail a build");
    }

    @Test
    void sarifCarriesRuleMetadataAndSuppressions() {
        String sarif = report.toSarif();
        assertTrue(sarif.contains("\"version\": \"2.1.0\""), sarif);
        assertTrue(sarif.contains("\"id\": \"SEG-01\""), "every rule that ran is described");
        assertTrue(sarif.contains("\"ruleId\": \"BND-01\""));
        assertTrue(sarif.contains("\"itotFindingId/v1\": \"BND-01@C-OPEN\""));
        assertTrue(sarif.contains("\"kind\": \"external\""), "the accepted finding is suppressed, not dropped");
        assertTrue(sarif.contains("Lab uplink <decommissioned> & \\\"isolated\\\""), "JSON escaping");
        assertTrue(sarif.contains("\"startLine\": 3"), "pack problems are located");
    }

    @Test
    void junitHasOneTestCasePerRuleAndFailsOnlyRulesWithOpenFindings() throws Exception {
        String junit = report.toJUnit(Diagnostic.ERROR);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = document.getElementsByTagName("testcase");
        long ruleCount = validator.rules().stream().map(r -> r.definition().id()).distinct().count();
        assertEquals(ruleCount + 1, cases.getLength(), "a test case per rule and one per rule pack problem");
        NodeList errors = document.getElementsByTagName("error");
        assertEquals(1, errors.getLength(), "the rule pack problem is an error: its rules did not run");
        assertTrue(((Element) errors.item(0)).getAttribute("message").startsWith("acme.ocl:3:7: rule ACME-01"));
        assertEquals("3", ((Element) errors.item(0).getParentNode()).getAttribute("line"));
        NodeList failures = document.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failing = (Element) failures.item(0).getParentNode();
        assertTrue(failing.getAttribute("name").startsWith("BND-01 "), failing.getAttribute("name"));
        assertTrue(failures.item(0).getTextContent().contains("BND-01@C-OPEN"));
        assertTrue(!failures.item(0).getTextContent().contains("BND-01@C-LAB"), "accepted findings do not fail");
        assertEquals("1", ((Element) document.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    }

    @Test
    void jsonNamesElementsAndSeverities() {
        String json = report.toJson();
        assertTrue(json.contains("\"id\": \"BND-01@C-OPEN\""), json);
        assertTrue(json.contains("\"severity\": \"error\""));
        assertTrue(json.contains("\"accepted\": true"));
        assertTrue(json.contains("\"errors\": 1"));
    }
}
