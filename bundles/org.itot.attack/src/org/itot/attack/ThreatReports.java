package org.itot.attack;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.itot.attack.coverage.CoverageData;
import org.itot.attack.coverage.CoverageReport;
import org.itot.attack.coverage.CoverageReport.ZoneCoverage;
import org.itot.attack.coverage.CoverageStatus;
import org.itot.attack.coverage.Evidence;
import org.itot.model.AttackReference;
import org.itot.model.Zone;
import org.itot.model.query.ModelQuery;
import org.itot.model.query.SecurityLevelGaps.Gap;

import com.google.gson.stream.JsonWriter;

/**
 * Text and JSON renderings of coverage reports and security-level gap tables, shared by the command
 * line and anything else that prints them.
 */
public final class ThreatReports {

    private ThreatReports() {
    }

    /** Coverage as text; one zone when {@code only} is not null, else the model and every zone. */
    public static String coverageText(CoverageReport report, Zone only) {
        StringBuilder text = new StringBuilder();
        text.append(report.attack().describe()).append(": ").append(report.techniques().size())
                .append(" techniques\n");
        if (only == null) {
            text.append("\nWhole model: ");
            counts(text, report.overall());
            text.append("Mitigations shown in place (criteria: see README, Threat view):\n");
            report.mitigations().forEach((id, status) -> text.append("  ").append(mitigationName(report, id))
                    .append(": ").append(status.label()).append('\n'));
            List<AttackReference> open = report.overall().entrySet().stream()
                    .filter(e -> e.getValue() == CoverageStatus.UNMITIGATED).map(Map.Entry::getKey).toList();
            text.append("Unmitigated techniques (").append(open.size()).append("): ").append(ids(open)).append('\n');
        }
        for (ZoneCoverage zone : report.zones()) {
            if (only != null && zone.zone() != only) {
                continue;
            }
            text.append("\nZone ").append(zone.zone().getId()).append(" ").append(zone.zone().getName()).append(": ");
            if (zone.attackAssets().isEmpty()) {
                text.append("no asset that ATT&CK for ICS targets\n");
                continue;
            }
            text.append("ATT&CK assets ").append(String.join(", ", zone.attackAssets())).append("; ");
            counts(text, zone.techniques());
            zone.mitigations().forEach((id, evidence) -> text.append("  ").append(mitigationName(report, id))
                    .append(": ").append(evidence.status().label()).append(" (").append(evidence.detail())
                    .append(")\n"));
            text.append("  Unmitigated: ").append(ids(zone.with(CoverageStatus.UNMITIGATED))).append('\n');
            text.append("  Partly mitigated: ").append(ids(zone.with(CoverageStatus.PARTLY))).append('\n');
        }
        return text.toString();
    }

    /**
     * The version of the JSON reports' shape ({@code docs/schemas/coverage.schema.json} and
     * {@code levels.schema.json}); a breaking change raises it.
     */
    public static final String FORMAT_VERSION = "1.0";

    public static String coverageJson(CoverageReport report, Zone only) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("formatVersion").value(FORMAT_VERSION);
            json.name("attackVersion").value(report.version());
            json.name("attackData").value(report.attack().origin());
            json.name("tactics").beginArray();
            for (AttackReference tactic : report.tactics()) {
                json.beginObject().name("id").value(tactic.getExternalId()).name("name").value(tactic.getName());
                json.name("techniques").beginArray();
                for (AttackReference technique : report.techniques(tactic)) {
                    json.value(technique.getExternalId());
                }
                json.endArray().endObject();
            }
            json.endArray();
            if (only == null) {
                json.name("model").beginObject();
                statuses(json, report.overall());
                json.name("mitigations").beginObject();
                for (Map.Entry<String, Evidence.Status> entry : report.mitigations().entrySet()) {
                    json.name(entry.getKey()).value(entry.getValue().label());
                }
                json.endObject().endObject();
            }
            json.name("zones").beginArray();
            for (ZoneCoverage zone : report.zones()) {
                if (only != null && zone.zone() != only) {
                    continue;
                }
                json.beginObject().name("id").value(zone.zone().getId()).name("name").value(zone.zone().getName());
                json.name("attackAssets").beginArray();
                for (String asset : zone.attackAssets()) {
                    json.value(asset);
                }
                json.endArray();
                json.name("mitigations").beginObject();
                for (Map.Entry<String, Evidence> entry : zone.mitigations().entrySet()) {
                    json.name(entry.getKey()).beginObject().name("status").value(entry.getValue().status().label())
                            .name("evidence").value(entry.getValue().detail())
                            .name("criterion").value(CoverageData.get().criteria().get(entry.getKey()).rationale())
                            .endObject();
                }
                json.endObject();
                statuses(json, zone.techniques());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The gap table as text: one line per zone and FR. */
    public static String levelsText(List<Gap> gaps) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-16s %-4s %5s %11s %5s  %s%n", "Zone", "FR", "SL-T", "Achievable", "SL-A",
                "Gap"));
        for (Gap gap : gaps) {
            text.append(String.format("%-16s FR%d %5s %11s %5s  %s%n", gap.zone().getId(), gap.fr(),
                    level(gap.target()), level(gap.achievable()), level(gap.assessed()), describe(gap)));
        }
        long design = gaps.stream().filter(g -> g.designGap() > 0).count();
        long assessed = gaps.stream().filter(g -> g.assessedGap() > 0).count();
        text.append(design).append(" zone/FR pairs below SL-T by design, ").append(assessed)
                .append(" below SL-T as assessed (SL-A)\n");
        return text.toString();
    }

    public static String levelsJson(List<Gap> gaps) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject().name("formatVersion").value(FORMAT_VERSION).name("gaps").beginArray();
            for (Gap gap : gaps) {
                json.beginObject().name("zone").value(gap.zone().getId()).name("fr").value(gap.fr());
                json.name("slTarget").value(gap.target()).name("achievable").value(gap.achievable())
                        .name("slAchieved").value(gap.assessed()).name("assessment")
                        .value(gap.zone().getSlAssessment());
                json.name("designGap").value(gap.designGap()).name("assessedGap").value(gap.assessedGap())
                        .name("compensated").value(gap.compensated());
                json.name("assetsBelowTarget").beginArray();
                for (var asset : gap.assetsBelow()) {
                    json.value(asset.getId());
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** "2 below SL-T by design (PLC-1, PLC-2)", "compensated", "ok" or "no SL-T". */
    public static String describe(Gap gap) {
        if (gap.target() == null) {
            return "no SL-T";
        }
        StringBuilder text = new StringBuilder();
        if (gap.designGap() > 0) {
            text.append(gap.designGap()).append(" below SL-T by design (")
                    .append(gap.assetsBelow().stream().limit(5).map(a -> a.getId()).collect(Collectors.joining(", ")))
                    .append(gap.assetsBelow().size() > 5 ? ", …" : "").append(")");
        }
        if (gap.assessedGap() > 0) {
            text.append(text.isEmpty() ? "" : "; ").append(gap.assessedGap()).append(" below SL-T as assessed");
        }
        if (text.isEmpty()) {
            text.append(gap.compensated() ? "ok (compensated by a countermeasure)" : "ok");
        }
        return text.toString();
    }

    private static String level(Integer level) {
        return level == null ? "-" : level.toString();
    }

    private static void statuses(JsonWriter json, Map<AttackReference, CoverageStatus> statuses) throws IOException {
        json.name("techniques").beginObject();
        for (Map.Entry<AttackReference, CoverageStatus> entry : statuses.entrySet()) {
            json.name(entry.getKey().getExternalId()).value(entry.getValue().label());
        }
        json.endObject();
    }

    private static void counts(StringBuilder text, Map<AttackReference, CoverageStatus> statuses) {
        for (CoverageStatus status : CoverageStatus.values()) {
            long count = statuses.values().stream().filter(s -> s == status).count();
            text.append(count).append(' ').append(status.label()).append(status == CoverageStatus.NOT_APPLICABLE
                    ? "\n" : ", ");
        }
    }

    private static String ids(List<AttackReference> techniques) {
        return techniques.isEmpty() ? "none" : techniques.stream().map(AttackReference::getExternalId)
                .collect(Collectors.joining(", "));
    }

    /** "M0930 Network Segmentation", from the model's imported data (or the built-in names). */
    private static String mitigationName(CoverageReport report, String id) {
        Zone any = report.zones().isEmpty() ? null : report.zones().get(0).zone();
        return BuiltInAttack.name(any == null ? null : ModelQuery.modelOf(any), id);
    }
}
