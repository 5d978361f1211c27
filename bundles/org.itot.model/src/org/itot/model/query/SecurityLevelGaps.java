package org.itot.model.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Countermeasure;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;

/**
 * The security-level gap table: per zone and FR the target (SL-T), what the design can achieve
 * (IEC 62443-3-3, RULES.md SL-03: max(min over the zone's own assets' SL-C, max over its compensating
 * countermeasures' SL-C)) and what an assessment recorded (SL-A). Unknown is not zero: an asset whose
 * SL-C is not recorded has not been assessed, so it neither lowers the achievable level nor counts as
 * short; it is listed as not assessed (SL-03's info finding), and a zone none of whose assets has an
 * SL-C has no achievable level.
 * SL-03 asks {@link #shortfall(Zone)} through {@code Zone.getSlShortfall()}, so the table and the findings agree.
 */
public final class SecurityLevelGaps {

    /**
     * One zone and FR.
     *
     * @param target SL-T, null when the zone has none
     * @param achievable null when no asset of the zone's own has a recorded SL-C (nothing to judge)
     * @param assessed SL-A, null when no assessment is recorded
     * @param assetsBelow the zone's assets whose recorded SL-C is below SL-T in this FR
     * @param compensated true when a countermeasure reaches SL-T although some asset does not
     * @param notAssessed the zone's assets with no recorded SL-C, which the design gap cannot judge
     * @param countermeasuresNotAssessed the zone's countermeasures with no recorded SL-C: they count as SL 0 in
     *        achievable, so a design gap beside them is not known to be real (SL-03 reports it as not assessed)
     */
    public record Gap(Zone zone, int fr, Integer target, Integer achievable, Integer assessed, List<Asset> assetsBelow,
            boolean compensated, List<Asset> notAssessed, List<Countermeasure> countermeasuresNotAssessed) {

        public Gap {
            assetsBelow = List.copyOf(assetsBelow);
            notAssessed = List.copyOf(notAssessed);
            countermeasuresNotAssessed = List.copyOf(countermeasuresNotAssessed);
        }

        /** SL-T minus achievable when positive: the design falls short (what SL-03 reports). */
        public int designGap() {
            return target == null || achievable == null ? 0 : Math.max(0, target - achievable);
        }

        /** SL-T minus SL-A when positive: the assessment found the zone short of its target. */
        public int assessedGap() {
            return target == null || assessed == null ? 0 : Math.max(0, target - assessed);
        }

        public boolean hasGap() {
            return designGap() > 0 || assessedGap() > 0;
        }
    }

    private SecurityLevelGaps() {
    }

    /** Every zone (sub-zones included) × FR1-FR7, in model order. */
    public static List<Gap> of(ArchitectureModel model) {
        List<Gap> gaps = new ArrayList<>();
        for (Zone zone : model.getAllZones()) {
            gaps.addAll(of(zone));
        }
        return gaps;
    }

    /** One zone's seven rows, FR1 to FR7. */
    public static List<Gap> of(Zone zone) {
        List<Gap> gaps = new ArrayList<>(SecurityLevels.FR_COUNT);
        for (int fr = 1; fr <= SecurityLevels.FR_COUNT; fr++) {
            gaps.add(gap(zone, fr));
        }
        return gaps;
    }

    public static Gap gap(Zone zone, int fr) {
        Integer target = level(zone.getSlTarget(), fr);
        Integer assessed = level(zone.getSlAchieved(), fr);
        Integer weakestAsset = null;
        List<Asset> below = new ArrayList<>();
        List<Asset> notAssessed = new ArrayList<>();
        for (Asset asset : zone.getAssets()) {
            if (asset.getSlCapability() == null) {
                notAssessed.add(asset);
                continue;
            }
            int capability = capability(asset.getSlCapability(), fr);
            weakestAsset = weakestAsset == null ? capability : Math.min(weakestAsset, capability);
            if (target != null && capability < target) {
                below.add(asset);
            }
        }
        Integer strongestCountermeasure = null;
        List<Countermeasure> countermeasuresNotAssessed = new ArrayList<>();
        for (Countermeasure countermeasure : zone.getCountermeasures()) {
            if (countermeasure.getSlCapability() == null) {
                countermeasuresNotAssessed.add(countermeasure);
            }
            int capability = capability(countermeasure.getSlCapability(), fr);
            strongestCountermeasure = strongestCountermeasure == null ? capability
                    : Math.max(strongestCountermeasure, capability);
        }
        Integer achievable = achievable(weakestAsset, strongestCountermeasure);
        boolean compensated = !below.isEmpty() && strongestCountermeasure != null && target != null
                && strongestCountermeasure >= target;
        return new Gap(zone, fr, target, achievable, assessed, below, compensated, notAssessed,
                countermeasuresNotAssessed);
    }

    /** The FRs in which the zone's design falls short of its SL-T (what SL-03 reports), ascending. */
    public static EList<Integer> shortfall(Zone zone) {
        EList<Integer> frs = new BasicEList<>();
        if (zone.getSlTarget() == null) {
            return ECollections.unmodifiableEList(frs);
        }
        for (int fr = 1; fr <= SecurityLevels.FR_COUNT; fr++) {
            if (gap(zone, fr).designGap() > 0) {
                frs.add(fr);
            }
        }
        return ECollections.unmodifiableEList(frs);
    }

    /** The achievable level of a zone in one FR, null when it has no assets of its own. */
    public static Integer achievable(Zone zone, int fr) {
        return gap(zone, fr).achievable();
    }

    private static Integer achievable(Integer weakestAsset, Integer strongestCountermeasure) {
        if (weakestAsset == null) {
            // No asset with a recorded SL-C: nothing to fall short with; SL-03 reports nothing for it either.
            return null;
        }
        return strongestCountermeasure == null ? weakestAsset : Math.max(weakestAsset, strongestCountermeasure);
    }

    private static Integer level(SecurityLevelVector vector, int fr) {
        return vector == null ? null : SecurityLevels.fr(vector, fr);
    }

    /**
     * A countermeasure whose capability is not recorded compensates nothing that can be shown: SL 0 in the
     * achievable level, but listed as not assessed so that no rule presents the resulting gap as a fact.
     */
    private static int capability(SecurityLevelVector vector, int fr) {
        return vector == null ? 0 : SecurityLevels.fr(vector, fr);
    }
}
