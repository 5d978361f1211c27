package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.AssetType;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.EvaluationLimits;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule packs are user input: a pack that does not compile is reported with file, line and reason,
 * and a pack that compiles but would never finish (endless recursion, runaway loops, enormous
 * collections or strings) gives an error finding per element, within bounded time, instead of
 * hanging or crashing validation.
 */
class HostileRulePackTest {

    /** Small limits keep the hostile runs short; the defaults are only larger, not different. */
    private static final EvaluationLimits LIMITS = new EvaluationLimits(200_000, 100_000, 1_000_000);
    private static final Duration BOUND = Duration.ofSeconds(30);

    static String pack(String helpers, String body) {
        return "package model\n" + helpers
                + "-- @rule EVIL-01\n-- @severity warning\n-- @title Hostile rule\n-- @message Zone ${self} is flagged.\n"
                + "context Zone\ninv EVIL_01: " + body + "\nendpackage\n";
    }

    static Stream<Arguments> packsThatDoNotCompile() {
        return Stream.of(
                Arguments.of("syntax error", pack("", "purdueLevel = = PurdueLevel::LEVEL_1"), 7),
                Arguments.of("unknown feature", pack("", "self.colour = 'red'"), 7),
                Arguments.of("type error", pack("", "name > 3"), 7),
                Arguments.of("unknown context class", pack("", "true").replace("context Zone", "context Spaceship"), 7),
                Arguments.of("unclosed string", pack("", "name = 'oops"), 7),
                Arguments.of("unbalanced parentheses", pack("", "((((name <> ''))"), 7),
                Arguments.of("non-boolean invariant", pack("", "assets->size()"), 7),
                Arguments.of("unknown operation", pack("", "self.explode()"), 7),
                Arguments.of("recursive helper with a type error", pack(
                        "context Zone\ndef: loop(n : Integer) : Integer = loop('x')\n", "loop(0) > 0"), 9),
                Arguments.of("control characters", pack("", "name <> '\u0000\u0001'\u0007"), 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packsThatDoNotCompile")
    void brokenPackIsReportedWithPositionAndNothingOfItRuns(String name, String text, int line) {
        RulePack pack = assertTimeoutPreemptively(BOUND, () -> RulePackLoader.load("evil.ocl", text, LIMITS,
                ItotPackage.eINSTANCE));
        assertTrue(pack.rules().isEmpty(), () -> name + " compiled: " + pack.rules());
        assertFalse(pack.problems().isEmpty(), name);
        RulePackProblem problem = pack.problems().get(0);
        assertEquals("evil.ocl", problem.source());
        assertEquals(line, problem.line(), problem.toString());
        assertFalse(problem.reason().isBlank(), problem.toString());
        // the validator runs happily with what is left
        assertEquals(0, new ModelValidator(List.of(pack)).validate(plant()).getChildren().size());
    }

    static Stream<Arguments> packsThatWouldNeverFinish() {
        return Stream.of(
                Arguments.of("endless recursion", pack("context Zone\ndef: forever(n : Integer) : Integer = forever(n + 1)\n",
                        "forever(0) > 0"), "recursion went deeper than"),
                Arguments.of("recursion through an iterator", pack("context Zone\n"
                        + "def: walk(z : Zone) : Boolean = Sequence{z}->forAll(s | walk(s))\n", "walk(self)"),
                        "its recursion went"),
                Arguments.of("deep recursion that would overflow the stack", pack(
                        "context Zone\ndef: down(n : Integer) : Integer = if n = 0 then 0 else 1 + down(n - 1) endif\n",
                        "down(1000000) > 0"), "recursion went deeper than"),
                Arguments.of("exponential recursion", pack("context Zone\n"
                        + "def: fib(n : Integer) : Integer = if n < 2 then n else fib(n - 1) + fib(n - 2) endif\n",
                        "fib(60) > 0"), "evaluation steps"),
                Arguments.of("enormous range", pack("", "Sequence{1..2000000000}->forAll(i | i > 0)"), "ranges over"),
                Arguments.of("enormous set", pack("", "Set{1..2000000000}->size() > 0"), "ranges over"),
                Arguments.of("runaway loop inside the limit of a range", pack("",
                        "Sequence{1..90000}->forAll(i | Sequence{1..90000}->exists(j | j = i))"), "collection elements in all"),
                Arguments.of("collection doubling", pack("context Zone\n"
                        + "def: grow(s : Sequence(Integer), n : Integer) : Sequence(Integer) = "
                        + "if n = 0 then s else grow(s->union(s), n - 1) endif\n",
                        "grow(Sequence{1, 2}, 40)->size() > 0"), "collection elements in all"),
                Arguments.of("string doubling", pack("context Zone\n"
                        + "def: big(s : String, n : Integer) : String = if n = 0 then s else big(s.concat(s), n - 1) endif\n",
                        "big('x', 64).size() > 0"), "string of"),
                Arguments.of("iterate that never shrinks", pack("", "Sequence{1..90000}->iterate(i; acc : Integer = 0 | "
                        + "acc + Sequence{1..90000}->size()) > 0"), "collection elements in all"),
                Arguments.of("all instances times all instances", pack("",
                        "Zone.allInstances()->forAll(a | Zone.allInstances()->forAll(b | Sequence{1..50000}"
                                + "->forAll(i | a <> b or i > 0)))"), "evaluation steps"),
                Arguments.of("endless message expression", pack("context Zone\n"
                        + "def: forever(n : Integer) : String = forever(n + 1)\n", "false")
                        .replace("is flagged.", "is ${forever(0)}."), "recursion went deeper than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packsThatWouldNeverFinish")
    void runawayRuleBecomesAnErrorFindingInBoundedTime(String name, String text, String reason) {
        RulePack pack = RulePackLoader.load("evil.ocl", text, LIMITS, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems(), name);
        assertEquals(1, pack.rules().size(), name);
        ArchitectureModel plant = plant();
        ModelValidator validator = new ModelValidator(List.of(pack));
        Diagnostic result = assertTimeoutPreemptively(BOUND, () -> validator.validate(plant));
        List<RuleDiagnostic> findings = result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
        assertEquals(plant.getZones().size(), findings.size(), () -> name + ": " + findings);
        for (RuleDiagnostic finding : findings) {
            assertEquals(Diagnostic.ERROR, finding.getSeverity(), finding.getMessage());
            assertTrue(finding.getMessage().startsWith("Rule EVIL-01 could not be evaluated on Z-"),
                    finding.getMessage());
            assertTrue(finding.getMessage().contains(reason), () -> "expected '" + reason + "' in " + finding.getMessage());
            assertTrue(finding.getMessage().endsWith("Fix or disable the rule in evil.ocl"), finding.getMessage());
        }
        // the same rule keeps working: a halted evaluation leaves nothing behind in the compiled query
        assertEquals(findings.size(), validator.validate(plant).getChildren().size());
    }

    @Test
    void honestRecursionWithinTheLimitWorksOnASmallStack() throws InterruptedException {
        RulePack pack = RulePackLoader.load("deep.ocl", pack("context Zone\n"
                + "def: down(n : Integer) : Integer = if n = 0 then 0 else 1 + down(n - 1) endif\n", "down(190) = 190"),
                LIMITS, ItotPackage.eINSTANCE);
        assertEquals(List.of(), findingsOnASmallStack(pack, plant()));
    }

    /**
     * Validates on a thread of 1 MB, the stack a Job thread gets on 64-bit Linux: the call limit must come before
     * the stack's end. (At 512 KB a cold, interpreted JVM once overflowed before the limit: its frames are larger
     * than the compiled ones, so the stack a real job has is what is tested.) The messages of the findings.
     */
    static List<String> findingsOnASmallStack(RulePack pack, ArchitectureModel plant) throws InterruptedException {
        Diagnostic[] result = new Diagnostic[1];
        Thread small = new Thread(null, () -> result[0] = new ModelValidator(List.of(pack)).validate(plant), "small",
                1024 * 1024);
        small.start();
        small.join(BOUND.toMillis());
        assertFalse(small.isAlive(), "validation on a small stack did not end");
        return result[0].getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    @Test
    void ordinaryFailuresInsideOclAreViolationsNotErrors() {
        RulePack pack = RulePackLoader.load("evil.ocl", pack("", "(1 / 0) > 0 and name.substring(5, 1) <> ''"), LIMITS,
                ItotPackage.eINSTANCE);
        ArchitectureModel plant = plant();
        List<RuleDiagnostic> findings = new ModelValidator(List.of(pack)).validate(plant).getChildren().stream()
                .map(RuleDiagnostic.class::cast).toList();
        assertEquals(plant.getZones().size(), findings.size());
        assertTrue(findings.stream().allMatch(f -> f.getMessage().endsWith("is flagged.")), findings.toString());
    }

    @Test
    void defaultLimitsStillEvaluateEveryBuiltInRuleOnALargePlant() {
        // The defaults must never stop an honest rule: the whole catalogue runs on a plant with many elements.
        ArchitectureModel plant = model();
        Random random = new Random(62443);
        for (int z = 0; z < 20; z++) {
            Zone zone = zone(plant, "Z-" + z, ZoneKind.values()[random.nextInt(ZoneKind.values().length)],
                    PurdueLevel.values()[random.nextInt(PurdueLevel.values().length)]);
            for (int a = 0; a < 50; a++) {
                asset(zone, "A-" + z + "-" + a, AssetType.values()[random.nextInt(AssetType.values().length)]);
            }
        }
        Diagnostic result = new ModelValidator(org.itot.validation.rules.Catalogue.builtIn()).validate(plant);
        assertTrue(result.getChildren().stream().noneMatch(d -> d.getMessage().contains("could not be evaluated")),
                () -> result.getChildren().stream().map(Diagnostic::getMessage)
                        .filter(m -> m.contains("could not be evaluated")).findFirst().orElse(""));
    }

    @Test
    void packTextThatIsNoOclAtAllIsReported() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        String garbage = new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String text : List.of("", garbage, "package model\n" + "-- comment\n".repeat(50_000) + "endpackage\n",
                "package model\ncontext Zone\n" + "inv X: true\n".repeat(2_000) + "endpackage\n")) {
            RulePack pack = assertTimeoutPreemptively(BOUND, () -> RulePackLoader.load("noise.ocl", text, LIMITS,
                    ItotPackage.eINSTANCE));
            assertTrue(pack.rules().isEmpty(), () -> "rules from noise: " + pack.rules().size());
        }
    }

    static ArchitectureModel plant() {
        ArchitectureModel model = model();
        Zone control = zone(model, "Z-CTL", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        asset(control, "PLC-1", AssetType.PLC);
        return model;
    }
}
