package org.itot.model.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;

/**
 * The one definition of "entry point / external origin": where someone outside the plant's networks
 * gets in. The EXT rules and SEG-09 ask it through the model's operations ({@code Asset.isEntryPoint()},
 * {@code Flow.isFromOutside()}) and the attack-path search attaches its entries to the same devices,
 * so a modem the paths list as a way in is also what the rules judge remote access from.
 * <p>
 * An entry point is a device inside the plant that faces an outside network, wherever it sits: a
 * dial-in modem or cellular router in the control zone is as much a way in as a zone called Internet
 * (IEC 62443-3-2 ZCR 3.6 calls such devices access points of the system under consideration; NERC
 * CIP-005 counts dial-up and cellular connectivity as external routable or dial-up access).
 */
public final class EntryPoints {

    private EntryPoints() {
    }

    /** Outside the plant's control: the Internet, clouds, vendors and anything at the external level. */
    public static boolean isOutsideNetwork(Zone zone) {
        return zone.getPurdueLevel() == PurdueLevel.EXTERNAL || zone.getKind() == ZoneKind.INTERNET
                || zone.getKind() == ZoneKind.CLOUD || zone.getKind() == ZoneKind.VENDOR_EXTERNAL;
    }

    /** Where external links (modems, WAN and partner lines) are modelled: outside networks and WAN zones. */
    public static boolean isExternalLink(Zone zone) {
        return isOutsideNetwork(zone) || zone.getKind() == ZoneKind.WAN;
    }

    /** A conduit to an outside network or WAN zone, or over a medium the plant does not control. */
    public static boolean facesOutside(Conduit conduit) {
        return ConduitQuery.isUntrustedMedium(conduit)
                || conduit.getZones().stream().anyMatch(EntryPoints::isExternalLink);
    }

    /**
     * A device inside the plant that faces an outside network. Firewalls and data diodes are the
     * barriers at such links, not ways through them; assets that sit in an outside network are
     * outside already (external origins, not entry points).
     */
    public static boolean isEntryPoint(Asset asset) {
        if (isInOutsideNetwork(asset) || AssetQuery.isEnforcementDevice(asset)) {
            return false;
        }
        return asset.isInternetExposed() || AssetQuery.hasRole(asset, AssetType.MODEM)
                || AssetQuery.interfaceZones(asset).stream().anyMatch(EntryPoints::isExternalLink)
                || !outsideConduits(asset).isEmpty() || !ownRadioUplinks(asset).isEmpty();
    }

    /** Where a session comes from outside: an asset in an outside network, or an entry point. */
    public static boolean isExternalOrigin(Asset asset) {
        return isInOutsideNetwork(asset) || isEntryPoint(asset);
    }

    private static boolean isInOutsideNetwork(Asset asset) {
        Zone home = AssetQuery.zone(asset);
        return home != null && isOutsideNetwork(home);
    }

    /**
     * A flow that starts outside, even in the same zone as its target: at an asset in an outside
     * network, or at an entry point inside the plant. A remote-access gateway or VPN server inside the
     * plant is the entry the chain prescribes: the sessions it opens are the brokered onward leg, not
     * new arrivals from outside.
     */
    public static boolean isFromOutside(Flow flow) {
        Asset source = flow.getSource();
        return source != null && isExternalOrigin(source)
                && (isInOutsideNetwork(source) || !AssetQuery.isRemoteAccessGateway(source));
    }

    /** The outside-facing conduits the asset terminates (a plain router, a modem) or is listed as enforcing. */
    public static EList<Conduit> outsideConduits(Asset asset) {
        Set<Conduit> conduits = new LinkedHashSet<>();
        for (Conduit conduit : InverseReferences.terminatedConduits(asset)) {
            if (facesOutside(conduit)) {
                conduits.add(conduit);
            }
        }
        for (Conduit conduit : InverseReferences.enforcedConduits(asset)) {
            if (facesOutside(conduit)) {
                conduits.add(conduit);
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(conduits));
    }

    /**
     * Cellular and satellite links end in the device that holds the SIM or the terminal. When a flow
     * of this asset leaves its zone over such a conduit and no other device of the conduit (enforcing
     * or terminating it) sits in or has an interface in the asset's zone, the asset holds the uplink
     * itself (an edge gateway with a 4G modem of its own). WAN and Internet links are left out: their
     * router is often not drawn, and the assets behind it are not connected via the external network.
     */
    public static EList<Conduit> ownRadioUplinks(Asset asset) {
        Zone home = AssetQuery.zone(asset);
        // cheap test first: the rules ask this for the source of every flow, and most zones have no radio link
        if (home == null || InverseReferences.conduits(home).stream().noneMatch(EntryPoints::isRadioUplink)) {
            return ECollections.emptyEList();
        }
        List<Flow> flows = new ArrayList<>(InverseReferences.outgoingFlows(asset));
        flows.addAll(InverseReferences.incomingFlows(asset));
        Set<Conduit> uplinks = new LinkedHashSet<>();
        for (Flow flow : flows) {
            for (Conduit conduit : FlowQuery.conduits(flow)) {
                if (isRadioUplink(conduit) && conduit.getZones().contains(home)
                        && !terminatedInZoneByOther(conduit, home, asset)) {
                    uplinks.add(conduit);
                }
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(uplinks));
    }

    private static boolean isRadioUplink(Conduit conduit) {
        return conduit.getMedium() == ConduitMedium.CELLULAR || conduit.getMedium() == ConduitMedium.SATELLITE;
    }

    private static boolean terminatedInZoneByOther(Conduit conduit, Zone home, Asset asset) {
        List<Asset> ends = new ArrayList<>(conduit.getEnforcedBy());
        ends.addAll(conduit.getTerminatedBy());
        for (Asset device : ends) {
            if (device != asset
                    && (AssetQuery.zone(device) == home || AssetQuery.interfaceZones(device).contains(home))) {
                return true;
            }
        }
        return false;
    }
}
