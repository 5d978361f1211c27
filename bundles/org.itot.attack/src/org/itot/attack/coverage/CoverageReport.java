package org.itot.attack.coverage;

import java.util.List;
import java.util.Map;

import org.itot.attack.AttackData;
import org.itot.model.AttackReference;
import org.itot.model.Zone;

/**
 * ATT&CK for ICS coverage of a model: per zone and over the model, the status of every current
 * technique and the evidence for every mitigation the model can show.
 *
 * @param attack the ATT&CK data assessed against: its release and whether it is the built-in one or the model's own
 * @param tactics the matrix columns, in order
 * @param techniques current techniques (neither deprecated nor revoked), by id
 * @param zones one entry per zone (sub-zones included), in model order
 * @param overall the model-wide status per technique
 * @param mitigations the model-wide status per mitigation the model can show
 */
public record CoverageReport(AttackData attack, List<AttackReference> tactics, List<AttackReference> techniques,
        List<ZoneCoverage> zones, Map<AttackReference, CoverageStatus> overall,
        Map<String, Evidence.Status> mitigations) {

    /** One zone's coverage. */
    public record ZoneCoverage(Zone zone, List<String> attackAssets, Map<String, Evidence> mitigations,
            Map<AttackReference, CoverageStatus> techniques) {

        public List<AttackReference> with(CoverageStatus status) {
            return techniques.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).toList();
        }
    }

    /** The ATT&CK release, e.g. 18.1. */
    public String version() {
        return attack.version();
    }

    /** The techniques of a tactic column, by id. */
    public List<AttackReference> techniques(AttackReference tactic) {
        return techniques.stream().filter(t -> t.getTactics().contains(tactic)).toList();
    }

    public long count(CoverageStatus status) {
        return overall.values().stream().filter(s -> s == status).count();
    }

    public ZoneCoverage zone(Zone zone) {
        return zones.stream().filter(z -> z.zone() == zone).findFirst().orElse(null);
    }
}
