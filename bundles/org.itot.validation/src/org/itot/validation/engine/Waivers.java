package org.itot.validation.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.Waiver;

/**
 * Accepted risks. A waiver is keyed by the stable finding id; it applies while it has not expired and
 * while its element is materially the same as when the risk was accepted (a digest of the element's
 * attributes and references, names and descriptions excluded: renaming a PLC changes no risk).
 */
public final class Waivers {

    /** Features whose change does not change the risk a finding describes. */
    private static final Set<EStructuralFeature> IMMATERIAL = Set.of(ItotPackage.Literals.MODEL_ELEMENT__NAME,
            ItotPackage.Literals.MODEL_ELEMENT__DESCRIPTION);

    private Waivers() {
    }

    /** Creates (does not add) a waiver for a finding; the caller adds it through its command stack. */
    public static Waiver accept(RuleDiagnostic finding, String rationale, String author, Date expiresOn) {
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a rationale: why is the risk acceptable?");
        }
        Waiver waiver = ItotFactory.eINSTANCE.createWaiver();
        waiver.setFindingId(finding.findingId());
        waiver.setRuleId(finding.ruleId());
        waiver.setRationale(rationale);
        waiver.setAuthor(author);
        waiver.setAcceptedOn(new Date());
        waiver.setExpiresOn(expiresOn);
        waiver.setElementDigest(digest(finding.element()));
        return waiver;
    }

    /** Why a waiver does not (or no longer) apply to a finding, or {@code null} when it does. */
    public static String whyNotApplicable(Waiver waiver, EObject element, Date now) {
        if (waiver.getExpiresOn() != null && !now.before(waiver.getExpiresOn())) {
            return "the waiver expired on " + String.format("%tF", waiver.getExpiresOn());
        }
        if (waiver.getElementDigest() != null && !waiver.getElementDigest().equals(digest(element))) {
            return "the element changed since the risk was accepted";
        }
        return null;
    }

    static Map<String, Waiver> byFindingId(ArchitectureModel model) {
        return model.getWaivers().stream().filter(w -> w.getFindingId() != null)
                .collect(Collectors.toMap(Waiver::getFindingId, Function.identity(), (first, second) -> second));
    }

    /** SHA-256 over the element's type, attributes and the keys of the elements it refers to. */
    public static String digest(EObject element) {
        StringBuilder state = new StringBuilder(element.eClass().getName());
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (IMMATERIAL.contains(feature) || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                continue;
            }
            state.append('|').append(feature.getName()).append('=');
            Object value = element.eGet(feature);
            if (feature instanceof EAttribute) {
                state.append(value);
            } else if (value instanceof List<?> list) {
                list.forEach(item -> state.append(ElementLabels.key((EObject) item)).append(','));
            } else if (value instanceof EObject target) {
                state.append(ElementLabels.key(target));
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
