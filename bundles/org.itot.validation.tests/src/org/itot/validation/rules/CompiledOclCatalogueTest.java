package org.itot.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.ModelValidator;
import org.junit.jupiter.api.Test;

/**
 * The compiled evaluation ({@link OclCompiler}) against Classic OCL's own (with the cached lookups, as before): every
 * built-in invariant, message part and {@code @related} expression compiles, and gives the same value both ways on
 * every element of synthetic plants of several sizes and seeds, of every template, and of a model full of bare
 * elements (every class of the metamodel, nothing set); a whole validation finds the same with compiling on and off.
 */
class CompiledOclCatalogueTest {

    @Test
    void everyBuiltInExpressionCompiles() {
        List<String> notCompiled = new ArrayList<>();
        int rules = 0;
        for (RulePack pack : Catalogue.builtIn()) {
            for (CompiledRule rule : pack.rules()) {
                rules++;
                if (!rule.fullyCompiled()) {
                    notCompiled.add(rule.invariantName());
                }
            }
        }
        assertTrue(rules > 60, "only " + rules + " built-in invariants");
        assertEquals(List.of(), notCompiled, "built-in invariants (or their message or @related) left to Classic OCL");
    }

    @Test
    void compiledAndClassicAgreeOnPlantsTemplatesAndBareElements() {
        List<ArchitectureModel> models = new ArrayList<>();
        models.add(SyntheticPlant.generate(300, 1));
        models.add(SyntheticPlant.generate(200, 5));
        models.add(SyntheticPlant.generate(120, 23));
        models.add(SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS, 7));
        ModelTemplates.list().forEach(template -> models.add(ModelTemplates.create(template.id())));
        models.add(bareElements(ModelTemplates.create(ModelTemplates.PURDUE)));
        int compared = 0;
        int violations = 0;
        List<String> differences = new ArrayList<>();
        for (RulePack pack : Catalogue.builtIn()) {
            for (CompiledRule rule : pack.rules()) {
                for (ArchitectureModel model : models) {
                    for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                        EObject element = contents.next();
                        if (!rule.context().isInstance(element)) {
                            continue;
                        }
                        String where = rule.invariantName() + " on " + ElementLabels.key(element) + ": ";
                        Object classic = rule.invariantValue(element, false);
                        note(differences, where + "invariant ", classic, rule.invariantValue(element, true));
                        note(differences, where + "message ", rule.messageValues(element, false),
                                rule.messageValues(element, true));
                        note(differences, where + "@related ", rule.relatedValue(element, false),
                                rule.relatedValue(element, true));
                        compared++;
                        if (!Boolean.TRUE.equals(classic)) {
                            violations++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " differences");
        assertTrue(compared > 20_000, "only " + compared + " elements compared");
        assertTrue(violations > 500, "only " + violations + " violations: messages and @related barely compared");
    }

    @Test
    void aWholeValidationFindsTheSameCompiledAndClassic() throws Exception {
        List<RulePack> classic = new ArrayList<>();
        String before = System.getProperty(OclCompiler.ENABLED_PROPERTY);
        System.setProperty(OclCompiler.ENABLED_PROPERTY, "false");
        try {
            for (RulePack pack : Catalogue.builtIn()) {
                String name = pack.source().substring("built-in:".length());
                try (InputStream in = Catalogue.class.getResourceAsStream("/rules/" + name)) {
                    classic.add(RulePackLoader.load(pack.source(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            ItotPackage.eINSTANCE));
                }
            }
        } finally {
            if (before == null) {
                System.clearProperty(OclCompiler.ENABLED_PROPERTY);
            } else {
                System.setProperty(OclCompiler.ENABLED_PROPERTY, before);
            }
        }
        assertTrue(classic.stream().flatMap(pack -> pack.rules().stream()).noneMatch(CompiledRule::fullyCompiled));
        for (ArchitectureModel model : List.of(SyntheticPlant.generate(1500, 2),
                bareElements(ModelTemplates.create(ModelTemplates.PURDUE)))) {
            List<String> compiledFindings = findings(new ModelValidator(Catalogue.builtIn()).validate(model));
            List<String> classicFindings = findings(new ModelValidator(classic).validate(model));
            assertTrue(compiledFindings.size() > 20, "only " + compiledFindings.size() + " findings");
            assertEquals(classicFindings, compiledFindings);
        }
    }

    /** Each finding's severity, message and the elements it names, in the validator's order. */
    private static List<String> findings(Diagnostic result) {
        return result.getChildren().stream()
                .map(d -> d.getSeverity() + " " + d.getMessage() + " " + d.getData())
                .toList();
    }

    private static void note(List<String> differences, String where, Object classic, Object compiled) {
        String difference = OclValues.difference(classic, compiled);
        if (difference != null) {
            differences.add(where + difference);
        }
    }

    /**
     * The model with one element of every concrete class of the metamodel added where it can be contained, with none
     * of its features set: every navigation of the catalogue meets nulls and empty lists.
     */
    static ArchitectureModel bareElements(ArchitectureModel model) {
        return bareElements(model, new ArrayList<>());
    }

    /** Like {@link #bareElements(ArchitectureModel)}, adding the bare elements to {@code added}. */
    static ArchitectureModel bareElements(ArchitectureModel model, List<EObject> added) {
        List<EObject> containers = new ArrayList<>();
        containers.add(model);
        model.eAllContents().forEachRemaining(containers::add);
        for (EClassifier classifier : ItotPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || type.isAbstract() || type.isInterface()) {
                continue;
            }
            EObject bare = place(containers, type);
            if (bare != null) {
                added.add(bare);
            }
        }
        return model;
    }

    @SuppressWarnings("unchecked")
    private static EObject place(List<EObject> containers, EClass type) {
        for (EObject container : containers) {
            for (EReference reference : container.eClass().getEAllContainments()) {
                if (reference.isMany() && reference.getEReferenceType().isSuperTypeOf(type)
                        && reference.isChangeable()) {
                    EObject bare = EcoreUtil.create(type);
                    ((EList<EObject>) container.eGet(reference)).add(bare);
                    return bare;
                }
            }
        }
        return null;
    }
}
