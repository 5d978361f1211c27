package org.itot.validation.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.itot.model.ArchitectureModel;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.Waiver;
import org.itot.model.query.ZoneGraph;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RuleEvaluationException;
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
    private final Map<EClass, List<CompiledRule>> rulesByClass = new ConcurrentHashMap<>();
    private final Map<EReference, Boolean> checkedContainments = new ConcurrentHashMap<>();
    private final Map<String, Severity> severityDefaults;

    /**
     * Installs the indexes validation keeps on a model: EMF's cross-reference index and the cached zone graph, both
     * adapters on every element. EMF's adapter lists are not thread-safe, so a model shown in the desktop gets them
     * on the UI thread, where its views add their own adapters, before anything validates it in the background.
     */
    public static void prepareIndexes(ArchitectureModel model) {
        CrossReferences.ensure(model);
        ZoneGraph.of(model);
    }

    public ModelValidator(List<RulePack> packs) {
        this(packs, Map.of());
    }

    /**
     * @param severityDefaults severities by rule ID that replace the catalogue's (the desktop's preferences); a
     *                         model's own rule settings still win over them
     */
    public ModelValidator(List<RulePack> packs, Map<String, Severity> severityDefaults) {
        for (RulePack pack : packs) {
            rules.addAll(pack.rules());
        }
        this.severityDefaults = Map.copyOf(severityDefaults);
    }

    public List<CompiledRule> rules() {
        return List.copyOf(rules);
    }

    public Diagnostic validate(ArchitectureModel model) {
        return validate(model, new NullProgressMonitor());
    }

    /**
     * Validates the whole model, checking {@code monitor} before each element, so a cancel stops it before the
     * next element.
     *
     * @throws OperationCanceledException when the monitor was cancelled
     */
    public Diagnostic validate(ArchitectureModel model, IProgressMonitor monitor) {
        CrossReferences.ensure(model);
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                "Validation of " + ElementLabels.label(model), new Object[] { model });
        walk(model, Settings.of(model), result, monitor);
        return result;
    }

    /**
     * Depth-first over the containment tree, in the order of {@code eAllContents()}, but only into
     * containments that can hold an element some rule applies to: port ranges, diagram views and
     * the like are never visited when no rule looks at them.
     */
    private void walk(EObject element, Settings settings, BasicDiagnostic into, IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException("The validation of the model was cancelled");
        }
        validateElement(element, settings, into);
        for (EReference containment : element.eClass().getEAllContainments()) {
            if (!canHoldCheckedElements(containment)) {
                continue;
            }
            Object value = element.eGet(containment);
            if (value instanceof List<?> children) {
                for (Object child : children) {
                    walk((EObject) child, settings, into, monitor);
                }
            } else if (value instanceof EObject child) {
                walk(child, settings, into, monitor);
            }
        }
    }

    private boolean canHoldCheckedElements(EReference containment) {
        return checkedContainments.computeIfAbsent(containment, reference -> {
            Set<EClass> seen = new HashSet<>();
            Deque<EClass> work = new ArrayDeque<>(concreteKinds(reference.getEReferenceType()));
            while (!work.isEmpty()) {
                EClass eClass = work.poll();
                if (!seen.add(eClass)) {
                    continue;
                }
                if (!rulesFor(eClass).isEmpty()) {
                    return true;
                }
                for (EReference inner : eClass.getEAllContainments()) {
                    work.addAll(concreteKinds(inner.getEReferenceType()));
                }
            }
            return false;
        });
    }

    /** The class and every class of its package that extends it: what a containment may hold. */
    private static List<EClass> concreteKinds(EClass type) {
        List<EClass> kinds = new ArrayList<>();
        kinds.add(type);
        for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass candidate && candidate != type && type.isSuperTypeOf(candidate)) {
                kinds.add(candidate);
            }
        }
        return kinds;
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
            try {
                report(rule, element, setting, settings, into);
            } catch (RuleEvaluationException e) {
                // A runaway rule (endless recursion, huge collection) is a finding, not a hang or a crash.
                String findingId = rule.definition().id() + "@" + ElementLabels.key(element);
                into.add(new RuleDiagnostic(Diagnostic.ERROR, rule.definition(), findingId, "Rule "
                        + rule.definition().id() + " could not be evaluated on " + ElementLabels.label(element) + ": "
                        + e.getMessage() + ". Fix or disable the rule in " + rule.definition().source(),
                        List.of(element), null, null));
            }
        }
    }

    private void report(CompiledRule rule, EObject element, RuleSetting setting, Settings settings,
            BasicDiagnostic into) {
        if (rule.holds(element)) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        elements.add(element);
        elements.addAll(rule.relatedElements(element));
        String findingId = rule.definition().id() + "@" + ElementLabels.key(element);
        Waiver waiver = settings.waivers().get(findingId);
        String waiverNote = waiver == null ? null : Waivers.whyNotApplicable(waiver, element, settings.now());
        Severity base = severityDefaults.getOrDefault(rule.definition().id(), rule.severity());
        into.add(new RuleDiagnostic(severity(base, setting).toDiagnostic(), rule.definition(), findingId,
                rule.message(element, ElementLabels::label), elements, waiverNote == null ? waiver : null, waiverNote));
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
