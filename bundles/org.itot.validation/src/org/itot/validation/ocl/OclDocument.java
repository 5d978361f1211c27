package org.itot.validation.ocl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.ocl.OCLInput;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.utilities.UMLReflection;

/**
 * A parsed Complete-OCL document ({@code package … context X inv NAME: … endpackage}) whose
 * invariants can be checked by name. Parsing is done once; each invariant keeps its compiled query,
 * because classic OCL re-parsing costs orders of magnitude more than evaluation.
 * <p>
 * This is the one place that touches the classic Eclipse OCL API (old and unmaintained on Maven
 * Central), so the rest of the product depends on this class, not on OCL.
 */
public final class OclDocument {

    private final OCL ocl;
    private final Map<String, OCL.Query> invariants = new LinkedHashMap<>();

    private OclDocument(OCL ocl) {
        this.ocl = ocl;
    }

    /**
     * Parses a Complete-OCL document whose {@code package} clauses name the given packages.
     * <p>
     * The packages are looked up in a registry of their own rather than the global one: OCL resolves
     * package names by scanning a registry, and the global registry holds lazy descriptors it skips.
     *
     * @throws ParserException with the OCL parser's reason when the text has a syntax or type error
     */
    public static OclDocument parse(String text, EPackage... packages) throws ParserException {
        EPackage.Registry registry = new EPackageRegistryImpl();
        for (EPackage ePackage : packages) {
            registry.put(ePackage.getNsURI(), ePackage);
        }
        OclDocument document = new OclDocument(OCL.newInstance(new EcoreEnvironmentFactory(registry)));
        for (Constraint constraint : document.ocl.parse(new OCLInput(text))) {
            if (UMLReflection.INVARIANT.equals(constraint.getStereotype())) {
                document.invariants.put(constraint.getName(), document.ocl.createQuery(constraint));
            }
        }
        return document;
    }

    public Map<String, OCL.Query> invariants() {
        return Collections.unmodifiableMap(invariants);
    }

    /**
     * Evaluates the named invariant on one object.
     *
     * @return {@code true} when the invariant holds; an invariant that evaluates to
     *         {@code OclInvalid} counts as violated, as in the OCL specification
     */
    public boolean check(String invariantName, EObject target) {
        OCL.Query query = invariants.get(invariantName);
        if (query == null) {
            throw new IllegalArgumentException("No invariant named '" + invariantName + "' in this document; known: "
                    + invariants.keySet());
        }
        return query.check(target);
    }
}
