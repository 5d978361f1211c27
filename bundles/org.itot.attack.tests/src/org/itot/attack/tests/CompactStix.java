package org.itot.attack.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Makes the product's built-in ATT&CK for ICS file ({@code bundles/org.itot.attack/data/ics-attack-18.1.json})
 * from MITRE's STIX bundle: a valid STIX bundle with every object and field the import reads and the
 * STIX-required ones, without descriptions, citations, groups, software, detections and their relationships
 * (3 MB become a few hundred kB). {@code BundledAttackDataTest} regenerates it from {@code ../shared} and
 * fails when the committed file differs, so the file is always this program's output.
 *
 * <p>Run by hand: {@code java -cp gson.jar CompactStix.java ics-attack.json ics-attack-18.1.json}.
 */
public final class CompactStix {

    /** The object types the import reads, plus the identity and marking that the objects refer to. */
    static final Set<String> TYPES = Set.of("attack-pattern", "course-of-action", "x-mitre-tactic", "x-mitre-asset",
            "x-mitre-matrix", "x-mitre-collection", "identity", "marking-definition", "relationship");
    /** The relationships the import reads; uses, detects and attributed-to concern groups and detections. */
    static final Set<String> RELATIONSHIPS = Set.of("mitigates", "targets", "revoked-by");
    /** Fields the import reads, and those STIX 2.0 requires of the kept objects. */
    static final Set<String> FIELDS = Set.of("type", "id", "spec_version", "created", "modified", "created_by_ref",
            "revoked", "object_marking_refs", "name", "external_references", "kill_chain_phases", "x_mitre_deprecated",
            "x_mitre_shortname", "x_mitre_version", "x_mitre_domains", "x_mitre_attack_spec_version", "tactic_refs",
            "relationship_type", "source_ref", "target_ref", "definition", "definition_type", "identity_class");
    /** External references that carry ATT&CK ids; the others are literature citations. */
    static final Set<String> ID_SOURCES = Set.of("mitre-attack", "mitre-ics-attack");
    static final Set<String> REFERENCE_FIELDS = Set.of("source_name", "external_id", "url");

    private CompactStix() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompactStix ics-attack.json ics-attack-RELEASE.json");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), compact(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    /** The compact bundle's text: the bundle's header fields, then one kept object per line, in source order. */
    public static String compact(Path source) throws IOException {
        JsonObject bundle;
        try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            bundle = JsonParser.parseReader(in).getAsJsonObject();
        }
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, JsonElement> field : bundle.entrySet()) {
            if (!field.getKey().equals("objects")) {
                text.append(gson.toJson(field.getKey())).append(':').append(gson.toJson(field.getValue())).append(',');
            }
        }
        text.append("\"objects\":[\n");
        List<String> lines = new ArrayList<>();
        for (JsonElement element : bundle.getAsJsonArray("objects")) {
            JsonObject object = element.getAsJsonObject();
            if (kept(object)) {
                lines.add(gson.toJson(strip(object)));
            }
        }
        text.append(String.join(",\n", lines)).append("\n]}\n");
        return text.toString();
    }

    private static boolean kept(JsonObject object) {
        String type = object.get("type").getAsString();
        if (!TYPES.contains(type)) {
            return false;
        }
        return !type.equals("relationship") || object.has("relationship_type")
                && RELATIONSHIPS.contains(object.get("relationship_type").getAsString());
    }

    private static JsonObject strip(JsonObject object) {
        JsonObject kept = new JsonObject();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            if (!FIELDS.contains(field.getKey())) {
                continue;
            }
            if (field.getKey().equals("external_references")) {
                kept.add(field.getKey(), idReferences(field.getValue().getAsJsonArray()));
            } else {
                kept.add(field.getKey(), field.getValue());
            }
        }
        return kept;
    }

    private static JsonArray idReferences(JsonArray references) {
        JsonArray kept = new JsonArray();
        for (JsonElement element : references) {
            JsonObject reference = element.getAsJsonObject();
            if (reference.has("source_name") && ID_SOURCES.contains(reference.get("source_name").getAsString())) {
                JsonObject copy = new JsonObject();
                reference.entrySet().stream().filter(e -> REFERENCE_FIELDS.contains(e.getKey()))
                        .forEach(e -> copy.add(e.getKey(), e.getValue()));
                kept.add(copy);
            }
        }
        return kept;
    }
}
