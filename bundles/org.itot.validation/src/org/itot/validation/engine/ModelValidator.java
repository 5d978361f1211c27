package org.itot.validation.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.Waiver;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.Severity;

/**
 * The one validator behind the desktop, the CLI and the exporters: evaluates the rules of the given
 * packs on every element of a model and returns one EMF {@link Diagnostic} whose children are
 * {@link RuleDiagnostic}s. Honours the model's rule settings (disabled rules, severity overrides)
 * and waivers (accepted risks).
 */
public final class ModelValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.itot.validation";

    private final List<CompiledRule> rules = new ArrayList<>();
    private final Map<EClass, List<CompiledRule>> rulesByClass = new HashMap<>();

    public ModelValidator(List<RulePack> packs) {
        for (RulePack pack : packs) {
            rules.addAll(pack.rules());
        }
    }

    public List<CompiledRule> rules() {
        return List.copyOf(rules);
    }

    public Diagnostic validate(ArchitectureModel model) {
        CrossReferences.ensure(model);
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                "Validation of " + ElementLabels.label(model), new Object[] { model });
        Settings settings = Settings.of(model);
        validateElement(model, settings, result);
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            validateElement(contents.next(), settings, result);
        }
        return result;
    }

    /** Evaluates the applicable rules on one element; live validation calls this for changed elements. */
    public List<RuleDiagnostic> validateElement(EObject element, Settings settings) {
        BasicDiagnostic collector = new BasicDiagnostic();
        validateElement(element, settings, collector);
        return collector.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    private void validateElement(EObject element, Settings settings, BasicDiagnostic into) {
        for (CompiledRule rule : rulesFor(element.eClass())) {
            RuleSetting setting = settings.rules().get(rule.definition().id());
            if (setting != null && !setting.isEnabled()) {
                continue;
            }
            if (!rule.holds(element)) {
                List<EObject> elements = new ArrayList<>();
                elements.add(element);
                elements.addAll(rule.relatedElements(element));
                String findingId = rule.definition().id() + "@" + ElementLabels.key(element);
                Waiver waiver = settings.waivers().get(findingId);
                String waiverNote = waiver == null ? null : Waivers.whyNotApplicable(waiver, element, settings.now());
                into.add(new RuleDiagnostic(severity(rule.severity(), setting).toDiagnostic(), rule.definition(),
                        findingId, rule.message(element, ElementLabels::label), elements,
                        waiverNote == null ? waiver : null, waiverNote));
            }
        }
    }

    /** What a model says about its own validation: rule settings and waivers, read once per run. */
    public record Settings(Map<String, RuleSetting> rules, Map<String, Waiver> waivers, Date now) {

        public static Settings of(ArchitectureModel model) {
            Map<String, RuleSetting> rules = new HashMap<>();
            for (RuleSetting setting : model.getRuleSettings()) {
                rules.put(setting.getRuleId(), setting);
            }
            return new Settings(rules, Waivers.byFindingId(model), new Date());
        }
    }

    private static Severity severity(Severity catalogue, RuleSetting setting) {
        if (setting == null || setting.getSeverity() == SeverityOverride.DEFAULT) {
            return catalogue;
        }
        return Severity.valueOf(setting.getSeverity().getName());
    }

    private List<CompiledRule> rulesFor(EClass eClass) {
        return rulesByClass.computeIfAbsent(eClass,
                c -> rules.stream().filter(rule -> rule.context().isSuperTypeOf(c)).toList());
    }
}
