package org.itot.attack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itot.model.ArchitectureModel;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;

/**
 * The ATT&CK for ICS ids and names the product knows without an import ({@code builtin-attack.tsv}
 * beside this class): the tactics in matrix order, the assets, and every technique and mitigation
 * the built-in rules cite. An imported bundle in the model takes precedence ({@link #name}).
 */
public final class BuiltInAttack {

    static final String RESOURCE = "builtin-attack.tsv";

    /** One known ATT&CK object. */
    public record Known(AttackObjectKind kind, String externalId, String name, String shortName) {
    }

    private static final BuiltInAttack INSTANCE = load();

    private final String version;
    private final Map<String, Known> byId;

    private BuiltInAttack(String version, Map<String, Known> byId) {
        this.version = version;
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static BuiltInAttack get() {
        return INSTANCE;
    }

    /** The ATT&CK release the built-in names were taken from. */
    public String version() {
        return version;
    }

    public Optional<Known> find(String externalId) {
        return Optional.ofNullable(byId.get(externalId));
    }

    public List<Known> all(AttackObjectKind kind) {
        return byId.values().stream().filter(k -> k.kind() == kind).toList();
    }

    /**
     * The name of an ATT&CK id, from the model's imported data (following a revocation to the current
     * object, "T0855 → T1692.001 Unauthorized Message") or else from the built-in list; the id alone when
     * neither knows it.
     */
    public static String name(ArchitectureModel model, String externalId) {
        if (model != null) {
            for (AttackReference reference : model.getAttackReferences()) {
                if (externalId.equals(reference.getExternalId())) {
                    if (reference.getRevokedBy() != null) {
                        return externalId + " → " + name(model, reference.getRevokedBy());
                    }
                    return externalId + " " + reference.getName();
                }
            }
        }
        return get().find(externalId).map(k -> externalId + " " + k.name()).orElse(externalId);
    }

    private static BuiltInAttack load() {
        try (InputStream in = BuiltInAttack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the org.itot.attack bundle");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static BuiltInAttack parse(List<String> lines) {
        String version = null;
        Map<String, Known> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields[0].equals("version") && fields.length == 2) {
                version = fields[1];
                continue;
            }
            AttackObjectKind kind = AttackObjectKind.get(fields[0]);
            if (kind == null || fields.length < 3 || (kind == AttackObjectKind.TACTIC) != (fields.length == 4)) {
                problems.add(RESOURCE + " line " + number + ": expected kind<TAB>id<TAB>name (and a short name for "
                        + "a tactic), found '" + line + "'");
                continue;
            }
            byId.put(fields[1], new Known(kind, fields[1], fields[2], fields.length == 4 ? fields[3] : null));
        }
        if (!problems.isEmpty() || version == null) {
            throw new IllegalStateException(problems.isEmpty() ? RESOURCE + " has no version line"
                    : String.join("\n", problems));
        }
        return new BuiltInAttack(version, byId);
    }
}
