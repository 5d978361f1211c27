package org.itot.attack.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.attack.AttackData;
import org.itot.attack.coverage.CoverageData.MitigationCriterion;
import org.itot.attack.coverage.CoverageReport.ZoneCoverage;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;
import org.itot.model.query.AssetQuery;

/**
 * Computes {@link CoverageReport}s. A technique applies to a zone when it targets one of the ATT&CK
 * assets of the zone's assets (techniques without targets, such as the impacts, apply wherever
 * there is any ATT&CK asset); it is mitigated there when at least one of its mitigations is in place
 * by its criterion, partly when one is partly in place, otherwise unmitigated. Over the model a
 * technique is mitigated when it is mitigated in every zone it applies to.
 */
public final class AttackCoverage {

    private AttackCoverage() {
    }

    /**
     * True when the model holds imported ATT&CK techniques of its own; without them coverage uses the
     * release built into the product ({@link AttackData#of}).
     */
    public static boolean hasAttackData(ArchitectureModel model) {
        return AttackData.hasOwnData(model);
    }

    /** Coverage against the model's own ATT&CK data, or the built-in release when it has none. */
    public static CoverageReport of(ArchitectureModel model) {
        AttackData attack = AttackData.of(model);
        CoverageData data = CoverageData.get();
        List<AttackReference> tactics = attack.references().stream()
                .filter(r -> r.getKind() == AttackObjectKind.TACTIC && current(r)).toList();
        List<AttackReference> techniques = attack.references().stream()
                .filter(r -> r.getKind() == AttackObjectKind.TECHNIQUE && current(r))
                .sorted(Comparator.comparing(AttackReference::getExternalId)).toList();

        Map<Zone, List<Flow>> incoming = new IdentityHashMap<>();
        for (Flow flow : model.getFlows()) {
            Zone target = flow.getTarget() == null ? null : AssetQuery.zone(flow.getTarget());
            if (target != null) {
                incoming.computeIfAbsent(target, z -> new ArrayList<>()).add(flow);
            }
        }
        Map<Zone, List<Conduit>> conduits = new IdentityHashMap<>();
        for (Conduit conduit : model.getConduits()) {
            for (Zone zone : new LinkedHashSet<>(conduit.getZones())) {
                if (zone != null) {
                    conduits.computeIfAbsent(zone, z -> new ArrayList<>()).add(conduit);
                }
            }
        }

        List<ZoneCoverage> zones = new ArrayList<>();
        for (Zone zone : model.getAllZones()) {
            List<Conduit> zoneConduits = conduits.getOrDefault(zone, List.of());
            Set<Asset> enforcing = new LinkedHashSet<>();
            zoneConduits.forEach(c -> c.getEnforcedBy().stream().filter(AssetQuery::isEnforcementDevice)
                    .forEach(enforcing::add));
            ZoneFacts facts = new ZoneFacts(zone, List.copyOf(zone.getAssets()), zoneConduits,
                    List.copyOf(enforcing), incoming.getOrDefault(zone, List.of()));
            zones.add(zone(facts, data, techniques));
        }

        Map<AttackReference, CoverageStatus> overall = new LinkedHashMap<>();
        for (AttackReference technique : techniques) {
            overall.put(technique, combine(zones.stream().map(z -> z.techniques().get(technique)).toList()));
        }
        Map<String, Evidence.Status> mitigations = new LinkedHashMap<>();
        for (String mitigation : data.criteria().keySet()) {
            mitigations.put(mitigation, combineEvidence(zones.stream()
                    .filter(z -> !z.attackAssets().isEmpty())
                    .map(z -> z.mitigations().get(mitigation).status()).toList()));
        }
        return new CoverageReport(attack, tactics, techniques, zones, overall, mitigations);
    }

    private static ZoneCoverage zone(ZoneFacts facts, CoverageData data, List<AttackReference> techniques) {
        Set<String> attackAssets = new LinkedHashSet<>();
        for (Asset asset : facts.assets()) {
            if (asset.getAttackAsset() != null && asset.getAttackAsset().getExternalId() != null) {
                attackAssets.add(asset.getAttackAsset().getExternalId());
            } else {
                attackAssets.addAll(data.attackAssets(asset.getType()));
            }
        }
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (MitigationCriterion criterion : data.criteria().values()) {
            evidence.put(criterion.mitigationId(), criterion.criterion().evaluate(facts));
        }
        Map<AttackReference, CoverageStatus> statuses = new LinkedHashMap<>();
        for (AttackReference technique : techniques) {
            statuses.put(technique, status(technique, attackAssets, evidence));
        }
        return new ZoneCoverage(facts.zone(), List.copyOf(attackAssets), evidence, statuses);
    }

    private static CoverageStatus status(AttackReference technique, Set<String> attackAssets,
            Map<String, Evidence> evidence) {
        boolean applies = technique.getTargets().isEmpty() ? !attackAssets.isEmpty()
                : technique.getTargets().stream().anyMatch(a -> attackAssets.contains(a.getExternalId()));
        if (!applies) {
            return CoverageStatus.NOT_APPLICABLE;
        }
        boolean partly = false;
        for (AttackReference mitigation : technique.getMitigatedBy()) {
            Evidence shown = evidence.get(mitigation.getExternalId());
            if (shown == null) {
                continue;
            }
            if (shown.status() == Evidence.Status.IN_PLACE) {
                return CoverageStatus.MITIGATED;
            }
            partly |= shown.status() == Evidence.Status.PARTIAL;
        }
        return partly ? CoverageStatus.PARTLY : CoverageStatus.UNMITIGATED;
    }

    static CoverageStatus combine(List<CoverageStatus> perZone) {
        List<CoverageStatus> applicable = perZone.stream().filter(s -> s != CoverageStatus.NOT_APPLICABLE).toList();
        if (applicable.isEmpty()) {
            return CoverageStatus.NOT_APPLICABLE;
        }
        if (applicable.stream().allMatch(s -> s == CoverageStatus.MITIGATED)) {
            return CoverageStatus.MITIGATED;
        }
        if (applicable.stream().allMatch(s -> s == CoverageStatus.UNMITIGATED)) {
            return CoverageStatus.UNMITIGATED;
        }
        return CoverageStatus.PARTLY;
    }

    private static Evidence.Status combineEvidence(List<Evidence.Status> perZone) {
        List<Evidence.Status> applicable = perZone.stream().filter(s -> s != Evidence.Status.NOT_APPLICABLE).toList();
        if (applicable.isEmpty()) {
            return Evidence.Status.NOT_APPLICABLE;
        }
        if (applicable.stream().allMatch(s -> s == Evidence.Status.IN_PLACE)) {
            return Evidence.Status.IN_PLACE;
        }
        if (applicable.stream().allMatch(s -> s == Evidence.Status.NOT_IN_PLACE)) {
            return Evidence.Status.NOT_IN_PLACE;
        }
        return Evidence.Status.PARTIAL;
    }

    private static boolean current(AttackReference reference) {
        return !reference.isDeprecated() && reference.getRevokedBy() == null;
    }
}
