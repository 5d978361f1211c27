package org.itot.validation.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotPackage;

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

    private static final Set<EStructuralFeature> LOCAL_FEATURES = Set.of(
            ItotPackage.Literals.MODEL_ELEMENT__DESCRIPTION,
            ItotPackage.Literals.ASSET__VENDOR, ItotPackage.Literals.ASSET__PRODUCT_MODEL,
            ItotPackage.Literals.ASSET__FIRMWARE, ItotPackage.Literals.ASSET__CRITICALITY,
            ItotPackage.Literals.ASSET__LOCATION, ItotPackage.Literals.ASSET__OWNER,
            ItotPackage.Literals.ASSET__INTERNET_EXPOSED, ItotPackage.Literals.ASSET__WIRELESS,
            ItotPackage.Literals.ASSET__REMOTE_ACCESS_ENABLED, ItotPackage.Literals.ASSET__MFA,
            ItotPackage.Literals.ASSET__DEFAULT_CREDENTIALS_CHANGED, ItotPackage.Literals.ASSET__HARDCODED_CREDENTIALS,
            ItotPackage.Literals.FLOW__PURPOSE, ItotPackage.Literals.FLOW__MFA, ItotPackage.Literals.FLOW__APPROVAL_REQUIRED,
            // Moving and resizing boxes in the diagram editor: only the diagram rules read these.
            ItotPackage.Literals.NODE_VIEW__X, ItotPackage.Literals.NODE_VIEW__Y, ItotPackage.Literals.NODE_VIEW__WIDTH,
            ItotPackage.Literals.NODE_VIEW__HEIGHT, ItotPackage.Literals.NODE_VIEW__COLLAPSED,
            ItotPackage.Literals.NOTE_VIEW__TEXT, ItotPackage.Literals.EDGE_VIEW__LABEL_OFFSET_X,
            ItotPackage.Literals.EDGE_VIEW__LABEL_OFFSET_Y, ItotPackage.Literals.BENDPOINT__X,
            ItotPackage.Literals.BENDPOINT__Y);

    /** How many elements are checked between two looks at the abort condition. */
    private static final int ABORT_CHECK_INTERVAL = 64;

    private final ModelValidator validator;
    private final ArchitectureModel model;
    /** Each element's position in a full walk of the model, so results keep a full validation's order. */
    private final Map<EObject, Integer> treeIndex = new IdentityHashMap<>();
    private final TreeMap<Integer, List<RuleDiagnostic>> findingsByIndex = new TreeMap<>();
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

    /**
     * Re-evaluates what the recorded changes affect and returns the findings of the whole model, in
     * the order a full validation gives them. Call it on the thread that edits the model, or under
     * the model's read lock: rules read the model.
     */
    public Diagnostic update() {
        return update(() -> false);
    }

    /**
     * As {@link #update()}, but gives up as soon as {@code abort} says so (a command is waiting for
     * the model, the job was cancelled) and returns {@code null}; the pending work is kept for the
     * next call, so nothing is lost and nothing stale is returned.
     */
    public Diagnostic update(BooleanSupplier abort) {
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
        lastSettings = settings;
        if (!settings.ambiguousKeys().equals(lastAmbiguousKeys)) {
            // A new or resolved id clash changes whether the waivers of untouched elements apply.
            full = true;
            toCheck = Set.of();
            lastAmbiguousKeys = settings.ambiguousKeys();
        }
        int checked = 0;
        if (full) {
            treeIndex.clear();
            findingsByIndex.clear();
            check(model, 0, settings);
            treeIndex.put(model, 0);
            for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                if (++checked % ABORT_CHECK_INTERVAL == 0 && abort.getAsBoolean()) {
                    return giveUp(true, Set.of());
                }
                EObject element = contents.next();
                int index = treeIndex.size();
                treeIndex.put(element, index);
                check(element, index, settings);
            }
        } else {
            for (EObject element : toCheck) {
                if (++checked % ABORT_CHECK_INTERVAL == 0 && abort.getAsBoolean()) {
                    return giveUp(false, toCheck);
                }
                // Local edits add and remove no element, so every element of the model has its place
                // from the last full pass; anything without one is no longer in the model.
                Integer index = treeIndex.get(element);
                if (index != null) {
                    check(element, index, settings);
                }
            }
        }
        return collect();
    }

    private synchronized Diagnostic giveUp(boolean full, Set<EObject> toCheck) {
        everythingDirty |= full;
        dirty.addAll(toCheck);
        return null;
    }

    /** The number of elements the next {@link #update()} will re-evaluate (-1 for all). */
    public synchronized int pendingElements() {
        return everythingDirty ? -1 : impactOf(dirty).size();
    }

    private void check(EObject element, int index, ModelValidator.Settings settings) {
        List<RuleDiagnostic> findings = validator.validateElement(element, settings);
        if (findings.isEmpty()) {
            findingsByIndex.remove(index);
        } else {
            findingsByIndex.put(index, findings);
        }
    }

    private Diagnostic collect() {
        BasicDiagnostic result = new BasicDiagnostic(ModelValidator.DIAGNOSTIC_SOURCE, 0,
                "Validation of " + ElementLabels.label(model), new Object[] { model });
        findingsByIndex.values().forEach(findings -> findings.forEach(result::add));
        return result;
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
