package org.itot.export.excel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.itot.model.labels.Labels;
import org.itot.model.ItotPackage;

/**
 * The register workbook as data: its sheets, their columns (header, kind, width, whether the importer
 * reads it) and the values of enumerated columns. The exporter writes exactly this and the importer
 * reads exactly this, so the two cannot drift apart.
 */
public final class RegisterLayout {

    /** What a column holds, which decides how it is written, validated and parsed. */
    public enum Kind {
        /** Free text from the model, neutralised against formula injection. */
        TEXT,
        /** The element's human id, the key rows are matched by. */
        ID,
        /** One value of an {@link Enumeration}, offered as a drop-down. */
        ENUMERATION,
        /** yes or no, offered as a drop-down. */
        YES_NO,
        /** A whole number. */
        INTEGER,
        /** A date (written as an Excel date, not as text). */
        DATE,
        /** The id of one other element. */
        REFERENCE,
        /** Ids of other elements, comma separated. */
        REFERENCES,
        /** Several text values, comma separated (addresses). */
        LIST,
        /** An IEC 62443 security level: a number 0-4, or "FR1-FR7 a,b,c,d,e,f,g". */
        SECURITY_LEVEL,
        /** Port ranges such as "502/tcp, 20000-20010/udp, 123". */
        PORTS,
        /** A Purdue level: a number (0, 1, 2, 3, 3.5, 4, 5) or "external". */
        PURDUE_LEVEL,
        /** A firewall rule's source or destination: a zone or asset id, or "any". */
        SCOPE,
        /** A firewall rule's service: "any", or a protocol id and port ranges such as "modbus 502/tcp". */
        SERVICE
    }

    /**
     * The allowed values of an enumerated column; the name is the workbook's named range for them. For a model
     * enumeration ({@code type} not null) the drop-down offers the labels people read ("IT", "Interactive session")
     * and a cell may hold a label or the file's literal ("it", "interactiveSession"), in any case.
     */
    public record Enumeration(String name, List<String> values, EEnum type) {

        public Enumeration {
            values = List.copyOf(values);
        }

        public Enumeration(String name, List<String> values) {
            this(name, values, null);
        }

        /** A model enumeration offered by its labels. */
        static Enumeration of(EEnum eEnum) {
            return new Enumeration(eEnum.getName(), eEnum.getELiterals().stream().map(Labels::of).toList(), eEnum);
        }

        /** A model enumeration offered by its literals (Purdue levels: the numbers are what people read). */
        static Enumeration ofLiterals(EEnum eEnum) {
            return new Enumeration(eEnum.getName(), eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral)
                    .toList(), eEnum);
        }

        /**
         * The value as the model spells it (the literal), from a label or a literal matched without regard to case;
         * empty when it is neither.
         */
        public Optional<String> match(String text) {
            if (type != null) {
                return Optional.ofNullable(Labels.parse(type, text)).map(EEnumLiteral::getLiteral);
            }
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            return values.stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        }
    }

    /** One column of a sheet. Columns are compared by identity: two sheets may each have an "Id". */
    public static final class Column {

        private final String header;
        private final Kind kind;
        private final int width;
        private final Enumeration enumeration;
        private final boolean imported;

        Column(String header, Kind kind, int width, Enumeration enumeration, boolean imported) {
            this.header = header;
            this.kind = kind;
            this.width = width;
            this.enumeration = enumeration;
            this.imported = imported;
        }

        public String header() {
            return header;
        }

        public Kind kind() {
            return kind;
        }

        /** The usual width in characters; the exporter widens it for longer content, up to a limit. */
        public int width() {
            return width;
        }

        /** The allowed values, for {@link Kind#ENUMERATION}, {@link Kind#YES_NO} and {@link Kind#PURDUE_LEVEL}. */
        public Enumeration enumeration() {
            return enumeration;
        }

        /** False for values the model computes (zone of a flow's source, counts): the importer ignores them. */
        public boolean imported() {
            return imported;
        }

        @Override
        public String toString() {
            return header;
        }
    }

    /** A sheet: a header row with these columns, then one row per element. */
    public static final class SheetLayout {

        private final String name;
        private final List<Column> columns;
        private final Map<Column, Integer> indexes = new IdentityHashMap<>();

        SheetLayout(String name, Column... columns) {
            this.name = name;
            this.columns = List.of(columns);
            for (int i = 0; i < columns.length; i++) {
                indexes.put(columns[i], i);
            }
        }

        public String name() {
            return name;
        }

        public List<Column> columns() {
            return columns;
        }

        /** The column's zero-based position. */
        public int index(Column column) {
            Integer index = indexes.get(column);
            if (index == null) {
                throw new IllegalArgumentException("column " + column + " is not on sheet " + name);
            }
            return index;
        }

        /** The column with this header (spaces around it and case ignored). */
        public Optional<Column> column(String header) {
            String wanted = header.strip().toLowerCase(Locale.ROOT);
            return columns.stream().filter(c -> c.header().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        }

        /** The column rows are matched by (an element's or finding's id); null for sheets without one. */
        public Column key() {
            return columns.stream().filter(c -> c.kind() == Kind.ID).findFirst().orElse(null);
        }

        /** Whether the importer reads this sheet. */
        public boolean imported() {
            return columns.stream().anyMatch(Column::imported);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final Enumeration YES_NO = new Enumeration("YesNo", List.of("yes", "no"));
    public static final Enumeration ASSET_TYPES = Enumeration.of(ItotPackage.Literals.ASSET_TYPE);
    public static final Enumeration ZONE_KINDS = Enumeration.of(ItotPackage.Literals.ZONE_KIND);
    public static final Enumeration PURDUE_LEVELS = Enumeration.ofLiterals(ItotPackage.Literals.PURDUE_LEVEL);
    public static final Enumeration OWNERSHIPS = Enumeration.of(ItotPackage.Literals.OWNERSHIP);
    public static final Enumeration CRITICALITIES = Enumeration.of(ItotPackage.Literals.CRITICALITY);
    public static final Enumeration MEDIA = Enumeration.of(ItotPackage.Literals.CONDUIT_MEDIUM);
    public static final Enumeration OPERATIONS = Enumeration.of(ItotPackage.Literals.FLOW_OPERATION);
    public static final Enumeration RULE_ACTIONS = Enumeration.of(ItotPackage.Literals.RULE_ACTION);
    public static final Enumeration SEVERITIES = new Enumeration("Severity", List.of("error", "warning", "info"));
    public static final Enumeration FINDING_STATUSES = new Enumeration("FindingStatus",
            List.of("open", "accepted", "waiver lapsed"));

    /** Every enumeration the workbook offers as a drop-down, in the order of the hidden list sheet. */
    public static final List<Enumeration> ENUMERATIONS = List.of(YES_NO, ASSET_TYPES, ZONE_KINDS, PURDUE_LEVELS,
            OWNERSHIPS, CRITICALITIES, MEDIA, OPERATIONS, RULE_ACTIONS, SEVERITIES, FINDING_STATUSES);

    /** The cover sheet: model, revision, date, tool version and counts. Not a table; never imported. */
    public static final String SUMMARY = "Summary";

    /** Hidden sheet with the values of every enumeration, which the drop-downs refer to by name. */
    public static final String LISTS = "Lists";

    /**
     * The ATT&CK for ICS matrix (tactics as columns, techniques coloured by coverage) and the coverage per
     * zone; written only when the model has imported ATT&CK data. Not a table; never imported.
     */
    public static final String ATTACK_COVERAGE = "ATT&CK coverage";

    /** What the model lacks for each rule to decide (issue 16): {@link org.itot.export.excel.internal.CompletenessSheet}. */
    public static final String COMPLETENESS = org.itot.export.excel.internal.CompletenessSheet.NAME;

    /** The IEC 62443 gap table: one row per zone and FR, SL-T vs achievable vs SL-A. Computed; never imported. */
    public static final class LevelGaps {
        public static final Column ZONE = derived("Zone", Kind.REFERENCE, 12);
        public static final Column ZONE_NAME = derived("Zone name", Kind.TEXT, 24);
        public static final Column FR = derived("FR", Kind.TEXT, 8);
        public static final Column SL_T = derived("SL-T", Kind.INTEGER, 8);
        public static final Column ACHIEVABLE = derived("Achievable SL", Kind.INTEGER, 11);
        public static final Column SL_A = derived("SL-A", Kind.INTEGER, 8);
        public static final Column ASSESSMENT = derived("Assessment", Kind.TEXT, 22);
        public static final Column DESIGN_GAP = derived("Design gap", Kind.INTEGER, 9);
        public static final Column ASSESSED_GAP = derived("Assessed gap", Kind.INTEGER, 9);
        public static final Column COMPENSATED = derivedYesNo("Compensated");
        public static final Column ASSETS_BELOW = derived("Assets below SL-T", Kind.REFERENCES, 30);
        public static final Column STATUS = derived("Status", Kind.TEXT, 40);
        public static final SheetLayout SHEET = new SheetLayout("Security levels", ZONE, ZONE_NAME, FR, SL_T,
                ACHIEVABLE, SL_A, ASSESSMENT, DESIGN_GAP, ASSESSED_GAP, COMPENSATED, ASSETS_BELOW, STATUS);

        private LevelGaps() {
        }
    }

    /** One row per asset, every zone and sub-zone. */
    public static final class Assets {
        public static final Column ID = key();
        public static final Column NAME = text("Name", 28);
        public static final Column TYPE = choice("Type", ASSET_TYPES, 22);
        public static final Column ZONE = reference("Zone", 12);
        public static final Column PURDUE_LEVEL = derived("Purdue level", Kind.PURDUE_LEVEL, 12);
        public static final Column VENDOR = text("Vendor", 16);
        public static final Column MODEL = text("Model", 18);
        public static final Column FIRMWARE = text("Firmware", 12);
        public static final Column ADDRESSES = imported("Addresses", Kind.LIST, 18);
        public static final Column OWNER = choice("Owner", OWNERSHIPS, 11);
        public static final Column CRITICALITY = choice("Criticality", CRITICALITIES, 12);
        public static final Column SL_C = imported("SL-C", Kind.SECURITY_LEVEL, 8);
        public static final Column INTERNET_EXPOSED = yesNo("Internet-exposed");
        public static final Column REMOTE_ACCESS = yesNo("Remote access");
        public static final Column WIRELESS = yesNo("Wireless");
        public static final Column MFA = yesNo("MFA");
        public static final Column DEFAULT_CREDENTIALS_CHANGED = yesNo("Default credentials changed");
        public static final Column HARDCODED_CREDENTIALS = yesNo("Hard-coded credentials");
        public static final Column INLINE = yesNo("Inline");
        public static final Column REDUNDANCY_GROUP = text("Redundancy group", 14);
        public static final Column LOCATION = text("Location", 24);
        public static final Column PATCH_SOURCE = reference("Patch source", 14);
        public static final Column AV_SOURCE = reference("AV source", 14);
        public static final Column LOGS_TO = imported("Logs to", Kind.REFERENCES, 14);
        public static final Column FIREWALL_RULES = derived("Firewall rules", Kind.INTEGER, 10);
        public static final Column DESCRIPTION = text("Description", 40);
        // Issue 16, written not imported (at the end, so the columns above keep their places).
        public static final Column ADDITIONAL_ROLES = derived("Additional roles", Kind.TEXT, 22);
        public static final Column SAFETY_SYSTEM = derivedYesNo("Safety system");
        /** Asset.isEntryPoint(): faces an outside network (the EXT rules, SEG-09 and the attack paths ask it). */
        public static final Column ENTRY_POINT = derivedYesNo("Entry point");
        /** Issue 20: added from the plant's traffic by itot reconcile --adopt, to review; written not imported. */
        public static final Column DISCOVERED = derivedYesNo("Discovered");
        public static final SheetLayout SHEET = new SheetLayout("Assets", ID, NAME, TYPE, ZONE, PURDUE_LEVEL, VENDOR,
                MODEL, FIRMWARE, ADDRESSES, OWNER, CRITICALITY, SL_C, INTERNET_EXPOSED, REMOTE_ACCESS, WIRELESS, MFA,
                DEFAULT_CREDENTIALS_CHANGED, HARDCODED_CREDENTIALS, INLINE, REDUNDANCY_GROUP, LOCATION, PATCH_SOURCE,
                AV_SOURCE, LOGS_TO, FIREWALL_RULES, DESCRIPTION, ADDITIONAL_ROLES, SAFETY_SYSTEM, ENTRY_POINT,
                DISCOVERED);

        private Assets() {
        }
    }

    /** One row per zone (IEC 62443-3-2 zone register), sub-zones after their parent. */
    public static final class Zones {
        public static final Column ID = key();
        public static final Column NAME = text("Name", 24);
        public static final Column KIND = choice("Kind", ZONE_KINDS, 16);
        public static final Column PURDUE_LEVEL = imported("Purdue level", Kind.PURDUE_LEVEL, 12);
        /** Read for new zones (where to create them); a zone that exists keeps its parent. */
        public static final Column PARENT = reference("Parent zone", 12);
        public static final Column SL_T = imported("SL-T", Kind.SECURITY_LEVEL, 8);
        public static final Column OWNER = choice("Owner", OWNERSHIPS, 11);
        public static final Column ACCOUNTABLE = text("Accountable organisation", 24);
        public static final Column ASSETS = derived("Assets", Kind.INTEGER, 8);
        public static final Column CONDUITS = derived("Conduits", Kind.INTEGER, 9);
        public static final Column SAFETY = yesNo("Safety");
        public static final Column TRUSTED = yesNo("Trusted");
        public static final Column CLASSIFIED = yesNo("Classified");
        public static final Column PHYSICAL_BOUNDARY = text("Physical boundary", 24);
        public static final Column LOGICAL_BOUNDARY = text("Logical boundary", 24);
        public static final Column DESCRIPTION = text("Description", 40);
        /** Issue 16: the zone's own site (not inherited), written not imported. */
        public static final Column SITE = derived("Site", Kind.TEXT, 16);
        public static final SheetLayout SHEET = new SheetLayout("Zones", ID, NAME, KIND, PURDUE_LEVEL, PARENT, SL_T,
                OWNER, ACCOUNTABLE, ASSETS, CONDUITS, SAFETY, TRUSTED, CLASSIFIED, PHYSICAL_BOUNDARY, LOGICAL_BOUNDARY,
                DESCRIPTION, SITE);

        private Zones() {
        }
    }

    /** One row per conduit (IEC 62443-3-2 conduit register). */
    public static final class Conduits {
        public static final Column ID = new Column("Id", Kind.ID, 14, null, true);
        public static final Column NAME = text("Name", 28);
        public static final Column ZONE_A = reference("Zone A", 12);
        public static final Column ZONE_B = reference("Zone B", 12);
        public static final Column SL_T = imported("SL-T", Kind.SECURITY_LEVEL, 8);
        public static final Column MEDIUM = choice("Medium", MEDIA, 10);
        public static final Column ENFORCED_BY = imported("Enforced by", Kind.REFERENCES, 18);
        public static final Column MONITORED_BY = imported("Monitored by", Kind.REFERENCES, 18);
        public static final Column ENCRYPTED = yesNo("Encrypted");
        public static final Column AUTHENTICATED = yesNo("Authenticated");
        public static final Column UNIDIRECTIONAL = yesNo("Unidirectional");
        public static final Column ALLOWED_SOURCE = reference("Allowed source", 12);
        public static final Column OWNER = choice("Owner", OWNERSHIPS, 11);
        public static final Column ACCOUNTABLE = text("Accountable organisation", 24);
        public static final Column FLOWS = derived("Flows", Kind.INTEGER, 8);
        public static final Column DESCRIPTION = text("Description", 40);
        public static final Column TERMINATED_BY = derived("Terminated by", Kind.REFERENCES, 18);
        public static final SheetLayout SHEET = new SheetLayout("Conduits", ID, NAME, ZONE_A, ZONE_B, SL_T, MEDIUM,
                ENFORCED_BY, MONITORED_BY, ENCRYPTED, AUTHENTICATED, UNIDIRECTIONAL, ALLOWED_SOURCE, OWNER, ACCOUNTABLE,
                FLOWS, DESCRIPTION, TERMINATED_BY);

        private Conduits() {
        }
    }

    /** One row per flow, with the zones at both ends and the conduits it crosses. */
    public static final class Flows {
        public static final Column ID = key();
        public static final Column NAME = text("Name", 30);
        public static final Column SOURCE = reference("Source", 14);
        public static final Column SOURCE_ZONE = derived("Source zone", Kind.REFERENCE, 11);
        public static final Column TARGET = reference("Target", 14);
        public static final Column TARGET_ZONE = derived("Target zone", Kind.REFERENCE, 11);
        public static final Column PROTOCOL = reference("Protocol", 12);
        public static final Column PORTS = imported("Ports", Kind.PORTS, 12);
        public static final Column OPERATION = choice("Operation", OPERATIONS, 16);
        public static final Column PURPOSE = text("Purpose", 30);
        public static final Column REMOTE_ACCESS = yesNo("Remote access");
        public static final Column MFA = yesNo("MFA");
        public static final Column APPROVAL_REQUIRED = yesNo("Approval required");
        public static final Column ROLE = reference("Role", 12);
        public static final Column CONDUITS = derived("Conduits crossed", Kind.REFERENCES, 18);
        public static final Column DESCRIPTION = text("Description", 40);
        /** Issue 16: the tunnel end or gateway that carries the flow, written not imported. */
        public static final Column CARRIED_BY = derived("Carried by", Kind.REFERENCE, 14);
        /** Issue 20: a session seen on the plant, adopted by itot reconcile --adopt; written not imported. */
        public static final Column DISCOVERED = derivedYesNo("Discovered");
        public static final SheetLayout SHEET = new SheetLayout("Flows", ID, NAME, SOURCE, SOURCE_ZONE, TARGET,
                TARGET_ZONE, PROTOCOL, PORTS, OPERATION, PURPOSE, REMOTE_ACCESS, MFA, APPROVAL_REQUIRED, ROLE, CONDUITS,
                DESCRIPTION, CARRIED_BY, DISCOVERED);

        private Flows() {
        }
    }

    /**
     * The rule set of every enforcing device, in evaluation order. The sheet is the whole rule set: a rule of the
     * model whose id is no longer on it is deleted by the import.
     */
    public static final class FirewallRules {
        /** Read for new rules (which device gets them); a rule that exists stays on its device. */
        public static final Column DEVICE = reference("Device", 14);
        public static final Column ORDER = imported("Order", Kind.INTEGER, 7);
        public static final Column ID = new Column("Rule id", Kind.ID, 16, null, true);
        public static final Column NAME = text("Name", 36);
        public static final Column SOURCE = imported("Source", Kind.SCOPE, 14);
        public static final Column DESTINATION = imported("Destination", Kind.SCOPE, 14);
        public static final Column SERVICE = imported("Service", Kind.SERVICE, 18);
        public static final Column ACTION = choice("Action", RULE_ACTIONS, 8);
        public static final Column LOGGING = yesNo("Logging");
        public static final Column JUSTIFIED_BY = imported("Justified by", Kind.REFERENCES, 24);
        public static final Column FLOWS_MATCHED = derived("Flows matched", Kind.INTEGER, 9);
        public static final Column MATCHING_FLOWS = derived("Matching flows", Kind.REFERENCES, 24);
        public static final SheetLayout SHEET = new SheetLayout("Firewall rules", DEVICE, ORDER, ID, NAME, SOURCE,
                DESTINATION, SERVICE, ACTION, LOGGING, JUSTIFIED_BY, FLOWS_MATCHED, MATCHING_FLOWS);

        private FirewallRules() {
        }
    }

    /**
     * One row per finding of the rule catalogue, accepted ones with their waiver. The importer reads the waiver
     * columns: "accepted" with a rationale accepts the finding as a risk, "open" withdraws a waiver.
     */
    public static final class Findings {
        public static final Column FINDING_ID = new Column("Finding id", Kind.ID, 22, null, true);
        public static final Column RULE = derived("Rule", Kind.TEXT, 8);
        public static final Column SEVERITY = new Column("Severity", Kind.ENUMERATION, 9, SEVERITIES, false);
        public static final Column ELEMENT = derived("Element", Kind.REFERENCE, 16);
        public static final Column ELEMENT_KIND = derived("Element kind", Kind.TEXT, 12);
        public static final Column MESSAGE = derived("Message", Kind.TEXT, 60);
        public static final Column STANDARDS = derived("Standard reference", Kind.TEXT, 30);
        public static final Column ATTACK = derived("ATT&CK ids", Kind.TEXT, 16);
        public static final Column STATUS = choice("Waiver status", FINDING_STATUSES, 13);
        public static final Column RATIONALE = text("Waiver rationale", 36);
        public static final Column AUTHOR = text("Waiver author", 14);
        public static final Column ACCEPTED_ON = derived("Accepted on", Kind.DATE, 12);
        public static final Column EXPIRES_ON = imported("Expires on", Kind.DATE, 12);
        public static final Column WAIVER_NOTE = derived("Waiver note", Kind.TEXT, 30);
        public static final SheetLayout SHEET = new SheetLayout("Findings", FINDING_ID, RULE, SEVERITY, ELEMENT,
                ELEMENT_KIND, MESSAGE, STANDARDS, ATTACK, STATUS, RATIONALE, AUTHOR, ACCEPTED_ON, EXPIRES_ON,
                WAIVER_NOTE);

        private Findings() {
        }
    }

    /**
     * Issue 20: one row per finding of {@code itot reconcile} (the as-built rules ASB-01..07) with its evidence, linked
     * to the element's row like the Findings sheet. Written only when the register is written with reconciliation
     * results ({@link RegisterExporter.Options#reconciliation()}), after {@link #COMPLETENESS}; not in
     * {@link #tables()} or {@link #sheetNames()}, which every register has. Computed; never imported.
     */
    public static final class Reconciliation {
        public static final Column FINDING_ID = derived("Finding id", Kind.TEXT, 26);
        public static final Column RULE = derived("Rule", Kind.TEXT, 8);
        public static final Column SEVERITY = derived("Severity", Kind.TEXT, 9);
        public static final Column ELEMENT = derived("Element", Kind.REFERENCE, 16);
        public static final Column ELEMENT_KIND = derived("Element kind", Kind.TEXT, 12);
        public static final Column MESSAGE = derived("Message", Kind.TEXT, 60);
        /** The input file the evidence is in: a capture, a log or a device configuration. */
        public static final Column FILE = derived("File", Kind.TEXT, 24);
        /** The line of a log or configuration, the packet number of a capture; empty when the file as a whole. */
        public static final Column LINE = derived("Line or packet", Kind.INTEGER, 10);
        /** ISO 8601 in UTC, as text: to the millisecond, which a spreadsheet date cell would round. */
        public static final Column FIRST_SEEN = derived("First seen", Kind.TEXT, 24);
        public static final Column LAST_SEEN = derived("Last seen", Kind.TEXT, 24);
        public static final Column COUNT = derived("Count", Kind.INTEGER, 9);
        /** The rest of the evidence: the device rule, an example packet, an address, an interface. */
        public static final Column DETAIL = derived("Evidence", Kind.TEXT, 40);
        public static final Column STATUS = derived("Waiver status", Kind.TEXT, 13);
        public static final SheetLayout SHEET = new SheetLayout("Reconciliation", FINDING_ID, RULE, SEVERITY, ELEMENT,
                ELEMENT_KIND, MESSAGE, FILE, LINE, FIRST_SEEN, LAST_SEEN, COUNT, DETAIL, STATUS);

        private Reconciliation() {
        }
    }

    /**
     * The attack paths of the model from its entry points to its level 0-2 and safety assets, weakest
     * first (org.itot.analysis); the last rows say why the list is incomplete, if it is. Written, not imported.
     */
    public static final class Paths {
        public static final Column ENTRY = derived("Entry point", Kind.TEXT, 20);
        public static final Column ENTRY_KIND = derived("Entry kind", Kind.TEXT, 10);
        public static final Column ENTRY_ORIGIN = derived("Entry origin", Kind.TEXT, 10);
        public static final Column TARGET = derived("Target", Kind.REFERENCE, 16);
        public static final Column TARGET_NAME = derived("Target name", Kind.TEXT, 24);
        public static final Column BARRIERS = derived("Barriers", Kind.INTEGER, 9);
        public static final Column MONITORED_HOPS = derived("Monitored hops", Kind.INTEGER, 9);
        public static final Column HOPS = derived("Hops", Kind.INTEGER, 8);
        public static final Column ROUTE = derived("Route", Kind.TEXT, 60);
        public static final Column ENFORCED_BY = derived("Enforced by", Kind.REFERENCES, 24);
        public static final Column MONITORED_BY = derived("Monitored by", Kind.REFERENCES, 20);
        public static final SheetLayout SHEET = new SheetLayout("Attack paths", ENTRY, ENTRY_KIND, ENTRY_ORIGIN, TARGET,
                TARGET_NAME, BARRIERS, MONITORED_HOPS, HOPS, ROUTE, ENFORCED_BY, MONITORED_BY);

        private Paths() {
        }
    }

    /**
     * The table sheets in workbook order (after {@link #SUMMARY}). A method, not a constant: the sheet
     * classes use this class's enumerations, and a constant here would initialise them in a cycle.
     */
    public static List<SheetLayout> tables() {
        return List.of(Assets.SHEET, Zones.SHEET, Conduits.SHEET, Flows.SHEET, FirewallRules.SHEET, Findings.SHEET,
                Paths.SHEET, LevelGaps.SHEET);
    }

    /**
     * Every sheet name in workbook order, the hidden list sheet last. Every register has the ATT&CK coverage
     * sheet (against the model's own ATT&CK data or the built-in release).
     */
    public static List<String> sheetNames() {
        return sheetNames(true);
    }

    /**
     * Every sheet name in workbook order, the hidden list sheet last.
     *
     * @param attackCoverage whether to list the ATT&CK coverage matrix (every register written today has it)
     */
    public static List<String> sheetNames(boolean attackCoverage) {
        List<String> names = new ArrayList<>();
        names.add(SUMMARY);
        tables().forEach(t -> names.add(t.name()));
        if (attackCoverage) {
            names.add(ATTACK_COVERAGE);
        }
        names.add(COMPLETENESS);
        names.add(LISTS);
        return names;
    }

    private RegisterLayout() {
    }

    private static Column key() {
        return new Column("Id", Kind.ID, 16, null, true);
    }

    private static Column text(String header, int width) {
        return new Column(header, Kind.TEXT, width, null, true);
    }

    private static Column reference(String header, int width) {
        return new Column(header, Kind.REFERENCE, width, null, true);
    }

    private static Column choice(String header, Enumeration values, int width) {
        return new Column(header, Kind.ENUMERATION, width, values, true);
    }

    private static Column yesNo(String header) {
        return new Column(header, Kind.YES_NO, Math.max(8, header.length() + 3), YES_NO, true);
    }

    private static Column derivedYesNo(String header) {
        return new Column(header, Kind.YES_NO, Math.max(8, header.length() + 3), YES_NO, false);
    }

    private static Column imported(String header, Kind kind, int width) {
        return new Column(header, kind, width, kind == Kind.PURDUE_LEVEL ? PURDUE_LEVELS : null, true);
    }

    private static Column derived(String header, Kind kind, int width) {
        return new Column(header, kind, width, kind == Kind.PURDUE_LEVEL ? PURDUE_LEVELS : null, false);
    }
}
