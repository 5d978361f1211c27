package org.itot.merge.ui.conflicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.merge.MergeConflict;
import org.itot.merge.ModelMerge;
import org.itot.model.ArchitectureModel;
import org.itot.model.ModelElement;

/**
 * Turns the user's choices for the conflicts of a merge into one command on the model: ours is what the merged file
 * already holds (the merge driver keeps ours), so only theirs and edited values change the model. Theirs is taken
 * from their revision of the element by id; references are re-pointed to our elements with the same ids.
 * Conflicts over an element's existence, its zone, its type, a list's order or a diagram's views are not a single
 * value: the view offers ours for them, and the user edits the model itself for anything else.
 */
public final class ConflictResolution {

    /** What the user picked for one conflict; {@code value} is the edited text for {@link Kind#EDIT}. */
    public record Choice(Kind kind, String value) {
        public static final Choice OURS = new Choice(Kind.OURS, null);
        public static final Choice THEIRS = new Choice(Kind.THEIRS, null);

        public static Choice edit(String value) {
            return new Choice(Kind.EDIT, value);
        }

        @Override
        public String toString() {
            return kind == Kind.EDIT ? "edit: " + value : kind.name().toLowerCase();
        }
    }

    public enum Kind {
        OURS, THEIRS, EDIT
    }

    private final ArchitectureModel model;
    private final ArchitectureModel theirs;
    /** Their elements by id: their revision is never edited, so one walk serves every lookup. */
    private Map<String, EObject> theirIds;

    /**
     * @param model  the model as open (the merged file, ours in every conflict)
     * @param theirs their revision (stage 3 of Git's index)
     */
    public ConflictResolution(ArchitectureModel model, ArchitectureModel theirs) {
        this.model = model;
        this.theirs = theirs;
    }

    /** Why theirs cannot be taken for this conflict by the view, or null when it can. */
    public String whyNotTheirs(MergeConflict conflict) {
        return whyNotTheirs(conflict, ids(model));
    }

    /**
     * {@code ours}: our elements by id, walked once per public call (the open model changes between calls), so that
     * applying hundreds of choices on a large model walks it once, not a few times per choice.
     */
    private String whyNotTheirs(MergeConflict conflict, Map<String, EObject> ours) {
        EObject element = ours.get(conflict.elementId());
        EObject their = theirIds().get(conflict.elementId());
        EStructuralFeature feature = element == null ? null : element.eClass().getEStructuralFeature(conflict.feature());
        if (feature == null || their == null || their.eClass() != element.eClass()) {
            return conflict.feature() + " of " + conflict.elementId() + " is not one value: keep ours here and change "
                    + "the model itself (diagram or Model Explorer) if theirs is wanted";
        }
        if (feature instanceof EReference reference && !reference.isContainment()) {
            for (Object target : values(their.eGet(feature))) {
                if (!(target instanceof ModelElement targetElement) || ours.get(targetElement.getId()) == null) {
                    return "theirs refers to " + (target instanceof ModelElement e ? e.getId() : target)
                            + ", which is not in the model";
                }
            }
        }
        return null;
    }

    /** Why this conflict's value cannot be edited as text, or null when it can. */
    public String whyNotEditable(MergeConflict conflict) {
        return whyNotEditable(conflict, ids(model));
    }

    private static String whyNotEditable(MergeConflict conflict, Map<String, EObject> ours) {
        EObject element = ours.get(conflict.elementId());
        EStructuralFeature feature = element == null ? null : element.eClass().getEStructuralFeature(conflict.feature());
        return feature instanceof EAttribute attribute && !attribute.isMany() ? null
                : conflict.feature() + " of " + conflict.elementId() + " is not a single text value; pick ours or theirs";
    }

    /** Checks an edited value as the model would read it; the message when it is no such value, else null. */
    public String checkValue(MergeConflict conflict, String text) {
        try {
            parse(conflict, text, ids(model));
            return null;
        } catch (RuntimeException e) {
            return "'" + text + "' is not a value of " + conflict.feature() + ": " + e.getMessage();
        }
    }

    /**
     * One command that applies every choice that is not ours, labelled for the Edit menu's undo; null when every
     * choice is ours (the model already holds ours).
     *
     * @throws IllegalArgumentException when a choice cannot be applied (its message says which and why)
     */
    public Command command(EditingDomain domain, Map<MergeConflict, Choice> choices) {
        CompoundCommand command = new CompoundCommand("Resolve Merge Conflicts");
        Map<String, EObject> ours = ids(model);
        choices.forEach((conflict, choice) -> {
            if (choice.kind() == Kind.OURS) {
                return;
            }
            EObject element = ours.get(conflict.elementId());
            String problem = choice.kind() == Kind.THEIRS ? whyNotTheirs(conflict, ours)
                    : whyNotEditable(conflict, ours);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            EStructuralFeature feature = element.eClass().getEStructuralFeature(conflict.feature());
            Object value = choice.kind() == Kind.THEIRS ? theirValue(conflict, feature, ours)
                    : parse(conflict, choice.value(), ours);
            command.append(SetCommand.create(domain, element, feature, value));
        });
        return command.isEmpty() ? null : command;
    }

    private Object theirValue(MergeConflict conflict, EStructuralFeature feature, Map<String, EObject> ours) {
        Object value = theirIds().get(conflict.elementId()).eGet(feature);
        if (feature instanceof EAttribute) {
            return value instanceof List<?> list ? new ArrayList<>(list) : value;
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            // Contained values (security level vectors, interfaces) are copied; what they refer to is re-pointed.
            if (value instanceof List<?> list) {
                List<EObject> copies = new ArrayList<>();
                for (Object item : list) {
                    copies.add(adopt(EcoreUtil.copy((EObject) item), ours));
                }
                return copies;
            }
            return value == null ? null : adopt(EcoreUtil.copy((EObject) value), ours);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(target -> ours.get(((ModelElement) target).getId())).toList();
        }
        return value == null ? null : ours.get(((ModelElement) value).getId());
    }

    /** Re-points the copy's references from their elements to ours with the same ids. */
    private static EObject adopt(EObject copy, Map<String, EObject> ours) {
        List<EObject> objects = new ArrayList<>();
        objects.add(copy);
        copy.eAllContents().forEachRemaining(objects::add);
        for (EObject object : objects) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || !reference.isChangeable() || reference.isTransient()) {
                    continue;
                }
                Object value = object.eGet(reference);
                if (value instanceof List<?> list) {
                    @SuppressWarnings("unchecked")
                    List<EObject> targets = (List<EObject>) list;
                    List<EObject> repointed = targets.stream().map(target -> ours(target, ours)).toList();
                    targets.clear();
                    repointed.stream().filter(target -> target != null).forEach(targets::add);
                } else if (value instanceof EObject target) {
                    object.eSet(reference, ours(target, ours));
                }
            }
        }
        return copy;
    }

    private static EObject ours(EObject target, Map<String, EObject> ours) {
        return target instanceof ModelElement element ? ours.get(element.getId()) : null;
    }

    private static Object parse(MergeConflict conflict, String text, Map<String, EObject> ours) {
        EObject element = ours.get(conflict.elementId());
        EAttribute attribute = (EAttribute) element.eClass().getEStructuralFeature(conflict.feature());
        return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
    }

    private static List<?> values(Object value) {
        return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    }

    private Map<String, EObject> theirIds() {
        if (theirIds == null) {
            theirIds = ids(theirs);
        }
        return theirIds;
    }

    /**
     * The model's elements by id (the first of a duplicated id), and the model itself under
     * {@link ModelMerge#MODEL_KEY}.
     */
    static Map<String, EObject> ids(ArchitectureModel model) {
        Map<String, EObject> ids = new HashMap<>();
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && element.getId() != null) {
                ids.putIfAbsent(element.getId(), element);
            }
        }
        ids.put(ModelMerge.MODEL_KEY, model);
        return ids;
    }
}
