package org.itot.model.query;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.NetworkInterface;
import org.itot.model.Zone;

/** Bodies of the derived operations of {@link Asset}: its zone(s) and how the rules classify its type. */
public final class AssetQuery {

    private static final Set<AssetType> ENFORCEMENT = Set.of(AssetType.FIREWALL, AssetType.DATA_DIODE);
    private static final Set<AssetType> GATEWAYS = Set.of(AssetType.REMOTE_ACCESS_GATEWAY, AssetType.VPN_SERVER);
    private static final Set<AssetType> MONITORING = Set.of(AssetType.IDS, AssetType.IPS, AssetType.NSM_SENSOR);
    private static final Set<AssetType> CONTROLLERS = Set.of(AssetType.PLC, AssetType.RTU, AssetType.IED,
            AssetType.SAFETY_CONTROLLER, AssetType.DCS_CONTROLLER, AssetType.PAC);
    private static final Set<AssetType> BUSINESS = Set.of(AssetType.ERP, AssetType.MAIL_SERVER,
            AssetType.WORKSTATION, AssetType.CLOUD_SERVICE);
    private static final Set<AssetType> IACS = Set.of(AssetType.PLC, AssetType.RTU, AssetType.IED,
            AssetType.SAFETY_CONTROLLER, AssetType.DCS_CONTROLLER, AssetType.PAC, AssetType.FIELD_IO, AssetType.SENSOR,
            AssetType.ACTUATOR, AssetType.HMI, AssetType.CONTROL_SERVER, AssetType.DATA_HISTORIAN,
            AssetType.ENGINEERING_WORKSTATION);

    private AssetQuery() {
    }

    public static Zone zone(Asset asset) {
        return asset.eContainer() instanceof Zone zone ? zone : null;
    }

    public static EList<Zone> interfaceZones(Asset asset) {
        Set<Zone> zones = new LinkedHashSet<>();
        for (NetworkInterface networkInterface : asset.getInterfaces()) {
            if (networkInterface.getZone() != null) {
                zones.add(networkInterface.getZone());
            }
        }
        if (zones.isEmpty() && zone(asset) != null) {
            zones.add(zone(asset));
        }
        return ECollections.unmodifiableEList(new BasicEList<>(zones));
    }

    /**
     * The one role check: the asset's type is the role, or the role is one of its additional roles
     * (one appliance that is VPN gateway and jump host, a firewall that is also the VPN server).
     * Every classification below asks this, so an additional role counts wherever the type would.
     */
    public static boolean hasRole(Asset asset, AssetType role) {
        return role != null && (asset.getType() == role || asset.getAdditionalRoles().contains(role));
    }

    private static boolean hasAnyRole(Asset asset, Set<AssetType> roles) {
        if (roles.contains(asset.getType())) {
            return true;
        }
        for (AssetType role : asset.getAdditionalRoles()) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** A remote-access gateway or VPN server: where sessions from outside must enter (EXT-03, EXT-05). */
    public static boolean isRemoteAccessGateway(Asset asset) {
        return hasAnyRole(asset, GATEWAYS);
    }

    public static boolean isEnforcementDevice(Asset asset) {
        return hasAnyRole(asset, ENFORCEMENT);
    }

    public static boolean isMonitoringDevice(Asset asset) {
        return hasAnyRole(asset, MONITORING);
    }

    public static boolean isController(Asset asset) {
        return hasAnyRole(asset, CONTROLLERS);
    }

    /**
     * Business IT assets (SEG-05). A domain controller counts as business only in an enterprise-side
     * zone: an OT domain controller in level 3 is what IAM-01 asks for.
     */
    public static boolean isBusinessAsset(Asset asset) {
        Zone zone = zone(asset);
        if (hasRole(asset, AssetType.DOMAIN_CONTROLLER) && zone != null && ZoneQuery.isEnterpriseSide(zone)) {
            return true;
        }
        return hasAnyRole(asset, BUSINESS);
    }

    public static boolean isIacsAsset(Asset asset) {
        return hasAnyRole(asset, IACS);
    }
}
