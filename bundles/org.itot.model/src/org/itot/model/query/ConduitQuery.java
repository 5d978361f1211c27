package org.itot.model.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.Zone;

/** Bodies of the derived operations of {@link Conduit}. */
public final class ConduitQuery {

    private ConduitQuery() {
    }

    public static boolean joins(Conduit conduit, Zone first, Zone second) {
        List<Zone> zones = conduit.getZones();
        return zones.size() == 2 && (zones.get(0) == first && zones.get(1) == second
                || zones.get(0) == second && zones.get(1) == first);
    }

    public static Zone otherZone(Conduit conduit, Zone zone) {
        List<Zone> zones = conduit.getZones();
        if (zones.size() != 2) {
            return null;
        }
        return zones.get(0) == zone ? zones.get(1) : zones.get(1) == zone ? zones.get(0) : null;
    }

    public static EList<Flow> flows(Conduit conduit) {
        List<Flow> flows = new ArrayList<>();
        if (conduit.eContainer() instanceof ArchitectureModel model) {
            for (Flow flow : model.getFlows()) {
                if (FlowQuery.isCrossZone(flow) && FlowQuery.conduits(flow).contains(conduit)) {
                    flows.add(flow);
                }
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(flows));
    }

    /**
     * The enforcement point a conduit's enforcing devices form, the one definition BND-09 and the
     * attack paths count: each device stands for its redundancy group (an HA pair is one point), a
     * device without a group for itself, so conduits guarded by the same device or pair share one
     * point. Devices that enforce nothing (a switch listed by mistake) do not count. Empty when the
     * conduit has no enforcement device; two conduits cross the same point exactly when the sets are
     * equal.
     */
    public static Set<Object> enforcementPoint(Conduit conduit) {
        Set<Object> point = new HashSet<>();
        for (Asset device : conduit.getEnforcedBy()) {
            if (AssetQuery.isEnforcementDevice(device)) {
                String group = device.getRedundancyGroup();
                point.add(group != null && !group.isBlank() ? "group:" + group.strip() : device);
            }
        }
        return Set.copyOf(point);
    }

    /**
     * Which end of a conduit an enforcement device guards: the end at its own site (the zone's site,
     * inherited from parent zones), or, where the device's or the end's site is not recorded, the end
     * that is its own zone or a zone above or below it. An interface in the far zone does not make
     * the device a barrier at the far end: one firewall at one site leaves the other site open to
     * whoever is on the link between them.
     */
    public static boolean protectsEnd(Asset device, Zone end) {
        Zone home = AssetQuery.zone(device);
        if (end == null || home == null || !AssetQuery.isEnforcementDevice(device)) {
            return false;
        }
        String deviceSite = ZoneQuery.effectiveSite(home);
        String endSite = ZoneQuery.effectiveSite(end);
        if (deviceSite != null && endSite != null) {
            return deviceSite.equalsIgnoreCase(endSite);
        }
        return ZoneQuery.isSelfOrAncestor(home, end) || ZoneQuery.isSelfOrAncestor(end, home);
    }

    /**
     * The conduit's zones that none of its enforcement devices (those {@link #enforcementPoint} counts)
     * protects: BND-07 asks each end of an untrusted link to have its own.
     */
    public static EList<Zone> endsWithoutEnforcementPoint(Conduit conduit) {
        List<Zone> open = new ArrayList<>();
        for (Zone end : conduit.getZones()) {
            if (conduit.getEnforcedBy().stream().noneMatch(device -> protectsEnd(device, end))) {
                open.add(end);
            }
        }
        return ECollections.unmodifiableEList(new BasicEList<>(open));
    }

    private static final Set<ConduitMedium> UNTRUSTED = EnumSet.of(ConduitMedium.WAN, ConduitMedium.INTERNET,
            ConduitMedium.CELLULAR, ConduitMedium.RADIO, ConduitMedium.SATELLITE);

    /** A medium outside the plant's control: anyone on it may read or inject traffic. */
    public static boolean isUntrustedMedium(Conduit conduit) {
        return UNTRUSTED.contains(conduit.getMedium());
    }

    /**
     * Media that carry no IP traffic: a serial line, analogue or discrete wiring (4-20 mA, digital IO)
     * and a non-routable fieldbus. No firewall can sit on them; they reach IP only through a protocol
     * gateway (or the master station) at one end, where the boundary has to be enforced instead.
     */
    private static final Set<ConduitMedium> NON_ROUTABLE = EnumSet.of(ConduitMedium.SERIAL, ConduitMedium.HARDWIRED,
            ConduitMedium.FIELDBUS);

    /** The one definition of "routable" the rules (BND-01, SEG-06, SEG-08, BND-10) ask. */
    public static boolean isRoutable(Conduit conduit) {
        return !NON_ROUTABLE.contains(conduit.getMedium());
    }
}
