package org.itot.model.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.Asset;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;

/** Bodies of the derived operations of {@link Zone}: which side of the IT/OT divide a zone is on. */
public final class ZoneQuery {

    private ZoneQuery() {
    }

    public static Zone parentZone(Zone zone) {
        return zone.eContainer() instanceof Zone parent ? parent : null;
    }

    /** Enterprise side: levels 4-5 and everything outside the plant (Internet, cloud, WAN, vendors). */
    public static boolean isEnterpriseSide(Zone zone) {
        PurdueLevel level = zone.getPurdueLevel();
        return level == PurdueLevel.LEVEL_4 || level == PurdueLevel.LEVEL_5 || level == PurdueLevel.EXTERNAL
                || isExternalKind(zone.getKind());
    }

    /** Industrial side: levels 0-3. The iDMZ (3.5) belongs to neither side; that is its purpose. */
    public static boolean isIndustrialSide(Zone zone) {
        if (isExternalKind(zone.getKind())) {
            return false;
        }
        return switch (zone.getPurdueLevel()) {
        case LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3 -> true;
        default -> false;
        };
    }

    /**
     * The site a zone is at: its own, else the nearest parent zone's (a sub-zone is where its parent
     * is). Null when no zone up the chain records one.
     */
    public static String effectiveSite(Zone zone) {
        for (Zone at = zone; at != null; at = parentZone(at)) {
            String site = at.getSite();
            if (site != null && !site.isBlank()) {
                return site.strip();
            }
        }
        return null;
    }

    /** The zone itself or one of its parent zones. */
    public static boolean isSelfOrAncestor(Zone candidate, Zone zone) {
        for (Zone at = zone; at != null; at = parentZone(at)) {
            if (at == candidate) {
                return true;
            }
        }
        return false;
    }

    public static boolean isIdmz(Zone zone) {
        return zone.getKind() == ZoneKind.IDMZ || zone.getPurdueLevel() == PurdueLevel.LEVEL_35;
    }

    /** Level x 10 (35 for the iDMZ, 60 for external zones): lets OCL compare levels as numbers. */
    public static int levelRank(Zone zone) {
        return switch (zone.getPurdueLevel()) {
        case LEVEL_0 -> 0;
        case LEVEL_1 -> 10;
        case LEVEL_2 -> 20;
        case LEVEL_3 -> 30;
        case LEVEL_35 -> 35;
        case LEVEL_4 -> 40;
        case LEVEL_5 -> 50;
        case EXTERNAL -> 60;
        };
    }

    public static EList<Asset> allAssets(Zone zone) {
        List<Asset> assets = new ArrayList<>();
        collectAssets(zone, assets);
        return ECollections.unmodifiableEList(new BasicEList<>(assets));
    }

    static void collectAssets(Zone zone, List<Asset> into) {
        into.addAll(zone.getAssets());
        for (Zone sub : zone.getSubZones()) {
            collectAssets(sub, into);
        }
    }

    private static boolean isExternalKind(ZoneKind kind) {
        return kind == ZoneKind.INTERNET || kind == ZoneKind.CLOUD || kind == ZoneKind.WAN
                || kind == ZoneKind.VENDOR_EXTERNAL;
    }
}
