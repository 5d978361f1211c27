package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.flow;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.Criticality;
import org.itot.model.Flow;
import org.itot.model.Ownership;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.Completeness;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.FindingKind;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RuleInput;
import org.itot.validation.rules.RuleInputs;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 6, unknown is not zero: a freshly drawn model (5 zones, 4 conduits, 1 flow, nothing entered) reports
 * its missing inputs as completeness findings, one per zone and missing input, never as errors, below the real
 * violations; a model with every input entered has none.
 */
class CompletenessFindingsTest {

    /** Enterprise, iDMZ, operations, control and process zones in a chain, an ERP client talking to a PLC. */
    private static ArchitectureModel freshlyDrawn() {
        ArchitectureModel model = model();
        Zone enterprise = zone(model, "Z-ENT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4);
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        Zone control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        Zone process = zone(model, "Z-PRC", ZoneKind.PROCESS, PurdueLevel.LEVEL_0);
        conduit(model, "C-ENT-DMZ", enterprise, idmz);
        conduit(model, "C-DMZ-OPS", idmz, operations);
        conduit(model, "C-OPS-CTL", operations, control);
        conduit(model, "C-CTL-PRC", control, process);
        Asset client = asset(enterprise, "ERP-CLIENT", AssetType.WORKSTATION);
        Asset plc = asset(control, "PLC-1", AssetType.PLC);
        flow(model, "F-ERP-PLC", client, plc);
        // Drawn, not yet described: no SL-T, SL-C, owner, organisation or register data anywhere.
        model.getZones().forEach(zone -> zone.setSlTarget(null));
        model.getConduits().forEach(conduit -> conduit.setSlTarget(null));
        List.of(client, plc).forEach(asset -> asset.setSlCapability(null));
        return model;
    }

    private static List<RuleDiagnostic> findings(ArchitectureModel model) {
        return ModelFindings.findings(model, ModelFindings.Configuration.builtInOnly());
    }

    @Test
    void aFreshModelReportsMissingInputsOncePerZoneAndInputNeverAsErrors() {
        List<RuleDiagnostic> findings = findings(freshlyDrawn());
        List<RuleDiagnostic> completeness = findings.stream().filter(RuleDiagnostic::isCompleteness).toList();

        Map<String, Long> perZoneAndInput = completeness.stream().collect(Collectors.groupingBy(
                f -> ElementLabels.key(f.element()) + " " + f.missingInput(), TreeMap::new, Collectors.counting()));
        assertTrue(perZoneAndInput.values().stream().allMatch(count -> count == 1), perZoneAndInput.toString());
        for (String zone : List.of("Z-ENT", "Z-DMZ", "Z-OPS", "Z-CTL", "Z-PRC")) {
            for (String input : List.of("SL-T", "owner", "accountable organisation")) {
                assertTrue(perZoneAndInput.containsKey(zone + " " + input), zone + " " + input + " in " + perZoneAndInput);
            }
        }
        assertTrue(perZoneAndInput.containsKey("Z-ENT flow protocol"), perZoneAndInput.toString());
        assertTrue(perZoneAndInput.containsKey("Z-CTL asset register data"), perZoneAndInput.toString());
        assertTrue(completeness.stream().allMatch(f -> f.getSeverity() == Diagnostic.INFO), completeness.toString());
        // SL-T is missing on 5 zones and 4 conduits, each counted once, with the first zone of the conduit.
        assertEquals(9, completeness.stream().filter(f -> f.missingInput().equals("SL-T"))
                .mapToInt(RuleDiagnostic::undecidedCount).sum());
        RuleDiagnostic sl01 = Findings.only(toResult(findings), "SL-01@Z-ENT#sl-t");
        assertTrue(sl01.getMessage().contains("SL-T not entered for the zone and 1 of its conduits"), sl01.getMessage());
        assertTrue(sl01.getMessage().contains("Properties > Security levels"), sl01.getMessage());

        // What is left as errors claims a shortfall in the design: the enterprise-to-PLC flow and unguarded conduits.
        Set<String> errorRules = findings.stream().filter(f -> f.getSeverity() == Diagnostic.ERROR)
                .map(RuleDiagnostic::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(errorRules.contains("SL-01"), errorRules.toString());
        assertFalse(errorRules.contains("OPS-02"), errorRules.toString());
        assertTrue(errorRules.containsAll(List.of("SEG-01", "SEG-03")), errorRules.toString());
        assertTrue(findings.stream().filter(f -> f.getSeverity() == Diagnostic.ERROR)
                .noneMatch(RuleDiagnostic::isCompleteness));
    }

    @Test
    void violationsComeFirstAndMissingInputsFollowGroupedByInput() {
        List<RuleDiagnostic> ordered = ModelFindings.presentationOrder(findings(freshlyDrawn()));
        int firstCompleteness = indexOf(ordered, RuleDiagnostic::isCompleteness);
        assertTrue(firstCompleteness > 0);
        assertTrue(ordered.subList(firstCompleteness, ordered.size()).stream().allMatch(RuleDiagnostic::isCompleteness));
        assertEquals(Diagnostic.ERROR, ordered.get(0).getSeverity());
        // One contiguous run per missing input, in the order of the input table.
        List<String> groups = new ArrayList<>();
        ordered.subList(firstCompleteness, ordered.size()).forEach(f -> {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(ModelFindings.group(f))) {
                groups.add(ModelFindings.group(f));
            }
        });
        assertEquals(List.of("Not assessed: SL-T missing", "Not assessed: owner missing",
                "Not assessed: accountable organisation missing", "Not assessed: asset register data missing",
                "Not assessed: flow protocol missing"), groups);

        ArchitectureModel model = freshlyDrawn();
        ValidationReport report = new ValidationReport("fresh.itot", List.of(),
                new ModelValidator(Catalogue.builtIn()).validate(model), List.of(), "test");
        String text = report.toText();
        int seg01 = text.indexOf(" SEG-01 ");
        int heading = text.indexOf("-- Not assessed: SL-T missing");
        assertTrue(seg01 >= 0 && heading > seg01, text);
        assertTrue(text.indexOf(" info SL-01 ") > heading, text);
        assertTrue(text.indexOf("-- Not assessed: owner missing") > text.indexOf(" info SL-01 "), text);
    }

    @Test
    void aModelWithEveryInputEnteredHasNoCompletenessFinding() {
        ArchitectureModel model = freshlyDrawn();
        model.getZones().forEach(zone -> {
            zone.setSlTarget(TestModels.sl(1));
            zone.setOwner(zone.isIdmz() ? Ownership.JOINT : Ownership.OT);
            zone.setAccountableOrganisation("Plant operations");
            zone.getAssets().forEach(asset -> {
                asset.setSlCapability(TestModels.sl(1));
                asset.setVendor("Acme");
                asset.setProductModel("M1");
                asset.setFirmware("1.0");
                asset.setCriticality(Criticality.HIGH);
                asset.setLocation("Hall 1");
            });
        });
        for (Conduit conduit : model.getConduits()) {
            conduit.setSlTarget(TestModels.sl(1));
            conduit.setOwner(Ownership.OT);
            conduit.setAccountableOrganisation("Plant operations");
        }
        Flow flow = model.getFlows().get(0);
        flow.setProtocol(TestModels.protocol(model, "P-HTTPS", ProtocolCategory.WEB, true));
        List<RuleDiagnostic> findings = findings(model);
        assertEquals(List.of(), findings.stream().filter(RuleDiagnostic::isCompleteness).map(RuleDiagnostic::findingId)
                .toList());
        assertEquals(List.of(), ModelFindings.completeness(definitions(), findings));
        // The enterprise-to-PLC flow is still the violation it was.
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("SEG-01") && f.getSeverity() == Diagnostic.ERROR));
    }

    @Test
    void oneMissingInputIsListedForEveryRuleThatReadsIt() {
        ArchitectureModel model = freshlyDrawn();
        List<Completeness.RuleGaps> byRule = ModelFindings.completeness(definitions(), findings(model));
        Map<String, Set<String>> inputsByRule = new TreeMap<>();
        byRule.forEach(rule -> inputsByRule.put(rule.rule().id(),
                rule.gaps().stream().map(Completeness.Gap::input).collect(Collectors.toCollection(TreeSet::new))));
        for (String rule : RuleInputs.find("SL-T").orElseThrow().ruleIds()) {
            assertTrue(inputsByRule.getOrDefault(rule, Set.of()).contains("SL-T"), rule + " in " + inputsByRule);
        }
        Completeness.RuleGaps sl03 = byRule.stream().filter(r -> r.rule().id().equals("SL-03")).findFirst().orElseThrow();
        assertEquals(9, sl03.gaps().stream().filter(g -> g.input().equals("SL-T")).mapToInt(Completeness.Gap::count).sum());
        Completeness.Gap enterprise = sl03.gaps().stream().filter(g -> g.zoneLabel().contains("Z-ENT")).findFirst()
                .orElseThrow();
        assertEquals("SL-01", enterprise.reportedBy());
        assertTrue(enterprise.where().contains("Properties > Security levels"), enterprise.where());
        assertFalse(inputsByRule.containsKey("SEG-01"), "SEG-01 reads no input a fresh model lacks");
    }

    @Test
    void theInputTableAndTheCompletenessInvariantsAgree() {
        Set<String> ruleIds = Catalogue.builtInRuleIds();
        List<String> problems = new ArrayList<>();
        for (RuleInput input : RuleInputs.builtIn()) {
            input.ruleIds().stream().filter(id -> !ruleIds.contains(id))
                    .forEach(id -> problems.add(input.name() + " names unknown rule " + id));
        }
        for (CompiledRule rule : Catalogue.builtIn().stream().flatMap(pack -> pack.rules().stream()).toList()) {
            if (rule.kind() != FindingKind.COMPLETENESS) {
                continue;
            }
            if (rule.severity() != Severity.INFO) {
                problems.add(rule.invariantName() + " is a completeness invariant of severity " + rule.severity());
            }
            RuleInput input = RuleInputs.find(rule.missingInput()).orElse(null);
            if (input == null) {
                problems.add(rule.invariantName() + " misses '" + rule.missingInput() + "', not in rules/inputs");
            } else if (!input.ruleIds().contains(rule.definition().id())) {
                problems.add(rule.invariantName() + " reports " + input.name() + " missing but rules/inputs does not "
                        + "list " + rule.definition().id() + " among its readers");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<RuleDefinition> definitions() {
        return Catalogue.builtIn().stream().flatMap(pack -> pack.definitions().stream()).toList();
    }

    private static Diagnostic toResult(List<RuleDiagnostic> findings) {
        org.eclipse.emf.common.util.BasicDiagnostic result = new org.eclipse.emf.common.util.BasicDiagnostic();
        findings.forEach(result::add);
        return result;
    }

    private static int indexOf(List<RuleDiagnostic> findings, java.util.function.Predicate<RuleDiagnostic> test) {
        for (int i = 0; i < findings.size(); i++) {
            if (test.test(findings.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
