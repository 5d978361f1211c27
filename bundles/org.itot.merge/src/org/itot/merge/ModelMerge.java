package org.itot.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;

/**
 * Three-way merge of two revisions of one model against their common ancestor, by element id and feature and
 * generic over the metamodel. Elements with an id are matched by it; everything else an element contains (security
 * level vectors, interfaces, ports, diagram views) is part of one of its features. Per feature, a change on one side
 * is taken, the same change on both is taken once, and different changes are a conflict that keeps ours. Where an
 * element sits (zone, containment list) is a feature of its own, so moves merge like other changes; the order of a
 * containment list (a rule set) merges as a whole. A deleted element that the other side changed is a conflict, and
 * one that the merged model still needs (a reference, a child) is kept, so the result never refers to what is not in
 * it. A diagram's views are one unit: when both sides changed them, theirs (the later writer) win, with a note.
 */
public final class ModelMerge {

    /** The key of the model itself, whatever its id. */
    public static final String MODEL_KEY = "(model)";

    static final String CONTAINER = "(container)";
    static final String ELEMENT = "(element)";
    static final String VIEWS = "views";
    static final String DELETED = "(deleted)";

    private static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private static final int SHOWN_VALUE_LENGTH = 300;

    private enum Side {
        BASE, OURS, THEIRS
    }

    /** A reference as a value: to an element with an id, or to something at a path inside one. */
    record Ref(String owner, String path) {
        @Override
        public String toString() {
            return path == null ? owner : owner + "/" + path;
        }
    }

    /** Where an element sits: in which feature of which element. */
    record Place(String parent, String feature) {
        @Override
        public String toString() {
            return parent + "." + feature;
        }
    }

    /** What the merge decided for one element of the result: its class, and which side each feature comes from. */
    private static final class Decision {
        final String key;
        final EClass eClass;
        final Map<String, Side> sides = new HashMap<>();
        /** Reference lists both sides changed: what each added and removed, combined. */
        final Map<String, List<Ref>> combinedLists = new HashMap<>();
        /** Both sides changed only the views' geometry: merged view by view over their (theirs') views. */
        boolean viewsPerView;
        Place place;

        Decision(String key, EClass eClass) {
            this.key = key;
            this.eClass = eClass;
        }
    }

    private final Revision base;
    private final Revision ours;
    private final Revision theirs;
    private final Map<EClass, Map<String, List<EStructuralFeature>>> groupsByClass = new HashMap<>();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final Map<String, MergeConflict> conflicts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int theirsApplied;

    private ModelMerge(ArchitectureModel base, ArchitectureModel ours, ArchitectureModel theirs)
            throws MergeInputException {
        this.base = new Revision("base", base);
        this.ours = new Revision("ours", ours);
        this.theirs = new Revision("theirs", theirs);
    }

    /**
     * Merges {@code theirs} into {@code ours}; the three models are read, never changed.
     *
     * @throws MergeInputException when the three are not revisions of one model (different model ids) or one of them
     *                             has two elements with one id or an element without an id
     */
    public static MergeResult merge(ArchitectureModel base, ArchitectureModel ours, ArchitectureModel theirs)
            throws MergeInputException {
        String id = base.getId();
        if (!Objects.equals(id, ours.getId()) || !Objects.equals(id, theirs.getId())) {
            throw new MergeInputException("these are not revisions of one model: the model ids differ (base '" + id
                    + "', ours '" + ours.getId() + "', theirs '" + theirs.getId() + "'); merge only copies of one "
                    + "model file, as Git's merge of one path does");
        }
        return new ModelMerge(base, ours, theirs).run();
    }

    private MergeResult run() {
        Set<String> keys = new LinkedHashSet<>(ours.elements.keySet());
        keys.addAll(theirs.elements.keySet());
        keys.addAll(base.elements.keySet());
        for (String key : keys) {
            if (exists(key)) {
                decisions.put(key, decide(key));
            }
        }
        keepWhatIsNeeded();
        ArchitectureModel merged = new ResultBuilder().build();
        return new MergeResult(merged, List.copyOf(conflicts.values()), List.copyOf(notes), theirsApplied);
    }

    /** Whether the element is in the merge before what the result needs is added back. */
    private boolean exists(String key) {
        boolean inBase = base.has(key);
        boolean inOurs = ours.has(key);
        boolean inTheirs = theirs.has(key);
        if (inOurs && inTheirs || !inBase) {
            if (!inOurs && inTheirs) {
                theirsApplied++;
            }
            return inOurs || inTheirs;
        }
        if (!inOurs && !inTheirs) {
            return false;
        }
        if (inOurs) { // they deleted it
            List<String> changed = changedGroups(ours, key);
            if (changed.isEmpty()) {
                theirsApplied++;
                return false;
            }
            conflict(key, ELEMENT, "present", "changed " + String.join(", ", changed), DELETED, "ours: kept");
            return true;
        }
        List<String> changed = changedGroups(theirs, key); // we deleted it
        if (!changed.isEmpty()) {
            conflict(key, ELEMENT, "present", DELETED, "changed " + String.join(", ", changed), "ours: deleted");
        }
        return false;
    }

    private List<String> changedGroups(Revision side, String key) {
        if (side.get(key).eClass() != base.get(key).eClass()) {
            return List.of("type");
        }
        Map<String, Object> before = base.state(key);
        Map<String, Object> after = side.state(key);
        return after.keySet().stream().filter(group -> !Objects.equals(before.get(group), after.get(group))).toList();
    }

    /** Per feature group (and the element's place): the side whose value the result takes. */
    private Decision decide(String key) {
        EObject inBase = base.get(key);
        EObject inOurs = ours.get(key);
        EObject inTheirs = theirs.get(key);
        EObject typical = inOurs != null ? inOurs : inTheirs != null ? inTheirs : inBase;
        Decision decision = new Decision(key, typical.eClass());
        boolean typeConflict = inOurs != null && inTheirs != null && inOurs.eClass() != inTheirs.eClass();
        if (typeConflict) {
            conflict(key, "type", inBase == null ? ABSENT : inBase.eClass().getName(), inOurs.eClass().getName(),
                    inTheirs.eClass().getName(), "ours");
        }
        List<String> groups = new ArrayList<>(groups(decision.eClass).keySet());
        groups.add(CONTAINER);
        for (String group : groups) {
            Side side;
            if (typeConflict) {
                side = Side.OURS;
            } else {
                Object before = inBase != null && inBase.eClass() == decision.eClass ? base.state(key).get(group)
                        : ABSENT;
                Side ourSide = inOurs != null ? Side.OURS : Side.BASE;
                Side theirSide = inTheirs != null ? Side.THEIRS : Side.BASE;
                Object ourValue = inOurs != null ? ours.state(key).get(group) : before;
                Object theirValue = inTheirs != null ? theirs.state(key).get(group) : before;
                if (Objects.equals(ourValue, theirValue) || Objects.equals(theirValue, before)) {
                    side = ourSide;
                } else if (Objects.equals(ourValue, before)) {
                    side = theirSide;
                    theirsApplied++;
                } else if (isReferenceList(decision.eClass, group)) {
                    side = ourSide;
                    decision.combinedLists.put(group, combine(before, ourValue, theirValue));
                    theirsApplied++;
                } else if (VIEWS.equals(group)) {
                    side = theirSide;
                    theirsApplied++;
                    if (inBase != null && inOurs != null && inTheirs != null && shape(inBase).equals(shape(inOurs))
                            && shape(inBase).equals(shape(inTheirs))) {
                        decision.viewsPerView = true;
                        notes.add(describe(key) + ": both sides moved or resized views; each view keeps the side "
                                + "that changed it, theirs (the later writer) where both did");
                    } else {
                        notes.add(describe(key) + ": both sides changed its views, not only their positions; theirs "
                                + "were taken whole (the later writer wins), our view changes there are not in the "
                                + "result");
                    }
                } else {
                    side = ourSide;
                    conflict(key, group, before, ourValue, theirValue, "ours");
                }
            }
            if (CONTAINER.equals(group)) {
                decision.place = (Place) revision(side).state(key).get(CONTAINER);
            } else {
                decision.sides.put(group, side);
            }
        }
        return decision;
    }

    /** A group of one many-valued non-containment reference (enforcing devices, justifying flows, log targets). */
    private boolean isReferenceList(EClass eClass, String group) {
        List<EStructuralFeature> features = groups(eClass).get(group);
        return features != null && features.size() == 1 && features.get(0) instanceof EReference reference
                && !reference.isContainment() && reference.isMany();
    }

    /**
     * Both sides changed a reference list: ours, without what they removed, with what they added (after its
     * predecessor in their list), so independent additions and removals both survive. Never a conflict: each target
     * is in the list or not, and either side's wish for one target is kept.
     */
    @SuppressWarnings("unchecked")
    private static List<Ref> combine(Object before, Object ourValue, Object theirValue) {
        List<Ref> base = before == ABSENT ? List.of() : (List<Ref>) before;
        List<Ref> theirs = (List<Ref>) theirValue;
        List<Ref> combined = new ArrayList<>((List<Ref>) ourValue);
        combined.removeIf(ref -> base.contains(ref) && !theirs.contains(ref));
        Ref previous = null;
        for (Ref ref : theirs) {
            if (!base.contains(ref) && !combined.contains(ref)) {
                combined.add(previous == null ? 0 : combined.indexOf(previous) + 1, ref);
            }
            if (combined.contains(ref)) {
                previous = ref;
            }
        }
        return combined;
    }

    /**
     * Adds back deleted elements that the result still needs: the parent of a kept element, the target of a kept
     * reference. Each is a conflict (one side deleted it, the other needs it); repeats until nothing is missing.
     */
    private void keepWhatIsNeeded() {
        Deque<String> pending = new ArrayDeque<>(decisions.keySet());
        while (!pending.isEmpty()) {
            Decision decision = decisions.get(pending.pop());
            Map<String, String> needs = new LinkedHashMap<>();
            if (decision.place != null) {
                needs.put(decision.place.parent(), "holds " + describe(decision.key));
            }
            decision.sides.forEach((group, side) -> {
                if (!VIEWS.equals(group)) {
                    Set<String> targets = new LinkedHashSet<>();
                    collectTargets(decision.combinedLists.containsKey(group) ? decision.combinedLists.get(group)
                            : revision(side).state(decision.key).get(group), targets);
                    targets.forEach(target -> needs.putIfAbsent(target, "referenced by " + describe(decision.key)
                            + " through " + group));
                }
            });
            needs.forEach((needed, why) -> {
                if (!decisions.containsKey(needed) && (base.has(needed) || ours.has(needed) || theirs.has(needed))) {
                    decisions.put(needed, decide(needed));
                    String key = needed + "\u0000" + ELEMENT;
                    MergeConflict earlier = conflicts.get(key);
                    if (earlier != null) {
                        conflicts.put(key, new MergeConflict(earlier.elementId(), earlier.type(), earlier.label(),
                                ELEMENT, earlier.base(), earlier.ours(), earlier.theirs(), "kept: " + why));
                    } else {
                        conflict(needed, ELEMENT, base.has(needed) ? "present" : ABSENT,
                                ours.has(needed) ? "present" : DELETED, theirs.has(needed) ? "present" : DELETED,
                                "kept: " + why);
                    }
                    pending.push(needed);
                }
            });
        }
    }

    private static void collectTargets(Object value, Set<String> targets) {
        if (value instanceof Ref ref) {
            targets.add(ref.owner());
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectTargets(item, targets));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collectTargets(item, targets));
        }
    }

    private Revision revision(Side side) {
        return switch (side) {
        case BASE -> base;
        case OURS -> ours;
        case THEIRS -> theirs;
        };
    }

    private void conflict(String key, String feature, Object before, Object ourValue, Object theirValue,
            String resolution) {
        EObject element = ours.has(key) ? ours.get(key) : theirs.has(key) ? theirs.get(key) : base.get(key);
        conflicts.put(key + "\u0000" + feature, new MergeConflict(key, element.eClass().getName(), label(element),
                feature, shown(before), shown(ourValue), shown(theirValue), resolution));
    }

    private String describe(String key) {
        EObject element = ours.has(key) ? ours.get(key) : theirs.has(key) ? theirs.get(key) : base.get(key);
        String label = label(element);
        return element.eClass().getName() + " " + key + (label.equals(key) ? "" : " '" + label + "'");
    }

    private static String label(EObject element) {
        if (element instanceof ModelElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        return element.eContainer() == null ? MODEL_KEY : ((ModelElement) element).getId();
    }

    /** A value as a conflict shows it: ids for references, literals for enumerations, cut at a readable length. */
    static String shown(Object value) {
        String text = shownWhole(value);
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH - 3) + "...";
    }

    private static String shownWhole(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(ModelMerge::shownWhole).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> fields = new ArrayList<>();
            map.forEach((name, field) -> {
                if (!"class".equals(name) && field != null && !(field instanceof List<?> l && l.isEmpty())) {
                    fields.add(name + "=" + shownWhole(field));
                }
            });
            return map.get("class") + "(" + String.join(", ", fields) + ")";
        }
        return value.toString();
    }

    /**
     * The features merged one by one, grouped: each feature is its own group, except a diagram's views, which are
     * one. Left out: derived and transient features, the id, and lists of elements with ids (each of those merges as
     * an element, its place included).
     */
    Map<String, List<EStructuralFeature>> groups(EClass eClass) {
        return groupsByClass.computeIfAbsent(eClass, type -> {
            Map<String, List<EStructuralFeature>> groups = new LinkedHashMap<>();
            boolean diagram = ItotPackage.Literals.DIAGRAM.isSuperTypeOf(type);
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                if (!merged(feature) || holdsElements(feature)) {
                    continue;
                }
                String group = diagram && feature instanceof EReference reference && reference.isContainment()
                        ? VIEWS : feature.getName();
                groups.computeIfAbsent(group, name -> new ArrayList<>()).add(feature);
            }
            return groups;
        });
    }

    /** A containment of views (a node's child views), which {@link #shape} compares, not geometry. */
    static boolean holdsViews(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment()
                && (ItotPackage.Literals.NODE_VIEW.isSuperTypeOf(reference.getEReferenceType())
                        || ItotPackage.Literals.EDGE_VIEW.isSuperTypeOf(reference.getEReferenceType()));
    }

    static boolean merged(EStructuralFeature feature) {
        return !feature.isDerived() && !feature.isTransient() && feature.isChangeable()
                && feature != ItotPackage.Literals.MODEL_ELEMENT__ID;
    }

    /** A containment of elements with ids (zones, assets, rules): merged element by element. */
    static boolean holdsElements(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment()
                && ItotPackage.Literals.MODEL_ELEMENT.isSuperTypeOf(reference.getEReferenceType());
    }

    /** The key of an element with an id: its id, or {@link #MODEL_KEY} for the model. */
    static String key(EObject element) {
        return element.eContainer() == null ? MODEL_KEY : ((ModelElement) element).getId();
    }

    static boolean identified(EObject object) {
        return object.eContainer() == null || holdsElements(object.eContainingFeature());
    }

    /** A reference target as a value: its element's key, and the path from there when it has no id itself. */
    static Ref ref(EObject target) {
        List<String> segments = new ArrayList<>();
        EObject current = target;
        while (!identified(current)) {
            EObject container = current.eContainer();
            segments.add(0, ((InternalEObject) container).eURIFragmentSegment(current.eContainingFeature(), current));
            current = container;
        }
        return new Ref(key(current), segments.isEmpty() ? null : String.join("/", segments));
    }

    /** One revision's elements by key and, computed once each, their states: group name to comparable value. */
    private final class Revision {
        final String name;
        final Map<String, EObject> elements = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> states = new HashMap<>();

        Revision(String name, ArchitectureModel model) throws MergeInputException {
            this.name = name;
            elements.put(MODEL_KEY, model);
            for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                EObject object = contents.next();
                if (identified(object)) {
                    String id = ((ModelElement) object).getId();
                    if (id == null || id.isBlank()) {
                        throw new MergeInputException(name + " has " + object.eClass().getName() + " '"
                                + ((ModelElement) object).getName() + "' without an id; the merge matches elements "
                                + "by id: give it one ('itot validate' lists such elements)");
                    }
                    if (elements.putIfAbsent(id, object) != null) {
                        throw new MergeInputException(name + " has two elements with the id '" + id + "'; the merge "
                                + "matches elements by id: make the ids unique ('itot validate' lists them)");
                    }
                }
            }
        }

        boolean has(String key) {
            return elements.containsKey(key);
        }

        EObject get(String key) {
            return elements.get(key);
        }

        Map<String, Object> state(String key) {
            return states.computeIfAbsent(key, this::snapshot);
        }

        private Map<String, Object> snapshot(String key) {
            EObject element = elements.get(key);
            Map<String, Object> state = new LinkedHashMap<>();
            groups(element.eClass()).forEach((group, features) -> state.put(group, features.size() == 1
                    ? value(element, features.get(0)) : features.stream().map(f -> value(element, f)).toList()));
            state.put(CONTAINER, element.eContainer() == null ? null
                    : new Place(key(element.eContainer()), element.eContainingFeature().getName()));
            return state;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A feature's value in comparable form: attributes as they are, references as {@link Ref}s, contents as maps. */
    static Object value(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        if (feature instanceof EAttribute) {
            return value instanceof List<?> list ? List.copyOf(list) : value;
        }
        List<Object> values = new ArrayList<>();
        for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            EObject target = (EObject) item;
            values.add(((EReference) feature).isContainment() && !identified(target) ? signature(target) : ref(target));
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
     * What a diagram shows, without where: the views' classes, elements, ends and nesting, no attributes (position,
     * size, label offsets, note text) and no bendpoints. Equal shapes mean the views can be merged one by one.
     */
    private static List<Object> shape(EObject diagram) {
        List<Object> shape = new ArrayList<>();
        for (TreeIterator<EObject> contents = diagram.eAllContents(); contents.hasNext();) {
            EObject view = contents.next();
            EClass container = view.eContainer().eClass();
            if (!ItotPackage.Literals.DIAGRAM.isSuperTypeOf(container)
                    && !ItotPackage.Literals.NODE_VIEW.isSuperTypeOf(container)) {
                contents.prune(); // bendpoints and other parts of a view: geometry
                continue;
            }
            shape.add(view.eClass().getName());
            shape.add(view.eContainmentFeature().getName());
            for (EReference reference : view.eClass().getEAllReferences()) {
                if (!reference.isContainment() && merged(reference)) {
                    shape.add(value(view, reference));
                }
            }
            shape.add(view.eContents().stream().filter(child -> holdsViews(child.eContainmentFeature())).count());
        }
        return shape;
    }

    /** The node and edge views of a diagram in containment order, its bendpoints left out. */
    private static List<EObject> views(EObject diagram) {
        List<EObject> views = new ArrayList<>();
        for (TreeIterator<EObject> contents = diagram.eAllContents(); contents.hasNext();) {
            EObject view = contents.next();
            if (ItotPackage.Literals.NODE_VIEW.isSuperTypeOf(view.eClass())
                    || ItotPackage.Literals.EDGE_VIEW.isSuperTypeOf(view.eClass())) {
                views.add(view);
            } else {
                contents.prune();
            }
        }
        return views;
    }

    /** Builds the merged model from the decisions, then lets no reference point outside it. */
    private final class ResultBuilder {
        private final Map<String, EObject> result = new HashMap<>();
        private final EcoreUtil.Copier copier = new EcoreUtil.Copier();
        private ArchitectureModel root;

        ArchitectureModel build() {
            for (Decision decision : decisions.values()) {
                EObject element = EcoreUtil.create(decision.eClass);
                if (!MODEL_KEY.equals(decision.key)) {
                    ((ModelElement) element).setId(decision.key);
                } else {
                    root = (ArchitectureModel) element;
                    root.setId(ours.get(MODEL_KEY) instanceof ModelElement model ? model.getId() : null);
                }
                result.put(decision.key, element);
            }
            decisions.values().forEach(this::setAttributesAndContents);
            decisions.values().stream().filter(decision -> decision.viewsPerView).forEach(this::mergeViews);
            placeElements();
            copier.copyReferences();
            decisions.values().forEach(this::setReferences);
            dropReferencesOutside();
            return root;
        }

        private void setAttributesAndContents(Decision decision) {
            EObject element = result.get(decision.key);
            groups(decision.eClass).forEach((group, features) -> {
                EObject source = revision(decision.sides.get(group)).get(decision.key);
                for (EStructuralFeature feature : features) {
                    if (source.eClass().getFeatureID(feature) >= 0 && source.eIsSet(feature)) {
                        if (feature instanceof EAttribute) {
                            element.eSet(feature, source.eGet(feature));
                        } else if (((EReference) feature).isContainment()) {
                            element.eSet(feature, feature.isMany() ? copier.copyAll((List<?>) source.eGet(feature))
                                    : copier.copy((EObject) source.eGet(feature)));
                        }
                    }
                }
            });
        }

        /**
         * The diagram holds a copy of their views; where we changed a view's attributes or bendpoints and they did
         * not, ours go in. The three diagrams have the same shape, so their views correspond one to one in order.
         */
        private void mergeViews(Decision decision) {
            List<EObject> merged = views(result.get(decision.key));
            List<EObject> before = views(base.get(decision.key));
            List<EObject> after = views(ours.get(decision.key));
            for (int i = 0; i < merged.size(); i++) {
                EObject view = merged.get(i);
                for (EStructuralFeature feature : view.eClass().getEAllStructuralFeatures()) {
                    if (!merged(feature) || feature instanceof EReference reference && !reference.isContainment()
                            || holdsViews(feature)) {
                        continue;
                    }
                    Object baseValue = value(before.get(i), feature);
                    if (!Objects.equals(value(after.get(i), feature), baseValue)
                            && Objects.equals(value(view, feature), baseValue)) {
                        Object ourValue = after.get(i).eGet(feature);
                        view.eSet(feature, feature instanceof EReference ? copier.copyAll((List<?>) ourValue)
                                : ourValue);
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void setReferences(Decision decision) {
            EObject element = result.get(decision.key);
            groups(decision.eClass).forEach((group, features) -> {
                if (decision.combinedLists.containsKey(group)) {
                    List<EObject> targets = (List<EObject>) element.eGet(features.get(0));
                    decision.combinedLists.get(group).stream().map(this::lookup)
                            .filter(target -> target != null && !targets.contains(target)).forEach(targets::add);
                    return;
                }
                EObject source = revision(decision.sides.get(group)).get(decision.key);
                for (EStructuralFeature feature : features) {
                    if (!(feature instanceof EReference reference) || reference.isContainment()
                            || source.eClass().getFeatureID(feature) < 0
                            || !source.eIsSet(feature)) {
                        continue;
                    }
                    if (feature.isMany()) {
                        List<EObject> targets = (List<EObject>) element.eGet(feature);
                        for (EObject target : (List<EObject>) source.eGet(feature)) {
                            EObject resolved = resolve(target);
                            if (resolved != null && !targets.contains(resolved)) {
                                targets.add(resolved);
                            }
                        }
                    } else {
                        element.eSet(feature, resolve((EObject) source.eGet(feature)));
                    }
                }
            });
        }

        /** Elements into their merged places, each list in the merged order. */
        @SuppressWarnings("unchecked")
        private void placeElements() {
            Map<Place, Set<String>> children = new LinkedHashMap<>();
            decisions.values().forEach(decision -> {
                if (decision.place != null) {
                    children.computeIfAbsent(decision.place, place -> new LinkedHashSet<>()).add(decision.key);
                }
            });
            children.forEach((place, keys) -> {
                EObject parent = result.get(place.parent());
                EStructuralFeature feature = parent.eClass().getEStructuralFeature(place.feature());
                List<String> ordered = order(place, keys);
                if (feature == null || !holdsElements(feature) || !feature.isMany() && ordered.size() > 1) {
                    throw new IllegalStateException("cannot place " + ordered + " into " + place);
                }
                if (feature.isMany()) {
                    ((List<EObject>) parent.eGet(feature)).addAll(ordered.stream().map(result::get).toList());
                } else {
                    parent.eSet(feature, result.get(ordered.get(0)));
                }
            });
        }

        /**
         * The merged order of one containment list: ours, or theirs where only they reordered the elements both keep,
         * with the other side's and then base's elements inserted after their predecessors there.
         */
        private List<String> order(Place place, Set<String> keys) {
            List<String> inBase = children(base, place);
            List<String> inOurs = children(ours, place);
            List<String> inTheirs = children(theirs, place);
            Set<String> common = new HashSet<>(keys);
            common.retainAll(new HashSet<>(inBase));
            common.retainAll(new HashSet<>(inOurs));
            common.retainAll(new HashSet<>(inTheirs));
            List<String> baseOrder = inBase.stream().filter(common::contains).toList();
            List<String> ourOrder = inOurs.stream().filter(common::contains).toList();
            List<String> theirOrder = inTheirs.stream().filter(common::contains).toList();
            boolean theirsFirst = false;
            if (!ourOrder.equals(theirOrder) && !theirOrder.equals(baseOrder)) {
                if (ourOrder.equals(baseOrder)) {
                    theirsFirst = true;
                    theirsApplied++;
                } else {
                    conflict(place.parent(), place.feature() + " (order)", baseOrder, ourOrder, theirOrder, "ours");
                }
            }
            // Each key not yet placed goes after its predecessor in the sequence that has it (or to the front); the
            // chains are unrolled once at the end, so the order costs linear time even for 40,000 flows.
            Map<String, List<String>> after = new HashMap<>();
            List<String> front = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            for (List<String> sequence : theirsFirst ? List.of(inTheirs, inOurs, inBase)
                    : List.of(inOurs, inTheirs, inBase)) {
                String previous = null;
                for (String key : sequence) {
                    if (keys.contains(key) && placed.add(key)) { // right after its predecessor, before what followed it
                        (previous == null ? front : after.computeIfAbsent(previous, k -> new ArrayList<>())).add(0,
                                key);
                    }
                    if (placed.contains(key)) {
                        previous = key;
                    }
                }
            }
            List<String> ordered = new ArrayList<>(keys.size());
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            pending.push(keys.stream().filter(placed::add).toList().iterator()); // in no revision's list: at the end
            pending.push(front.iterator());
            while (!pending.isEmpty()) {
                Iterator<String> next = pending.peek();
                if (!next.hasNext()) {
                    pending.pop();
                    continue;
                }
                String key = next.next();
                ordered.add(key);
                List<String> followers = after.get(key);
                if (followers != null) {
                    pending.push(followers.iterator());
                }
            }
            return ordered;
        }

        private List<String> children(Revision revision, Place place) {
            EObject parent = revision.get(place.parent());
            EStructuralFeature feature = parent == null ? null : parent.eClass().getEStructuralFeature(place.feature());
            if (feature == null) {
                return List.of();
            }
            Object value = parent.eGet(feature);
            List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            return items.stream().map(item -> key((EObject) item)).toList();
        }

        /** The result's counterpart of an object of one of the revisions, or null when the result lacks it. */
        private EObject resolve(EObject target) {
            if (target == null) {
                return null;
            }
            EObject top = EcoreUtil.getRootContainer(target);
            if (top == root) {
                return target;
            }
            if (top != base.get(MODEL_KEY) && top != ours.get(MODEL_KEY) && top != theirs.get(MODEL_KEY)) {
                return null; // a view this builder removed, or something outside all three models
            }
            return lookup(ref(target));
        }

        /** The result's object a reference value names, or null when the result lacks it. */
        private EObject lookup(Ref ref) {
            EObject object = result.get(ref.owner());
            if (object == null || ref.path() == null) {
                return object;
            }
            try {
                for (String segment : ref.path().split("/")) {
                    object = ((InternalEObject) object).eObjectForURIFragmentSegment(segment);
                    if (object == null) {
                        return null;
                    }
                }
                return object;
            } catch (RuntimeException noSuchPath) { // e.g. an index past the end of the other side's list
                return null;
            }
        }

        /**
         * The copied contents (views, interfaces, permissions) still point into the revisions: point them into the
         * result, and where the result lacks the target (a view of a deleted element) drop the reference, and an
         * object whose single reference was dropped (the view itself), with a note.
         */
        @SuppressWarnings("unchecked")
        private void dropReferencesOutside() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
                    EObject object = contents.next();
                    for (EReference reference : object.eClass().getEAllReferences()) {
                        if (reference.isContainment() || reference.isContainer() || !merged(reference)
                                || !object.eIsSet(reference)) {
                            continue;
                        }
                        if (reference.isMany()) {
                            List<EObject> targets = (List<EObject>) object.eGet(reference);
                            for (int i = targets.size() - 1; i >= 0; i--) {
                                EObject resolved = resolve(targets.get(i));
                                if (resolved == null) {
                                    targets.remove(i);
                                    dropped(object, reference, false);
                                } else if (resolved != targets.get(i)) {
                                    targets.set(i, resolved);
                                }
                            }
                        } else {
                            EObject target = (EObject) object.eGet(reference);
                            EObject resolved = resolve(target);
                            if (resolved == null && !identified(object)) {
                                dropped(object, reference, true);
                                EcoreUtil.remove(object);
                                changed = true;
                                break;
                            } else if (resolved != target) {
                                object.eSet(reference, resolved);
                                if (resolved == null) {
                                    dropped(object, reference, false);
                                }
                            }
                        }
                    }
                    if (changed) {
                        break; // the tree changed under the iterator
                    }
                }
            }
        }

        private void dropped(EObject object, EReference reference, boolean objectToo) {
            EObject owner = object;
            while (!identified(owner)) {
                owner = owner.eContainer();
            }
            notes.add(describe(key(owner)) + ": dropped " + (objectToo ? "a " + object.eClass().getName() + " whose "
                    + reference.getName() : "a " + reference.getName() + " reference") + " pointing to an element "
                    + "that is not in the merged model");
        }
    }
}
