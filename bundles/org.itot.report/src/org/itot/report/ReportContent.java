package org.itot.report;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.attack.BuiltInAttack;
import org.itot.attack.coverage.AttackCoverage;
import org.itot.attack.coverage.CoverageReport;
import org.itot.attack.coverage.CoverageReport.ZoneCoverage;
import org.itot.attack.coverage.CoverageStatus;
import org.itot.attack.coverage.Evidence;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.Waiver;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.query.SecurityLevelGaps.Gap;
import org.itot.model.query.SecurityLevels;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.report.ReportDocument.Cell;
import org.itot.report.ReportDocument.Figure;
import org.itot.report.ReportDocument.Heading;
import org.itot.report.ReportDocument.PageBreak;
import org.itot.report.ReportDocument.Paragraph;
import org.itot.report.ReportDocument.Row;
import org.itot.report.ReportDocument.Table;
import org.itot.report.ReportDocument.Tone;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.RuleDefinition;

/**
 * Builds the report's content from a model and the results of the existing analyses (findings of
 * {@link ModelFindings}, {@link AttackPaths}, {@link AttackCoverage}, {@link SecurityLevelGaps}); it computes nothing
 * those compute. Large tables stop at a limit with a note pointing to the register, where every row is.
 */
public final class ReportContent {

    /** Rows of a long table (conduits, findings) the report lists before it summarises the rest. */
    public static final int TABLE_LIMIT = 150;
    /** Zones up to which the IEC 62443-3-3 matrix is given zone by zone; above, per SL-T shared by zones. */
    public static final int MATRIX_ZONE_LIMIT = 20;
    /** Attack paths listed, weakest first. */
    static final int PATH_LIMIT = 15;
    /** A diagram fitted to the page below this scale gets a note saying so. */
    static final double SMALL_SCALE = 0.6;

    /** What the report is made of besides the model. */
    public record Input(ArchitectureModel model, String modelFileName, String modelDigest,
            List<RuleDiagnostic> findings, List<RuleDefinition> rules, String toolVersion, String date,
            List<ReportStandard> standards) {
    }

    private final Input input;
    private final ArchitectureModel model;
    private final ReportDocument document;
    /** Open violations (not accepted, not completeness) per zone and rule. */
    private final Map<Zone, Map<String, List<RuleDiagnostic>>> openByZone = new LinkedHashMap<>();
    /** Completeness findings per zone and rule: the rule could not decide there. */
    private final Map<Zone, Map<String, List<RuleDiagnostic>>> undecidedByZone = new LinkedHashMap<>();
    private final Map<String, List<RuleDiagnostic>> openByRule = new TreeMap<>();

    private ReportContent(Input input) {
        this.input = input;
        this.model = input.model();
        this.document = new ReportDocument("Compliance evidence report: " + name(model));
        for (RuleDiagnostic finding : input.findings()) {
            if (finding.isAccepted()) {
                continue;
            }
            Map<Zone, Map<String, List<RuleDiagnostic>>> target = finding.isCompleteness() ? undecidedByZone
                    : openByZone;
            for (Zone zone : zonesOf(finding.element())) {
                target.computeIfAbsent(zone, z -> new TreeMap<>())
                        .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
            }
            if (!finding.isCompleteness()) {
                openByRule.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
            }
        }
    }

    /** The report's content, in the order of issue 21. */
    public static ReportDocument build(Input input) {
        ReportContent content = new ReportContent(input);
        content.titlePage();
        content.executiveSummary();
        content.diagrams();
        content.zonesAndConduits();
        for (ReportStandard standard : input.standards()) {
            if (standard == ReportStandard.IEC_62443_3_3) {
                content.systemRequirements();
            } else {
                content.mappingTable(standard);
            }
        }
        content.findings();
        content.attackPaths();
        content.coverage();
        content.registers();
        content.appendix();
        return content.document;
    }

    private void titlePage() {
        document.add(new Heading(0, document.title(), "title"));
        List<Row> rows = new ArrayList<>();
        rows.add(keyValue("Model", name(model)));
        rows.add(keyValue("Model version", blankAs(model.getRevision(), "(no revision recorded)")
                + (model.isDraft() ? " (draft)" : "")));
        rows.add(keyValue("Owner organisation", blankAs(model.getOwnerOrganisation(), "(not recorded)")));
        rows.add(keyValue("Report date", input.date()));
        rows.add(keyValue("Tool", "ITOT Architect " + input.toolVersion()));
        rows.add(keyValue("Model file", input.modelFileName()));
        rows.add(keyValue("SHA-256 of the model file", input.modelDigest()));
        rows.add(keyValue("Standards", input.standards().stream().map(ReportStandard::title)
                .collect(Collectors.joining(", "))));
        document.add(new Table(List.of("", ""), rows, new double[] { 1, 3 }));
        document.add(new Paragraph("This report is generated from the model: every statement below is what the model "
                + "shows on the report date. Regenerate it with the same model file and --date to get the same "
                + "bytes; compare the digest above to check which model version it describes.", true));
        document.add(new PageBreak());
    }

    private void executiveSummary() {
        section("Executive summary", "summary");
        FindingSummary summary = FindingSummary.of(input.findings(), input.rules(),
                FindingSummary.disabledRules(model));
        document.add(new Paragraph("Findings: " + summary.line() + ".", false));
        document.add(new Table(List.of("Severity", "Open findings"), List.of(
                new Row(null, List.of(Cell.of("Error"), count(summary.errors(), Tone.BAD))),
                new Row(null, List.of(Cell.of("Warning"), count(summary.warnings(), Tone.WARN))),
                new Row(null, List.of(Cell.of("Info"), count(summary.infos(), Tone.INFO))),
                new Row(null, List.of(Cell.of("Accepted risks"), Cell.of(String.valueOf(summary.accepted()))))),
                new double[] { 2, 1 }));
        PathReport paths = pathReport();
        document.add(new Heading(3, "Weakest attack paths", "summary-paths"));
        if (paths.paths().isEmpty()) {
            document.add(new Paragraph("No attack path from an entry point to a level 0-2 or safety asset.", false));
        } else {
            List<Row> rows = new ArrayList<>();
            for (AttackPath path : paths.paths().subList(0, Math.min(5, paths.paths().size()))) {
                rows.add(new Row(null, List.of(Cell.of(path.entry().label()), Cell.of(PathText.label(path.target())),
                        new Cell(String.valueOf(path.barriers()), path.barriers() < 2 ? Tone.BAD : Tone.PLAIN),
                        Cell.of(String.valueOf(path.monitoredHops())))));
            }
            document.add(new Table(List.of("Entry", "Target", "Barriers", "Monitored hops"), rows,
                    new double[] { 2, 2, 1, 1 }));
        }
        document.add(new Heading(3, "Zones furthest below their SL-T", "summary-levels"));
        Map<Zone, Integer> shortfall = new LinkedHashMap<>();
        for (Gap gap : SecurityLevelGaps.of(model)) {
            int worst = Math.max(gap.designGap(), gap.assessedGap());
            if (worst > 0) {
                shortfall.merge(gap.zone(), worst, Math::max);
            }
        }
        if (shortfall.isEmpty()) {
            document.add(new Paragraph("No zone is known to fall below its SL-T (zones whose assets have no recorded "
                    + "SL-C are not assessed; see the zone table).", false));
        } else {
            List<Row> rows = shortfall.entrySet().stream()
                    .sorted(Map.Entry.<Zone, Integer>comparingByValue().reversed()).limit(5)
                    .map(e -> new Row(null, List.of(zoneCell(e.getKey()),
                            Cell.of(SecurityLevels.format(e.getKey().getSlTarget())),
                            new Cell(String.valueOf(e.getValue()), Tone.BAD))))
                    .toList();
            document.add(new Table(List.of("Zone", "SL-T", "Levels short (worst FR)"), rows, new double[] { 3, 2, 1 }));
        }
    }

    private void diagrams() {
        section("Diagrams", "diagrams");
        if (model.getDiagrams().isEmpty()) {
            document.add(new Paragraph("The model has no diagram (itot diagram new creates one).", false));
            return;
        }
        for (Diagram diagram : model.getDiagrams()) {
            Bounds bounds = DiagramPainter.bounds(diagram);
            double scale = Math.min(1, Math.min(PdfReport.FIGURE_WIDTH / Math.max(1, bounds.width()),
                    PdfReport.FIGURE_HEIGHT / Math.max(1, bounds.height())));
            String note = scale < SMALL_SCALE ? String.format(Locale.ROOT, "Scaled to %d %% to fit the page (the "
                    + "diagram is %.0f x %.0f); for full size, export it with itot export pdf or svg.",
                    Math.round(scale * 100), bounds.width(), bounds.height()) : null;
            document.add(new Figure(diagram, blankAs(diagram.getName(), "Diagram"), scale, note));
        }
    }

    private void zonesAndConduits() {
        section("Zones and conduits", "zones");
        Map<Zone, List<Gap>> gaps = new LinkedHashMap<>();
        for (Gap gap : SecurityLevelGaps.of(model)) {
            gaps.computeIfAbsent(gap.zone(), z -> new ArrayList<>()).add(gap);
        }
        List<Row> rows = new ArrayList<>();
        for (Zone zone : model.getAllZones()) {
            List<Gap> zoneGaps = gaps.getOrDefault(zone, List.of());
            boolean shortOfTarget = zoneGaps.stream().anyMatch(Gap::hasGap);
            rows.add(new Row(zoneAnchor(zone), List.of(Cell.of(zone.getId()), Cell.of(name(zone)),
                    Cell.of(zone.getPurdueLevel() == null ? "" : zone.getPurdueLevel().getLiteral()),
                    new Cell(blankAs(SecurityLevels.format(zone.getSlTarget()), "none"),
                            zone.getSlTarget() == null ? Tone.WARN : Tone.PLAIN),
                    new Cell(levels(zoneGaps, true), shortOfTarget ? Tone.BAD : Tone.PLAIN),
                    Cell.of(blankAs(SecurityLevels.format(zone.getSlAchieved()), "not assessed")),
                    Cell.of(owner(zone.getOwner() == null ? null : zone.getOwner().getLiteral(),
                            zone.getAccountableOrganisation())),
                    Cell.of(String.valueOf(zone.getAllAssets().size())))));
        }
        document.add(new Paragraph("SL-C is what the zone's assets and countermeasures can achieve per FR (FR1-FR7, "
                + "IEC 62443-3-3; '-' where no asset has a recorded SL-C), SL-A what an assessment recorded.", true));
        document.add(new Table(List.of("ID", "Zone", "Level", "SL-T", "SL-C", "SL-A", "Owner", "Assets"), rows,
                new double[] { 1.2, 2, 1, 1.3, 1.3, 1.3, 1.5, 0.8 }));
        List<Row> conduits = new ArrayList<>();
        for (Conduit conduit : limited(model.getConduits())) {
            conduits.add(new Row("conduit-" + anchorPart(conduit.getId()), List.of(Cell.of(conduit.getId()),
                    Cell.of(name(conduit)), Cell.of(ids(conduit.getZones())),
                    new Cell(blankAs(SecurityLevels.format(conduit.getSlTarget()), "none"),
                            conduit.getSlTarget() == null ? Tone.WARN : Tone.PLAIN),
                    new Cell(blankAs(ids(conduit.getEnforcedBy()), "none"),
                            conduit.getEnforcedBy().isEmpty() && conduit.isRoutable() ? Tone.BAD : Tone.PLAIN),
                    Cell.of(blankAs(ids(conduit.getMonitoredBy()), "none")),
                    Cell.of(owner(conduit.getOwner() == null ? null : conduit.getOwner().getLiteral(),
                            conduit.getAccountableOrganisation())))));
        }
        document.add(new Heading(3, "Conduits", "conduits"));
        document.add(new Table(List.of("ID", "Conduit", "Zones", "SL-T", "Enforced by", "Monitored by", "Owner"),
                conduits, new double[] { 1.2, 2, 1.8, 1.2, 1.6, 1.6, 1.5 }));
        summarised(model.getConduits().size(), "conduits", "Conduits");
    }

    private void systemRequirements() {
        section("IEC 62443-3-3 system requirements", "iec62443-3-3");
        document.add(new Paragraph("All 51 system requirements (SR 1.1 ... SR 7.8) with the requirement enhancements "
                + "that apply at the zone's SL-T in the SR's foundational requirement. Evidenced: the catalogue rules "
                + "named checked the zone's elements and found nothing open. Not met: open findings of those rules in "
                + "the zone. Not assessed: the rules lacked model data there. Procedural: attach the document named. "
                + "Gap: neither the model nor a standard document shows it; verify it on the system (IEC 62443-4-2 "
                + "component evidence).", true));
        List<Requirement> requirements = StandardsMapping.of(ReportStandard.IEC_62443_3_3);
        List<Zone> zones = model.getAllZones();
        if (zones.size() <= MATRIX_ZONE_LIMIT) {
            for (Zone zone : zones) {
                document.add(new Heading(2, "Zone " + name(zone) + " (" + zone.getId() + "), SL-T "
                        + blankAs(SecurityLevels.format(zone.getSlTarget()), "none"), "sr-" + zoneAnchor(zone)));
                if (zone.getSlTarget() == null) {
                    document.add(new Paragraph("The zone has no SL-T (rule SL-01): the SL 1 requirements are shown.",
                            true));
                }
                document.add(matrix(requirements, List.of(zone), zone.getSlTarget() == null ? null
                        : levelsOf(zone)));
            }
            return;
        }
        // Many zones: zones with the same SL-T share their applicable requirements; one matrix per SL-T.
        Map<String, List<Zone>> byTarget = new TreeMap<>();
        for (Zone zone : zones) {
            byTarget.computeIfAbsent(blankAs(SecurityLevels.format(zone.getSlTarget()), "none"),
                    t -> new ArrayList<>()).add(zone);
        }
        document.add(new Paragraph(zones.size() + " zones: one matrix per SL-T, counting the zones in each status; "
                + "the zone-by-zone status is in the register (itot export excel, Findings sheet).", true));
        for (Map.Entry<String, List<Zone>> group : byTarget.entrySet()) {
            List<Zone> members = group.getValue();
            document.add(new Heading(2, "SL-T " + group.getKey() + ": " + members.size() + " zones",
                    "sr-sl-" + anchorPart(group.getKey())));
            document.add(new Paragraph("Zones: " + members.stream().limit(40).map(ReportContent::name)
                    .collect(Collectors.joining(", ")) + (members.size() > 40 ? " and " + (members.size() - 40)
                            + " more" : ""), false));
            document.add(matrix(requirements, members, members.get(0).getSlTarget() == null ? null
                    : levelsOf(members.get(0))));
        }
    }

    private static int[] levelsOf(Zone zone) {
        int[] levels = new int[SecurityLevels.FR_COUNT + 1];
        for (int fr = 1; fr <= SecurityLevels.FR_COUNT; fr++) {
            levels[fr] = SecurityLevels.fr(zone.getSlTarget(), fr);
        }
        return levels;
    }

    /** @param levels SL-T per FR (index 1-7), null when the zones have none (then SL 1 applies) */
    private Table matrix(List<Requirement> requirements, List<Zone> zones, int[] levels) {
        List<Row> rows = new ArrayList<>();
        for (Requirement requirement : requirements) {
            int target = levels == null ? 1 : levels[requirement.foundationalRequirement()];
            if (requirement.securityLevel() > Math.max(1, target) && requirement.isEnhancement()) {
                continue;
            }
            boolean applies = requirement.securityLevel() <= Math.max(1, target);
            Cell status;
            String findings = "";
            if (!applies) {
                status = new Cell("Not required below SL " + requirement.securityLevel(), Tone.PLAIN);
            } else {
                Status zoneStatus = status(requirement, zones);
                status = zoneStatus.cell();
                findings = zoneStatus.findings();
            }
            String evidence = evidence(requirement);
            rows.add(new Row(null, List.of(Cell.of(requirement.item()), Cell.of(requirement.title()),
                    Cell.of(String.valueOf(requirement.securityLevel())), status, Cell.of(evidence),
                    Cell.of(findings))));
        }
        return new Table(List.of("Item", "Requirement", "SL", "Status", "Evidence", "Findings"), rows,
                new double[] { 1, 2.6, 0.5, 1.3, 2.6, 1.6 });
    }

    /** A requirement's status over some zones, and the findings behind it. */
    private record Status(Cell cell, String findings) {
    }

    private Status status(Requirement requirement, List<Zone> zones) {
        if (requirement.rules().isEmpty()) {
            return switch (requirement.basis()) {
            case PROCEDURAL -> new Status(new Cell("Procedural", Tone.INFO), "");
            case GAP -> new Status(new Cell("Gap", Tone.WARN), "");
            default -> new Status(new Cell("Model (no rule)", Tone.INFO), "");
            };
        }
        int notMet = 0;
        int undecided = 0;
        Set<String> ids = new LinkedHashSet<>();
        for (Zone zone : zones) {
            List<RuleDiagnostic> open = findingsOf(openByZone, zone, requirement.rules());
            if (!open.isEmpty()) {
                notMet++;
                open.stream().map(RuleDiagnostic::findingId).forEach(ids::add);
            } else if (!findingsOf(undecidedByZone, zone, requirement.rules()).isEmpty()) {
                undecided++;
            }
        }
        String listed = ids.stream().limit(4).collect(Collectors.joining(", "))
                + (ids.size() > 4 ? " and " + (ids.size() - 4) + " more" : "");
        String procedural = requirement.procedural().isEmpty() ? "" : "; attach the procedure";
        if (zones.size() == 1) {
            if (notMet > 0) {
                return new Status(new Cell("Not met" + procedural, Tone.BAD), listed);
            }
            if (undecided > 0) {
                return new Status(new Cell("Not assessed" + procedural, Tone.WARN), "model data missing");
            }
            return new Status(new Cell("Evidenced" + procedural, Tone.GOOD), "");
        }
        if (notMet > 0) {
            return new Status(new Cell("Not met in " + notMet + " of " + zones.size() + " zones" + procedural,
                    Tone.BAD), listed);
        }
        if (undecided > 0) {
            return new Status(new Cell("Not assessed in " + undecided + " of " + zones.size() + " zones"
                    + procedural, Tone.WARN), "");
        }
        return new Status(new Cell("Evidenced in all " + zones.size() + " zones" + procedural, Tone.GOOD), "");
    }

    private static List<RuleDiagnostic> findingsOf(Map<Zone, Map<String, List<RuleDiagnostic>>> byZone, Zone zone,
            List<String> rules) {
        Map<String, List<RuleDiagnostic>> byRule = byZone.get(zone);
        if (byRule == null) {
            return List.of();
        }
        List<RuleDiagnostic> found = new ArrayList<>();
        for (String rule : rules) {
            found.addAll(byRule.getOrDefault(rule, List.of()));
        }
        return found;
    }

    private static String evidence(Requirement requirement) {
        List<String> parts = new ArrayList<>();
        if (!requirement.rules().isEmpty()) {
            parts.add("Rules " + String.join(", ", requirement.rules()));
        }
        if (!requirement.modelEvidence().isEmpty()) {
            parts.add("Model: " + requirement.modelEvidence());
        }
        if (!requirement.procedural().isEmpty()) {
            parts.add("Attach: " + requirement.procedural());
        }
        return String.join("\n", parts);
    }

    /** The other standards: one table over the whole model. */
    private void mappingTable(ReportStandard standard) {
        section(standard.title(), standard.id());
        List<Row> rows = new ArrayList<>();
        List<Zone> all = model.getAllZones();
        for (Requirement requirement : StandardsMapping.of(standard)) {
            Status status = status(requirement, all.isEmpty() ? List.of() : all);
            Cell cell = all.size() == 1 || requirement.rules().isEmpty() ? status.cell() : overall(requirement);
            rows.add(new Row(null, List.of(Cell.of(requirement.item()), Cell.of(requirement.title()), cell,
                    Cell.of(evidence(requirement)), Cell.of(status.findings()))));
        }
        document.add(new Table(List.of("Item", "Requirement", "Status", "Where the model answers it", "Findings"),
                rows, new double[] { 0.8, 2.6, 1.2, 3, 1.6 }));
    }

    /** Over the whole model: not met when any rule of the requirement has an open finding anywhere. */
    private Cell overall(Requirement requirement) {
        long open = requirement.rules().stream().mapToLong(rule -> openByRule.getOrDefault(rule, List.of()).size())
                .sum();
        String procedural = requirement.procedural().isEmpty() ? "" : "; attach the procedure";
        return open > 0 ? new Cell("Not met (" + open + " open findings)" + procedural, Tone.BAD)
                : new Cell("Evidenced" + procedural, Tone.GOOD);
    }

    private void findings() {
        section("Findings", "findings");
        List<RuleDiagnostic> ordered = ModelFindings.presentationOrder(input.findings());
        List<RuleDiagnostic> violations = ordered.stream().filter(f -> !f.isCompleteness() && !f.isAccepted())
                .toList();
        List<Row> rows = new ArrayList<>();
        for (RuleDiagnostic finding : limited(violations)) {
            rows.add(new Row("finding-" + anchorPart(finding.findingId()), List.of(Cell.of(finding.findingId()),
                    Cell.of(finding.ruleId()), severity(finding.getSeverity()),
                    Cell.of(ElementLabels.label(finding.element())), Cell.of(finding.getMessage()))));
        }
        document.add(new Paragraph(violations.size() + " open violations, most severe first.", false));
        document.add(new Table(List.of("Finding", "Rule", "Severity", "Element", "Message"), rows,
                new double[] { 1.3, 0.8, 0.8, 1.8, 4 }));
        summarised(violations.size(), "open violations", "Findings");
        Map<String, Long> notAssessed = ordered.stream().filter(RuleDiagnostic::isCompleteness)
                .collect(Collectors.groupingBy(ModelFindings::group, LinkedHashMap::new, Collectors.counting()));
        if (!notAssessed.isEmpty()) {
            document.add(new Heading(3, "Not assessed: model data missing", "not-assessed"));
            document.add(new Table(List.of("What is missing", "Findings"), notAssessed.entrySet().stream()
                    .map(e -> new Row(null, List.of(Cell.of(e.getKey()), Cell.of(String.valueOf(e.getValue())))))
                    .toList(), new double[] { 4, 1 }));
        }
        document.add(new Heading(2, "Accepted risks", "accepted"));
        List<RuleDiagnostic> accepted = ordered.stream().filter(RuleDiagnostic::isAccepted).toList();
        if (accepted.isEmpty()) {
            document.add(new Paragraph("No finding is accepted as a risk.", false));
            return;
        }
        List<Row> acceptedRows = new ArrayList<>();
        for (RuleDiagnostic finding : limited(accepted)) {
            Waiver waiver = finding.waiver();
            acceptedRows.add(new Row("finding-" + anchorPart(finding.findingId()), List.of(
                    Cell.of(finding.findingId()), Cell.of(ElementLabels.label(finding.element())),
                    Cell.of(blankAs(waiver.getAuthor(), "(nobody named)")), Cell.of(waiver.getRationale()),
                    Cell.of(day(waiver.getAcceptedOn())),
                    new Cell(waiver.getExpiresOn() == null ? "no expiry" : day(waiver.getExpiresOn()),
                            waiver.getExpiresOn() == null ? Tone.WARN : Tone.PLAIN))));
        }
        document.add(new Table(List.of("Finding", "Element", "Who", "Why", "Accepted", "Until"), acceptedRows,
                new double[] { 1.3, 1.6, 1.2, 3.2, 1, 1 }));
        summarised(accepted.size(), "accepted risks", "Findings");
    }

    private void attackPaths() {
        section("Attack paths", "paths");
        PathReport report = pathReport();
        document.add(new Paragraph(report.entries().size() + " entry points, " + report.targets().size()
                + " targets (level 0-2 and safety assets), " + report.paths().size() + " paths found"
                + (report.truncated() ? " (search cut short: " + String.join("; ", report.truncation()) + ")" : "")
                + ". Weakest first: fewest independent barriers, then fewest monitored hops.", false));
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (AttackPath path : report.paths().stream().limit(PATH_LIMIT).toList()) {
            rows.add(new Row(null, List.of(Cell.of(String.valueOf(number++)), Cell.of(path.entry().label()),
                    Cell.of(PathText.label(path.target())),
                    new Cell(String.valueOf(path.barriers()), path.barriers() < 2 ? Tone.BAD : Tone.PLAIN),
                    Cell.of(String.valueOf(path.monitoredHops())), Cell.of(PathText.hops(path)))));
        }
        document.add(new Table(List.of("#", "Entry", "Target", "Barriers", "Monitored", "Hops"), rows,
                new double[] { 0.4, 1.5, 1.5, 0.8, 0.9, 4.5 }));
        if (report.paths().size() > PATH_LIMIT) {
            document.add(new Paragraph("The " + PATH_LIMIT + " weakest of " + report.paths().size()
                    + " paths; all of them: itot paths.", true));
        }
    }

    private PathReport cachedPaths;

    private PathReport pathReport() {
        if (cachedPaths == null) {
            cachedPaths = AttackPaths.analyse(model, PathQuery.defaults());
        }
        return cachedPaths;
    }

    private void coverage() {
        section("ATT&CK for ICS coverage", "attack");
        CoverageReport report = AttackCoverage.of(model);
        document.add(new Paragraph(report.attack().describe() + ": " + report.techniques().size()
                + " techniques; whole model: " + report.count(CoverageStatus.MITIGATED) + " mitigated, "
                + report.count(CoverageStatus.PARTLY) + " partly mitigated, "
                + report.count(CoverageStatus.UNMITIGATED) + " unmitigated, "
                + report.count(CoverageStatus.NOT_APPLICABLE) + " not applicable.", false));
        List<Row> mitigations = new ArrayList<>();
        for (Map.Entry<String, Evidence.Status> entry : report.mitigations().entrySet()) {
            mitigations.add(new Row(null, List.of(Cell.of(BuiltInAttack.name(model, entry.getKey())),
                    new Cell(entry.getValue().label(), tone(entry.getValue())))));
        }
        document.add(new Table(List.of("Mitigation", "Shown in place"), mitigations, new double[] { 3, 2 }));
        List<Row> zones = new ArrayList<>();
        for (ZoneCoverage zone : limited(report.zones())) {
            zones.add(new Row(null, List.of(zoneCell(zone.zone()), Cell.of(String.join(", ", zone.attackAssets())),
                    Cell.of(String.valueOf(zone.with(CoverageStatus.MITIGATED).size())),
                    Cell.of(String.valueOf(zone.with(CoverageStatus.PARTLY).size())),
                    new Cell(String.valueOf(zone.with(CoverageStatus.UNMITIGATED).size()),
                            zone.with(CoverageStatus.UNMITIGATED).isEmpty() ? Tone.PLAIN : Tone.WARN))));
        }
        document.add(new Heading(3, "Techniques per zone", "attack-zones"));
        document.add(new Table(List.of("Zone", "ATT&CK assets", "Mitigated", "Partly", "Unmitigated"), zones,
                new double[] { 2, 3, 1, 1, 1 }));
        summarised(report.zones().size(), "zones", "the coverage report (itot coverage)");
    }

    private void registers() {
        section("Registers in summary", "registers");
        Map<String, Long> byLevel = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        for (Asset asset : model.getAllAssets()) {
            Zone zone = asset.getZone();
            String level = zone == null || zone.getPurdueLevel() == null ? "(no level)"
                    : zone.getPurdueLevel().getLiteral();
            byLevel.merge(level, 1L, Long::sum);
            byType.merge(asset.getType() == null ? "(no type)" : asset.getType().getLiteral(), 1L, Long::sum);
        }
        long firewallRules = model.getAllAssets().stream().mapToLong(a -> a.getFirewallRules().size()).sum();
        document.add(new Table(List.of("Register", "Entries"), List.of(
                new Row(null, List.of(Cell.of("Assets"), Cell.of(String.valueOf(model.getAllAssets().size())))),
                new Row(null, List.of(Cell.of("Zones"), Cell.of(String.valueOf(model.getAllZones().size())))),
                new Row(null, List.of(Cell.of("Conduits"), Cell.of(String.valueOf(model.getConduits().size())))),
                new Row(null, List.of(Cell.of("Flows"), Cell.of(String.valueOf(model.getFlows().size())))),
                new Row(null, List.of(Cell.of("Firewall rules"), Cell.of(String.valueOf(firewallRules)))),
                new Row(null, List.of(Cell.of("Protocols"), Cell.of(String.valueOf(model.getProtocols().size())))),
                new Row(null, List.of(Cell.of("Roles"), Cell.of(String.valueOf(model.getRoles().size())))),
                new Row(null, List.of(Cell.of("Accepted risks (waivers)"),
                        Cell.of(String.valueOf(model.getWaivers().size()))))),
                new double[] { 3, 1 }));
        document.add(new Heading(3, "Assets by level and type", "registers-assets"));
        document.add(new Table(List.of("Level", "Assets"), byLevel.entrySet().stream()
                .map(e -> new Row(null, List.of(Cell.of(e.getKey()), Cell.of(String.valueOf(e.getValue())))))
                .toList(), new double[] { 3, 1 }));
        document.add(new Table(List.of("Asset type", "Assets"), byType.entrySet().stream()
                .map(e -> new Row(null, List.of(Cell.of(e.getKey()), Cell.of(String.valueOf(e.getValue())))))
                .toList(), new double[] { 3, 1 }));
        document.add(new Paragraph("Every asset, zone, conduit, flow, firewall rule and finding: itot export excel.",
                true));
    }

    private void appendix() {
        section("Appendix: rule definitions", "rules");
        List<Row> rows = new ArrayList<>();
        for (RuleDefinition rule : input.rules().stream().sorted(Comparator.comparing(RuleDefinition::id)).toList()) {
            String definition = rule.title()
                    + (rule.rationale().isBlank() ? "" : "\nWhy: " + rule.rationale())
                    + (rule.fix().isBlank() ? "" : "\nFix: " + rule.fix());
            rows.add(new Row("rule-" + anchorPart(rule.id()), List.of(Cell.of(rule.id()), Cell.of(definition),
                    Cell.of(String.join("\n", rule.standards())))));
        }
        document.add(new Table(List.of("Rule", "Definition", "Standards"), rows, new double[] { 0.8, 5, 2.4 }));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void section(String title, String anchor) {
        document.add(new Heading(1, title, anchor));
    }

    private <T> List<T> limited(List<T> all) {
        return all.size() <= TABLE_LIMIT ? all : all.subList(0, TABLE_LIMIT);
    }

    private void summarised(int total, String what, String where) {
        if (total > TABLE_LIMIT) {
            document.add(new Paragraph("The first " + TABLE_LIMIT + " of " + total + " " + what + "; all of them: "
                    + (where.startsWith("the ") ? where : "the register's " + where + " sheet (itot export excel)")
                    + ".", true));
        }
    }

    /** The zones a finding is about: its element's zone, both ends of a conduit or flow. */
    static Set<Zone> zonesOf(EObject element) {
        Set<Zone> zones = new LinkedHashSet<>();
        if (element instanceof Conduit conduit) {
            zones.addAll(conduit.getZones());
        } else if (element instanceof Flow flow) {
            addIfPresent(zones, flow.getSourceZone());
            addIfPresent(zones, flow.getTargetZone());
        } else {
            for (EObject current = element; current != null; current = current.eContainer()) {
                if (current instanceof Zone zone) {
                    zones.add(zone);
                    break;
                }
                if (current instanceof Asset asset) {
                    addIfPresent(zones, asset.getZone());
                    break;
                }
            }
        }
        return zones;
    }

    private static void addIfPresent(Set<Zone> zones, Zone zone) {
        if (zone != null) {
            zones.add(zone);
        }
    }

    private static String levels(List<Gap> gaps, boolean achievable) {
        if (gaps.isEmpty() || gaps.stream().allMatch(g -> (achievable ? g.achievable() : g.assessed()) == null)) {
            return "not assessed";
        }
        return gaps.stream().map(g -> {
            Integer level = achievable ? g.achievable() : g.assessed();
            return level == null ? "-" : String.valueOf(level);
        }).collect(Collectors.joining(","));
    }

    private static Row keyValue(String key, String value) {
        return new Row(null, List.of(Cell.of(key), Cell.of(value)));
    }

    private static Cell count(int count, Tone tone) {
        return new Cell(String.valueOf(count), count > 0 ? tone : Tone.PLAIN);
    }

    private static Cell severity(int severity) {
        return switch (severity) {
        case Diagnostic.ERROR -> new Cell("error", Tone.BAD);
        case Diagnostic.WARNING -> new Cell("warning", Tone.WARN);
        default -> new Cell("info", Tone.INFO);
        };
    }

    private static Tone tone(Evidence.Status status) {
        return switch (status) {
        case IN_PLACE -> Tone.GOOD;
        case PARTIAL -> Tone.WARN;
        case NOT_IN_PLACE -> Tone.BAD;
        default -> Tone.PLAIN;
        };
    }

    private static Cell zoneCell(Zone zone) {
        return Cell.of(name(zone) + " (" + zone.getId() + ")");
    }

    static String zoneAnchor(Zone zone) {
        return "zone-" + anchorPart(zone.getId());
    }

    /** An id usable in an HTML id and a PDF name: letters, digits, '-', '_' and '.'; others become '_'. */
    static String anchorPart(String id) {
        if (id == null || id.isEmpty()) {
            return "_";
        }
        StringBuilder out = new StringBuilder(id.length());
        id.codePoints().forEach(c -> out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'
                || c == '.') ? (char) c : '_'));
        return out.toString();
    }

    private static String ids(List<? extends ModelElement> elements) {
        return elements.stream().map(PathText::id).collect(Collectors.joining(", "));
    }

    static String name(ModelElement element) {
        return PathText.label(element);
    }

    private static String name(ArchitectureModel model) {
        return blankAs(model.getName(), "(unnamed model)");
    }

    private static String owner(String owner, String organisation) {
        String who = owner == null ? "" : owner;
        if (organisation != null && !organisation.isBlank()) {
            who = who.isEmpty() ? organisation : who + ", " + organisation;
        }
        return blankAs(who, "none");
    }

    private static String blankAs(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String day(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }
}
