package org.itot.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.ocl.OCLInput;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.expressions.OCLExpression;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.template.SyntheticPlant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of small OCL expressions (null and invalid operands, Integer and Real equality and arithmetic, strings,
 * every collection kind through the library's operations and iterators, multiple iterator variables, let, if,
 * ranges, recursive def operations and a def attribute, navigation and model operations on real and bare elements),
 * each evaluated compiled and by Classic OCL on the same elements: the values must agree, collection kinds and order
 * included. Expressions the compiler does not support must be refused at compile time (and those are few).
 */
class CompiledOclCorpusTest {

    private static OCL ocl;
    private static OclCompiler compiler;
    private static List<EObject> elements;
    /** The elements with nothing set: every expression is evaluated on these too. */
    private static List<EObject> bare;

    @BeforeAll
    static void setUp() throws ParserException {
        EPackage.Registry packages = new EPackageRegistryImpl();
        packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        packages.put(ItotPackage.eNS_URI, ItotPackage.eINSTANCE);
        ocl = OCL.newInstance(new BoundedEvaluation.Factory(packages, EvaluationLimits.DEFAULT));
        // a document, as rule packs are (Classic OCL resolves a def call only to a def written before it)
        ocl.parse(new OCLInput("""
                package model
                context Asset
                def: fact(n : Integer) : Integer = if n <= 1 then 1 else n * fact(n - 1) endif
                def: even(n : Integer) : Boolean = if n = 0 then true else not even(n - 1) endif
                def: odd(n : Integer) : Boolean = not even(n)
                def: label(prefix : String, times : Integer) : String =
                    Sequence{1..times}->iterate(i; s : String = '' | s.concat(prefix))
                def: zoneOrNull() : Zone = getZone()
                def: greeting : String = name.concat('!')
                endpackage
                """));
        compiler = new OclCompiler(ocl);
        bare = new ArrayList<>();
        ArchitectureModel model = CompiledOclCatalogueTest.bareElements(SyntheticPlant.generate(60, 3), bare);
        elements = new ArrayList<>();
        model.eAllContents().forEachRemaining(elements::add);
    }

    private static final List<String> NUMBERS = List.of("0", "1", "-7", "2.5", "3.0", "2147483647",
            "(2147483647 + 1)", "null", "invalid", "(1 / 0)", "(7 div 2)", "(10 / 4)");
    private static final List<String> NUMBER_OPERATORS = List.of(" = ", " <> ", " + ", " - ", " * ", " / ", " < ",
            " > ", " <= ", " >= ");
    private static final List<String> NUMBER_CALLS = List.of(".max(%s)", ".min(%s)", " div %s", " mod %s");
    private static final List<String> BOOLEANS = List.of("true", "false", "null", "invalid", "(1 / 0 > 1)");
    private static final List<String> STRINGS = List.of("'abc'", "''", "'AbC'", "null", "' a b  c '", "'12'");
    private static final List<String> STRING_CALLS = List.of("%s.concat(%s)", "%s + %s", "%s = %s", "%s <> %s",
            "%s < %s", "%s >= %s", "%s.startsWith(%s)", "%s.endsWith(%s)", "%s.equalsIgnoreCase(%s)",
            "%s.indexOf(%s)");
    private static final List<String> STRING_UNARY = List.of("%s.size()", "%s.toUpper()", "%s.toLower()",
            "%s.substring(1, 2)", "%s.characters()", "%s.tokenize()", "%s.trim()", "%s.at(1)", "%s.toInteger()",
            "%s.toReal()", "%s.toString()", "%s.oclIsUndefined()", "%s.oclIsInvalid()", "%s.substitute('b', 'x')");
    private static final List<String> COLLECTIONS = List.of("Set{1, 2, 2, 3}", "OrderedSet{3, 1, 2, 1}",
            "Bag{1, 1, 2}", "Sequence{3, 1, 2, 1}", "Sequence{}", "Set{null}", "Sequence{1..4}", "Sequence{null, 1}",
            "Set{1.5, 2}", "Sequence{2..1}", "Set{3..5, 1}", "Bag{}");
    private static final List<String> COLLECTION_CALLS = List.of("->size()", "->isEmpty()", "->notEmpty()",
            "->asSet()", "->asSequence()", "->asOrderedSet()", "->asBag()", "->first()", "->last()", "->sum()",
            "->max()", "->min()", "->flatten()", "->includes(1)", "->excludes(1)", "->count(1)", "->including(9)",
            "->excluding(1)", "->including(null)", "->append(9)", "->prepend(9)", "->at(1)", "->at(9)",
            "->indexOf(2)", "->indexOf(9)", "->includesAll(Set{1})", "->excludesAll(Set{1})",
            "->intersection(Set{1, 2})", "->symmetricDifference(Set{1})", "->subSequence(1, 2)",
            "->subOrderedSet(1, 2)", "->insertAt(1, 0)", "= Set{1, 2, 3}", "<> Sequence{}", "->union(Set{5})",
            "->union(Bag{5})", "->union(Sequence{5})", "->union(OrderedSet{5})",
            "->select(x | x > 1)", "->reject(x | x > 1)", "->collect(x | x)", "->collect(x | Sequence{x, x})",
            "->collect(x | x * 2.0)", "->exists(x | x = 2)", "->forAll(x | x > 0)", "->any(x | x > 1)",
            "->one(x | x = 1)", "->isUnique(x | x)", "->sortedBy(x | x)", "->sortedBy(x | -x)",
            "->iterate(x; acc : Integer = 0 | acc + x)", "->exists(x, y | x <> y)", "->forAll(x, y | x = y)",
            "->collectNested(x | x)", "->closure(x | x)", "->select(x | x.oclIsUndefined())",
            "->collect(x | x.oclIsUndefined())", "->exists(x | x > 1 and x < 3)", "->toString()");
    private static final List<String> MODEL = List.of("getZone()", "getZone().oclIsUndefined()", "getZone().name",
            "getZone().getLevelRank() + 1", "getZone().getLevelRank() = 20", "getZone().getLevelRank() = 20.0",
            "getOutgoingFlows()->collect(target)", "getOutgoingFlows()->collect(f | f.target.getZone())->asSet()->size()",
            "getIncomingFlows()->select(f | f.protocol.oclIsUndefined())", "type = AssetType::SAFETY_CONTROLLER",
            "type <> null", "getOutgoingFlows()->sortedBy(f | f.name)", "getOutgoingFlows()->any(f | true)",
            "self.oclAsType(Asset).name", "Sequence{self, null}->size()", "getZone()->isEmpty()", "getZone()->size()",
            "getZone()->closure(z | z.getParentZone())", "getZone()->closure(z | z.getParentZone())->size()",
            "safetySystem and true", "name.size() > 3", "self = self", "getZone() = null", "name.toString()",
            "getOutgoingFlows()->iterate(f; acc : String = '' | acc.concat(f.name))", "fact(5)", "fact(12)",
            "fact(13)", "fact(-1)", "even(10)", "odd(7)", "label('ab', 3)", "label(null, 2)", "self.greeting",
            "zoneOrNull().name", "zoneOrNull().oclIsKindOf(Zone)", "null.oclIsKindOf(Zone)",
            "getZone().oclIsTypeOf(Zone)", "getZone().oclAsType(Zone).name", "self.oclIsKindOf(Zone)",
            "self.oclAsType(Zone)", "getOutgoingFlows()->collect(protocol)->asOrderedSet()",
            "getOutgoingFlows()->select(f | f.target = self)->notEmpty()",
            "getOutgoingFlows()->union(getIncomingFlows())->size()",
            "let z : Zone = getZone() in if z.oclIsUndefined() then 'none' else z.name endif",
            "let n : Integer = null in n + 1", "let s : String = name in s.concat(s)",
            "if name = null then 1 else 2 endif", "if null then 1 else 2 endif",
            "getOutgoingFlows()->exists(f | f.isCrossZone())", "getOutgoingFlows()->forAll(f | f.getSourceZone() <> null)",
            "getOutgoingFlows()->collect(f | f.getTargetZone())->includes(getZone())",
            "getInterfaceZones()->asSequence()->first()", "getOutgoingFlows()->at(1)",
            "getOutgoingFlows()->indexOf(getOutgoingFlows()->first())", "hasRole(null)",
            "Sequence{1..3}->collect(i | getOutgoingFlows()->size() + i)", "(getZone().getLevelRank() - 25).abs()",
            "getZone().getLevelRank() / 10", "getZone().getLevelRank().max(30)", "Set{getZone(), getZone()}->size()",
            "Bag{getZone(), getZone()}->size()", "OrderedSet{self}->including(self)->size()",
            // invalid (a navigation through null) and null on class-typed values
            "getZone().getParentZone().oclIsUndefined()", "getZone().getParentZone().oclIsInvalid()",
            "getZone().getParentZone().oclIsKindOf(Zone)", "getZone().getParentZone().oclIsTypeOf(Zone)",
            "getZone().getParentZone().oclAsType(Zone)", "getZone().getParentZone() = null",
            "getZone().getParentZone() <> null", "getZone().getParentZone().toString()",
            "getZone().getParentZone()->isEmpty()", "getZone().name.oclIsUndefined()",
            "getZone().getParentZone().name.size()", "zoneOrNull().getParentZone().oclIsUndefined() and true",
            "getZone().getParentZone().getParentZone().oclIsUndefined()",
            "let z : Zone = null in z.getParentZone().oclIsUndefined()",
            "let z : Zone = null in z.getParentZone().oclIsInvalid()",
            "let z : Zone = null in z.oclIsInvalid()", "let z : Zone = null in z.oclIsUndefined()",
            "let z : Zone = null in z.getParentZone().oclIsKindOf(Zone)",
            "let z : Zone = null in z.getParentZone().oclAsType(Zone).oclIsInvalid()",
            "let z : Zone = null in z.getParentZone() = z", "let z : Zone = null in z = z",
            "let z : Zone = null in z.getParentZone().toString()", "let z : Zone = null in z.name",
            "let z : Zone = null in z.getParentZone()->size()", "let z : Zone = null in Set{z}->size()",
            "let z : Zone = null in Set{z.getParentZone()}->size()", "let z : Zone = null in z->isEmpty()");

    /** Every expression of the corpus, with the context it is evaluated in. */
    private static List<Map.Entry<EClass, String>> corpus() {
        List<Map.Entry<EClass, String>> all = new ArrayList<>();
        EClass asset = ItotPackage.Literals.ASSET;
        for (String left : NUMBERS) {
            for (String right : NUMBERS) {
                for (String operator : NUMBER_OPERATORS) {
                    all.add(Map.entry(asset, left + operator + right));
                }
                for (String call : NUMBER_CALLS) {
                    all.add(Map.entry(asset, left + String.format(call, right)));
                }
            }
            for (String unary : List.of("%s.abs()", "%s.floor()", "%s.round()", "-%s", "%s.toString()",
                    "%s.oclIsUndefined()", "%s.oclIsInvalid()", "Sequence{%s}->size()")) {
                all.add(Map.entry(asset, String.format(unary, left)));
            }
        }
        for (String left : BOOLEANS) {
            all.add(Map.entry(asset, "not " + left));
            for (String right : BOOLEANS) {
                for (String operator : List.of(" and ", " or ", " xor ", " implies ", " = ", " <> ")) {
                    all.add(Map.entry(asset, left + operator + right));
                }
            }
        }
        for (String left : STRINGS) {
            for (String unary : STRING_UNARY) {
                all.add(Map.entry(asset, String.format(unary, left)));
            }
            for (String right : STRINGS) {
                for (String call : STRING_CALLS) {
                    all.add(Map.entry(asset, String.format(call, left, right)));
                }
            }
        }
        for (String collection : COLLECTIONS) {
            for (String call : COLLECTION_CALLS) {
                all.add(Map.entry(asset, collection + call));
            }
        }
        for (String expression : MODEL) {
            all.add(Map.entry(asset, expression));
        }
        EClass zone = ItotPackage.Literals.ZONE;
        for (String expression : List.of("getLevelRank()", "getParentZone()", "self->closure(z | z.getParentZone())",
                "isEnterpriseSide() or isIndustrialSide()", "getConduits()->collect(c | c.zones)->asSet()->size()",
                "getConduits()->exists(c | c.zones->excludes(self))", "name.concat(' ').concat(id)")) {
            all.add(Map.entry(zone, expression));
        }
        return all;
    }

    @Test
    void compiledAndClassicAgreeOnTheCorpus() {
        List<String> differences = new ArrayList<>();
        List<String> notCompiled = new ArrayList<>();
        int parsed = 0;
        int compared = 0;
        for (Map.Entry<EClass, String> entry : corpus()) {
            OCLExpression<EClassifier> expression;
            try {
                OCL.Helper helper = ocl.createOCLHelper();
                helper.setContext(entry.getKey());
                expression = helper.createQuery(entry.getValue());
            } catch (ParserException notOcl) {
                continue; // a combination OCL refuses to parse (e.g. 'abc' div 2): nothing to compare
            }
            parsed++;
            CompiledOcl.Expression compiled = compiler.compile(expression);
            if (compiled == null) {
                notCompiled.add(entry.getValue());
                continue;
            }
            OCL.Query query = ocl.createQuery(expression);
            int onThisClass = 0;
            for (EObject element : elements) {
                if (!entry.getKey().isInstance(element) || (onThisClass++ > 12 && !bare.contains(element))) {
                    continue;
                }
                Object classic = evaluate(() -> query.evaluate(element));
                Object fast = evaluate(() -> compiled.evaluate(element, EvaluationLimits.DEFAULT));
                String difference = OclValues.difference(classic, fast);
                if (difference != null) {
                    differences.add(entry.getValue() + " on " + element.eClass().getName() + ": " + difference);
                }
                compared++;
            }
        }
        System.out.println("OCL corpus: " + parsed + " expressions parsed, " + (parsed - notCompiled.size())
                + " compiled, " + compared + " evaluations compared; left to Classic OCL: " + notCompiled);
        assertEquals(List.of(), differences.subList(0, Math.min(25, differences.size())),
                differences.size() + " differences");
        assertTrue(parsed > 1_500, "only " + parsed + " expressions parsed");
        assertTrue(compared > 10_000, "only " + compared + " evaluations compared");
        assertTrue(notCompiled.size() * 20 < parsed, "too many expressions not compiled: " + notCompiled);
    }

    /** The value, or the kind of failure: both paths must fail alike where they fail. */
    private static Object evaluate(java.util.function.Supplier<Object> evaluation) {
        try {
            return BoundedEvaluation.run(EvaluationLimits.DEFAULT, Deadline.NONE, evaluation);
        } catch (RuleEvaluationException halted) {
            return "halted: " + halted.getMessage();
        }
    }

    @Test
    void unsupportedConstructsAreRefusedAtCompileTime() throws ParserException {
        for (String unsupported : List.of("Tuple{a = 1}.a = 1", "Asset.allInstances()->size()",
                "'abc'.matches('a.*')", "Sequence{1}->product(Sequence{2})->size()", "fact(3) + *.oclAsType(Integer)")) {
            OCL.Helper helper = ocl.createOCLHelper();
            helper.setContext(ItotPackage.Literals.ASSET);
            OCLExpression<EClassifier> expression;
            try {
                expression = helper.createQuery(unsupported);
            } catch (ParserException notOcl) {
                continue;
            }
            assertNull(compiler.compile(expression), unsupported + " compiled");
        }
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(ItotPackage.Literals.ASSET);
        assertNotNull(compiler.compile(helper.createQuery("fact(3) = 6")), "a plain def call must compile");
    }
}
