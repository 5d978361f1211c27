package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.Test;

/** Rule packs: metadata read from comments, OCL compiled, broken rules located and skipped. */
class RulePackLoaderTest {

    static final String PACK = """
            package model
            -- @rule ACME-01
            -- @severity warning
            -- @title Every PLC must have its firmware version recorded.
            -- @message PLC ${self} has no firmware version.
            -- @rationale Vulnerability management needs the firmware of every controller:
            --   advisories name versions.
            -- @fix Fill in the firmware field.
            -- @standard IEC 62443-3-3 SR 7.8
            -- @attack M0951, T0857
            context Asset
            inv ACME_01: type = AssetType::PLC implies (not firmware.oclIsUndefined() and firmware <> '')

            -- @rule ACME-02
            -- @severity error
            -- @message Zone ${self} is not owned.
            context Zone
            inv ACME_02: owner <> Ownership::UNASSIGNED
            endpackage
            """;

    @Test
    void metadataIsReadFromTheCommentBlock() {
        RulePack pack = RulePackLoader.load("acme.ocl", PACK, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        assertEquals(2, pack.rules().size());
        CompiledRule firmware = pack.rules().get(0);
        RuleDefinition rule = firmware.definition();
        assertEquals("ACME-01", rule.id());
        assertEquals("ACME", rule.family());
        assertEquals(Severity.WARNING, firmware.severity());
        assertEquals("Every PLC must have its firmware version recorded.", rule.title());
        assertEquals("Vulnerability management needs the firmware of every controller: advisories name versions.",
                rule.rationale());
        assertEquals(List.of("IEC 62443-3-3 SR 7.8"), rule.standards());
        assertEquals(List.of("M0951", "T0857"), rule.attackIds());
        assertEquals(ItotPackage.Literals.ASSET, firmware.context());
        assertEquals("acme.ocl", rule.source());
    }

    @Test
    void typeErrorIsLocatedAndTheOtherRulesStillLoad() {
        String broken = PACK.replace("owner <> Ownership::UNASSIGNED", "owner > 3");
        RulePack pack = RulePackLoader.load("acme.ocl", broken, ItotPackage.eINSTANCE);
        assertEquals(List.of("ACME-01"), pack.rules().stream().map(r -> r.definition().id()).toList(),
                () -> pack.problems().toString());
        assertEquals(1, pack.problems().size());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals("acme.ocl", problem.source());
        assertEquals("ACME-02", problem.ruleId());
        assertEquals(18, problem.line(), problem.toString());
        assertEquals("inv ACME_02: ".length() + 1, problem.column(), problem.toString());
        assertTrue(problem.reason().contains(">"), problem.toString());
    }

    @Test
    void syntaxErrorIsLocatedWithTheParsersReason() {
        String broken = PACK.replace("implies (not firmware", "implies (not not firmware firmware");
        RulePack pack = RulePackLoader.load("acme.ocl", broken, ItotPackage.eINSTANCE);
        assertEquals(List.of("ACME-02"), pack.rules().stream().map(r -> r.definition().id()).toList());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals("ACME-01", problem.ruleId());
        assertEquals(12, problem.line(), problem.toString());
        assertFalse(problem.reason().isBlank());
    }

    @Test
    void missingMetadataIsReported() {
        String noRule = "package model\ncontext Zone\ninv Orphan: true\nendpackage\n";
        RulePack pack = RulePackLoader.load("x.ocl", noRule, ItotPackage.eINSTANCE);
        assertTrue(pack.rules().isEmpty());
        assertEquals(3, pack.problems().get(0).line());
        assertTrue(pack.problems().get(0).reason().contains("@rule"));

        String badSeverity = "package model\n-- @rule X-1\n-- @severity fatal\n-- @title t\ncontext Zone\ninv X: true\nendpackage\n";
        RulePackProblem problem = RulePackLoader.load("x.ocl", badSeverity, ItotPackage.eINSTANCE).problems().get(0);
        assertTrue(problem.reason().contains("fatal"), problem.toString());
    }

    @Test
    void messageExpressionsNameTheElement() {
        RulePack pack = RulePackLoader.load("acme.ocl", PACK, ItotPackage.eINSTANCE);
        Asset plc = ItotFactory.eINSTANCE.createAsset();
        plc.setId("PLC-7");
        plc.setName("Dosing PLC");
        plc.setType(AssetType.PLC);
        CompiledRule rule = pack.rules().get(0);
        assertFalse(rule.holds(plc));
        assertEquals("PLC Dosing PLC (PLC-7) has no firmware version.", rule.message(plc, ElementLabels::label));
        plc.setFirmware("V4.5");
        assertTrue(rule.holds(plc));
    }

    /** A pack whose first rule's expression is {@code body} (line 6) and whose second rule, ACME-11, is good. */
    private static RulePack packWith(String body) {
        return RulePackLoader.load("broken.ocl", "package model\n-- @rule ACME-09\n-- @severity error\n-- @title t\n"
                + "context Zone\ninv ACME_09: " + body + "\n\n-- @rule ACME-11\n-- @severity warning\n-- @title u\n"
                + "context Zone\ninv ACME_11: true\nendpackage\n", ItotPackage.eINSTANCE);
    }

    @Test
    void anExpressionThatEndsTooEarlyIsOneProblemAtItsEndNotAtTheNextContext() {
        for (String body : List.of("name <> '' and", "owner = Ownership::", "name.size() / ", "name = 'x' implies (")) {
            RulePack pack = packWith(body);
            assertEquals(1, pack.problems().size(), body + ": " + pack.problems());
            RulePackProblem problem = pack.problems().get(0);
            assertEquals(6, problem.line(), body + ": " + problem);
            assertEquals("ACME-09", problem.ruleId(), body + ": " + problem);
            assertFalse(problem.reason().matches(".*[a-z]+CS\\b.*"), "no grammar symbols: " + problem);
            assertEquals(List.of("ACME-11"), pack.rules().stream().map(r -> r.definition().id()).toList(), body);
        }
        RulePackProblem and = packWith("name <> '' and").problems().get(0);
        assertEquals("inv ACME_09: name <> '' and".length() + 1, and.column(), "just after 'and': " + and);
        assertTrue(and.reason().contains("ends too early after 'and'"), and.toString());
    }

    @Test
    void aSyntaxErrorInsideAnExpressionSaysWhatWasExpected() {
        RulePackProblem problem = packWith("name <> and true").problems().get(0);
        assertEquals(List.of(problem), packWith("name <> and true").problems());
        assertEquals("broken.ocl:6:22: rule ACME-09: 'and' is not expected here", problem.toString());
    }

    @Test
    void aPackWithoutEndpackageIsOneProblemAndItsRulesStillLoad() {
        RulePack pack = RulePackLoader.load("open.ocl", "package model\n-- @rule ACME-01\n-- @severity error\n"
                + "-- @title t\ncontext Zone\ninv A: name <> ''\n", ItotPackage.eINSTANCE);
        assertEquals(1, pack.problems().size(), pack.problems().toString());
        assertTrue(pack.problems().get(0).reason().contains("without 'endpackage'"), pack.problems().toString());
        assertEquals(1, pack.rules().size());
    }
}
