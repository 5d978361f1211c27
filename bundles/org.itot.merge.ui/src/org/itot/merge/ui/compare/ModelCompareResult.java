package org.itot.merge.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itot.compare.ElementChange;
import org.itot.compare.ModelComparison;
import org.itot.compare.ModelDiff;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.validation.engine.ModelFindings;

/**
 * A comparison of a model's revision (old) with the model as it is open (new): what {@code itot diff REV:PATH} lists,
 * plus, per changed element, each changed feature's old and new value as text for the Model Compare view.
 *
 * @param revision      what the old side is, as the user picked it (e.g. {@code 3f2a1bc "rename"} or {@code main})
 * @param featureValues by element id, the changed features with their old and new values
 * @param changedItself the changed elements with a change of their own, not only of the elements they contain (a
 *                      zone whose list of assets changed is listed, but only its own changes are ringed)
 */
public record ModelCompareResult(Path file, String revision, ModelDiff diff,
        Map<String, List<FeatureChange>> featureValues, Set<String> changedItself) {

    /**
     * One changed feature of a changed element. For a list of elements with ids (a zone's assets), which may be
     * long, {@code oldValue} holds the ids removed and {@code newValue} the ids added.
     */
    public record FeatureChange(String feature, String oldValue, String newValue, boolean membership) {
        @Override
        public String toString() {
            return membership ? feature + ": added " + newValue + ", removed " + oldValue
                    : feature + ": " + oldValue + " -> " + newValue;
        }
    }

    /** Longest value shown; a long description or list is cut with an ellipsis. */
    static final int SHOWN_LENGTH = 80;

    /**
     * Compares with the same rule catalogue on both sides, as {@code itot diff} does.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
     */
    public static ModelCompareResult compare(Path file, String revision, ArchitectureModel oldModel,
            ArchitectureModel newModel, ModelFindings.Configuration rules, IProgressMonitor monitor) {
        ModelDiff diff = ModelComparison.compare(oldModel, newModel, rules, monitor);
        Map<String, ModelElement> before = byId(oldModel);
        Map<String, ModelElement> after = byId(newModel);
        Map<String, List<FeatureChange>> values = new LinkedHashMap<>();
        Set<String> changedItself = new HashSet<>();
        for (ElementChange change : diff.elements(ElementChange.Kind.CHANGED)) {
            ModelElement old = before.get(change.id());
            ModelElement now = after.get(change.id());
            List<FeatureChange> features = new ArrayList<>();
            for (String name : change.features()) {
                EStructuralFeature feature = now.eClass().getEStructuralFeature(name);
                if (holdsElements(feature)) {
                    List<String> was = ids(old, feature);
                    List<String> is = ids(now, feature);
                    features.add(new FeatureChange(name, cut(was.stream().filter(id -> !is.contains(id)).toList()
                            .toString()), cut(is.stream().filter(id -> !was.contains(id)).toList().toString()), true));
                } else {
                    features.add(new FeatureChange(name, text(old, feature), text(now, feature), false));
                    changedItself.add(change.id());
                }
            }
            values.put(change.id(), List.copyOf(features));
        }
        return new ModelCompareResult(file, revision, diff, values, Set.copyOf(changedItself));
    }

    private static List<String> ids(EObject owner, EStructuralFeature feature) {
        List<String> ids = new ArrayList<>();
        for (Object item : (List<?>) owner.eGet(feature)) {
            ids.add(((ModelElement) item).getId());
        }
        return ids;
    }

    private static String cut(String text) {
        return text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH - 1) + "\u2026" : text;
    }

    /** A list of elements with ids (a zone's assets): their changes are the contained elements' own. */
    private static boolean holdsElements(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment() && reference.isMany()
                && ItotPackage.Literals.MODEL_ELEMENT.isSuperTypeOf(reference.getEReferenceType());
    }

    public List<FeatureChange> featureChanges(String elementId) {
        return featureValues.getOrDefault(elementId, List.of());
    }

    /** Ids of the elements of one kind of change. */
    public Set<String> ids(ElementChange.Kind kind) {
        return diff.elements(kind).stream().map(ElementChange::id).collect(Collectors.toSet());
    }

    private static Map<String, ModelElement> byId(ArchitectureModel model) {
        Map<String, ModelElement> elements = new LinkedHashMap<>();
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && element.getId() != null) {
                elements.putIfAbsent(element.getId(), element);
            }
        }
        return elements;
    }

    /** A feature's value as a user reads it: attributes as written, references by the ids they point to. */
    static String text(EObject owner, EStructuralFeature feature) {
        if (owner == null || feature == null || owner.eClass().getEAllStructuralFeatures().indexOf(feature) < 0) {
            return "(none)";
        }
        Object value = owner.eGet(feature);
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        String text = items.stream().map(item -> item(feature, item)).collect(Collectors.joining(", "));
        if (value == null) {
            text = "(none)";
        } else if (value instanceof List<?>) {
            text = "[" + text + "]";
        } else if (feature instanceof EAttribute && value instanceof String) {
            text = "\"" + text + "\"";
        }
        return cut(text);
    }

    private static String item(EStructuralFeature feature, Object item) {
        if (item instanceof ModelElement element) {
            return element.getId();
        }
        if (item instanceof EObject object) {
            return object.eClass().getName();
        }
        return String.valueOf(item);
    }
}
