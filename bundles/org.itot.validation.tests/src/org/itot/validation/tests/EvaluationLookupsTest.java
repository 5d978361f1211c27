package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.ocl.OCLInput;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.utilities.UMLReflection;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * The rule packs' evaluation looks up Java methods, collection kinds and {@code def} bodies once instead of on every
 * step (EvaluationLookups). The old path is Classic OCL's own evaluator: every invariant of the built-in catalogue,
 * parsed again with OCL's plain Ecore environment, gives the same verdict on every element of synthetic plants and
 * of every template as the compiled rule.
 */
class EvaluationLookupsTest {

    @Test
    void everyBuiltInInvariantAgreesWithPlainOclOnPlantsAndTemplates() throws Exception {
        List<ArchitectureModel> models = new ArrayList<>();
        models.add(SyntheticPlant.generate(300, 1));
        models.add(SyntheticPlant.generate(200, 5));
        ModelTemplates.list().forEach(template -> models.add(ModelTemplates.create(template.id())));
        int compared = 0;
        for (RulePack pack : Catalogue.builtIn()) {
            Map<String, OCL.Query> plain = plainQueries(pack.source().substring("built-in:".length()));
            for (CompiledRule rule : pack.rules()) {
                OCL.Query reference = plain.get(rule.invariantName());
                assertTrue(reference != null, "plain OCL parsed no invariant " + rule.invariantName());
                for (ArchitectureModel model : models) {
                    for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                        EObject element = contents.next();
                        if (rule.context().isInstance(element)) {
                            assertEquals(reference.check(element), rule.holds(element),
                                    rule.invariantName() + " on " + ElementLabels.key(element));
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "only " + compared + " verdicts compared");
    }

    /** The pack's invariants by name, parsed by Classic OCL without anything of ours around it. */
    private static Map<String, OCL.Query> plainQueries(String packFile) throws Exception {
        EPackage.Registry packages = new EPackageRegistryImpl();
        packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        packages.put(ItotPackage.eNS_URI, ItotPackage.eINSTANCE);
        OCL ocl = OCL.newInstance(new EcoreEnvironmentFactory(packages));
        Map<String, OCL.Query> queries = new HashMap<>();
        for (Constraint constraint : ocl.parse(new OCLInput(text("/rules/" + packFile)))) {
            if (UMLReflection.INVARIANT.equals(constraint.getStereotype())) {
                queries.put(constraint.getName(), ocl.createQuery(constraint));
            }
        }
        return queries;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
