package org.itot.validation.engine;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.validation.rules.RuleDefinition;

/**
 * A finding: an EMF {@link org.eclipse.emf.common.util.Diagnostic} whose data are the offending
 * element first and related elements after it, and which knows its rule and its stable finding id
 * ({@code RULE@element}) so that waivers and the UI can key on it across re-validations.
 */
public final class RuleDiagnostic extends BasicDiagnostic {

    private final RuleDefinition rule;
    private final String findingId;

    RuleDiagnostic(int severity, RuleDefinition rule, String findingId, String message, List<EObject> elements) {
        super(severity, ModelValidator.DIAGNOSTIC_SOURCE, rule.code(), message, elements.toArray());
        this.rule = rule;
        this.findingId = findingId;
    }

    public RuleDefinition rule() {
        return rule;
    }

    public String ruleId() {
        return rule.id();
    }

    public String findingId() {
        return findingId;
    }

    /** The element the rule was evaluated on. */
    public EObject element() {
        return (EObject) getData().get(0);
    }
}
