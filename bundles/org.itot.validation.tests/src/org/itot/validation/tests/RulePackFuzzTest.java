package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.AssetType;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.testing.Fuzz;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.EvaluationLimits;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.junit.jupiter.api.Test;

/**
 * Random rule packs within OCL's grammar (and some just outside it): loading never throws, validation never throws,
 * never runs past its deadline, and never changes the model. The packs mix honest rules with what has broken the
 * product before: long flat chains, huge ranges, products, collects and string building, recursion, calls of
 * {@code eSet} and friends, messages that build huge labels, Windows line ends and byte order marks.
 */
class RulePackFuzzTest {

    /** Small limits keep each run short; the mechanisms are the same as with the defaults. */
    private static final EvaluationLimits LIMITS = new EvaluationLimits(300_000, 200_000, 200_000);
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** The deadline plus one evaluation's worth of steps; only a validation that ignores its deadline comes near. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void randomPacksNeverThrowNeverOverrunTheDeadlineAndNeverChangeTheModel() {
        long[] loaded = new long[2];
        Fuzz.run("rule packs, random OCL", 8, 10, random -> {
            String text = new PackWriter(random).pack();
            long start = System.nanoTime();
            RulePack pack = RulePackLoader.load("fuzz.ocl", text, LIMITS, ItotPackage.eINSTANCE);
            long loadedAt = System.nanoTime();
            loaded[0] += pack.rules().size();
            loaded[1] += pack.problems().size();
            assertTrue(!pack.rules().isEmpty() || !pack.problems().isEmpty(), "a pack without rules must say so");
            ArchitectureModel plant = plant(random);
            ArchitectureModel before = EcoreUtil.copy(plant);
            ModelValidator validator = new ModelValidator(List.of(pack), Map.of(), DEADLINE);
            Diagnostic result = assertTimeoutPreemptively(BOUND, () -> validator.validate(plant),
                    () -> "validation ran past its deadline on\n" + text);
            assertTrue(EcoreUtil.equals(before, plant), () -> "validation changed the model with\n" + text);
            long loadMillis = (loadedAt - start) / 1_000_000;
            long validateMillis = (System.nanoTime() - loadedAt) / 1_000_000;
            if (loadMillis + validateMillis > 3_000) {
                // not an assertion (the machine may be busy): where the fuzzer's time goes, for whoever tunes it
                System.out.printf("fuzz rule packs: a slow pack, %d ms to load (%d characters, %d problems), %d ms to "
                        + "validate%n", loadMillis, text.length(), pack.problems().size(), validateMillis);
            }
            for (Diagnostic finding : result.getChildren()) {
                assertTrue(finding.getMessage().length() < 2_100, "an unbounded message");
            }
        });
        System.out.printf("fuzz rule packs: %d rules compiled, %d problems reported%n", loaded[0], loaded[1]);
    }

    private static ArchitectureModel plant(Random random) {
        ArchitectureModel model = TestModels.model();
        int zones = 1 + random.nextInt(4);
        for (int z = 0; z < zones; z++) {
            Zone zone = TestModels.zone(model, "Z-" + z, ZoneKind.values()[random.nextInt(ZoneKind.values().length)],
                    PurdueLevel.values()[random.nextInt(PurdueLevel.values().length)]);
            for (int a = random.nextInt(4); a > 0; a--) {
                TestModels.asset(zone, "A-" + z + "-" + a, AssetType.values()[random.nextInt(AssetType.values().length)]);
            }
        }
        return model;
    }

    /** Writes one random pack from a small grammar of Boolean, Integer, String and collection expressions. */
    private static final class PackWriter {

        private static final String[] BIG = { "0", "1", "7", "1000", "100000", "5000000", "2000000000", "-3" };
        private static final String[] TEXT = { "''", "'x'", "'0123456789abcdef'", "name", "id", "'${self}'", "'--'" };
        private static final String[] MUTATORS = {
            "self.oclAsType(ecore::EObject).eSet(self.oclAsType(ecore::EObject).eClass().getEStructuralFeature('name'), "
                    + "'pwned').oclIsUndefined()",
            "self.oclAsType(ecore::EObject).eUnset(self.oclAsType(ecore::EObject).eClass()"
                    + ".getEStructuralFeature('name')).oclIsUndefined()",
            "self.oclAsType(ecore::EObject).eClass().ePackage.eFactoryInstance"
                    + ".create(self.oclAsType(ecore::EObject).eClass()).oclIsUndefined()" };
        private static final String[] NOISE = { "(", ")", "->", ".", "|", "..", "and", "{", "}", "'", "--", "\u0000",
            "inv", "context", "endpackage", ";", "::", "@" };

        private final Random random;
        private int budget;

        PackWriter(Random random) {
            this.random = random;
        }

        String pack() {
            StringBuilder text = new StringBuilder("package model\n");
            for (String context : new String[] { "Zone", "Asset" }) {
                text.append("context ").append(context).append("\ndef: down(n : Integer) : Integer = if n <= 0 then 0 "
                        + "else 1 + down(n - 1) endif\n");
                text.append("context ").append(context).append("\ndef: grow(s : String, n : Integer) : String = "
                        + "if n <= 0 then s else grow(s.concat(s), n - 1) endif\n");
            }
            int rules = 1 + random.nextInt(4);
            for (int i = 0; i < rules; i++) {
                budget = 12;
                String context = random.nextBoolean() ? "Zone" : "Asset";
                text.append("-- @rule FUZZ-").append(random.nextInt(3)).append('\n');
                text.append("-- @severity ").append(random.nextInt(10) == 0 ? "fatal" : pick("error", "warning", "info"))
                        .append('\n');
                text.append("-- @title Random rule ").append(i).append('\n');
                if (random.nextBoolean()) {
                    text.append("-- @message ").append(context).append(" ${self} has ${").append(anyValue()).append("}.\n");
                }
                if (random.nextInt(4) == 0) {
                    text.append("-- @related ").append(collection()).append('\n');
                }
                text.append("context ").append(context).append('\n');
                // now and then a name used twice
                text.append("inv FUZZ_").append(random.nextInt(10) == 0 ? 0 : i).append(": ").append(bool()).append('\n');
            }
            text.append("endpackage\n");
            String pack = text.toString();
            if (random.nextInt(5) == 0) {
                pack = damage(pack);
            }
            if (random.nextInt(6) == 0) {
                pack = pack.replace("\n", random.nextBoolean() ? "\r\n" : "\r");
            }
            return random.nextInt(8) == 0 ? "\uFEFF" + pack : pack;
        }

        private String damage(String pack) {
            StringBuilder damaged = new StringBuilder(pack);
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                int at = random.nextInt(damaged.length());
                if (random.nextBoolean()) {
                    damaged.insert(at, " " + NOISE[random.nextInt(NOISE.length)] + " ");
                } else {
                    damaged.delete(at, Math.min(damaged.length(), at + 1 + random.nextInt(8)));
                }
            }
            return damaged.toString();
        }

        private String bool() {
            if (--budget <= 0) {
                return pick("true", "false", "name <> ''", "self.oclIsUndefined()");
            }
            return switch (random.nextInt(14)) {
            case 0 -> integer() + pick(" < ", " = ", " >= ", " <> ") + integer();
            case 1 -> string() + pick(" = ", " <> ") + string();
            case 2 -> collection() + pick("->isEmpty()", "->notEmpty()", "->includes(1)");
            case 3 -> collection() + "->forAll(v | " + bool() + ")";
            case 4 -> collection() + "->exists(v | " + bool() + ")";
            case 5 -> "not " + bool();
            case 6 -> "(" + bool() + pick(" and ", " or ", " implies ", " xor ") + bool() + ")";
            case 7 -> "if " + bool() + " then " + bool() + " else " + bool() + " endif";
            case 8 -> "let k : Integer = " + integer() + " in " + bool();
            case 9 -> chain();
            case 10 -> MUTATORS[random.nextInt(MUTATORS.length)];
            case 11 -> "down(" + pick(BIG) + ") >= 0";
            case 12 -> "grow('ab', " + pick("3", "30", "64") + ").size() > 0";
            default -> string() + ".size() > " + integer();
            };
        }

        /** A flat chain, sometimes longer than allowed, sometimes far longer. */
        private String chain() {
            int terms = switch (random.nextInt(4)) {
            case 0 -> 2 + random.nextInt(50);
            case 1 -> 100 + random.nextInt(100);
            case 2 -> RulePackLoader.MAX_EXPRESSION_DEPTH + random.nextInt(1_000);
            default -> 3 + random.nextInt(10);
            };
            String operator = pick(" and ", " or ");
            StringBuilder chain = new StringBuilder("(name <> 'n0'");
            for (int i = 1; i < terms; i++) {
                chain.append(operator).append("name <> 'n").append(i).append('\'');
            }
            return chain.append(')').toString();
        }

        private String integer() {
            if (--budget <= 0) {
                return pick(BIG);
            }
            return switch (random.nextInt(6)) {
            case 0 -> integer() + pick(" + ", " * ", " - ") + integer();
            case 1 -> collection() + "->size()";
            case 2 -> string() + ".size()";
            case 3 -> collection() + "->iterate(v; acc : Integer = 0 | acc + 1)";
            default -> pick(BIG);
            };
        }

        private String string() {
            if (--budget <= 0) {
                return pick(TEXT);
            }
            return switch (random.nextInt(5)) {
            case 0 -> string() + ".concat(" + string() + ")";
            case 1 -> "Sequence{1.." + pick(BIG) + "}->iterate(v; s : String = '' | s.concat(" + string() + "))";
            case 2 -> string() + ".toUpper()";
            default -> pick(TEXT);
            };
        }

        /** A collection of integers, or of model elements: unions and products stay within one kind or mix two. */
        private String collection() {
            return random.nextBoolean() ? numbers() : elements();
        }

        private String numbers() {
            if (--budget <= 0) {
                return pick("Sequence{1..3}", "Sequence{}", "Sequence{1, 2, 3}");
            }
            return switch (random.nextInt(6)) {
            case 0 -> "Sequence{" + pick(BIG) + ".." + pick(BIG) + "}";
            case 1 -> numbers() + "->collect(v | " + numbers() + ")";
            case 2 -> numbers() + "->select(v | " + bool() + ")";
            case 3 -> numbers() + "->union(" + numbers() + ")";
            case 4 -> elements() + "->collect(v | " + integer() + ")";
            default -> "Sequence{" + integer() + ".." + integer() + "}";
            };
        }

        private String elements() {
            if (--budget <= 0) {
                return pick("Zone.allInstances()", "Asset.allInstances()");
            }
            return switch (random.nextInt(5)) {
            case 0 -> collection() + "->product(" + collection() + ")";
            case 1 -> elements() + "->select(v | " + bool() + ")";
            case 2 -> "Zone.allInstances()->union(" + pick("Zone.allInstances()", "Zone.allInstances()->select(v | "
                    + bool() + ")") + ")";
            case 3 -> "Zone.allInstances()";
            default -> "Asset.allInstances()";
            };
        }

        private String anyValue() {
            return switch (random.nextInt(3)) {
            case 0 -> collection();
            case 1 -> string();
            default -> integer();
            };
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
