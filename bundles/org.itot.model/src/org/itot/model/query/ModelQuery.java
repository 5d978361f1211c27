package org.itot.model.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.common.util.ECollections;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Zone;

/** Bodies of the derived operations of {@link ArchitectureModel}: read-only walks over the zone tree. */
public final class ModelQuery {

    private ModelQuery() {
    }

    public static EList<Zone> allZones(ArchitectureModel model) {
        List<Zone> zones = new ArrayList<>();
        for (Zone zone : model.getZones()) {
            collectZones(zone, zones);
        }
        return ECollections.unmodifiableEList(new BasicEList<>(zones));
    }

    public static EList<Asset> allAssets(ArchitectureModel model) {
        List<Asset> assets = new ArrayList<>();
        for (Zone zone : model.getZones()) {
            ZoneQuery.collectAssets(zone, assets);
        }
        return ECollections.unmodifiableEList(new BasicEList<>(assets));
    }

    /** The model an element belongs to: the root of its containment tree, when that is a model. */
    public static ArchitectureModel modelOf(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof ArchitectureModel model ? model : null;
    }

    static void collectZones(Zone zone, List<Zone> into) {
        into.add(zone);
        for (Zone sub : zone.getSubZones()) {
            collectZones(sub, into);
        }
    }
}
