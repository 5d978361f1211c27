package org.itot.validation.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.query.LocalFeatures;

/**
 * Validation that follows the edits: changes are collected as they happen and {@link #update()}
 * re-evaluates only the elements they can affect, giving the same result as a full validation.
 * <p>
 * Which elements a change can affect is decided conservatively. A change of one of the
 * {@link #LOCAL_FEATURES} (register data, flags and diagram bounds that rules read on the element itself) affects
 * the element, its containers, the elements it refers to and those that refer to it (and their
 * containers). Any other change (structure, zones, conduits, asset types, firewall rules, flow
 * endpoints, settings, waivers, and names and ids, which other findings' messages quote) may move
 * flows, paths, barrier counts or messages, so everything is re-evaluated. Most edits while filling
 * in registers are of the first kind.
 */
public final class LiveValidation {

    /** Register data, flags and diagram positions: read by rules on the element itself only. */
    private static final Set<EStructuralFeature> LOCAL_FEATURES = LocalFeatures.ALL;

    /** How many elements are checked between two looks at the abort condition. */
    private static final int ABORT_CHECK_INTERVAL = 64;

    /**
     * Elements per block of the result: an update rebuilds the blocks of the elements it re-checked and shares the
     * others with the previous result, so it never copies the estate's findings.
     */
    private static final int BLOCK = 256;

    private final ModelValidator validator;
    private final ArchitectureModel model;
    /** Each element's position in a full walk of the model, so results keep a full validation's order. */
    private Map<EObject, Integer> treeIndex = new IdentityHashMap<>();
    /** The findings of each element by its position (null: none); only the updating thread touches it. */
    private List<List<RuleDiagnostic>> findingsByIndex = new ArrayList<>();
    /** The published result, a snapshot: updates make new ones that share its unchanged blocks. */
    private LiveFindings published;
    private final Set<EObject> dirty = new LinkedHashSet<>();
    private final ModelChanges changes;
    private final Consumer<Notification> recorder = this::record;
    private boolean everythingDirty = true;
    /** The shared ids of the last pass ({@link ModelValidator.Settings#ambiguousKeys()}). */
    private Set<String> lastAmbiguousKeys = Set.of();
    /** The settings of the last pass; null before the first. */
    private ModelValidator.Settings lastSettings;

    public LiveValidation(ModelValidator validator, ArchitectureModel model) {
        this.validator = validator;
        this.model = model;
        this.published = LiveFindings.empty(model);
        ModelValidator.prepareIndexes(model);
        // The model's one change feed: when it was already attached (the desktop does it while opening), following
        // the model costs nothing here, on whatever thread this is made.
        changes = ModelChanges.of(model);
        changes.addListener(recorder);
    }

    /** Stops following the model. */
    public void dispose() {
        changes.removeListener(recorder);
    }

    /** True when edits happened since the last {@link #update()}. */
    public synchronized boolean isStale() {
        return everythingDirty || !dirty.isEmpty();
    }

    /** True when the next update re-validates everything (the first, or after a change other than register data). */
    public synchronized boolean needsFullPass() {
        return everythingDirty;
    }

    /**
     * Re-evaluates what the recorded changes affect and returns the findings of the whole model, in
     * the order a full validation gives them. Call it on the thread that edits the model, or under
     * the model's read lock: rules read the model.
     */
    public Diagnostic update() {
        return updateDelta(() -> false).result();
    }

    /**
     * As {@link #updateDelta(BooleanSupplier)}, returning only the result.
     */
    public Diagnostic update(BooleanSupplier abort) {
        FindingsDelta delta = updateDelta(abort);
        return delta == null ? null : delta.result();
    }

    /**
     * Re-evaluates what the recorded changes affect and says what changed since the last result: the findings gone
     * and the findings new; every other finding of the new result is the same object as before. Gives up as soon as
     * {@code abort} says so (a command is waiting for the model, the job was cancelled) and returns {@code null};
     * the pending work is kept for the next call, and the next delta still starts from the last result returned, so
     * nothing is lost and nothing stale is returned. Call it on the thread that edits the model, or under the
     * model's read lock: rules read the model.
     */
    public FindingsDelta updateDelta(BooleanSupplier abort) {
        Set<EObject> toCheck;
        boolean full;
        synchronized (this) {
            full = everythingDirty;
            toCheck = full ? Set.of() : impactOf(dirty);
            everythingDirty = false;
            dirty.clear();
        }
        ModelValidator.Settings settings;
        if (full || lastSettings == null) {
            settings = ModelValidator.Settings.of(model);
        } else {
            // Register edits change no id, waiver or rule setting (those are no LOCAL_FEATURES), so the last pass's
            // settings stand, with today's date for waiver expiry; collecting them again walks the whole model to
            // look for shared ids, which at estate size costs more than the edit's re-evaluation.
            settings = new ModelValidator.Settings(lastSettings.rules(), lastSettings.waivers(), new Date(),
                    lastSettings.ambiguousKeys());
        }
        if (!settings.ambiguousKeys().equals(lastAmbiguousKeys)) {
            // A new or resolved id clash changes whether the waivers of untouched elements apply.
            full = true;
            toCheck = Set.of();
        }
        FindingsDelta delta = full ? fullPass(settings, abort) : localPass(toCheck, settings, abort);
        if (delta == null) {
            return giveUp(full, toCheck);
        }
        lastSettings = settings;
        lastAmbiguousKeys = settings.ambiguousKeys();
        return delta;
    }

    /** Every element again; the findings that stayed the same keep their objects. Null when aborted. */
    private FindingsDelta fullPass(ModelValidator.Settings settings, BooleanSupplier abort) {
        Map<EObject, Integer> index = new IdentityHashMap<>();
        List<List<RuleDiagnostic>> findings = new ArrayList<>();
        int checked = 0;
        for (Iterator<EObject> contents = EcoreUtil.getAllContents(List.of(model)); contents.hasNext();) {
            if (++checked % ABORT_CHECK_INTERVAL == 0 && abort.getAsBoolean()) {
                return null;
            }
            EObject element = contents.next();
            index.put(element, findings.size());
            List<RuleDiagnostic> found = validator.validateElement(element, settings);
            findings.add(found.isEmpty() ? null : found);
        }
        List<RuleDiagnostic> removed = new ArrayList<>();
        List<RuleDiagnostic> added = new ArrayList<>();
        for (Map.Entry<EObject, Integer> entry : treeIndex.entrySet()) {
            List<RuleDiagnostic> before = findingsByIndex.get(entry.getValue());
            if (before != null && !index.containsKey(entry.getKey())) {
                removed.addAll(before); // the element left the model
            }
        }
        for (Map.Entry<EObject, Integer> entry : index.entrySet()) {
            Integer oldPosition = treeIndex.get(entry.getKey());
            List<RuleDiagnostic> before = oldPosition == null ? null : findingsByIndex.get(oldPosition);
            findings.set(entry.getValue(), keepUnchanged(before, findings.get(entry.getValue()), removed, added));
        }
        treeIndex = index;
        findingsByIndex = findings;
        LiveFindings previous = published;
        published = LiveFindings.of(model, findings, BLOCK);
        return new FindingsDelta(previous, published, inResultOrder(removed, previous),
                inResultOrder(added, published));
    }

    /** The elements an edit can affect; the blocks of the others are shared with the last result. Null when aborted. */
    private FindingsDelta localPass(Set<EObject> toCheck, ModelValidator.Settings settings, BooleanSupplier abort) {
        Map<Integer, List<RuleDiagnostic>> fresh = new TreeMap<>();
        int checked = 0;
        for (EObject element : toCheck) {
            if (++checked % ABORT_CHECK_INTERVAL == 0 && abort.getAsBoolean()) {
                return null;
            }
            // Local edits add and remove no element, so every element of the model has its place
            // from the last full pass; anything without one is no longer in the model.
            Integer position = treeIndex.get(element);
            if (position != null) {
                List<RuleDiagnostic> found = validator.validateElement(element, settings);
                fresh.put(position, found.isEmpty() ? null : found);
            }
        }
        List<RuleDiagnostic> removed = new ArrayList<>();
        List<RuleDiagnostic> added = new ArrayList<>();
        Set<Integer> changedBlocks = new TreeSet<>();
        // In position order, so the delta's lists are in the results' order.
        fresh.forEach((position, found) -> {
            List<RuleDiagnostic> before = findingsByIndex.get(position);
            List<RuleDiagnostic> now = keepUnchanged(before, found, removed, added);
            if (now != before) {
                findingsByIndex.set(position, now);
                changedBlocks.add(position / BLOCK);
            }
        });
        LiveFindings previous = published;
        // A new result even when nothing changed (cheap: the blocks are shared), so each pass is seen to complete.
        published = previous.withBlocks(findingsByIndex, changedBlocks);
        return new FindingsDelta(previous, published, removed, added);
    }

    /**
     * An element's new findings, with each finding that stayed the same replaced by its old object; what is gone or
     * new goes to {@code removed} and {@code added}. Returns {@code before} itself when nothing changed.
     */
    private static List<RuleDiagnostic> keepUnchanged(List<RuleDiagnostic> before, List<RuleDiagnostic> now,
            List<RuleDiagnostic> removed, List<RuleDiagnostic> added) {
        if (before == null && now == null) {
            return null;
        }
        if (now == null) {
            removed.addAll(before);
            return null;
        }
        if (before == null) {
            added.addAll(now);
            return now;
        }
        Map<String, RuleDiagnostic> old = new HashMap<>();
        before.forEach(finding -> old.put(finding.findingId(), finding));
        if (old.size() != before.size()) {
            // Two findings of one id on one element (a rule pack defining a rule twice): no telling which is which.
            removed.addAll(before);
            added.addAll(now);
            return now;
        }
        List<RuleDiagnostic> kept = new ArrayList<>(now.size());
        boolean same = before.size() == now.size();
        for (int i = 0; i < now.size(); i++) {
            RuleDiagnostic finding = now.get(i);
            RuleDiagnostic earlier = old.get(finding.findingId());
            if (earlier != null && earlier.sameOutcome(finding)) {
                old.remove(finding.findingId());
                kept.add(earlier);
                same = same && before.get(i) == earlier;
            } else {
                added.add(finding);
                kept.add(finding);
                same = false;
            }
        }
        if (same) {
            return before;
        }
        before.stream().filter(finding -> old.get(finding.findingId()) == finding).forEach(removed::add);
        return List.copyOf(kept);
    }

    /** The findings sorted as they stand in a result (a full pass collects them by element, not in order). */
    private static List<RuleDiagnostic> inResultOrder(List<RuleDiagnostic> findings, LiveFindings result) {
        if (findings.size() < 2) {
            return findings;
        }
        Set<RuleDiagnostic> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(findings);
        return ModelFindings.findings(result).stream().filter(wanted::contains).toList();
    }

    private synchronized FindingsDelta giveUp(boolean full, Set<EObject> toCheck) {
        everythingDirty |= full;
        dirty.addAll(toCheck);
        return null;
    }

    /** The number of elements the next {@link #update()} will re-evaluate (-1 for all). */
    public synchronized int pendingElements() {
        return everythingDirty ? -1 : impactOf(dirty).size();
    }

    private Set<EObject> impactOf(Set<EObject> changed) {
        Set<EObject> impact = new LinkedHashSet<>();
        ECrossReferenceAdapter crossReferences = ECrossReferenceAdapter.getCrossReferenceAdapter(model);
        for (EObject element : changed) {
            addWithContainers(element, impact);
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer()) {
                    for (EObject target : targets(element, reference)) {
                        addWithContainers(target, impact);
                    }
                }
            }
            if (crossReferences != null) {
                for (EStructuralFeature.Setting setting : crossReferences.getInverseReferences(element, false)) {
                    addWithContainers(setting.getEObject(), impact);
                }
            }
        }
        return impact;
    }

    private static List<EObject> targets(EObject element, EReference reference) {
        Object value = element.eGet(reference);
        if (value instanceof List<?> list) {
            List<EObject> targets = new ArrayList<>();
            list.forEach(item -> targets.add((EObject) item));
            return targets;
        }
        return value instanceof EObject target ? List.of(target) : List.of();
    }

    private static void addWithContainers(EObject element, Set<EObject> into) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            into.add(current);
        }
    }

    /** Records what changed; decides between "these elements" and "everything". */
    private void record(Notification notification) {
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject changed)
                || notification.getEventType() == Notification.RESOLVE) {
            return;
        }
        synchronized (this) {
            if (notification.getFeature() instanceof EStructuralFeature feature && LOCAL_FEATURES.contains(feature)) {
                dirty.add(changed);
            } else {
                everythingDirty = true;
            }
        }
    }
}
