package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.itot.model.ItotPackage;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.api.Test;

/**
 * Loading a pack is about linear in its size: one type error among 5,000 rules used to cost one parse of the whole
 * pack per rule (minutes); it must be found in a few parses. The bound only catches a hang, it measures nothing.
 */
class LargeRulePackTest {

    private static final int RULES = 5_000;

    @Test
    void oneTypeErrorAmongFiveThousandRulesIsFoundWithoutAParsePerRule() {
        int broken = 4_000;
        StringBuilder text = new StringBuilder("package model\n");
        for (int i = 0; i < RULES; i++) {
            text.append("-- @rule BIG-").append(i).append("\n-- @severity warning\n-- @message Zone ${self} fails ")
                    .append(i).append(".\ncontext Zone\ninv BIG_").append(i).append(": ")
                    .append(i == broken ? "owner > 3" : "name <> 'n" + i + "'").append('\n');
        }
        text.append("endpackage\n");
        long start = System.nanoTime();
        RulePack pack = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> RulePackLoader.load("big.ocl", text.toString(), ItotPackage.eINSTANCE));
        System.out.printf("%d-rule pack with one type error loaded in %d ms%n", RULES,
                (System.nanoTime() - start) / 1_000_000);
        assertEquals(RULES - 1, pack.rules().size(), () -> pack.problems().toString());
        assertEquals(1, pack.problems().size(), () -> pack.problems().toString());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals("BIG-" + broken, problem.ruleId());
        assertEquals(2 + broken * 5 + 4, problem.line(), problem.toString());
    }
}
