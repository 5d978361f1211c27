package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.model.ItotPackage;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.FindingKind;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.api.Test;

/** The {@code @kind} and {@code @missing} metadata of rule packs: read per invariant, mistakes reported at their line. */
class CompletenessMetadataTest {

    private static RulePack load(String metadata) {
        return RulePackLoader.load("acme.ocl", "package model\n\n-- @rule ACME-01\n-- @severity warning\n"
                + "-- @title PLC firmware is recorded.\n" + "-- @message PLC ${self} has no firmware.\n"
                + "context Asset\ninv ACME_01: true\n\n-- @rule ACME-01\n" + metadata
                + "-- @message PLC ${self}: firmware not entered.\ncontext Asset\ninv ACME_01_missing: true\n\nendpackage\n",
                ItotPackage.eINSTANCE);
    }

    @Test
    void aCompletenessInvariantCarriesItsKindAndInputAndTheOtherStaysAViolation() {
        RulePack pack = load("-- @severity info\n-- @kind completeness\n-- @missing firmware\n");
        assertEquals(List.of(), pack.problems());
        CompiledRule violation = pack.rules().get(0);
        CompiledRule completeness = pack.rules().get(1);
        assertEquals(FindingKind.VIOLATION, violation.kind());
        assertNull(violation.missingInput());
        assertEquals(FindingKind.COMPLETENESS, completeness.kind());
        assertEquals("firmware", completeness.missingInput());
    }

    @Test
    void mistakesAreReportedWithTheirLineAndTheInvariantIsLeftOut() {
        assertProblem(load("-- @severity info\n-- @kind gap\n"), 12, "'-- @kind' must be violation or completeness, not 'gap'");
        assertProblem(load("-- @severity info\n-- @kind completeness\n"), 12, "add '-- @missing INPUT'");
        assertProblem(load("-- @severity info\n-- @missing firmware\n"), 12, "add '-- @kind completeness'");
        assertProblem(load("-- @severity error\n-- @kind completeness\n-- @missing firmware\n"), 11,
                "its severity is warning or info, not error");
    }

    private static void assertProblem(RulePack pack, int line, String text) {
        assertEquals(1, pack.rules().size(), () -> "only the violation is kept: " + pack.problems());
        assertEquals(1, pack.problems().size(), pack.problems()::toString);
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(line, problem.line(), problem::toString);
        assertTrue(problem.toString().contains(text), problem::toString);
    }
}
