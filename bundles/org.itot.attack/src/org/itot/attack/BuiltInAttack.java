package org.itot.attack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itot.model.ArchitectureModel;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;

/**
 * The ATT&CK for ICS ids and names the product knows without an import: every tactic (in matrix
 * order), technique, mitigation and asset of the built-in release ({@link BundledAttack}). An
 * imported bundle in the model takes precedence ({@link #name}).
 */
public final class BuiltInAttack {

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
        AttackDataset data = BundledAttack.dataset();
        Map<String, Known> byId = new LinkedHashMap<>();
        for (AttackDataset.Entry entry : data.entries()) {
            Known known = new Known(entry.kind(), entry.externalId(), entry.name(), entry.shortName());
            // An id that a revoked or deprecated object shares with a current one names the current one.
            if (entry.active() || !byId.containsKey(entry.externalId())) {
                byId.put(entry.externalId(), known);
            }
        }
        return new BuiltInAttack(data.version(), byId);
    }
}
