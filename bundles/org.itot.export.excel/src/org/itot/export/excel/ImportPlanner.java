package org.itot.export.excel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.apache.poi.ss.usermodel.DateUtil;
import org.itot.export.excel.RegisterLayout.Assets;
import org.itot.export.excel.RegisterLayout.Conduits;
import org.itot.export.excel.RegisterLayout.Findings;
import org.itot.export.excel.RegisterLayout.FirewallRules;
import org.itot.export.excel.RegisterLayout.Column;
import org.itot.export.excel.RegisterLayout.Flows;
import org.itot.export.excel.RegisterLayout.SheetLayout;
import org.itot.export.excel.RegisterLayout.Zones;
import org.itot.export.excel.internal.SheetWriter;
import org.itot.export.excel.internal.Values;
import org.itot.export.excel.internal.WorkbookReader.CellValue;
import org.itot.export.excel.internal.WorkbookReader.SheetRow;
import org.itot.export.excel.internal.WorkbookReader.Type;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.NetworkScope;
import org.itot.model.Waiver;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage.Literals;
import org.itot.model.ModelElement;
import org.itot.model.NetworkInterface;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.Role;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.query.AssetQuery;
import org.itot.model.labels.Labels;
import org.itot.model.query.SecurityLevels;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelSizeEstimate;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.Waivers;

/**
 * Compares the rows of a register with a model and turns every difference into an EMF command, or
 * into an {@link ImportProblem} naming sheet, row and column. New elements are built detached, fully
 * set up, and added by the command; existing ones change through {@link SetCommand}s.
 */
final class ImportPlanner {

    /** Problems beyond this many are counted, not listed. */
    private static final int MAX_PROBLEMS = 500;
    private static final Object INVALID = new Object();

    private final ArchitectureModel model;
    private final String fileName;
    private final EditingDomain domain;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int unlistedProblems;
    private final List<String> changes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private final Map<String, ModelElement> byId = new HashMap<>();
    private final Map<String, Zone> newZones = new LinkedHashMap<>();
    private final Map<String, Asset> newAssets = new LinkedHashMap<>();
    private final Map<String, Flow> newFlows = new LinkedHashMap<>();
    private final Map<String, Conduit> newConduits = new LinkedHashMap<>();
    private final Map<String, FirewallRule> newRules = new LinkedHashMap<>();
    private final Map<Zone, String> newZoneParents = new IdentityHashMap<>();
    /** The element of every identified row, for labels with names. */
    private final Map<Row, ModelElement> rowElements = new HashMap<>();
    private final ImportOptions options;
    /** The findings of the model now (computed when first needed: validation takes a while). */
    private final Supplier<List<RuleDiagnostic>> findings;

    private final List<Command> zoneCreations = new ArrayList<>();
    private final List<Command> assetCreations = new ArrayList<>();
    private final List<Command> flowCreations = new ArrayList<>();
    private final List<Command> conduitCreations = new ArrayList<>();
    private final List<Command> ruleCreations = new ArrayList<>();
    private final List<Command> deletions = new ArrayList<>();
    private final List<Command> updates = new ArrayList<>();

    /** The model file size the import may lead to; beyond it the model would not open again. */
    private final long maxModelBytes;
    /** What the planned changes add to the model file, and the cell that adds the most. */
    private long growth;
    private Contribution largest;

    /** A cell's share of the model's growth: the cell a size refusal points at. */
    private record Contribution(Table table, SheetRow row, Column column, long bytes) {
    }

    ImportPlanner(ArchitectureModel model, String fileName, long maxModelBytes, ImportOptions options,
            Supplier<List<RuleDiagnostic>> findings) {
        this.model = Objects.requireNonNull(model, "model");
        this.fileName = fileName;
        this.maxModelBytes = maxModelBytes;
        this.options = Objects.requireNonNull(options, "options");
        this.findings = findings;
        this.domain = ModelEditing.domainFor(model);
        for (var contents = EcoreUtil.<EObject>getAllContents(List.of(model)); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && element.getId() != null) {
                byId.putIfAbsent(element.getId(), element);
            }
        }
    }

    /**
     * @param computedCells edits of cells the importer does not read (computed columns, computed sheets), reported
     *                      as problems and notes: an import never drops an edit without a word
     */
    ImportResult plan(Map<String, List<SheetRow>> sheets, ComputedCells.Edits computedCells) {
        Table zones = table(Zones.SHEET, sheets.get(Zones.SHEET.name()));
        Table assets = table(Assets.SHEET, sheets.get(Assets.SHEET.name()));
        Table flows = table(Flows.SHEET, sheets.get(Flows.SHEET.name()));
        // Ids first, on every sheet, so that rows can refer to elements other rows create.
        Map<Row, ModelElement> zoneRows = identify(zones, Zone.class, "zone", () -> ItotFactory.eINSTANCE.createZone(),
                newZones);
        Map<Row, ModelElement> assetRows = identify(assets, Asset.class, "asset",
                () -> ItotFactory.eINSTANCE.createAsset(), newAssets);
        Map<Row, ModelElement> flowRows = identify(flows, Flow.class, "flow", () -> ItotFactory.eINSTANCE.createFlow(),
                newFlows);
        Table conduits = table(Conduits.SHEET, sheets.get(Conduits.SHEET.name()));
        Map<Row, ModelElement> conduitRows = identify(conduits, Conduit.class, "conduit",
                () -> ItotFactory.eINSTANCE.createConduit(), newConduits);
        Table rules = table(FirewallRules.SHEET, sheets.get(FirewallRules.SHEET.name()));
        Map<Row, ModelElement> ruleRows = identify(rules, FirewallRule.class, "firewall rule",
                () -> ItotFactory.eINSTANCE.createFirewallRule(), newRules);
        Table findingRows = table(Findings.SHEET, sheets.get(Findings.SHEET.name()));
        checkModelIdentity(sheets.get(RegisterLayout.SUMMARY));
        zoneRows.forEach((row, zone) -> zone(row, (Zone) zone));
        placeNewZones(zoneRows);
        assetRows.forEach((row, asset) -> asset(row, (Asset) asset));
        flowRows.forEach((row, flow) -> flow(row, (Flow) flow));
        conduitRows.forEach((row, conduit) -> conduit(row, (Conduit) conduit));
        ruleRows.forEach((row, rule) -> rule(row, (FirewallRule) rule));
        if (rules != null && rules.has(FirewallRules.ID)) {
            deleteUnlistedRules(ruleRows);
        }
        if (findingRows != null) {
            findingRows.rows.forEach(this::finding);
        }
        computedCells.problems().forEach(p -> problem(p.sheet(), p.row(), -1, p.header(), p.reason(), p.column()));
        notes.addAll(computedCells.notes());

        if (assets != null && problems.isEmpty()) {
            java.util.Set<ModelElement> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            listed.addAll(assetRows.values());
            long unlisted = model.getAllAssets().stream().filter(a -> !listed.contains(a)).count();
            if (unlisted > 0) {
                notes.add(unlisted + " assets of the model are not in the register; they are left as they are "
                        + "(an import deletes firewall rules only)");
            }
        }
        if (problems.isEmpty()) {
            checkResultingSize(List.of(zoneRows, assetRows, flowRows, conduitRows, ruleRows));
        }
        if (unlistedProblems > 0) {
            problems.add(new ImportProblem(fileName, 0, "", "", "and " + unlistedProblems + " more problems"));
        }
        CompoundCommand command = new CompoundCommand("Import register " + fileName);
        zoneCreations.forEach(command::append);
        assetCreations.forEach(command::append);
        flowCreations.forEach(command::append);
        conduitCreations.forEach(command::append);
        ruleCreations.forEach(command::append);
        updates.forEach(command::append);
        deletions.forEach(command::append);
        return new ImportResult(model, problems, changes, notes, command.isEmpty() ? null : command);
    }

    /**
     * Refuses an import after which the model file would be larger than the loader opens (a short
     * register can repeat one long text in thousands of cells): the estimate is the model as it is
     * plus the text the changes add and the new elements.
     */
    private void checkResultingSize(List<Map<Row, ModelElement>> sheets) {
        for (Map<Row, ModelElement> rows : sheets) {
            rows.forEach((row, element) -> {
                if (isNew(element) && element.eContainer() == null) { // a new zone under a new zone is in its parent
                    grow(row.table(), row.cells(), row.table().layout.key(), ModelSizeEstimate.of(element));
                }
            });
        }
        long total = ModelSizeEstimate.of(model) + growth;
        if (total > maxModelBytes && largest != null) {
            problem(largest.table(), largest.row(), largest.column(), "with this register the model would grow to "
                    + "about " + ModelSizeEstimate.describe(total) + ", more than the "
                    + ModelSizeEstimate.describe(maxModelBytes) + " a model file may have, and ITOT Architect would not "
                    + "open it again; this cell adds the most (" + ModelSizeEstimate.describe(largest.bytes())
                    + "). Shorten the long texts or import fewer rows (the limit follows the Java heap, one "
                    + ModelFiles.HEAP_BYTES_PER_FILE_BYTE + "th of it: ITOT_CLI_HEAP or -Xmx raises it, as does -D"
                    + ModelFiles.MAX_BYTES_PROPERTY + "=<bytes>)");
        }
    }

    private void grow(Table table, SheetRow row, Column column, long bytes) {
        growth += bytes;
        if (largest == null || bytes > largest.bytes()) {
            largest = new Contribution(table, row, column, bytes);
        }
    }

    // ---- sheets and rows ----

    /** A sheet as read: which of the layout's columns it has, where, and its data rows. */
    private final class Table {
        final SheetLayout layout;
        final Map<Column, Integer> columns = new IdentityHashMap<>();
        final List<Row> rows = new ArrayList<>();

        Table(SheetLayout layout) {
            this.layout = layout;
        }

        boolean has(Column column) {
            return columns.containsKey(column);
        }
    }

    /** One data row of a table. */
    private record Row(Table table, SheetRow cells, String id) {
    }

    private Table table(SheetLayout layout, List<SheetRow> rows) {
        if (rows == null) {
            return null;
        }
        Table table = new Table(layout);
        if (rows.isEmpty() || rows.get(0).number() != 1) {
            problem(layout.name(), 1, -1, "", "the first row must hold the column headers (" + layout.columns().get(0)
                    + ", " + layout.columns().get(1) + ", ...)");
            return table;
        }
        Map<Column, Integer> found = table.columns;
        rows.get(0).cells().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            CellValue header = entry.getValue();
            if (header.type() != Type.TEXT) {
                return; // a number or formula above a user's own column: not one of ours
            }
            layout.column(header.text()).ifPresent(column -> {
                if (column.imported() && found.containsKey(column)) {
                    problem(layout.name(), 1, entry.getKey(), column.header(), "the column '" + column.header()
                            + "' appears twice (also column " + SheetWriter.columnLetters(found.get(column)) + ")");
                } else if (column.imported()) {
                    found.put(column, entry.getKey());
                }
            });
        });
        Column id = layout.key();
        if (!found.containsKey(id)) {
            problem(layout.name(), 1, -1, "", "no '" + id.header() + "' column; rows are matched to the model by id");
            return table;
        }
        // A renamed or deleted header would otherwise drop that column's edits without a word.
        List<String> missing = layout.columns().stream().filter(c -> c.imported() && !found.containsKey(c))
                .map(c -> "'" + c.header() + "'").toList();
        if (!missing.isEmpty()) {
            notes.add(layout.name() + " has no column " + String.join(", ", missing) + " (renamed or deleted?); "
                    + (missing.size() == 1 ? "that field is" : "those fields are") + " left as they are in the model");
        }
        for (SheetRow row : rows.subList(1, rows.size())) {
            if (found.values().stream().noneMatch(index -> isFilled(row.cells().get(index)))) {
                continue; // a blank row, or only computed columns filled in
            }
            Object text = text(table, row, id);
            if (text == INVALID) {
                continue;
            }
            if (text == null || ((String) text).isBlank()) {
                problem(table, row, id, "the id is empty; every row needs the id of its element");
                continue;
            }
            table.rows.add(new Row(table, row, ((String) text).strip()));
        }
        return table;
    }

    private static boolean isFilled(CellValue cell) {
        return cell != null && !(cell.type() == Type.TEXT && cell.text().isEmpty());
    }

    /** Matches each row to the element with its id, or a new detached element; reports clashes. */
    private <T extends ModelElement> Map<Row, ModelElement> identify(Table table, Class<T> type, String what,
            Supplier<T> create, Map<String, T> created) {
        Map<Row, ModelElement> matched = new LinkedHashMap<>();
        if (table == null) {
            return matched;
        }
        Map<String, Integer> seen = new HashMap<>();
        Column idColumn = table.layout.key();
        for (Row row : table.rows) {
            Integer earlier = seen.putIfAbsent(row.id(), row.cells().number());
            if (earlier != null) {
                problem(table, row.cells(), idColumn, "the id " + row.id() + " is also on row " + earlier
                        + "; each " + what + " has one row");
                continue;
            }
            ModelElement existing = byId.get(row.id());
            if (existing != null && !type.isInstance(existing)) {
                problem(table, row.cells(), idColumn, "the id " + row.id() + " belongs to a "
                        + existing.eClass().getName().toLowerCase(Locale.ROOT) + " of the model, not to a " + what
                        + "; ids are unique in a model");
                continue;
            }
            if (existing != null) {
                matched.put(row, existing);
            } else {
                T element = create.get();
                element.setId(row.id());
                created.put(row.id(), element);
                matched.put(row, element);
            }
            rowElements.put(row, matched.get(row));
        }
        return matched;
    }

    private boolean isNew(ModelElement element) {
        return element.eContainer() == null && element != model;
    }

    // ---- zones ----

    private void zone(Row row, Zone zone) {
        boolean created = isNew(zone);
        Table table = row.table();
        text(row, zone, Zones.NAME, Literals.MODEL_ELEMENT__NAME);
        enumeration(row, zone, Zones.KIND, Literals.ZONE__KIND, created);
        enumeration(row, zone, Zones.PURDUE_LEVEL, Literals.ZONE__PURDUE_LEVEL, created);
        securityLevel(row, zone, Zones.SL_T, Literals.ZONE__SL_TARGET);
        enumeration(row, zone, Zones.OWNER, Literals.ZONE__OWNER, false);
        text(row, zone, Zones.ACCOUNTABLE, Literals.ZONE__ACCOUNTABLE_ORGANISATION);
        yesNo(row, zone, Zones.SAFETY, Literals.ZONE__SAFETY_DESIGNATION);
        yesNo(row, zone, Zones.TRUSTED, Literals.ZONE__TRUSTED);
        yesNo(row, zone, Zones.CLASSIFIED, Literals.ZONE__CLASSIFIED);
        text(row, zone, Zones.PHYSICAL_BOUNDARY, Literals.ZONE__PHYSICAL_BOUNDARY);
        text(row, zone, Zones.LOGICAL_BOUNDARY, Literals.ZONE__LOGICAL_BOUNDARY);
        text(row, zone, Zones.DESCRIPTION, Literals.MODEL_ELEMENT__DESCRIPTION);
        if (!table.has(Zones.PARENT)) {
            return;
        }
        Object parent = reference(table, row.cells(), Zones.PARENT, Zone.class, newZones, "zone");
        if (parent == INVALID) {
            return;
        }
        if (created) {
            if (parent != null) {
                newZoneParents.put(zone, ((Zone) parent).getId());
            }
            return;
        }
        Zone current = zone.eContainer() instanceof Zone z ? z : null;
        if (parent != current) {
            problem(table, row.cells(), Zones.PARENT, "the zone's parent is " + show(current) + "; an import does not "
                    + "move zones (move it in the model, or give the parent of a new zone only)");
        }
    }

    /** Adds the new zones to their parents; a new zone under a new zone goes in with its parent. */
    private void placeNewZones(Map<Row, ModelElement> rows) {
        rows.forEach((row, element) -> {
            Zone zone = (Zone) element;
            if (!newZones.containsValue(zone)) {
                return;
            }
            String parentId = newZoneParents.get(zone);
            Zone parent = parentId == null ? null : byId.get(parentId) instanceof Zone z ? z : newZones.get(parentId);
            for (Zone step = parent; step != null; step = newZones.containsValue(step)
                    ? newZones.get(newZoneParents.get(step)) : null) {
                if (step == zone) {
                    problem(row.table(), row.cells(), Zones.PARENT, "new zones are each other's parents; one of them "
                            + "needs a parent that exists");
                    return;
                }
            }
            changes.add(labelOf(row) + ": new zone" + (parent == null ? "" : " in " + parent.getId()));
            if (parent == null) {
                zoneCreations.add(AddCommand.create(domain, model, Literals.ARCHITECTURE_MODEL__ZONES, zone));
            } else if (newZones.containsValue(parent)) {
                parent.getSubZones().add(zone);
            } else {
                zoneCreations.add(AddCommand.create(domain, parent, Literals.ZONE__SUB_ZONES, zone));
            }
        });
    }

    // ---- assets ----

    private void asset(Row row, Asset asset) {
        boolean created = isNew(asset);
        Table table = row.table();
        int before = problems.size();
        text(row, asset, Assets.NAME, Literals.MODEL_ELEMENT__NAME);
        enumeration(row, asset, Assets.TYPE, Literals.ASSET__TYPE, created);
        text(row, asset, Assets.VENDOR, Literals.ASSET__VENDOR);
        text(row, asset, Assets.MODEL, Literals.ASSET__PRODUCT_MODEL);
        text(row, asset, Assets.FIRMWARE, Literals.ASSET__FIRMWARE);
        enumeration(row, asset, Assets.OWNER, Literals.ASSET__OWNER, false);
        enumeration(row, asset, Assets.CRITICALITY, Literals.ASSET__CRITICALITY, false);
        securityLevel(row, asset, Assets.SL_C, Literals.ASSET__SL_CAPABILITY);
        yesNo(row, asset, Assets.INTERNET_EXPOSED, Literals.ASSET__INTERNET_EXPOSED);
        yesNo(row, asset, Assets.REMOTE_ACCESS, Literals.ASSET__REMOTE_ACCESS_ENABLED);
        yesNo(row, asset, Assets.WIRELESS, Literals.ASSET__WIRELESS);
        yesNo(row, asset, Assets.MFA, Literals.ASSET__MFA);
        yesNo(row, asset, Assets.DEFAULT_CREDENTIALS_CHANGED, Literals.ASSET__DEFAULT_CREDENTIALS_CHANGED);
        yesNo(row, asset, Assets.HARDCODED_CREDENTIALS, Literals.ASSET__HARDCODED_CREDENTIALS);
        yesNo(row, asset, Assets.INLINE, Literals.ASSET__INLINE);
        text(row, asset, Assets.REDUNDANCY_GROUP, Literals.ASSET__REDUNDANCY_GROUP);
        text(row, asset, Assets.LOCATION, Literals.ASSET__LOCATION);
        reference(row, asset, Assets.PATCH_SOURCE, Literals.ASSET__PATCH_SOURCE, Asset.class, newAssets, "asset");
        reference(row, asset, Assets.AV_SOURCE, Literals.ASSET__AV_SOURCE, Asset.class, newAssets, "asset");
        references(row, asset, Assets.LOGS_TO, Literals.ASSET__LOGS_TO, Asset.class, newAssets, "asset");
        text(row, asset, Assets.DESCRIPTION, Literals.MODEL_ELEMENT__DESCRIPTION);
        addresses(row, asset);

        Object zone = table.has(Assets.ZONE)
                ? reference(table, row.cells(), Assets.ZONE, Zone.class, newZones, "zone") : null;
        if (zone == INVALID) {
            return;
        }
        if (created) {
            if (zone == null) {
                problem(table, row.cells(), table.has(Assets.ZONE) ? Assets.ZONE : null,
                        "a new asset needs the zone it is in (a zone id)");
            }
            if (problems.size() > before || zone == null) {
                return;
            }
            Zone target = (Zone) zone;
            changes.add(labelOf(row) + ": new asset in " + target.getId());
            if (newZones.containsValue(target)) {
                target.getAssets().add(asset);
            } else {
                assetCreations.add(AddCommand.create(domain, target, Literals.ZONE__ASSETS, asset));
            }
        } else if (zone != null && zone != AssetQuery.zone(asset)) {
            Zone current = AssetQuery.zone(asset);
            changes.add(labelOf(row) + ": Zone " + show(current) + " → " + show(zone));
            updates.add(RemoveCommand.create(domain, current, Literals.ZONE__ASSETS, asset));
            updates.add(AddCommand.create(domain, zone, Literals.ZONE__ASSETS, asset));
        }
    }

    /** Addresses of a device with one interface (or none yet); several interfaces are edited in the model. */
    private void addresses(Row row, Asset asset) {
        Table table = row.table();
        if (!table.has(Assets.ADDRESSES)) {
            return;
        }
        Object text = text(table, row.cells(), Assets.ADDRESSES);
        if (text == INVALID) {
            return;
        }
        List<String> wanted = ColumnCodecs.decodeList((String) text);
        List<String> current = new ArrayList<>();
        asset.getInterfaces().forEach(i -> current.addAll(i.getAddresses()));
        if (wanted.equals(current)) {
            return;
        }
        if (asset.getInterfaces().size() > 1) {
            problem(table, row.cells(), Assets.ADDRESSES, "the asset has " + asset.getInterfaces().size()
                    + " network interfaces; change their addresses in the model, where each has its own");
            return;
        }
        if (!isNew(asset)) {
            changes.add(labelOf(row) + ": " + Assets.ADDRESSES.header() + " " + show(String.join(", ", current)) + " → "
                    + show(String.join(", ", wanted)));
        }
        if (asset.getInterfaces().isEmpty()) {
            NetworkInterface networkInterface = ItotFactory.eINSTANCE.createNetworkInterface();
            networkInterface.setName("primary");
            networkInterface.getAddresses().addAll(wanted);
            if (isNew(asset)) {
                asset.getInterfaces().add(networkInterface);
            } else {
                updates.add(AddCommand.create(domain, asset, Literals.ASSET__INTERFACES, networkInterface));
            }
        } else if (isNew(asset)) {
            asset.getInterfaces().get(0).getAddresses().clear();
            asset.getInterfaces().get(0).getAddresses().addAll(wanted);
        } else {
            updates.add(SetCommand.create(domain, asset.getInterfaces().get(0),
                    Literals.NETWORK_INTERFACE__ADDRESSES, wanted));
        }
    }

    // ---- flows ----

    private void flow(Row row, Flow flow) {
        boolean created = isNew(flow);
        Table table = row.table();
        int before = problems.size();
        text(row, flow, Flows.NAME, Literals.MODEL_ELEMENT__NAME);
        reference(row, flow, Flows.SOURCE, Literals.FLOW__SOURCE, Asset.class, newAssets, "asset");
        reference(row, flow, Flows.TARGET, Literals.FLOW__TARGET, Asset.class, newAssets, "asset");
        protocol(row, flow);
        ports(row, flow);
        enumeration(row, flow, Flows.OPERATION, Literals.FLOW__OPERATION, false);
        text(row, flow, Flows.PURPOSE, Literals.FLOW__PURPOSE);
        yesNo(row, flow, Flows.REMOTE_ACCESS, Literals.FLOW__REMOTE_ACCESS);
        yesNo(row, flow, Flows.MFA, Literals.FLOW__MFA);
        yesNo(row, flow, Flows.APPROVAL_REQUIRED, Literals.FLOW__APPROVAL_REQUIRED);
        reference(row, flow, Flows.ROLE, Literals.FLOW__ROLE, Role.class, Map.of(), "role");
        text(row, flow, Flows.DESCRIPTION, Literals.MODEL_ELEMENT__DESCRIPTION);
        if (!created || problems.size() > before) {
            return;
        }
        for (Column end : List.of(Flows.SOURCE, Flows.TARGET)) {
            if (flow.eGet(end == Flows.SOURCE ? Literals.FLOW__SOURCE : Literals.FLOW__TARGET) == null) {
                problem(table, row.cells(), table.has(end) ? end : null, "a new flow needs its "
                        + end.header().toLowerCase(Locale.ROOT) + " (an asset id)");
                return;
            }
        }
        changes.add(labelOf(row) + ": new flow " + flow.getSource().getId() + " → " + flow.getTarget().getId());
        flowCreations.add(AddCommand.create(domain, model, Literals.ARCHITECTURE_MODEL__FLOWS, flow));
    }

    /** A protocol by id or, as people write them, by name. The import does not create protocols. */
    private void protocol(Row row, Flow flow) {
        Table table = row.table();
        if (!table.has(Flows.PROTOCOL)) {
            return;
        }
        Object text = text(table, row.cells(), Flows.PROTOCOL);
        if (text == INVALID) {
            return;
        }
        Protocol protocol = null;
        if (text != null && !((String) text).isBlank()) {
            String wanted = ((String) text).strip();
            protocol = protocol(wanted);
            if (protocol == null) {
                problem(table, row.cells(), Flows.PROTOCOL, "no protocol '" + wanted + "' in the model (give the id "
                        + "or name of one of its " + model.getProtocols().size() + " protocols)");
                return;
            }
        }
        change(row, flow, Flows.PROTOCOL, Literals.FLOW__PROTOCOL, protocol);
    }

    /** A protocol of the model by id or, as people write them, by name; null when there is none. */
    private Protocol protocol(String wanted) {
        return model.getProtocols().stream().filter(p -> wanted.equals(p.getId())).findFirst()
                .or(() -> model.getProtocols().stream().filter(p -> wanted.equalsIgnoreCase(p.getName())).findFirst())
                .orElse(null);
    }

    private void ports(Row row, Flow flow) {
        Table table = row.table();
        if (!table.has(Flows.PORTS)) {
            return;
        }
        Object text = text(table, row.cells(), Flows.PORTS);
        if (text == INVALID) {
            return;
        }
        List<PortRange> ports;
        try {
            ports = ColumnCodecs.decodePorts((String) text);
        } catch (IllegalArgumentException e) {
            problem(table, row.cells(), Flows.PORTS, e.getMessage());
            return;
        }
        if (Values.ports(ports).equals(Values.ports(flow.getPorts()))) {
            return;
        }
        if (isNew(flow)) {
            flow.getPorts().addAll(ports);
        } else {
            changes.add(labelOf(row) + ": " + Flows.PORTS.header() + " " + show(Values.ports(flow.getPorts())) + " → "
                    + show(Values.ports(ports)));
            updates.add(SetCommand.create(domain, flow, Literals.FLOW__PORTS, ports));
        }
    }

    // ---- the model the register is of ----

    /**
     * Refuses a register written from another model, unless told to go on: two models made from one template
     * share their ids, so a register imported into the wrong one would match rows by chance.
     */
    private void checkModelIdentity(List<SheetRow> summary) {
        if (summary == null) {
            return;
        }
        ModelStamp stamped = ModelStamp.read(summary);
        if (stamped == null) {
            notes.add("the register's Summary sheet does not say which model it was written from; it is imported "
                    + "into " + ModelStamp.of(model).describe());
            return;
        }
        ModelStamp target = ModelStamp.of(model);
        if (stamped.matches(target)) {
            return;
        }
        String message = "this register was written from " + stamped.describe() + ", not from "
                + target.describe() + " it is being imported into; import it into the model it came from, or, "
                + "if this is intended, allow an import into a different model (itot import excel --other-model, "
                + "or the import wizard's option)";
        if (options.allowOtherModel()) {
            notes.add(message.substring(0, message.indexOf("; import it")) + "; imported anyway, as asked");
        } else {
            problem(RegisterLayout.SUMMARY, stamped.row(), 1, "", message);
        }
    }

    // ---- conduits ----

    private void conduit(Row row, Conduit conduit) {
        boolean created = isNew(conduit);
        Table table = row.table();
        int before = problems.size();
        text(row, conduit, Conduits.NAME, Literals.MODEL_ELEMENT__NAME);
        securityLevel(row, conduit, Conduits.SL_T, Literals.CONDUIT__SL_TARGET);
        enumeration(row, conduit, Conduits.MEDIUM, Literals.CONDUIT__MEDIUM, false);
        references(row, conduit, Conduits.ENFORCED_BY, Literals.CONDUIT__ENFORCED_BY, Asset.class, newAssets, "asset");
        references(row, conduit, Conduits.MONITORED_BY, Literals.CONDUIT__MONITORED_BY, Asset.class, newAssets,
                "asset");
        yesNo(row, conduit, Conduits.ENCRYPTED, Literals.CONDUIT__ENCRYPTED);
        yesNo(row, conduit, Conduits.AUTHENTICATED, Literals.CONDUIT__AUTHENTICATED);
        yesNo(row, conduit, Conduits.UNIDIRECTIONAL, Literals.CONDUIT__UNIDIRECTIONAL);
        reference(row, conduit, Conduits.ALLOWED_SOURCE, Literals.CONDUIT__ALLOWED_SOURCE, Zone.class, newZones,
                "zone");
        enumeration(row, conduit, Conduits.OWNER, Literals.CONDUIT__OWNER, false);
        text(row, conduit, Conduits.ACCOUNTABLE, Literals.CONDUIT__ACCOUNTABLE_ORGANISATION);
        text(row, conduit, Conduits.DESCRIPTION, Literals.MODEL_ELEMENT__DESCRIPTION);
        if (table.has(Conduits.ZONE_A) && table.has(Conduits.ZONE_B)) {
            Object a = reference(table, row.cells(), Conduits.ZONE_A, Zone.class, newZones, "zone");
            Object b = reference(table, row.cells(), Conduits.ZONE_B, Zone.class, newZones, "zone");
            if (a == INVALID || b == INVALID) {
                return;
            }
            if (a == null || b == null || a == b) {
                problem(table, row.cells(), a == null ? Conduits.ZONE_A : Conduits.ZONE_B, "a conduit joins two "
                        + "different zones: give both zone ids");
                return;
            }
            change(row, conduit, Conduits.ZONE_A, Literals.CONDUIT__ZONES, List.of(a, b));
        } else if (created) {
            problem(table, row.cells(), null, "a new conduit needs the 'Zone A' and 'Zone B' columns");
        }
        if (created && problems.size() == before) {
            changes.add(labelOf(row) + ": new conduit " + show(conduit.getZones().get(0)) + " ↔ "
                    + show(conduit.getZones().get(1)));
            conduitCreations.add(AddCommand.create(domain, model, Literals.ARCHITECTURE_MODEL__CONDUITS, conduit));
        }
    }

    // ---- firewall rules ----

    private void rule(Row row, FirewallRule rule) {
        boolean created = isNew(rule);
        Table table = row.table();
        int before = problems.size();
        text(row, rule, FirewallRules.NAME, Literals.MODEL_ELEMENT__NAME);
        if (table.has(FirewallRules.ORDER)) {
            Object text = text(table, row.cells(), FirewallRules.ORDER);
            if (text != INVALID) {
                try {
                    change(row, rule, FirewallRules.ORDER, Literals.FIREWALL_RULE__ORDER,
                            ColumnCodecs.decodeInteger((String) text));
                } catch (IllegalArgumentException e) {
                    problem(table, row.cells(), FirewallRules.ORDER, e.getMessage() + "; the order is the rule's "
                            + "position in its device's rule set (lower first)");
                }
            }
        } else if (created) {
            problem(table, row.cells(), null, "a new rule needs the 'Order' column");
        }
        scope(row, rule, FirewallRules.SOURCE, Literals.FIREWALL_RULE__SOURCE);
        scope(row, rule, FirewallRules.DESTINATION, Literals.FIREWALL_RULE__DESTINATION);
        service(row, rule);
        enumeration(row, rule, FirewallRules.ACTION, Literals.FIREWALL_RULE__ACTION, created);
        yesNo(row, rule, FirewallRules.LOGGING, Literals.FIREWALL_RULE__LOGGING);
        references(row, rule, FirewallRules.JUSTIFIED_BY, Literals.FIREWALL_RULE__JUSTIFIED_BY, Flow.class, newFlows,
                "flow");
        Object device = table.has(FirewallRules.DEVICE)
                ? reference(table, row.cells(), FirewallRules.DEVICE, Asset.class, newAssets, "asset") : null;
        if (device == INVALID) {
            return;
        }
        if (!created) {
            if (device != null && device != rule.eContainer()) {
                problem(table, row.cells(), FirewallRules.DEVICE, "the rule is on " + show(rule.eContainer())
                        + "; an import does not move rules between devices (delete this row and add the rule under a "
                        + "new id for the other device)");
            }
            return;
        }
        if (device == null) {
            problem(table, row.cells(), table.has(FirewallRules.DEVICE) ? FirewallRules.DEVICE : null,
                    "a new rule needs the device that enforces it (an asset id)");
        }
        if (problems.size() > before || device == null) {
            return;
        }
        Asset target = (Asset) device;
        changes.add(labelOf(row) + ": new rule on " + show(target) + " at order " + rule.getOrder());
        if (newAssets.containsValue(target)) {
            target.getFirewallRules().add(rule);
        } else {
            ruleCreations.add(AddCommand.create(domain, target, Literals.ASSET__FIREWALL_RULES, rule));
        }
    }

    /** A rule's source or destination: a zone or asset id, or "any" (none). */
    private void scope(Row row, FirewallRule rule, Column column, EStructuralFeature feature) {
        Table table = row.table();
        if (!table.has(column)) {
            return;
        }
        Object text = text(table, row.cells(), column);
        if (text == INVALID) {
            return;
        }
        String id = ColumnCodecs.decodeScope((String) text);
        Object scope = null;
        if (id != null) {
            ModelElement element = byId.containsKey(id) ? byId.get(id) : newZones.containsKey(id) ? newZones.get(id)
                    : newAssets.get(id);
            if (!(element instanceof NetworkScope)) {
                problem(table, row.cells(), column, element == null ? "no zone or asset with the id '" + id + "'; "
                        + "write a zone or asset id, or 'any'" : "'" + id + "' is a "
                        + element.eClass().getName().toLowerCase(Locale.ROOT) + ", not a zone or asset");
                return;
            }
            scope = element;
        }
        change(row, rule, column, feature, scope);
    }

    /** The protocol (by id or name) and ports of a rule; "any" clears both. */
    private void service(Row row, FirewallRule rule) {
        Table table = row.table();
        if (!table.has(FirewallRules.SERVICE)) {
            return;
        }
        Object text = text(table, row.cells(), FirewallRules.SERVICE);
        if (text == INVALID) {
            return;
        }
        ColumnCodecs.Service service;
        try {
            service = ColumnCodecs.decodeService((String) text);
        } catch (IllegalArgumentException e) {
            problem(table, row.cells(), FirewallRules.SERVICE, e.getMessage());
            return;
        }
        Protocol protocol = null;
        if (service.protocol() != null) {
            protocol = protocol(service.protocol());
            if (protocol == null) {
                problem(table, row.cells(), FirewallRules.SERVICE, "no protocol '" + service.protocol() + "' in the "
                        + "model; write 'any', or a protocol id followed by ports such as 'modbus 502/tcp'");
                return;
            }
        }
        change(row, rule, FirewallRules.SERVICE, Literals.FIREWALL_RULE__PROTOCOL, protocol);
        List<PortRange> ports = new ArrayList<>(service.ports());
        if (ColumnCodecs.encodePorts(ports).equals(ColumnCodecs.encodePorts(rule.getPorts()))) {
            return;
        }
        if (isNew(rule)) {
            rule.getPorts().addAll(ports);
        } else {
            changes.add(labelOf(row) + ": ports " + show(ColumnCodecs.encodePorts(rule.getPorts())) + " → "
                    + show(ColumnCodecs.encodePorts(ports)));
            updates.add(SetCommand.create(domain, rule, Literals.FIREWALL_RULE__PORTS, ports));
        }
    }

    /** The sheet is the rule set: a rule of the model whose id is not on it was deleted there. */
    private void deleteUnlistedRules(Map<Row, ModelElement> listed) {
        java.util.Set<ModelElement> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(listed.values());
        for (Asset device : model.getAllAssets()) {
            for (FirewallRule rule : device.getFirewallRules()) {
                if (!kept.contains(rule)) {
                    changes.add(FirewallRules.SHEET.name() + ": rule " + show(rule) + " of " + show(device)
                            + " deleted (no row has its id)");
                    deletions.add(RemoveCommand.create(domain, device, Literals.ASSET__FIREWALL_RULES, rule));
                }
            }
        }
    }

    // ---- findings: accepted risks ----

    /** A finding accepted as a risk (a new waiver), its waiver's details changed, or its waiver withdrawn. */
    private void finding(Row row) {
        Table table = row.table();
        if (!table.has(Findings.STATUS)) {
            return;
        }
        Object statusText = text(table, row.cells(), Findings.STATUS);
        if (statusText == INVALID) {
            return;
        }
        String status = statusText == null ? "open"
                : Findings.STATUS.enumeration().match((String) statusText).orElse(null);
        if (status == null) {
            problem(table, row.cells(), Findings.STATUS, "'" + statusText + "' is not one of "
                    + String.join(", ", Findings.STATUS.enumeration().values()));
            return;
        }
        Waiver waiver = model.getWaivers().stream().filter(w -> row.id().equals(w.getFindingId())).findFirst()
                .orElse(null);
        String label = Findings.SHEET.name() + " row " + row.cells().number() + " (" + row.id() + ")";
        if (waiver == null && !status.equals("accepted")) {
            return;
        }
        if (waiver != null && status.equals("open")) {
            changes.add(label + ": waiver withdrawn, the finding is open again");
            deletions.add(RemoveCommand.create(domain, model, Literals.ARCHITECTURE_MODEL__WAIVERS, waiver));
            return;
        }
        Object rationale = table.has(Findings.RATIONALE) ? text(table, row.cells(), Findings.RATIONALE) : null;
        Object author = table.has(Findings.AUTHOR) ? text(table, row.cells(), Findings.AUTHOR) : null;
        Object expires = table.has(Findings.EXPIRES_ON) ? date(table, row.cells(), Findings.EXPIRES_ON) : null;
        if (rationale == INVALID || author == INVALID || expires == INVALID) {
            return;
        }
        if (rationale == null || ((String) rationale).isBlank()) {
            problem(table, row.cells(), table.has(Findings.RATIONALE) ? Findings.RATIONALE : null, "an accepted risk "
                    + "needs a rationale: why is the risk acceptable?");
            return;
        }
        if (waiver != null) {
            change(row, waiver, Findings.RATIONALE, Literals.WAIVER__RATIONALE, rationale);
            change(row, waiver, Findings.AUTHOR, Literals.WAIVER__AUTHOR, author);
            // The sheet shows the day; a re-save may round the time of day, which is no edit.
            boolean sameDay = expires != null && waiver.getExpiresOn() != null
                    && show(expires).equals(show(waiver.getExpiresOn()));
            change(row, waiver, Findings.EXPIRES_ON, Literals.WAIVER__EXPIRES_ON,
                    sameDay ? waiver.getExpiresOn() : expires);
            return;
        }
        RuleDiagnostic finding = findings.get().stream().filter(f -> row.id().equals(f.findingId())).findFirst()
                .orElse(null);
        if (finding == null) {
            problem(table, row.cells(), Findings.FINDING_ID, "the model has no finding " + row.id() + " now (fixed "
                    + "since the register was written, or found by a rule pack this import was not given: --rules)");
            return;
        }
        Waiver accepted = Waivers.accept(finding, (String) rationale, (String) author, (Date) expires);
        changes.add(label + ": " + finding.ruleId() + " on " + show(finding.element()) + " accepted as a risk"
                + (author == null ? "" : " by " + author) + (expires == null ? ""
                        : String.format(Locale.ROOT, " until %tF", (Date) expires)) + ": " + show(rationale));
        updates.add(AddCommand.create(domain, model, Literals.ARCHITECTURE_MODEL__WAIVERS, accepted));
    }

    /** A date from a date cell, or ISO text (2027-06-30); null for an empty cell. */
    private Object date(Table table, SheetRow row, Column column) {
        CellValue cell = row.cells().get(table.columns.get(column));
        if (cell == null || cell.type() == Type.TEXT && cell.text().isBlank()) {
            return null;
        }
        if (cell.type() == Type.NUMBER) {
            return DateUtil.getJavaDate(cell.number()); // the time zone the exporter wrote it in
        }
        if (cell.type() == Type.TEXT) {
            try {
                return Date.from(LocalDate.parse(cell.text().strip()).atStartOfDay(ZoneId.systemDefault()).toInstant());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(table, row, column, "'" + abbreviate(cell.text() == null ? "" : cell.text()) + "' is not a date; "
                + "write it as 2027-06-30 or use a date cell");
        return INVALID;
    }

    // ---- typed cells ----

    private void text(Row row, EObject owner, Column column, EAttribute attribute) {
        if (!row.table().has(column)) {
            return;
        }
        Object value = text(row.table(), row.cells(), column);
        if (value == INVALID) {
            return;
        }
        String current = (String) owner.eGet(attribute);
        String wanted = (String) value;
        if (ColumnCodecs.sameText(current, wanted) || ColumnCodecs.isUneditedCut(current, wanted)) {
            return; // the same text (line breaks aside), or a long text the register had to cut, unedited
        }
        change(row, owner, column, attribute, wanted);
    }

    private void enumeration(Row row, EObject owner, Column column, EAttribute attribute, boolean required) {
        Table table = row.table();
        if (!table.has(column)) {
            if (required) {
                problem(table, row.cells(), null, "a new element needs the '" + column.header() + "' column");
            }
            return;
        }
        Object text = text(table, row.cells(), column);
        if (text == INVALID) {
            return;
        }
        EEnum type = (EEnum) attribute.getEAttributeType();
        if (!required && (text == null || ((String) text).isBlank())) {
            change(row, owner, column, attribute, type.getDefaultValue());
            return;
        }
        try {
            change(row, owner, column, attribute, ColumnCodecs.decodeEnumeration(column.enumeration(), type,
                    (String) text));
        } catch (IllegalArgumentException e) {
            problem(table, row.cells(), column, e.getMessage());
        }
    }

    private void yesNo(Row row, EObject owner, Column column, EAttribute attribute) {
        Table table = row.table();
        if (!table.has(column)) {
            return;
        }
        CellValue cell = row.cells().cells().get(table.columns.get(column));
        Boolean value;
        if (cell == null) {
            value = Boolean.FALSE;
        } else if (cell.type() == Type.BOOLEAN) {
            value = cell.text().equals("TRUE");
        } else {
            Object text = text(table, row.cells(), column);
            if (text == INVALID) {
                return;
            }
            try {
                value = ColumnCodecs.decodeYesNo((String) text);
            } catch (IllegalArgumentException e) {
                problem(table, row.cells(), column, e.getMessage());
                return;
            }
        }
        change(row, owner, column, attribute, value);
    }

    private void securityLevel(Row row, EObject owner, Column column, EStructuralFeature feature) {
        Table table = row.table();
        if (!table.has(column)) {
            return;
        }
        Object text = text(table, row.cells(), column);
        if (text == INVALID) {
            return;
        }
        SecurityLevelVector wanted;
        try {
            wanted = ColumnCodecs.decodeSecurityLevel((String) text);
        } catch (IllegalArgumentException e) {
            problem(table, row.cells(), column, e.getMessage());
            return;
        }
        SecurityLevelVector current = (SecurityLevelVector) owner.eGet(feature);
        if (current == null && wanted == null || current != null && wanted != null && EcoreUtil.equals(current, wanted)) {
            return;
        }
        if (isNew((ModelElement) owner)) {
            owner.eSet(feature, wanted);
        } else {
            changes.add(labelOf(row) + ": " + column.header() + " " + show(SecurityLevels.format(current)) + " → "
                    + show(SecurityLevels.format(wanted)));
            updates.add(SetCommand.create(domain, owner, feature, wanted));
        }
    }

    private <T extends ModelElement> void reference(Row row, EObject owner, Column column, EStructuralFeature feature,
            Class<T> type, Map<String, ? extends T> created, String what) {
        if (!row.table().has(column)) {
            return;
        }
        Object value = reference(row.table(), row.cells(), column, type, created, what);
        if (value != INVALID) {
            change(row, owner, column, feature, value);
        }
    }

    private Object reference(Table table, SheetRow row, Column column, Class<? extends ModelElement> type,
            Map<String, ? extends ModelElement> created, String what) {
        Object text = text(table, row, column);
        if (text == INVALID || text == null || ((String) text).isBlank()) {
            return text == INVALID ? INVALID : null;
        }
        return resolve(table, row, column, ((String) text).strip(), type, created, what);
    }

    private Object resolve(Table table, SheetRow row, Column column, String id, Class<? extends ModelElement> type,
            Map<String, ? extends ModelElement> created, String what) {
        ModelElement element = byId.get(id);
        if (element == null) {
            element = created.get(id);
        }
        if (element == null || !type.isInstance(element)) {
            problem(table, row, column, element == null ? "no " + what + " with the id '" + id + "' in the model or "
                    + "the register" : "'" + id + "' is a " + element.eClass().getName().toLowerCase(Locale.ROOT)
                            + ", not a " + what);
            return INVALID;
        }
        return element;
    }

    private <T extends ModelElement> void references(Row row, EObject owner, Column column,
            EStructuralFeature feature, Class<T> type, Map<String, ? extends T> created, String what) {
        Table table = row.table();
        if (!table.has(column)) {
            return;
        }
        Object text = text(table, row.cells(), column);
        if (text == INVALID) {
            return;
        }
        List<Object> wanted = new ArrayList<>();
        for (String id : ColumnCodecs.decodeReferences((String) text)) {
            Object element = resolve(table, row.cells(), column, id, type, created, what);
            if (element == INVALID) {
                return;
            }
            wanted.add(element);
        }
        change(row, owner, column, feature, wanted);
    }

    /** Sets a feature when the register's value differs: directly on a new element, by command otherwise. */
    private void change(Row row, EObject owner, Column column, EStructuralFeature feature, Object wanted) {
        Object current = owner.eGet(feature);
        if (same(current, wanted)) {
            return;
        }
        if (owner instanceof ModelElement element && isNew(element)) {
            owner.eSet(feature, wanted);
            return;
        }
        changes.add(labelOf(row) + ": " + column.header() + " " + show(current) + " → " + show(wanted));
        updates.add(SetCommand.create(domain, owner, feature, wanted));
        if (wanted instanceof String text) {
            grow(row.table(), row.cells(), column, ModelSizeEstimate.ofText(text)
                    - (current instanceof String old ? ModelSizeEstimate.ofText(old) : 0));
        }
    }

    /** "Conduits row 4 (C-2 'Cell conduit')": where, and which element by id and name. */
    private String labelOf(Row row) {
        ModelElement element = rowElements.get(row);
        String name = element == null || element.getName() == null || element.getName().isBlank() ? ""
                : " '" + abbreviateName(element.getName()) + "'";
        return row.table().layout.name() + " row " + row.cells().number() + " (" + row.id() + name + ")";
    }

    private static boolean same(Object current, Object wanted) {
        if (current instanceof String || wanted instanceof String || current == null || wanted == null) {
            return Objects.equals(emptyIsNull(current), emptyIsNull(wanted));
        }
        if (current instanceof List<?> a && wanted instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false;
                }
            }
            return true;
        }
        return current instanceof EObject ? current == wanted : current.equals(wanted);
    }

    private static Object emptyIsNull(Object value) {
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    /** The text of a cell, neutralisation undone; null when empty, {@link #INVALID} after a problem. */
    private Object text(Table table, SheetRow row, Column column) {
        CellValue cell = row.cells().get(table.columns.get(column));
        if (cell == null) {
            return null;
        }
        return switch (cell.type()) {
        case FORMULA -> {
            problem(table, row, column, "the cell holds a formula (" + abbreviate(cell.text()) + "); a register takes "
                    + "values only: copy the cells and paste them as values");
            yield INVALID;
        }
        case ERROR -> {
            problem(table, row, column, "the cell holds an error (" + cell.text() + ")");
            yield INVALID;
        }
        case BOOLEAN -> cell.text();
        case NUMBER -> {
            if (cell.date()) {
                problem(table, row, column, "the cell holds a date where " + expected(column) + " is expected; type "
                        + "it with a leading apostrophe so that it stays text");
                yield INVALID;
            }
            yield ColumnCodecs.numberText(cell.number());
        }
        case TEXT -> {
            if (cell.text().length() > ModelSizeEstimate.MAX_IMPORTED_TEXT) {
                problem(table, row, column, "the text has " + String.format(Locale.ROOT, "%,d", cell.text().length())
                        + " characters; a field takes at most " + String.format(Locale.ROOT, "%,d",
                                ModelSizeEstimate.MAX_IMPORTED_TEXT) + " (what an Excel cell holds): shorten it");
                yield INVALID;
            }
            yield ColumnCodecs.decodeText(cell.text());
        }
        };
    }

    private static String expected(Column column) {
        return switch (column.kind()) {
        case REFERENCE, ID -> "an id";
        case ENUMERATION, PURDUE_LEVEL, YES_NO -> "a value from the list";
        default -> "text";
        };
    }

    private static String show(Object value) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            return "(empty)";
        }
        if (value instanceof ModelElement element) {
            return element.getName() == null || element.getName().isBlank() || element.getName().equals(element.getId())
                    ? element.getId() : element.getId() + " '" + abbreviateName(element.getName()) + "'";
        }
        if (value instanceof Date date) {
            return String.format(Locale.ROOT, "%tF", date);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(empty)" : String.join(", ", list.stream().map(ImportPlanner::show).toList());
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Enumerator literal) {
            return Labels.of(literal);
        }
        return "'" + abbreviate(value.toString()) + "'";
    }

    /** Names in the preview: whole, unless one is longer than any name people read. */
    private static String abbreviateName(String name) {
        return name.length() <= 120 ? name : name.substring(0, 117) + "...";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private void problem(Table table, SheetRow row, Column column, String reason) {
        problem(table.layout.name(), row.number(), column == null ? -1 : table.columns.getOrDefault(column, -1),
                column == null ? "" : column.header(), reason);
    }

    private void problem(String sheet, int row, int columnIndex, String header, String reason) {
        problem(sheet, row, columnIndex, header, reason, null);
    }

    private void problem(String sheet, int row, int columnIndex, String header, String reason, String letters) {
        if (problems.size() >= MAX_PROBLEMS) {
            unlistedProblems++;
            return;
        }
        problems.add(new ImportProblem(sheet, row, letters != null ? letters
                : columnIndex < 0 ? "" : SheetWriter.columnLetters(columnIndex), header, reason));
    }
}
