package org.itot.validation.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.Waiver;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;

/**
 * Findings of catalogue rules that are not decided by OCL on the model alone (the as-built rules, which judge traffic
 * and device configurations): made like the validator's own, so the model's rule settings (disabled, severity
 * override) and waivers apply to them and every report renders them.
 */
public final class ExternalFindings {

    private ExternalFindings() {
    }

    /**
     * A finding on {@code element}, or {@code null} when the model switched the rule off.
     *
     * @param qualifier tells apart several findings of one rule on one element (e.g. an address, a session); part
     *        of the finding id {@code RULE@element#qualifier}, so it must be stable across runs; null for none
     * @param related further elements the finding concerns, after {@code element}
     * @param evidence what the finding rests on; null for none
     */
    public static RuleDiagnostic create(ModelValidator.Settings settings, RuleDefinition rule, Severity severity,
            EObject element, String qualifier, String message, List<? extends EObject> related,
            FindingEvidence evidence) {
        RuleSetting setting = settings.rules().get(rule.id());
        if (setting != null && !setting.isEnabled()) {
            return null;
        }
        Severity effective = setting == null || setting.getSeverity() == SeverityOverride.DEFAULT ? severity
                : Severity.valueOf(setting.getSeverity().getName());
        String findingId = rule.id() + "@" + ElementLabels.key(element) + (qualifier == null ? "" : "#" + qualifier);
        Waiver waiver = settings.waivers().get(findingId);
        String waiverNote = waiver == null ? null : Waivers.whyNotApplicable(waiver, element, settings.now());
        List<EObject> elements = new ArrayList<>();
        elements.add(element);
        related.stream().filter(other -> other != element && !elements.contains(other)).forEach(elements::add);
        RuleDiagnostic finding = new RuleDiagnostic(effective.toDiagnostic(), rule, findingId, message, elements,
                waiverNote == null ? waiver : null, waiverNote);
        if (evidence != null) {
            finding.setEvidence(evidence);
        }
        return finding;
    }
}
