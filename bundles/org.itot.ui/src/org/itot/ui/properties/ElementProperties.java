package org.itot.ui.properties;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itot.model.ItotPackage;

/**
 * Which tab of the Properties view shows which feature of an element. By feature name, as the same idea (an owner, a
 * protocol, an SL vector) recurs across element types; what no tab names is General.
 */
public final class ElementProperties {

    /** The contributor id of the tabbed Properties view, shared by the explorer and the diagram editor. */
    public static final String CONTRIBUTOR_ID = "org.itot.ui.properties";

    public enum Tab {
        GENERAL, SECURITY, NETWORK, OWNERSHIP, ATTACK
    }

    private static final Map<Tab, Set<String>> TABS = Map.of(
            Tab.SECURITY, Set.of("slTarget", "slAchieved", "slAssessment", "slCapability", "safetyDesignation", "safetySystem", "classified", "mfa", "mfaRequired",
                    "defaultCredentialsChanged", "hardcodedCredentials", "privileged", "shared", "emergency",
                    "encrypted", "authenticated", "cleartext", "authenticates", "integrityProtected",
                    "approvalRequired"),
            Tab.NETWORK, Set.of("interfaces", "listeningServices", "internetExposed", "wireless",
                    "remoteAccessEnabled", "inline", "redundancyGroup", "patchSource", "avSource", "logsTo", "zones",
                    "enforcedBy", "monitoredBy", "terminatedBy", "carriedBy", "site", "medium", "unidirectional", "allowedSource", "source", "target",
                    "protocol", "ports", "operation", "remoteAccess", "role", "order", "destination", "action",
                    "logging", "justifiedBy", "physicalBoundary", "logicalBoundary", "trusted", "category",
                    "defaultPorts", "secureVariantOf", "accessPoints", "perimeter", "permissions"),
            Tab.OWNERSHIP, Set.of("owner", "accountableOrganisation", "vendor", "productModel", "firmware", "location",
                    "criticality", "ownerOrganisation", "revision"),
            Tab.ATTACK, Set.of("attackAsset", "attackVersion"));

    /** Containments shown (read-only) as a summary: the rest are tree children or diagram notation. */
    private static final Set<EReference> SUMMARISED = Set.of(ItotPackage.Literals.ASSET__INTERFACES,
            ItotPackage.Literals.ASSET__LISTENING_SERVICES, ItotPackage.Literals.FLOW__PORTS,
            ItotPackage.Literals.FIREWALL_RULE__PORTS, ItotPackage.Literals.PROTOCOL__DEFAULT_PORTS,
            ItotPackage.Literals.ROLE__PERMISSIONS);

    private ElementProperties() {
    }

    public static Tab tabOf(EStructuralFeature feature) {
        for (Map.Entry<Tab, Set<String>> entry : TABS.entrySet()) {
            if (entry.getValue().contains(feature.getName())) {
                return entry.getKey();
            }
        }
        return Tab.GENERAL;
    }

    /** The features of a class that a tab shows, in the metamodel's order. */
    public static List<EStructuralFeature> featuresOf(EClass type, Tab tab) {
        return type.getEAllStructuralFeatures().stream()
                .filter(feature -> shown(feature) && tabOf(feature) == tab).toList();
    }

    private static boolean shown(EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient()) {
            return false;
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            return !reference.isMany() && reference.getEReferenceType() == ItotPackage.Literals.SECURITY_LEVEL_VECTOR
                    || SUMMARISED.contains(reference);
        }
        return true;
    }
}
