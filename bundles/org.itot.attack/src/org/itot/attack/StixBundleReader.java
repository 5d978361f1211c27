package org.itot.attack;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itot.attack.AttackDataset.Entry;
import org.itot.attack.AttackDataset.Relation;
import org.itot.model.AttackObjectKind;
import org.itot.model.resource.ModelSizeEstimate;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Reads a STIX 2.0/2.1 bundle of MITRE ATT&CK for ICS with Gson's streaming reader, one object at a
 * time and within {@link StixLimits}, keeping only what the model needs: tactics, techniques,
 * mitigations, assets, the matrix's column order, the mitigates/targets/revoked-by relationships
 * and the release. Anything else in the bundle (groups, software, detections) is skipped unread.
 */
public final class StixBundleReader {

    static final String ICS_DOMAIN = "ics-attack";
    static final String ICS_KILL_CHAIN = "mitre-ics-attack";
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern VERSION_IN_FILE_NAME = Pattern.compile("ics-attack-(\\d+(?:\\.\\d+)*)\\.json");
    private static final String WHAT_TO_DO = "Download the ATT&CK for ICS STIX bundle (ics-attack.json) again from "
            + "MITRE's attack-stix-data repository and import that file unchanged.";

    private final Path file;
    private final StixLimits limits;
    private JsonReader reader;
    private Bounded input;

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> tacticOrder = new ArrayList<>();
    private final List<Relation> mitigates = new ArrayList<>();
    private final List<Relation> targets = new ArrayList<>();
    private final Map<String, String> revokedBy = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String collectionVersion;
    private String newestModified;
    private int objectCount;

    private StixBundleReader(Path file, StixLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /**
     * @param versionOverride the ATT&CK release to record when the bundle does not name it (a plain
     *        ics-attack.json has no collection object); null to take it from the bundle or file name
     */
    public static AttackDataset read(Path file, StixLimits limits, String versionOverride)
            throws AttackImportException {
        return new StixBundleReader(file, limits).read(versionOverride);
    }

    /**
     * Reads a bundle from a stream, e.g. the one built into the product; {@code name} stands for the file in
     * messages and names the release the way MITRE names its files (ics-attack-18.1.json).
     */
    public static AttackDataset read(InputStream in, Path name, StixLimits limits, String versionOverride)
            throws AttackImportException {
        StixBundleReader reader = new StixBundleReader(name, limits);
        reader.parse(in);
        return reader.dataset(versionOverride);
    }

    private AttackDataset read(String versionOverride) throws AttackImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new AttackImportException(file, "no such file; give the path of an ATT&CK for ICS STIX bundle");
        } catch (IOException e) {
            throw new AttackImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new AttackImportException(file, "is a folder; give the path of the STIX bundle file in it");
        }
        if (size > limits.maxBytes()) {
            throw new AttackImportException(file, "is " + size + " bytes, more than the " + limits.maxBytes()
                    + " bytes accepted for a STIX bundle (the ATT&CK for ICS bundle is about 3 MB); "
                    + "check that this is the ICS bundle and not a combined or corrupt file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            parse(in);
        } catch (IOException e) {
            throw new AttackImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        return dataset(versionOverride);
    }

    private void parse(InputStream source) throws AttackImportException {
        try (InputStream in = input = new Bounded(source, limits.maxBytes());
                Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            reader = new JsonReader(text);
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(limits.maxDepth());
            readBundle();
        } catch (AttackImportException e) {
            throw e;
        } catch (MalformedJsonException e) {
            throw malformed(e);
        } catch (EOFException e) {
            throw new AttackImportException(file, "ends too early (" + gsonMessage(e)
                    + "): the file is truncated. " + WHAT_TO_DO, e);
        } catch (CharacterCodingException e) {
            throw new AttackImportException(file, "is not UTF-8 text" + where() + "; a STIX bundle is UTF-8 JSON. "
                    + WHAT_TO_DO, e);
        } catch (IllegalStateException | NumberFormatException e) {
            throw new AttackImportException(file, "is not valid JSON: " + gsonMessage(e) + ". " + WHAT_TO_DO, e);
        } catch (IOException e) {
            throw new AttackImportException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private AttackDataset dataset(String versionOverride) {
        return new AttackDataset(version(versionOverride), entries, tacticOrder, mitigates, targets, revokedBy, notes);
    }

    private void readBundle() throws IOException, AttackImportException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw problem("is not a STIX bundle: it starts with a JSON " + describe(reader.peek())
                    + " where a bundle object {\"type\": \"bundle\", \"objects\": [...]} belongs");
        }
        reader.beginObject();
        String type = null;
        boolean sawObjects = false;
        while (reader.hasNext()) {
            String name = reader.nextName();
            switch (name) {
            case "type" -> type = string("type", "the bundle");
            case "spec_version" -> {
                String spec = string("spec_version", "the bundle");
                if (!spec.equals("2.0") && !spec.equals("2.1")) {
                    throw problem("declares STIX spec_version '" + spec + "'; only STIX 2.0 and 2.1 bundles can "
                            + "be imported");
                }
            }
            case "objects" -> {
                if (type != null && !type.equals("bundle")) {
                    throw notBundle(type);
                }
                readObjects();
                sawObjects = true;
            }
            default -> reader.skipValue();
            }
        }
        reader.endObject();
        String afterBundle = where();
        boolean more;
        try {
            more = reader.peek() != JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            more = true;
        }
        if (more) {
            throw problem("has more JSON after the bundle, which ends" + afterBundle
                    + "; a STIX file holds exactly one bundle");
        }
        if (type == null || !type.equals("bundle")) {
            throw notBundle(type);
        }
        if (!sawObjects) {
            throw problem("is a STIX bundle without \"objects\"; it holds no ATT&CK data. " + WHAT_TO_DO);
        }
        if (entries.values().stream().noneMatch(e -> e.kind() == AttackObjectKind.TECHNIQUE)) {
            throw problem("holds no ATT&CK for ICS techniques (attack-pattern objects of the ics-attack domain); "
                    + "it is not an ATT&CK for ICS bundle. " + WHAT_TO_DO);
        }
        if (tacticOrder.isEmpty()) {
            // Without a matrix the columns follow the bundle's order of tactics.
            entries.values().stream().filter(e -> e.kind() == AttackObjectKind.TACTIC)
                    .forEach(e -> tacticOrder.add(e.stixId()));
            notes.add("no x-mitre-matrix object: tactics are in the order the bundle lists them");
        }
    }

    private AttackImportException notBundle(String type) {
        return problem("is not a STIX bundle: its top-level \"type\" is "
                + (type == null ? "missing" : "'" + type + "'") + " instead of 'bundle'. " + WHAT_TO_DO);
    }

    private void readObjects() throws IOException, AttackImportException {
        if (reader.peek() != JsonToken.BEGIN_ARRAY) {
            throw problem("\"objects\" is a JSON " + describe(reader.peek()) + where() + ", not an array of STIX "
                    + "objects");
        }
        reader.beginArray();
        while (reader.hasNext()) {
            if (++objectCount > limits.maxObjects()) {
                throw problem("holds more than " + limits.maxObjects() + " STIX objects" + where()
                        + " (the ATT&CK for ICS bundle has about 2,000); check that this is the ICS bundle");
            }
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw problem("objects[" + (objectCount - 1) + "] is a JSON " + describe(reader.peek()) + where()
                        + ", not a STIX object");
            }
            readObject();
        }
        reader.endArray();
    }

    /** The fields of one STIX object that the import uses; the rest is skipped. */
    private static final class StixObject {
        String type;
        String id;
        String name;
        boolean revoked;
        boolean deprecated;
        String shortName;
        String externalId;
        String relationshipType;
        String sourceRef;
        String targetRef;
        String version;
        String modified;
        List<String> domains;
        List<String> tacticRefs;
        final List<String> phases = new ArrayList<>();
        final List<String> foreignKillChains = new ArrayList<>();
    }

    private void readObject() throws IOException, AttackImportException {
        String at = "objects[" + (objectCount - 1) + "]";
        StixObject object = new StixObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String field = reader.nextName();
            switch (field) {
            case "type" -> object.type = string(field, at);
            case "id" -> object.id = string(field, at);
            case "name" -> object.name = string(field, at);
            case "revoked" -> object.revoked = bool(field, at);
            case "x_mitre_deprecated" -> object.deprecated = bool(field, at);
            case "x_mitre_shortname" -> object.shortName = string(field, at);
            case "x_mitre_version" -> object.version = string(field, at);
            case "modified" -> object.modified = string(field, at);
            case "relationship_type" -> object.relationshipType = string(field, at);
            case "source_ref" -> object.sourceRef = string(field, at);
            case "target_ref" -> object.targetRef = string(field, at);
            case "x_mitre_domains" -> object.domains = strings(field, at);
            case "tactic_refs" -> object.tacticRefs = strings(field, at);
            case "external_references" -> externalReferences(object, at);
            case "kill_chain_phases" -> killChainPhases(object, at);
            default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (object.type == null || object.id == null) {
            throw problem(at + " (ending" + where() + ") has no " + (object.type == null ? "\"type\"" : "\"id\"")
                    + "; every STIX object needs both. " + WHAT_TO_DO);
        }
        if (object.modified != null && (newestModified == null || object.modified.compareTo(newestModified) > 0)) {
            newestModified = object.modified;
        }
        switch (object.type) {
        case "attack-pattern" -> entry(object, AttackObjectKind.TECHNIQUE, at);
        case "course-of-action" -> entry(object, AttackObjectKind.MITIGATION, at);
        case "x-mitre-tactic" -> entry(object, AttackObjectKind.TACTIC, at);
        case "x-mitre-asset" -> entry(object, AttackObjectKind.ASSET, at);
        case "x-mitre-matrix" -> matrix(object, at);
        case "x-mitre-collection" -> collectionVersion = object.version;
        case "relationship" -> relationship(object, at);
        default -> {
            // groups, software, campaigns, detections, data sources: not part of the model's reference data
        }
        }
    }

    private void entry(StixObject object, AttackObjectKind kind, String at) throws AttackImportException {
        checkDomain(object, at);
        if (!object.foreignKillChains.isEmpty()) {
            throw problem(label(object, at) + " is in the kill chain '" + object.foreignKillChains.get(0)
                    + "', not in ATT&CK for ICS (" + ICS_KILL_CHAIN + "): this is another ATT&CK domain. "
                    + WHAT_TO_DO);
        }
        if (object.name == null || object.name.isBlank()) {
            throw problem(label(object, at) + " has no \"name\". " + WHAT_TO_DO);
        }
        if (object.externalId == null) {
            throw problem(label(object, at) + " has no ATT&CK id (an external reference from mitre-attack with an "
                    + "external_id such as T0886). " + WHAT_TO_DO);
        }
        if (kind == AttackObjectKind.TACTIC && object.shortName == null) {
            throw problem(label(object, at) + " is a tactic without x_mitre_shortname, which techniques' kill-chain "
                    + "phases refer to. " + WHAT_TO_DO);
        }
        if (entries.containsKey(object.id)) {
            throw problem(label(object, at) + " appears twice in the bundle (STIX id " + object.id + "). "
                    + WHAT_TO_DO);
        }
        entries.put(object.id, new Entry(kind, object.id, object.externalId, object.name.strip(), object.deprecated,
                object.revoked, object.shortName, object.phases));
    }

    private void matrix(StixObject object, String at) throws AttackImportException {
        checkDomain(object, at);
        if (object.externalId != null && !object.externalId.equals(ICS_DOMAIN)) {
            throw problem(label(object, at) + " is the matrix of '" + object.externalId + "', not of ATT&CK for ICS "
                    + "(" + ICS_DOMAIN + "): this bundle is another ATT&CK domain. " + WHAT_TO_DO);
        }
        if (object.tacticRefs != null && !object.deprecated && !object.revoked && tacticOrder.isEmpty()) {
            tacticOrder.addAll(object.tacticRefs);
        }
    }

    private void relationship(StixObject object, String at) throws AttackImportException {
        if (object.revoked || object.deprecated || object.relationshipType == null) {
            return;
        }
        if (object.sourceRef == null || object.targetRef == null) {
            throw problem("relationship " + object.id + " (" + at + ") has no source_ref or target_ref. " + WHAT_TO_DO);
        }
        switch (object.relationshipType) {
        case "mitigates" -> mitigates.add(new Relation(object.sourceRef, object.targetRef));
        case "targets" -> targets.add(new Relation(object.sourceRef, object.targetRef));
        case "revoked-by" -> revokedBy.put(object.sourceRef, object.targetRef);
        default -> {
            // uses, detects, attributed-to: about groups and detections, not the model's data
        }
        }
    }

    private void checkDomain(StixObject object, String at) throws AttackImportException {
        if (object.domains != null && !object.domains.contains(ICS_DOMAIN)) {
            throw problem(label(object, at) + " belongs to " + String.join(", ", object.domains)
                    + ", not to ATT&CK for ICS (" + ICS_DOMAIN + "): this bundle is another ATT&CK domain. "
                    + WHAT_TO_DO);
        }
    }

    private void externalReferences(StixObject object, String at) throws IOException, AttackImportException {
        expect(JsonToken.BEGIN_ARRAY, "external_references", at);
        reader.beginArray();
        while (reader.hasNext()) {
            expect(JsonToken.BEGIN_OBJECT, "external_references", at);
            reader.beginObject();
            String source = null;
            String externalId = null;
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                case "source_name" -> source = string("source_name", at);
                case "external_id" -> externalId = string("external_id", at);
                default -> reader.skipValue();
                }
            }
            reader.endObject();
            // Deprecated ICS objects still cite their id under the old source name mitre-ics-attack.
            if (object.externalId == null && externalId != null
                    && ("mitre-attack".equals(source) || "mitre-ics-attack".equals(source))) {
                object.externalId = externalId;
            }
        }
        reader.endArray();
    }

    private void killChainPhases(StixObject object, String at) throws IOException, AttackImportException {
        expect(JsonToken.BEGIN_ARRAY, "kill_chain_phases", at);
        reader.beginArray();
        while (reader.hasNext()) {
            expect(JsonToken.BEGIN_OBJECT, "kill_chain_phases", at);
            reader.beginObject();
            String chain = null;
            String phase = null;
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                case "kill_chain_name" -> chain = string("kill_chain_name", at);
                case "phase_name" -> phase = string("phase_name", at);
                default -> reader.skipValue();
                }
            }
            reader.endObject();
            if (ICS_KILL_CHAIN.equals(chain) && phase != null) {
                object.phases.add(phase);
            } else if (chain != null) {
                object.foreignKillChains.add(chain);
            }
        }
        reader.endArray();
    }

    private String string(String field, String at) throws IOException, AttackImportException {
        expect(JsonToken.STRING, field, at);
        String position = where();
        String value = reader.nextString();
        if (value.length() > ModelSizeEstimate.MAX_IMPORTED_TEXT) {
            // A model keeps what it imports; one huge name repeated over thousands of objects made a
            // model the product could no longer open.
            throw problem(String.format(Locale.ROOT, "\"%s\" of %s%s has %,d characters; ITOT Architect takes at most "
                    + "%,d characters into a field. ", field, at, position, value.length(),
                    ModelSizeEstimate.MAX_IMPORTED_TEXT) + WHAT_TO_DO);
        }
        return value;
    }

    private boolean bool(String field, String at) throws IOException, AttackImportException {
        expect(JsonToken.BOOLEAN, field, at);
        return reader.nextBoolean();
    }

    private List<String> strings(String field, String at) throws IOException, AttackImportException {
        expect(JsonToken.BEGIN_ARRAY, field, at);
        List<String> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            values.add(string(field, at));
        }
        reader.endArray();
        return values;
    }

    private void expect(JsonToken token, String field, String at) throws IOException, AttackImportException {
        JsonToken actual = reader.peek();
        if (actual != token) {
            throw problem("\"" + field + "\" of " + at + where() + " is a JSON " + describe(actual) + " where STIX has "
                    + describe(token) + ". " + WHAT_TO_DO);
        }
    }

    private String version(String override) {
        if (collectionVersion != null) {
            return collectionVersion;
        }
        Matcher inName = VERSION_IN_FILE_NAME.matcher(file.getFileName().toString());
        if (inName.matches()) {
            return inName.group(1);
        }
        if (override != null && !override.isBlank()) {
            return override.strip();
        }
        String newest = newestModified == null ? "" : ", objects modified up to " + day(newestModified);
        return "unknown (no x-mitre-collection in the bundle" + newest + ")";
    }

    private static String day(String timestamp) {
        try {
            return LocalDate.parse(timestamp.substring(0, Math.min(10, timestamp.length()))).toString();
        } catch (RuntimeException e) {
            return timestamp;
        }
    }

    private static String label(StixObject object, String at) {
        StringBuilder label = new StringBuilder();
        label.append(object.type).append(' ');
        if (object.externalId != null) {
            label.append(object.externalId).append(' ');
        }
        if (object.name != null) {
            label.append('\'').append(object.name).append("' ");
        }
        label.append('(').append(object.id).append(", ").append(at).append(')');
        return label.toString();
    }

    private AttackImportException problem(String message) {
        return new AttackImportException(file, message);
    }

    private AttackImportException malformed(MalformedJsonException e) {
        String message = gsonMessage(e);
        if (input != null && input.atEnd && message.startsWith("Unterminated")) {
            return new AttackImportException(file, "ends too early (" + message + "): the file is truncated. "
                    + WHAT_TO_DO, e);
        }
        if (message.startsWith("Nesting limit")) {
            return new AttackImportException(file, "is nested more than " + limits.maxDepth() + " levels deep"
                    + where(message) + "; STIX objects are only a few levels deep, so the file is not an ATT&CK "
                    + "bundle or is damaged. " + WHAT_TO_DO, e);
        }
        return new AttackImportException(file, "is not valid JSON: " + message + ". " + WHAT_TO_DO, e);
    }

    /** ", at line 12 column 5" from the reader's current position, empty before reading starts. */
    private String where() {
        return reader == null ? "" : where(reader.toString());
    }

    private static String where(String text) {
        Matcher location = LOCATION.matcher(text);
        return location.find() ? " at line " + location.group(1) + " column " + location.group(2) : "";
    }

    /** Gson's message without its pointer to a troubleshooting web page. */
    private static String gsonMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        int see = message.indexOf("\nSee ");
        return see < 0 ? message : message.substring(0, see);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
        case BEGIN_ARRAY -> "array";
        case BEGIN_OBJECT -> "object";
        case STRING -> "string";
        case NUMBER -> "number";
        case BOOLEAN -> "true/false";
        case NULL -> "null";
        case END_DOCUMENT -> "end of file";
        default -> token.name().toLowerCase();
        };
    }

    /** Stops reading after the byte limit, in case the file grows while it is read. */
    private static final class Bounded extends FilterInputStream {

        private long remaining;
        boolean atEnd;

        Bounded(InputStream in, long limit) {
            super(in);
            remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            atEnd |= b < 0;
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            atEnd |= n < 0;
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            remaining -= n;
            if (remaining < 0) {
                throw new IOException("the file grew beyond the size limit while it was read");
            }
        }
    }
}
