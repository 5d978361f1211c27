package org.itot.validation.tests;

import static org.itot.validation.tests.HostileRulePackTest.pack;
import static org.itot.validation.tests.HostileRulePackTest.plant;
import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.Deadline;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation budget with the product's default limits cannot be bypassed: what collection operations build is
 * charged (products are sized before they are multiplied out), string building is charged by length, messages are
 * bounded, and a run has a total deadline after which the rules left become findings that say so. Errors the OCL
 * parser or evaluator raise (the stack running out on a long flat chain) are problems or findings, never thrown.
 */
class RulePackBudgetTest {

    private static final Duration BOUND = Duration.ofSeconds(90);

    static Stream<Arguments> bypasses() {
        return Stream.of(
                Arguments.of("product of two large ranges", pack("",
                        "Sequence{1..4000}->product(Sequence{1..4000})->size() > 0"), "its product would build 16000000"),
                Arguments.of("collect over ranges", pack("",
                        "Sequence{1..4000000}->collect(i | Sequence{1..4000000})->size() > 0"), "collection elements in all"),
                Arguments.of("ranges built over and over", pack("",
                        "Sequence{1..100000}->forAll(i | Sequence{1..1000000}->notEmpty())"), "collection elements in all"),
                Arguments.of("quadratic string building in iterate", pack("", "Sequence{1..200000}->iterate(i; "
                        + "s : String = '' | s.concat('0123456789012345678901234567890123456789')).size() > 0"),
                        "evaluation steps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bypasses")
    void whatAnExpressionBuildsIsChargedWithTheDefaultLimits(String name, String text, String reason) {
        RulePack pack = RulePackLoader.load("evil.ocl", text, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems(), name);
        ArchitectureModel plant = plant();
        Diagnostic result = assertTimeoutPreemptively(BOUND, () -> new ModelValidator(List.of(pack)).validate(plant));
        List<String> messages = result.getChildren().stream().map(Diagnostic::getMessage).toList();
        assertEquals(plant.getZones().size(), messages.size(), messages::toString);
        for (String message : messages) {
            assertTrue(message.startsWith("Rule EVIL-01 could not be evaluated on Z-"), message);
            assertTrue(message.contains(reason), () -> "expected '" + reason + "' in " + message);
        }
    }

    @Test
    void aHugeMessageIsCutAndEvaluatedUnderTheBudget() {
        String text = pack("", "false").replace("is flagged.", "is ${Sequence{1..4000000}} and ${self}.");
        RulePack pack = RulePackLoader.load("evil.ocl", text, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        ArchitectureModel plant = plant();
        Diagnostic result = assertTimeoutPreemptively(BOUND, () -> new ModelValidator(List.of(pack)).validate(plant));
        assertEquals(plant.getZones().size(), result.getChildren().size());
        for (Diagnostic finding : result.getChildren()) {
            String message = finding.getMessage();
            assertTrue(message.length() <= CompiledRule.MAX_MESSAGE_LENGTH + 40, () -> message.length() + " characters");
            assertTrue(message.startsWith("Zone Z-"), message);
            assertTrue(message.endsWith("[cut at " + CompiledRule.MAX_MESSAGE_LENGTH + " characters]"),
                    message.substring(message.length() - 60));
        }
    }

    @Test
    void aHugeMessageTextIsRefusedAtItsLine() {
        String text = pack("", "false").replace("is flagged.", "x".repeat(100_000));
        RulePack pack = RulePackLoader.load("evil.ocl", text, ItotPackage.eINSTANCE);
        assertTrue(pack.rules().isEmpty());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.reason().contains("@message has"), problem.toString());
    }

    @Test
    void relatedElementsAreBounded() {
        String text = pack("", "false").replace("context Zone", "-- @related getAllAssets()\ncontext Zone");
        ArchitectureModel plant = model();
        Zone zone = zone(plant, "Z-1", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        for (int i = 0; i < 300; i++) {
            asset(zone, "A-" + i, AssetType.PLC);
        }
        RulePack pack = RulePackLoader.load("evil.ocl", text, ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        Diagnostic finding = new ModelValidator(List.of(pack)).validate(plant).getChildren().get(0);
        assertEquals(1 + CompiledRule.MAX_RELATED, finding.getData().size());
    }

    /** The chain that overflowed OCL's analyser: a problem at its place, named as what it is, not as recursion. */
    @Test
    void aLongFlatAndChainIsAProblemAtItsLineNotAnErrorOrRecursion() {
        String chain = IntStream.range(0, 1_000).mapToObj(i -> "name <> 'n" + i + "'")
                .collect(Collectors.joining(" and "));
        String text = pack("", chain).replace("endpackage\n", "-- @rule GOOD-01\n-- @severity info\n-- @title Good\n"
                + "context Zone\ninv GOOD_01: name <> ''\nendpackage\n");
        RulePack pack = assertTimeoutPreemptively(BOUND, () -> RulePackLoader.load("chain.ocl", text,
                ItotPackage.eINSTANCE));
        assertEquals(List.of("GOOD-01"), pack.rules().stream().map(r -> r.definition().id()).toList(),
                () -> pack.problems().toString());
        assertEquals(1, pack.problems().size(), () -> pack.problems().toString());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(7, problem.line(), problem.toString());
        assertEquals("inv EVIL_01: ".length() + 1, problem.column(), problem.toString());
        assertEquals("EVIL-01", problem.ruleId());
        assertTrue(problem.reason().contains("nests") && problem.reason().contains("'and'/'or'"), problem.toString());
        assertFalse(problem.reason().contains("recursion"), problem.toString());
    }

    @Test
    void aChainTooLongForTheParsersOwnStackIsAProblemToo() {
        String chain = "true" + " and true".repeat(200_000);
        RulePack pack = assertTimeoutPreemptively(BOUND, () -> RulePackLoader.load("chain.ocl", pack("", chain),
                ItotPackage.eINSTANCE));
        assertTrue(pack.rules().isEmpty());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(7, problem.line(), problem.toString());
        assertTrue(problem.reason().contains("nest"), problem.toString());
        assertFalse(problem.reason().contains("recursion"), problem.toString());
    }

    /** The longest chain allowed evaluates correctly on half a Job thread's stack. */
    @Test
    void theLongestAllowedChainEvaluatesOnASmallStack() throws InterruptedException {
        String chain = IntStream.range(0, RulePackLoader.MAX_EXPRESSION_DEPTH - 2).mapToObj(i -> "name <> 'n" + i + "'")
                .collect(Collectors.joining(" and "));
        RulePack pack = RulePackLoader.load("chain.ocl", pack("", chain), ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        assertEquals(List.of(), HostileRulePackTest.findingsOnASmallStack(pack, plant()));
    }

    @Test
    void aPassedDeadlineTurnsEveryRuleLeftIntoAFindingThatSaysSo() {
        ArchitectureModel plant = plant();
        List<RulePack> catalogue = Catalogue.builtIn();
        Diagnostic result = new ModelValidator(catalogue, Map.of(), Duration.ZERO).validate(plant);
        List<RuleDiagnostic> findings = result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
        assertFalse(findings.isEmpty());
        for (RuleDiagnostic finding : findings) {
            assertEquals(Diagnostic.ERROR, finding.getSeverity());
            assertTrue(finding.getMessage().matches("Rule " + finding.ruleId() + " was not evaluated on \\d+ elements?: "
                    + "the validation run passed its deadline of 0 s \\(-D" + Deadline.SECONDS_PROPERTY.replace(".", "\\.")
                    + " sets it\\)\\. .*"), finding.getMessage());
            assertEquals(plant, finding.element());
        }
        // every rule that applies to something in the plant is named, none is silently skipped
        List<String> applicable = new ModelValidator(catalogue).validate(plant).getChildren().stream()
                .map(d -> ((RuleDiagnostic) d).ruleId()).distinct().toList();
        List<String> named = findings.stream().map(RuleDiagnostic::ruleId).toList();
        assertTrue(named.containsAll(applicable), () -> "not named: " + applicable.stream()
                .filter(id -> !named.contains(id)).toList());
        assertEquals(named.stream().distinct().count(), named.size(), "one finding per rule");
    }

    @Test
    void aSlowPackStopsAtTheRunsDeadlineAndSaysOnHowManyElements() {
        // each evaluation stays within its own budget (about a second); 40 zones of them do not fit in 2 s
        RulePack pack = RulePackLoader.load("slow.ocl", pack("", "Sequence{1..4000000}->forAll(i | i > 0)"),
                ItotPackage.eINSTANCE);
        assertEquals(List.of(), pack.problems());
        ArchitectureModel plant = model();
        for (int i = 0; i < 40; i++) {
            zone(plant, "Z-" + i, ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1);
        }
        ModelValidator validator = new ModelValidator(List.of(pack), Map.of(), Duration.ofSeconds(2));
        Diagnostic result = assertTimeoutPreemptively(BOUND, () -> validator.validate(plant));
        List<String> late = result.getChildren().stream().map(Diagnostic::getMessage)
                .filter(m -> m.contains("passed its deadline of 2 s")).toList();
        assertEquals(1, late.size(), () -> result.getChildren().stream().map(Diagnostic::getMessage).toList().toString());
        int notEvaluated = Integer.parseInt(late.get(0).replaceAll("^Rule EVIL-01 was not evaluated on (\\d+) .*$", "$1"));
        assertTrue(notEvaluated >= 1 && notEvaluated <= 40, late.get(0));
        assertEquals(1, result.getChildren().size(), "the zones evaluated before the deadline hold the rule");
    }
}
