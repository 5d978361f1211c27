package org.itot.model.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.Role;
import org.itot.model.Zone;

/**
 * Who refers to an element: the conduits an asset enforces, the flows it initiates, ... The rules
 * ask these for every asset, so with an {@link ECrossReferenceAdapter} on the model (the validator
 * installs one) each answer is a look-up; without one it is a scan of the model's lists. Answers
 * are sorted by id either way.
 */
public final class InverseReferences {

    private InverseReferences() {
    }

    public static EList<Conduit> enforcedConduits(Asset asset) {
        return referrers(asset, ItotPackage.Literals.CONDUIT__ENFORCED_BY, Conduit.class,
                model -> model.getConduits(), conduit -> conduit.getEnforcedBy().contains(asset));
    }

    public static EList<Conduit> terminatedConduits(Asset asset) {
        return referrers(asset, ItotPackage.Literals.CONDUIT__TERMINATED_BY, Conduit.class,
                model -> model.getConduits(), conduit -> conduit.getTerminatedBy().contains(asset));
    }

    public static EList<Conduit> monitoredConduits(Asset asset) {
        return referrers(asset, ItotPackage.Literals.CONDUIT__MONITORED_BY, Conduit.class,
                model -> model.getConduits(), conduit -> conduit.getMonitoredBy().contains(asset));
    }

    public static EList<Flow> outgoingFlows(Asset asset) {
        return referrers(asset, ItotPackage.Literals.FLOW__SOURCE, Flow.class, model -> model.getFlows(),
                flow -> flow.getSource() == asset);
    }

    public static EList<Flow> incomingFlows(Asset asset) {
        return referrers(asset, ItotPackage.Literals.FLOW__TARGET, Flow.class, model -> model.getFlows(),
                flow -> flow.getTarget() == asset);
    }

    public static EList<Conduit> conduits(Zone zone) {
        return referrers(zone, ItotPackage.Literals.CONDUIT__ZONES, Conduit.class, model -> model.getConduits(),
                conduit -> conduit.getZones().contains(zone));
    }

    public static EList<Flow> flowsUsing(Role role) {
        return referrers(role, ItotPackage.Literals.FLOW__ROLE, Flow.class, model -> model.getFlows(),
                flow -> flow.getRole() == role);
    }

    private static <T extends EObject> EList<T> referrers(EObject target, EReference reference, Class<T> type,
            java.util.function.Function<ArchitectureModel, List<T>> candidates, Predicate<T> refersToTarget) {
        List<T> result = new ArrayList<>();
        ECrossReferenceAdapter adapter = findAdapter(target);
        if (adapter != null) {
            // The index also remembers elements that were removed from the model but still point at
            // the target; only referrers in the target's own model count.
            EObject root = EcoreUtil.getRootContainer(target);
            for (EStructuralFeature.Setting setting : adapter.getInverseReferences(target, false)) {
                EObject referrer = setting.getEObject();
                if (setting.getEStructuralFeature() == reference && type.isInstance(referrer)
                        && EcoreUtil.getRootContainer(referrer) == root && !result.contains(referrer)) {
                    result.add(type.cast(referrer));
                }
            }
        } else if (EcoreUtil.getRootContainer(target) instanceof ArchitectureModel model) {
            for (T candidate : candidates.apply(model)) {
                if (refersToTarget.test(candidate)) {
                    result.add(candidate);
                }
            }
        }
        // The index lists referrers in the order the references were made, which depends on the editing
        // history; sorted by id, an answer (and every message built from it) is the same after save and load.
        result.sort(BY_ID);
        return ECollections.unmodifiableEList(new BasicEList<>(result));
    }

    private static final Comparator<EObject> BY_ID = Comparator.comparing(
            (EObject o) -> o instanceof ModelElement element ? element.getId() : null,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private static ECrossReferenceAdapter findAdapter(EObject object) {
        ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(object);
        if (adapter != null) {
            return adapter;
        }
        Notifier[] scopes = { object.eResource(), object.eResource() == null ? null : object.eResource().getResourceSet() };
        for (Notifier scope : scopes) {
            if (scope != null) {
                for (Adapter candidate : scope.eAdapters()) {
                    if (candidate instanceof ECrossReferenceAdapter crossReferences) {
                        return crossReferences;
                    }
                }
            }
        }
        return null;
    }
}
