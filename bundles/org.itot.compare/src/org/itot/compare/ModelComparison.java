package org.itot.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.Hop;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.Zone;
import org.itot.model.query.AssetQuery;
import org.itot.model.query.FlowQuery;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Compares two models (as-is and to-be, or two revisions of one file): elements by id, the findings
 * of the same rule packs on both, and the attack paths of both keyed by entry, target and hops.
 */
public final class ModelComparison {

    /** Paths listed per model for the comparison: well above what one report shows, still bounded. */
    public static final int PATH_LIMIT = 5_000;

    private ModelComparison() {
    }

    /** @param rules how both models' findings are made, as {@code itot validate} makes them */
    public static ModelDiff compare(ArchitectureModel oldModel, ArchitectureModel newModel,
            ModelFindings.Configuration rules) {
        return compare(oldModel, newModel, rules, new NullProgressMonitor());
    }

    /**
     * As {@link #compare(ArchitectureModel, ArchitectureModel, ModelFindings.Configuration)}, reporting its five steps
     * (elements, the old model's findings, the new model's, the old model's attack paths, the new model's) to
     * {@code monitor}. Cancel is looked at between the steps and, through the validator, before each element
     * validated, which is where a large model's time goes. A path analysis (org.itot.analysis takes no monitor and
     * stays free of Eclipse runtime bundles) runs to its end, bounded by its own expansion limits; Cancel during it
     * is looked at when it returns.
     *
     * @throws OperationCanceledException when the monitor was cancelled; neither model keeps the validator's index
     */
    public static ModelDiff compare(ArchitectureModel oldModel, ArchitectureModel newModel,
            ModelFindings.Configuration rules, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Comparing the models", 100);
        step(progress, 10, "Comparing the elements");
        List<ElementChange> elements = compareElements(oldModel, newModel);
        Map<String, FindingChange> oldFindings = findings(rules, oldModel, step(progress, 35,
                "Validating the old model"));
        Map<String, FindingChange> newFindings = findings(rules, newModel, step(progress, 35,
                "Validating the new model"));
        PathQuery query = PathQuery.defaults().total(PATH_LIMIT);
        step(progress, 10, "Finding the attack paths of the old model");
        PathReport oldPaths = AttackPaths.analyse(oldModel, query);
        step(progress, 10, "Finding the attack paths of the new model");
        PathReport newPaths = AttackPaths.analyse(newModel, query);
        checkCancelled(progress);
        List<String> truncation = new ArrayList<>();
        oldPaths.truncation().forEach(reason -> truncation.add("old model: " + reason));
        newPaths.truncation().forEach(reason -> truncation.add("new model: " + reason));
        return new ModelDiff(elements, onlyIn(newFindings, oldFindings), onlyIn(oldFindings, newFindings),
                pathsOnlyIn(newPaths, oldPaths, oldModel), pathsOnlyIn(oldPaths, newPaths, newModel), truncation);
    }

    /** Starts the next step, unless Cancel was pressed: the monitor of the step's work. */
    private static SubMonitor step(SubMonitor progress, int work, String name) {
        checkCancelled(progress);
        progress.subTask(name);
        return progress.split(work);
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException("The comparison of the models was cancelled");
        }
    }

    private static List<ElementChange> compareElements(ArchitectureModel oldModel, ArchitectureModel newModel) {
        Map<String, ModelElement> before = elementsById(oldModel);
        Map<String, ModelElement> after = elementsById(newModel);
        List<ElementChange> changes = new ArrayList<>();
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                changes.add(change(ElementChange.Kind.REMOVED, element, List.of()));
            }
        });
        after.forEach((id, element) -> {
            ModelElement old = before.get(id);
            if (old == null) {
                changes.add(change(ElementChange.Kind.ADDED, element, List.of()));
            } else {
                List<String> features = changedFeatures(old, element);
                if (!features.isEmpty()) {
                    changes.add(change(ElementChange.Kind.CHANGED, element, features));
                }
            }
        });
        return changes;
    }

    private static ElementChange change(ElementChange.Kind kind, ModelElement element, List<String> features) {
        return new ElementChange(kind, element.getId(), element.eClass().getName(), PathText.label(element), features);
    }

    /** Elements with an id, in containment order; the first of a duplicated id stands for it. */
    private static Map<String, ModelElement> elementsById(ArchitectureModel model) {
        Map<String, ModelElement> elements = new LinkedHashMap<>();
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && element.getId() != null
                    && !element.getId().isBlank()) {
                elements.putIfAbsent(element.getId(), element);
            }
        }
        return elements;
    }

    /**
     * Features whose values differ. References compare by the ids of what they point to; contained
     * elements with ids are compared on their own, other contained values (SL vectors, interfaces,
     * ports, diagram views) as part of their owner.
     */
    private static List<String> changedFeatures(EObject before, EObject after) {
        List<String> changed = new ArrayList<>();
        for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (!Objects.equals(value(before, feature), value(after, feature))) {
                changed.add(feature.getName());
            }
        }
        return changed;
    }

    private static Object value(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        if (feature instanceof EAttribute) {
            return value instanceof List<?> list ? List.copyOf(list) : value;
        }
        EReference reference = (EReference) feature;
        List<Object> values = new ArrayList<>();
        for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            EObject target = (EObject) item;
            if (target instanceof ModelElement element && element.getId() != null && !element.getId().isBlank()) {
                values.add("#" + element.getId());
            } else if (reference.isContainment()) {
                values.add(signature(target));
            } else {
                values.add(target.eClass().getName() + ":" + PathText.label(target instanceof ModelElement m ? m : null));
            }
        }
        return values;
    }

    private static Map<String, Object> signature(EObject object) {
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("class", object.eClass().getName());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!feature.isDerived() && !feature.isTransient()) {
                signature.put(feature.getName(), value(object, feature));
            }
        }
        return signature;
    }

    /**
     * The findings of the model as the comparison keeps them. The validator leaves its cross-reference index on
     * the model (for live validation); the comparison takes it off again, since with two 100,000-asset models
     * in one heap the first model's index (about 180 bytes per element) would crowd the second's validation.
     */
    private static Map<String, FindingChange> findings(ModelFindings.Configuration rules, ArchitectureModel model,
            IProgressMonitor monitor) {
        boolean indexed = ECrossReferenceAdapter.getCrossReferenceAdapter(model) != null;
        try {
            // A cancelled validation throws: the index comes off all the same.
            return findingChanges(rules, model, monitor);
        } finally {
            if (!indexed) {
                removeCrossReferenceIndex(model);
            }
        }
    }

    private static void removeCrossReferenceIndex(ArchitectureModel model) {
        ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(model);
        if (index == null) {
            return;
        }
        Resource resource = model.eResource();
        for (Notifier scope : resource == null ? List.<Notifier>of(model)
                : resource.getResourceSet() == null ? List.<Notifier>of(resource)
                        : List.<Notifier>of(resource.getResourceSet())) {
            scope.eAdapters().remove(index);
        }
    }

    private static Map<String, FindingChange> findingChanges(ModelFindings.Configuration rules,
            ArchitectureModel model, IProgressMonitor monitor) {
        Map<String, FindingChange> findings = new LinkedHashMap<>();
        for (RuleDiagnostic finding : ModelFindings
                .findings(ModelFindings.validate(model, rules.validator(), monitor))) {
            String severity = switch (finding.getSeverity()) {
            case Diagnostic.ERROR -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
            };
            findings.putIfAbsent(finding.findingId(),
                    new FindingChange(finding.findingId(), finding.ruleId(), severity, finding.getMessage()));
        }
        return findings;
    }

    private static List<FindingChange> onlyIn(Map<String, FindingChange> these, Map<String, FindingChange> others) {
        return these.values().stream().filter(finding -> !others.containsKey(finding.findingId())).toList();
    }

    /**
     * Paths of one model that the other neither lists nor still allows. A path the other model still
     * allows is only pushed out of its per-target list by weaker ones, which is no change of the path.
     */
    private static List<AttackPath> pathsOnlyIn(PathReport these, PathReport others, ArchitectureModel otherModel) {
        Set<String> otherKeys = new HashSet<>();
        others.paths().forEach(path -> otherKeys.add(path.key()));
        Map<String, ModelElement> otherElements = elementsById(otherModel);
        return these.paths().stream()
                .filter(path -> !otherKeys.contains(path.key()) && !allows(others, otherElements, path)).toList();
    }

    /** Whether the other model has the same entry, target and hop elements joining the same zones. */
    private static boolean allows(PathReport other, Map<String, ModelElement> elements, AttackPath path) {
        if (!(elements.get(path.target().getId()) instanceof Asset)) {
            return false;
        }
        List<Hop> hops = path.hops();
        String firstZone = hops.isEmpty() ? null : hops.get(0).to().getId();
        boolean entry = other.entries().stream().anyMatch(candidate -> candidate.id().equals(path.entry().id())
                && candidate.zones().stream().anyMatch(zone -> zone.getId().equals(firstZone)));
        if (!entry) {
            return false;
        }
        for (Hop hop : hops) {
            ModelElement element = elements.get(hop.element().getId());
            if (element == null || element.eClass() != hop.element().eClass()) {
                return false;
            }
            String from = hop.from() == null ? null : hop.from().getId();
            String to = hop.to().getId();
            boolean joins = switch (hop.kind()) {
            case ENTRY -> true;
            case CONDUIT -> ids(((Conduit) element).getZones()).containsAll(List.of(from, to));
            case FLOW -> from.equals(id(FlowQuery.sourceZone((Flow) element)))
                    && to.equals(id(FlowQuery.targetZone((Flow) element)));
            case BYPASS -> ids(AssetQuery.interfaceZones((Asset) element)).containsAll(List.of(from, to));
            };
            if (!joins) {
                return false;
            }
        }
        return true;
    }

    private static List<String> ids(List<Zone> zones) {
        return zones.stream().map(ModelComparison::id).toList();
    }

    private static String id(Zone zone) {
        return zone == null ? null : zone.getId();
    }
}
