package org.itot.model.query;

import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itot.model.ItotPackage;

/**
 * The features that describe one element and nothing about how the model hangs together: register data, flags, and
 * where boxes sit in a diagram. No query of the model's structure (the {@link ZoneGraph}, the {@link BarrierGraph},
 * routes of flows) reads them, so its caches outlive their changes, and live validation re-evaluates only the edited
 * element's neighbourhood for them. Most edits while filling in registers or arranging diagrams are of this kind; at
 * estate size, dropping the zone graph for them made every such edit rebuild the barrier graph of 400,000 flows.
 */
public final class LocalFeatures {

    /** The features; a change of any other may move flows, paths or barrier counts. */
    public static final Set<EStructuralFeature> ALL = Set.of(
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

    private LocalFeatures() {
    }

    /** Whether the change is of one of these features. */
    public static boolean isLocal(Notification notification) {
        return notification.getFeature() instanceof EStructuralFeature feature && ALL.contains(feature);
    }
}
