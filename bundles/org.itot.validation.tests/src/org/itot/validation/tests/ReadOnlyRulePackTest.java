package org.itot.validation.tests;

import static org.itot.validation.tests.HostileRulePackTest.pack;
import static org.itot.validation.tests.HostileRulePackTest.plant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackLoader;
import org.itot.validation.rules.RulePackProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule packs only read the model: a call that can change it is refused where it is written (file, line, column), and
 * validating with what is left of the pack leaves the model as it was. Before, {@code eSet} renamed every zone.
 */
class ReadOnlyRulePackTest {

    private static final String SELF = "self.oclAsType(ecore::EObject)";
    private static final String NAME = SELF + ".eClass().getEStructuralFeature('name')";
    private static final String SET_NAME = SELF + ".eSet(" + NAME + ", 'pwned')";

    static Stream<Arguments> mutatingPacks() {
        return Stream.of(
                Arguments.of("eSet in an invariant", pack("", SET_NAME + ".oclIsUndefined()"), 7, "inv EVIL_01: ",
                        "eSet"),
                Arguments.of("eUnset in an invariant", pack("", SELF + ".eUnset(" + NAME + ").oclIsUndefined()"), 7, "inv EVIL_01: ", "eUnset"),
                Arguments.of("eSet behind let and or", pack("", "let n : String = name in n = 'x' or "
                        + SET_NAME + ".oclIsUndefined()"), 7, "inv EVIL_01: let n : String = name in n = 'x' or ", "eSet"),
                Arguments.of("eSet in a helper", pack("context Zone\ndef: pwn() : Boolean = " + SET_NAME
                        + ".oclIsUndefined()\n", "pwn()"), 3, "def: pwn() : Boolean = ", "eSet"),
                Arguments.of("a factory creating elements", pack("", SELF + ".eClass().ePackage.eFactoryInstance"
                        + ".create(" + SELF + ".eClass()).oclIsUndefined()"), 7, "inv EVIL_01: ", "create"),
                Arguments.of("eSet in the message", pack("", "false").replace("is flagged.", "${" + SET_NAME + "}"), 5,
                        null, "eSet"),
                Arguments.of("eSet in @related", pack("", "false").replace("context Zone", "-- @related " + SET_NAME
                        + "\ncontext Zone"), 6, null, "eSet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatingPacks")
    void aCallThatCanChangeTheModelIsRefusedWhereItIsWritten(String name, String text, int line, String before,
            String operation) {
        String good = "-- @rule GOOD-01\n-- @severity info\n-- @title Named\ncontext Zone\ninv GOOD_01: name <> ''\n";
        RulePack pack = RulePackLoader.load("evil.ocl", text.replace("endpackage\n", good + "endpackage\n"),
                ItotPackage.eINSTANCE);
        ArchitectureModel plant = plant();
        ArchitectureModel copy = EcoreUtil.copy(plant);
        List<RulePack> packs = new ArrayList<>(Catalogue.builtIn());
        packs.add(pack);
        new ModelValidator(packs).validate(plant);
        assertTrue(EcoreUtil.equals(copy, plant), () -> name + ": validation changed the model, zones now "
                + plant.getZones().stream().map(z -> z.getName()).toList());

        assertEquals(List.of("GOOD-01"), pack.rules().stream().map(r -> r.definition().id()).toList(),
                () -> name + ": " + pack.problems());
        RulePackProblem problem = pack.problems().get(0);
        assertEquals(line, problem.line(), problem.toString());
        if (before != null) {
            assertEquals(before.length() + 1, problem.column(), problem.toString());
        }
        assertTrue(problem.reason().contains(operation + "()") && problem.reason().contains("may only read"),
                problem.toString());
    }
}
