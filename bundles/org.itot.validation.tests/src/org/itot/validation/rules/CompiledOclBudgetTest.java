package org.itot.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The budget holds in the compiled path as in Classic OCL's: endless recursion, huge ranges, collections built over
 * and over, quadratic string building and a run's deadline halt a compiled rule with the same reason. Each case first
 * checks the rule did compile (so the compiled path is what is tested); constructs the compiler does not support fall
 * back to Classic OCL with the right verdict, and {@code -Ditot.ocl.compiled=false} turns compiling off.
 */
class CompiledOclBudgetTest {

    private static final Duration BOUND = Duration.ofSeconds(90);

    static String pack(String helpers, String body) {
        return "package model\n" + helpers + "-- @rule EVIL-01\n-- @severity warning\n-- @title Hostile rule\n"
                + "-- @message Zone ${self} is flagged.\ncontext Zone\ninv EVIL_01: " + body + "\nendpackage\n";
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("endless recursion", pack("context Zone\ndef: down(n : Integer) : Integer = down(n + 1)\n",
                        "down(0) > 0"), "its recursion went deeper than " + BoundedEvaluation.MAX_CALL_DEPTH),
                Arguments.of("recursion through a collection", pack("context Zone\n"
                        + "def: all(n : Integer) : Sequence(Integer) = all(n + 1)->including(n)\n", "all(0)->notEmpty()"),
                        "recursion"),
                Arguments.of("huge range", pack("", "Sequence{1..100000000}->size() > 0"), "ranges over 100000000"),
                Arguments.of("huge set range", pack("", "Set{1..2000000000}->size() > 0"), "ranges over 2000000000"),
                Arguments.of("collect over ranges", pack("",
                        "Sequence{1..4000000}->collect(i | Sequence{1..4000000})->size() > 0"), "collection elements in all"),
                Arguments.of("quadratic string building", pack("", "Sequence{1..200000}->iterate(i; "
                        + "s : String = '' | s.concat('0123456789012345678901234567890123456789')).size() > 0"),
                        "evaluation steps"),
                Arguments.of("a runaway loop of steps", pack("", "Sequence{1..4000000}->forAll(i | i + 1 > 0 "
                        + "and i + 2 > 0 and i + 3 > 0 and i + 4 > 0)"), "evaluation steps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileCompiledRuleHaltsWithClassicOclsReason(String name, String text, String reason) {
        CompiledRule rule = only(text);
        assertTrue(rule.fullyCompiled(), name + " did not compile: the compiled path is not what this tests");
        Zone zone = zone();
        RuleEvaluationException compiled = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(RuleEvaluationException.class, () -> rule.holds(zone)));
        assertTrue(compiled.getMessage().contains(reason), () -> "compiled: expected '" + reason + "' in "
                + compiled.getMessage());
        RuleEvaluationException classic = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(RuleEvaluationException.class, () -> rule.invariantValue(zone, false)));
        assertTrue(classic.getMessage().contains(reason), () -> "classic: expected '" + reason + "' in "
                + classic.getMessage());
        assertFalse(compiled.pastDeadline());
    }

    @Test
    void aCompiledRuleStopsAtTheRunsDeadline() {
        CompiledRule rule = only(pack("", "Sequence{1..4000000}->forAll(i | i > 0)"));
        assertTrue(rule.fullyCompiled());
        Deadline passed = new Deadline(System.nanoTime() - 1, Duration.ofSeconds(3));
        RuleEvaluationException halted = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(RuleEvaluationException.class, () -> rule.holds(zone(), passed)));
        assertTrue(halted.pastDeadline(), halted.getMessage());
        assertTrue(halted.getMessage().contains("deadline"), halted.getMessage());
    }

    @Test
    void deepButFiniteRecursionIsEvaluatedCompiled() {
        CompiledRule rule = only(pack("context Zone\ndef: sum(n : Integer) : Integer = if n = 0 then 0 else n + sum(n - 1) endif\n",
                "sum(150) = 11325"));
        assertTrue(rule.fullyCompiled());
        assertTrue(rule.holds(zone()));
    }

    @Test
    void unsupportedConstructsFallBackToClassicOclWithTheRightVerdict() {
        CompiledRule holds = only(pack("", "Tuple{a = 1, b = 'x'}.a = 1"));
        CompiledRule fails = only(pack("", "Tuple{a = 1, b = 'x'}.a = 2"));
        CompiledRule extent = only(pack("", "Zone.allInstances()->size() >= 0"));
        assertFalse(holds.fullyCompiled());
        assertFalse(fails.fullyCompiled());
        assertFalse(extent.fullyCompiled());
        Zone zone = zone();
        assertTrue(holds.holds(zone));
        assertFalse(fails.holds(zone));
        assertEquals(extent.invariantValue(zone, false), extent.invariantValue(zone, true));
    }

    @Test
    void compilingIsSwitchedOffByTheSystemProperty() {
        String text = pack("", "name <> null");
        String before = System.getProperty(OclCompiler.ENABLED_PROPERTY);
        System.setProperty(OclCompiler.ENABLED_PROPERTY, "false");
        CompiledRule off;
        try {
            off = only(text);
        } finally {
            if (before == null) {
                System.clearProperty(OclCompiler.ENABLED_PROPERTY);
            } else {
                System.setProperty(OclCompiler.ENABLED_PROPERTY, before);
            }
        }
        assertFalse(off.fullyCompiled());
        assertTrue(only(text).fullyCompiled());
        Zone zone = zone();
        zone.setName("Z-1");
        assertTrue(off.holds(zone));
        assertTrue(only(text).holds(zone));
    }

    private static CompiledRule only(String text) {
        RulePack pack = RulePackLoader.load("evil.ocl", text, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        assertEquals(1, pack.rules().size());
        return pack.rules().get(0);
    }

    private static Zone zone() {
        ArchitectureModel model = ItotFactory.eINSTANCE.createArchitectureModel();
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setName("Z-1");
        model.getZones().add(zone);
        return zone;
    }
}
