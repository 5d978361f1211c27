package org.itot.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.AttackPaths;
import org.itot.analysis.paths.PathQuery;
import org.itot.analysis.paths.PathReport;
import org.itot.analysis.paths.PathText;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Conduits;
import org.itot.export.excel.RegisterLayout.Enumeration;
import org.itot.export.excel.RegisterLayout.Findings;
import org.itot.export.excel.RegisterLayout.FirewallRules;
import org.itot.export.excel.RegisterLayout.Flows;
import org.itot.export.excel.RegisterLayout.LevelGaps;
import org.itot.export.excel.RegisterLayout.Paths;
import org.itot.export.excel.RegisterLayout.Reconciliation;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.export.excel.RegisterLayout.Zones;
import org.itot.attack.ThreatReports;
import org.itot.attack.coverage.AttackCoverage;
import org.itot.export.excel.internal.CellText;
import org.itot.export.excel.internal.CompletenessSheet;
import org.itot.export.excel.internal.CoverageSheet;
import org.itot.export.excel.internal.FirstMatch;
import org.itot.export.excel.internal.ReconciliationSheet;
import org.itot.export.excel.internal.SheetWriter;
import org.itot.export.excel.internal.StreamingWorkbook;
import org.itot.export.excel.internal.Styles;
import org.itot.export.excel.internal.Values;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.NetworkInterface;
import org.itot.model.Waiver;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.query.AssetQuery;
import org.itot.model.query.FlowQuery;
import org.itot.model.query.SecurityLevelGaps;
import org.itot.model.labels.Labels;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Writes a model as an Excel register ({@link RegisterLayout}): assets, zones, conduits, flows, the
 * rule set of every enforcing device, the findings of the rule catalogue, the attack paths and a summary. Streams
 * through POI's streaming workbook ({@link StreamingWorkbook}), so only a window of rows per sheet is in memory however large
 * the plant. The model is only read, under its read lock when it has a command stack, so edits on other threads wait
 * and the register shows one state of the model.
 */
public final class RegisterExporter {

    /** Rows per sheet kept in memory while writing; older rows go to a temporary file. */
    static final int ROW_WINDOW = 200;

    /**
     * @param toolVersion the product version the summary names
     * @param exportedOn the time the summary gives
     * @param findings the findings to list, e.g. from {@link org.itot.validation.engine.ModelFindings}, the same as every other view of them; empty for none
     * @param reconciliation the findings of {@code itot reconcile} (org.itot.asbuilt) for the Reconciliation sheet, with
     *            their evidence; {@code null} for a register without that sheet
     */
    public record Options(String toolVersion, Instant exportedOn, List<RuleDiagnostic> findings,
            List<RuleDiagnostic> reconciliation) {

        public Options {
            Objects.requireNonNull(toolVersion, "toolVersion");
            Objects.requireNonNull(exportedOn, "exportedOn");
            findings = List.copyOf(findings);
            reconciliation = reconciliation == null ? null : List.copyOf(reconciliation);
        }

        /** A register without a Reconciliation sheet. */
        public Options(String toolVersion, Instant exportedOn, List<RuleDiagnostic> findings) {
            this(toolVersion, exportedOn, findings, null);
        }
    }

    /** What was written: data rows per sheet, and cells and characters over all sheets. */
    public record Result(Map<String, Integer> rows, long cells, long characters) {
    }

    private final ArchitectureModel model;
    private final Options options;
    private final Map<EObject, Integer> assetRows = new IdentityHashMap<>();
    private final Map<EObject, Integer> zoneRows = new IdentityHashMap<>();
    private final Map<EObject, Integer> conduitRows = new IdentityHashMap<>();
    private final Map<EObject, Integer> flowRows = new IdentityHashMap<>();
    private final Map<Flow, List<Conduit>> crossed = new IdentityHashMap<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private long cells;
    private long characters;

    private final IProgressMonitor monitor;

    private RegisterExporter(ArchitectureModel model, Options options, IProgressMonitor monitor) {
        this.model = model;
        this.options = options;
        this.monitor = monitor;
    }

    /**
     * Writes the register to a file atomically: into a temporary file beside it, then moved over it,
     * so the file is either the previous one or the complete new one.
     */
    public static Result write(ArchitectureModel model, Options options, Path file) throws IOException {
        return write(model, options, file, new NullProgressMonitor());
    }

    /**
     * Writes the register to a file atomically, as {@link #write(ArchitectureModel, Options, Path)}, and stops
     * before the next row once {@code monitor} is cancelled: then the temporary file is removed and an existing
     * file of that name is unchanged.
     *
     * @throws OperationCanceledException when the monitor was cancelled
     */
    public static Result write(ArchitectureModel model, Options options, Path file, IProgressMonitor monitor)
            throws IOException {
        Result[] result = new Result[1];
        AtomicFileWriter.write(file, out -> result[0] = write(model, options, out, monitor));
        return result[0];
    }

    /** Writes the register to a stream (which stays open). */
    public static Result write(ArchitectureModel model, Options options, OutputStream out) throws IOException {
        return write(model, options, out, new NullProgressMonitor());
    }

    /**
     * Writes the register to a stream (which stays open), checking {@code monitor} before every row.
     *
     * @throws OperationCanceledException when the monitor was cancelled; the stream then holds a partial workbook
     */
    public static Result write(ArchitectureModel model, Options options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        Objects.requireNonNull(monitor, "monitor");
        try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model)) {
            return new RegisterExporter(model, options, monitor).write(out);
        }
    }

    private void checkCancelled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException("The export of the register was cancelled");
        }
    }

    private Result write(OutputStream out) throws IOException {
        checkCancelled();
        List<Asset> assets = model.getAllAssets();
        List<Zone> zones = model.getAllZones();
        number(assets, assetRows);
        number(zones, zoneRows);
        number(model.getConduits(), conduitRows);
        number(model.getFlows(), flowRows);
        for (Flow flow : model.getFlows()) {
            crossed.put(flow, FlowQuery.conduits(flow));
        }

        StreamingWorkbook workbook = new StreamingWorkbook(ROW_WINDOW);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet summary = workbook.createSheet(RegisterLayout.SUMMARY);
            Map<SheetLayout, SheetWriter> writers = new LinkedHashMap<>();
            for (SheetLayout layout : RegisterLayout.tables()) {
                SheetWriter writer = new SheetWriter(workbook, workbook.createSheet(layout.name()), layout, styles);
                writer.beforeEveryRow(this::checkCancelled);
                writers.put(layout, writer);
            }
            // Every model has coverage: against its own ATT&CK data or the built-in release.
            SXSSFSheet coverage = workbook.createSheet(RegisterLayout.ATTACK_COVERAGE);
            SXSSFSheet completeness = workbook.createSheet(RegisterLayout.COMPLETENESS);
            SheetWriter reconciliation = options.reconciliation() == null ? null : new SheetWriter(workbook,
                    workbook.createSheet(Reconciliation.SHEET.name()), Reconciliation.SHEET, styles);
            SXSSFSheet lists = workbook.createSheet(RegisterLayout.LISTS);
            writeLists(workbook, lists);

            assets(writers.get(Assets.SHEET), assets);
            zones(writers.get(Zones.SHEET), zones);
            conduits(writers.get(Conduits.SHEET));
            flows(writers.get(Flows.SHEET));
            firewallRules(writers.get(FirewallRules.SHEET), assets);
            findings(writers.get(Findings.SHEET));
            attackPaths(writers.get(Paths.SHEET));
            levelGaps(writers.get(LevelGaps.SHEET));
            rows.put(RegisterLayout.ATTACK_COVERAGE,
                    new CoverageSheet(workbook, coverage, styles).write(AttackCoverage.of(model)));
            rows.put(RegisterLayout.COMPLETENESS,
                    new CompletenessSheet(workbook, completeness, styles).write(options.findings()));
            if (reconciliation != null) {
                reconciliation.beforeEveryRow(this::checkCancelled);
                new ReconciliationSheet(reconciliation, this::link).write(options.reconciliation());
                writers.put(Reconciliation.SHEET, reconciliation);
            }
            for (SheetWriter writer : writers.values()) {
                writer.finish();
                rows.put(writer.layout().name(), writer.rows());
                cells += writer.cells();
                characters += writer.characters();
            }
            summary(workbook, summary, styles, assets, zones);
            checkCancelled();

            // Summary, coverage and completeness are computed as a whole: locked, and laid out for print like the
            // tables (completeness repeats its header row on every page).
            for (SXSSFSheet computed : List.of(summary, coverage, completeness)) {
                SheetWriter.printLayout(computed, computed == completeness);
                computed.enableLocking();
                computed.lockFormatColumns(false);
                computed.lockFormatRows(false);
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
        } finally {
            workbook.close();
        }
        return new Result(Map.copyOf(rows), cells, characters);
    }

    private static void number(Collection<? extends EObject> elements, Map<EObject, Integer> rows) {
        int row = 2; // one-based, under the header
        for (EObject element : elements) {
            rows.put(element, row++);
        }
    }

    private void assets(SheetWriter out, List<Asset> assets) {
        for (Asset asset : assets) {
            out.startRow();
            out.text(Assets.ID, asset.getId());
            out.text(Assets.NAME, asset.getName());
            out.text(Assets.TYPE, ColumnCodecs.encodeEnumeration(asset.getType()));
            Zone zone = AssetQuery.zone(asset);
            if (zone != null) {
                out.link(Assets.ZONE, zone.getId(), Zones.SHEET.name(), rowOf(zoneRows, zone));
                out.value(Assets.PURDUE_LEVEL, ColumnCodecs.encodePurdueLevel(zone.getPurdueLevel()));
            }
            out.text(Assets.VENDOR, asset.getVendor());
            out.text(Assets.MODEL, asset.getProductModel());
            out.text(Assets.FIRMWARE, asset.getFirmware());
            out.text(Assets.ADDRESSES, ColumnCodecs.encodeList(addresses(asset)));
            out.text(Assets.OWNER, ColumnCodecs.encodeEnumeration(asset.getOwner()));
            out.text(Assets.CRITICALITY, ColumnCodecs.encodeEnumeration(asset.getCriticality()));
            out.value(Assets.SL_C, ColumnCodecs.encodeSecurityLevel(asset.getSlCapability()));
            out.yesNo(Assets.INTERNET_EXPOSED, asset.isInternetExposed());
            out.yesNo(Assets.REMOTE_ACCESS, asset.isRemoteAccessEnabled());
            out.yesNo(Assets.WIRELESS, asset.isWireless());
            out.yesNo(Assets.MFA, asset.isMfa());
            out.yesNo(Assets.DEFAULT_CREDENTIALS_CHANGED, asset.isDefaultCredentialsChanged());
            out.yesNo(Assets.HARDCODED_CREDENTIALS, asset.isHardcodedCredentials());
            out.yesNo(Assets.INLINE, asset.isInline());
            out.text(Assets.REDUNDANCY_GROUP, asset.getRedundancyGroup());
            out.text(Assets.LOCATION, asset.getLocation());
            if (asset.getPatchSource() != null) {
                out.link(Assets.PATCH_SOURCE, asset.getPatchSource().getId(), Assets.SHEET.name(),
                        rowOf(assetRows, asset.getPatchSource()));
            }
            if (asset.getAvSource() != null) {
                out.link(Assets.AV_SOURCE, asset.getAvSource().getId(), Assets.SHEET.name(),
                        rowOf(assetRows, asset.getAvSource()));
            }
            out.text(Assets.LOGS_TO, ColumnCodecs.encodeReferences(asset.getLogsTo()));
            out.integer(Assets.FIREWALL_RULES, asset.getFirewallRules().size());
            out.text(Assets.DESCRIPTION, asset.getDescription());
            out.text(Assets.ADDITIONAL_ROLES,
                    String.join(", ", asset.getAdditionalRoles().stream().map(Labels::of).toList()));
            out.yesNo(Assets.SAFETY_SYSTEM, asset.isSafetySystem());
            out.yesNo(Assets.ENTRY_POINT, asset.isEntryPoint());
            out.yesNo(Assets.DISCOVERED, asset.isDiscovered());
        }
    }

    private void zones(SheetWriter out, List<Zone> zones) {
        for (Zone zone : zones) {
            out.startRow();
            out.text(Zones.ID, zone.getId());
            out.text(Zones.NAME, zone.getName());
            out.text(Zones.KIND, ColumnCodecs.encodeEnumeration(zone.getKind()));
            out.value(Zones.PURDUE_LEVEL, ColumnCodecs.encodePurdueLevel(zone.getPurdueLevel()));
            if (zone.eContainer() instanceof Zone parent) {
                out.link(Zones.PARENT, parent.getId(), Zones.SHEET.name(), rowOf(zoneRows, parent));
            }
            out.value(Zones.SL_T, ColumnCodecs.encodeSecurityLevel(zone.getSlTarget()));
            out.text(Zones.OWNER, ColumnCodecs.encodeEnumeration(zone.getOwner()));
            out.text(Zones.ACCOUNTABLE, zone.getAccountableOrganisation());
            out.integer(Zones.ASSETS, zone.getAssets().size());
            out.integer(Zones.CONDUITS, zone.getConduits().size());
            out.yesNo(Zones.SAFETY, zone.isSafetyDesignation());
            out.yesNo(Zones.TRUSTED, zone.isTrusted());
            out.yesNo(Zones.CLASSIFIED, zone.isClassified());
            out.text(Zones.PHYSICAL_BOUNDARY, zone.getPhysicalBoundary());
            out.text(Zones.LOGICAL_BOUNDARY, zone.getLogicalBoundary());
            out.text(Zones.DESCRIPTION, zone.getDescription());
            out.text(Zones.SITE, zone.getSite());
        }
    }

    private void conduits(SheetWriter out) {
        Map<Conduit, Integer> flowCounts = new IdentityHashMap<>();
        crossed.values().forEach(path -> path.forEach(c -> flowCounts.merge(c, 1, Integer::sum)));
        for (Conduit conduit : model.getConduits()) {
            out.startRow();
            out.text(Conduits.ID, conduit.getId());
            out.text(Conduits.NAME, conduit.getName());
            List<Zone> ends = conduit.getZones();
            if (ends.size() > 0 && ends.get(0) != null) {
                out.link(Conduits.ZONE_A, ends.get(0).getId(), Zones.SHEET.name(), rowOf(zoneRows, ends.get(0)));
            }
            if (ends.size() > 1 && ends.get(1) != null) {
                out.link(Conduits.ZONE_B, ends.get(1).getId(), Zones.SHEET.name(), rowOf(zoneRows, ends.get(1)));
            }
            out.value(Conduits.SL_T, ColumnCodecs.encodeSecurityLevel(conduit.getSlTarget()));
            out.text(Conduits.MEDIUM, ColumnCodecs.encodeEnumeration(conduit.getMedium()));
            out.text(Conduits.ENFORCED_BY, ColumnCodecs.encodeReferences(conduit.getEnforcedBy()));
            out.text(Conduits.MONITORED_BY, ColumnCodecs.encodeReferences(conduit.getMonitoredBy()));
            out.yesNo(Conduits.ENCRYPTED, conduit.isEncrypted());
            out.yesNo(Conduits.AUTHENTICATED, conduit.isAuthenticated());
            out.yesNo(Conduits.UNIDIRECTIONAL, conduit.isUnidirectional());
            if (conduit.getAllowedSource() != null) {
                out.text(Conduits.ALLOWED_SOURCE, conduit.getAllowedSource().getId());
            }
            out.text(Conduits.OWNER, ColumnCodecs.encodeEnumeration(conduit.getOwner()));
            out.text(Conduits.ACCOUNTABLE, conduit.getAccountableOrganisation());
            out.integer(Conduits.FLOWS, flowCounts.getOrDefault(conduit, 0));
            out.text(Conduits.DESCRIPTION, conduit.getDescription());
            out.text(Conduits.TERMINATED_BY, Values.ids(conduit.getTerminatedBy()));
        }
    }

    private void flows(SheetWriter out) {
        for (Flow flow : model.getFlows()) {
            out.startRow();
            out.text(Flows.ID, flow.getId());
            out.text(Flows.NAME, flow.getName());
            if (flow.getSource() != null) {
                out.link(Flows.SOURCE, flow.getSource().getId(), Assets.SHEET.name(), rowOf(assetRows, flow.getSource()));
                out.text(Flows.SOURCE_ZONE, Values.id(FlowQuery.sourceZone(flow)));
            }
            if (flow.getTarget() != null) {
                out.link(Flows.TARGET, flow.getTarget().getId(), Assets.SHEET.name(), rowOf(assetRows, flow.getTarget()));
                out.text(Flows.TARGET_ZONE, Values.id(FlowQuery.targetZone(flow)));
            }
            out.text(Flows.PROTOCOL, Values.id(flow.getProtocol()));
            out.text(Flows.PORTS, ColumnCodecs.encodePorts(flow.getPorts()));
            out.text(Flows.OPERATION, ColumnCodecs.encodeEnumeration(flow.getOperation()));
            out.text(Flows.PURPOSE, flow.getPurpose());
            out.yesNo(Flows.REMOTE_ACCESS, flow.isRemoteAccess());
            out.yesNo(Flows.MFA, flow.isMfa());
            out.yesNo(Flows.APPROVAL_REQUIRED, flow.isApprovalRequired());
            out.text(Flows.ROLE, Values.id(flow.getRole()));
            out.text(Flows.CONDUITS, Values.ids(crossed.get(flow)));
            out.text(Flows.DESCRIPTION, flow.getDescription());
            out.text(Flows.CARRIED_BY, Values.id(flow.getCarriedBy()));
            out.yesNo(Flows.DISCOVERED, flow.isDiscovered());
        }
    }

    private void firewallRules(SheetWriter out, List<Asset> assets) {
        // The flows that pass each enforcing device: those whose conduit path has a conduit it enforces.
        Map<Asset, List<Flow>> passing = new IdentityHashMap<>();
        for (Flow flow : model.getFlows()) {
            for (Conduit conduit : crossed.get(flow)) {
                for (Asset device : conduit.getEnforcedBy()) {
                    List<Flow> flows = passing.computeIfAbsent(device, d -> new ArrayList<>());
                    if (flows.isEmpty() || flows.get(flows.size() - 1) != flow) {
                        flows.add(flow);
                    }
                }
            }
        }
        for (Asset device : assets) {
            if (device.getFirewallRules().isEmpty()) {
                continue;
            }
            List<FirewallRule> ordered = device.getFirewallRules().stream()
                    .sorted(Comparator.comparingInt(FirewallRule::getOrder)).toList();
            Map<FirewallRule, List<Flow>> matched = FirstMatch.of(ordered, passing.getOrDefault(device, List.of()));
            int deviceRow = rowOf(assetRows, device);
            for (FirewallRule rule : ordered) {
                out.startRow();
                out.link(FirewallRules.DEVICE, device.getId(), Assets.SHEET.name(), deviceRow);
                out.integer(FirewallRules.ORDER, rule.getOrder());
                out.text(FirewallRules.ID, rule.getId());
                out.text(FirewallRules.NAME, rule.getName());
                out.text(FirewallRules.SOURCE, ColumnCodecs.encodeScope((ModelElement) rule.getSource()));
                out.text(FirewallRules.DESTINATION, ColumnCodecs.encodeScope((ModelElement) rule.getDestination()));
                out.text(FirewallRules.SERVICE, ColumnCodecs.encodeService(rule.getProtocol(), rule.getPorts()));
                out.text(FirewallRules.ACTION, ColumnCodecs.encodeEnumeration(rule.getAction()));
                out.yesNo(FirewallRules.LOGGING, rule.isLogging());
                out.text(FirewallRules.JUSTIFIED_BY, ColumnCodecs.encodeReferences(rule.getJustifiedBy()));
                List<Flow> flows = matched.getOrDefault(rule, List.of());
                out.integer(FirewallRules.FLOWS_MATCHED, flows.size());
                out.text(FirewallRules.MATCHING_FLOWS, Values.ids(flows));
            }
        }
    }

    private void findings(SheetWriter out) {
        Map<String, Waiver> waivers = new HashMap<>();
        for (Waiver waiver : model.getWaivers()) {
            if (waiver.getFindingId() != null) {
                waivers.put(waiver.getFindingId(), waiver);
            }
        }
        for (RuleDiagnostic finding : options.findings()) {
            out.startRow();
            out.text(Findings.FINDING_ID, finding.findingId());
            out.text(Findings.RULE, finding.ruleId());
            out.text(Findings.SEVERITY, Values.severity(finding.ruleSeverity()));
            EObject element = finding.element();
            String elementId = element instanceof ModelElement named && named.getId() != null ? named.getId()
                    : element.eClass().getName();
            link(out, Findings.ELEMENT, elementId, element);
            out.text(Findings.ELEMENT_KIND, element.eClass().getName());
            out.text(Findings.MESSAGE, finding.getMessage());
            out.text(Findings.STANDARDS, String.join("; ", finding.rule().standards()));
            out.text(Findings.ATTACK, String.join(", ", finding.rule().attackIds()));
            out.text(Findings.STATUS, finding.isAccepted() ? "accepted" : finding.waiverNote() != null ? "waiver lapsed"
                    : "open");
            Waiver waiver = finding.isAccepted() ? finding.waiver() : waivers.get(finding.findingId());
            if (waiver != null) {
                out.text(Findings.RATIONALE, waiver.getRationale());
                out.text(Findings.AUTHOR, waiver.getAuthor());
                out.date(Findings.ACCEPTED_ON, waiver.getAcceptedOn());
                out.date(Findings.EXPIRES_ON, waiver.getExpiresOn());
            }
            out.text(Findings.WAIVER_NOTE, finding.waiverNote());
        }
    }

    private void levelGaps(SheetWriter out) {
        for (SecurityLevelGaps.Gap gap : SecurityLevelGaps.of(model)) {
            out.startRow();
            out.link(LevelGaps.ZONE, gap.zone().getId(), Zones.SHEET.name(), rowOf(zoneRows, gap.zone()));
            out.text(LevelGaps.ZONE_NAME, gap.zone().getName());
            out.text(LevelGaps.FR, "FR" + gap.fr());
            optionalLevel(out, LevelGaps.SL_T, gap.target());
            optionalLevel(out, LevelGaps.ACHIEVABLE, gap.achievable());
            optionalLevel(out, LevelGaps.SL_A, gap.assessed());
            out.text(LevelGaps.ASSESSMENT, gap.zone().getSlAssessment());
            out.integer(LevelGaps.DESIGN_GAP, gap.designGap());
            out.integer(LevelGaps.ASSESSED_GAP, gap.assessedGap());
            out.yesNo(LevelGaps.COMPENSATED, gap.compensated());
            out.text(LevelGaps.ASSETS_BELOW, Values.ids(gap.assetsBelow()));
            out.text(LevelGaps.STATUS, ThreatReports.describe(gap));
        }
    }

    private static void optionalLevel(SheetWriter out, RegisterLayout.Column column, Integer level) {
        if (level != null) {
            out.integer(column, level);
        }
    }

    private void attackPaths(SheetWriter out) {
        PathReport report = AttackPaths.analyse(model, PathQuery.defaults());
        for (AttackPath path : report.paths()) {
            out.startRow();
            out.text(Paths.ENTRY, path.entry().label());
            out.text(Paths.ENTRY_KIND, path.entry().kind().key());
            out.text(Paths.ENTRY_ORIGIN, path.entry().origin());
            link(out, Paths.TARGET, PathText.id(path.target()), path.target());
            out.text(Paths.TARGET_NAME, path.target().getName());
            out.integer(Paths.BARRIERS, path.barriers());
            out.integer(Paths.MONITORED_HOPS, path.monitoredHops());
            out.integer(Paths.HOPS, path.hops().size());
            out.text(Paths.ROUTE, PathText.hops(path));
            out.text(Paths.ENFORCED_BY, PathText.names(path.enforcingDevices()));
            out.text(Paths.MONITORED_BY, PathText.names(path.monitoringDevices()));
        }
        for (String reason : report.truncation()) {
            out.startRow();
            out.text(Paths.ENTRY, "(list truncated)");
            out.text(Paths.ROUTE, reason);
        }
    }

    private void link(SheetWriter out, RegisterLayout.Column column, String text, EObject element) {
        if (element instanceof Asset) {
            out.link(column, text, Assets.SHEET.name(), rowOf(assetRows, element));
        } else if (element instanceof Zone) {
            out.link(column, text, Zones.SHEET.name(), rowOf(zoneRows, element));
        } else if (element instanceof Conduit) {
            out.link(column, text, Conduits.SHEET.name(), rowOf(conduitRows, element));
        } else if (element instanceof Flow) {
            out.link(column, text, Flows.SHEET.name(), rowOf(flowRows, element));
        } else {
            out.text(column, text);
        }
    }

    /** The cover sheet: what the register is of, when it was written, and counts per zone and severity. */
    private void summary(StreamingWorkbook workbook, SXSSFSheet sheet, Styles styles, List<Asset> assets,
            List<Zone> zones) {
        int[] next = { 0 };
        Row title = sheet.createRow(next[0]++);
        title.createCell(0).setCellValue("ITOT Architect register");
        title.getCell(0).setCellStyle(styles.title);
        next[0]++;
        // The stamp the importer checks (ModelStamp): which model, by name, id and file, this register is of.
        ModelStamp stamp = ModelStamp.of(model);
        pair(sheet, styles, next, ModelStamp.NAME_LABEL, model.getName());
        pair(sheet, styles, next, ModelStamp.ID_LABEL, model.getId());
        pair(sheet, styles, next, ModelStamp.FILE_LABEL, stamp.file());
        pair(sheet, styles, next, "Revision", model.getRevision());
        pair(sheet, styles, next, "Owner organisation", model.getOwnerOrganisation());
        pair(sheet, styles, next, "Model format version", model.getFormatVersion());
        Row date = labelRow(sheet, styles, next, "Exported on");
        date.createCell(1).setCellValue(Date.from(options.exportedOn()));
        date.getCell(1).setCellStyle(styles.dateTime);
        pair(sheet, styles, next, "Tool version", "ITOT Architect " + options.toolVersion());
        next[0]++;
        count(sheet, styles, next, "Zones", zones.size());
        count(sheet, styles, next, "Assets", assets.size());
        count(sheet, styles, next, "Conduits", model.getConduits().size());
        count(sheet, styles, next, "Flows", model.getFlows().size());
        count(sheet, styles, next, "Firewall rules", rows.getOrDefault(FirewallRules.SHEET.name(), 0));
        count(sheet, styles, next, "Findings", options.findings().size());
        next[0]++;

        // Findings per zone (of the element, a flow's source, a rule's device) and severity; accepted apart.
        String[] headers = { "Zone", "Name", "Purdue level", "Assets", "Errors", "Warnings", "Infos", "Accepted" };
        Row header = sheet.createRow(next[0]++);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(styles.header);
        }
        // Counted by FindingSummary, as the text, JSON, JUnit and SARIF reports count (accepted findings apart).
        Map<Zone, List<RuleDiagnostic>> findingsPerZone = new LinkedHashMap<>();
        zones.forEach(z -> findingsPerZone.put(z, new ArrayList<>()));
        List<RuleDiagnostic> findingsElsewhere = new ArrayList<>();
        for (RuleDiagnostic finding : options.findings()) {
            Zone zone = zoneOf(finding.element());
            (zone != null && findingsPerZone.containsKey(zone) ? findingsPerZone.get(zone) : findingsElsewhere)
                    .add(finding);
        }
        Map<Zone, int[]> perZone = new LinkedHashMap<>();
        findingsPerZone.forEach((zone, findings) -> perZone.put(zone, summaryCounts(findings)));
        int[] elsewhere = summaryCounts(findingsElsewhere);
        int[] total = summaryCounts(options.findings());
        for (Map.Entry<Zone, int[]> entry : perZone.entrySet()) {
            Zone zone = entry.getKey();
            Row row = sheet.createRow(next[0]++);
            Cell id = row.createCell(0);
            id.setCellValue(CellText.of(zone.getId()));
            if (zoneRows.containsKey(zone)) {
                workbook.addLink(sheet, row.getRowNum(), 0, Zones.SHEET.name(), zoneRows.get(zone));
                id.setCellStyle(styles.link);
            }
            text(row, 1, zone.getName());
            purdueLevel(row.createCell(2), styles, zone);
            integer(row, 3, zone.getAssets().size(), styles);
            for (int i = 0; i < 4; i++) {
                integer(row, 4 + i, entry.getValue()[i], styles);
            }
        }
        Row other = sheet.createRow(next[0]++);
        other.createCell(0).setCellValue("(no zone)");
        text(other, 1, "conduits and model-wide findings");
        for (int i = 0; i < 4; i++) {
            integer(other, 4 + i, elsewhere[i], styles);
        }
        Row sum = sheet.createRow(next[0]++);
        sum.createCell(0).setCellValue("Total");
        sum.getCell(0).setCellStyle(styles.label);
        integer(sum, 3, assets.size(), styles);
        for (int i = 0; i < 4; i++) {
            integer(sum, 4 + i, total[i], styles);
        }
        next[0]++;
        Row note = sheet.createRow(next[0]++);
        note.createCell(0).setCellValue("Columns with grey headers are computed from the model and locked; "
                + "'itot import excel' reads the other columns of Assets, Zones, Conduits, Flows, Firewall rules and "
                + "the waiver columns of Findings, and reports an edit of a locked cell.");
        int[] widths = { 24, 36, 12, 9, 9, 9, 9, 9 };
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        rows.put(RegisterLayout.SUMMARY, next[0]);
    }

    private static Zone zoneOf(EObject element) {
        if (element instanceof Flow flow) {
            return FlowQuery.sourceZone(flow);
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Zone zone) {
                return zone;
            }
        }
        return null;
    }

    private static void pair(SXSSFSheet sheet, Styles styles, int[] next, String label, String value) {
        Row row = labelRow(sheet, styles, next, label);
        text(row, 1, value);
    }

    private static void count(SXSSFSheet sheet, Styles styles, int[] next, String label, long value) {
        Row row = labelRow(sheet, styles, next, label);
        integer(row, 1, value, styles);
    }

    private static Row labelRow(SXSSFSheet sheet, Styles styles, int[] next, String label) {
        Row row = sheet.createRow(next[0]++);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.label);
        return row;
    }

    private static void text(Row row, int column, String modelText) {
        String text = CellText.of(modelText);
        if (text != null && !text.isEmpty()) {
            row.createCell(column).setCellValue(text);
        }
    }

    private static void integer(Row row, int column, long value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
    }

    /** The values of every enumeration, one column each, and a workbook name per column for the drop-downs. */
    private static void writeLists(StreamingWorkbook workbook, SXSSFSheet sheet) {
        List<Enumeration> enumerations = RegisterLayout.ENUMERATIONS;
        int longest = enumerations.stream().mapToInt(e -> e.values().size()).max().orElse(0);
        List<Row> listRows = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            listRows.add(sheet.createRow(i));
        }
        for (int column = 0; column < enumerations.size(); column++) {
            Enumeration enumeration = enumerations.get(column);
            listRows.get(0).createCell(column).setCellValue(enumeration.name());
            for (int i = 0; i < enumeration.values().size(); i++) {
                String value = enumeration.values().get(i);
                Cell cell = listRows.get(i + 1).createCell(column);
                Double number = Values.purdueNumber(enumeration == RegisterLayout.PURDUE_LEVELS ? value : null);
                if (number != null) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(value);
                }
            }
            String letters = SheetWriter.columnLetters(column);
            Name name = workbook.createName();
            name.setNameName(enumeration.name());
            name.setRefersToFormula(SheetWriter.quoted(RegisterLayout.LISTS) + "!$" + letters + "$2:$" + letters + "$"
                    + (enumeration.values().size() + 1));
            sheet.setColumnWidth(column, 22 * 256);
        }
    }

    private static void purdueLevel(Cell cell, Styles styles, Zone zone) {
        Object level = ColumnCodecs.encodePurdueLevel(zone.getPurdueLevel());
        if (level instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(level instanceof Long ? styles.integer : styles.decimal);
        } else {
            cell.setCellValue((String) level);
        }
    }

    private static List<String> addresses(Asset asset) {
        List<String> all = new ArrayList<>();
        for (NetworkInterface networkInterface : asset.getInterfaces()) {
            all.addAll(networkInterface.getAddresses());
        }
        return all;
    }

    private static int rowOf(Map<EObject, Integer> rows, EObject element) {
        return rows.getOrDefault(element, 0);
    }

    /** Errors, warnings, infos and accepted findings, as {@link FindingSummary} counts them for every report. */
    private static int[] summaryCounts(Collection<RuleDiagnostic> findings) {
        FindingSummary summary = FindingSummary.of(findings, List.of(), Set.of());
        return new int[] { summary.errors(), summary.warnings(), summary.infos(), summary.accepted() };
    }
}
