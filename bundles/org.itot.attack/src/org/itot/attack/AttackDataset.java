package org.itot.attack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.model.AttackObjectKind;

/**
 * What a STIX bundle says about ATT&CK for ICS, before it goes into a model: tactics in matrix order,
 * techniques, mitigations and assets keyed by STIX id, and the relations between them.
 */
public final class AttackDataset {

    /** One tactic, technique, mitigation or asset as the bundle describes it. */
    public record Entry(AttackObjectKind kind, String stixId, String externalId, String name, boolean deprecated,
            boolean revoked, String shortName, List<String> phases) {

        public Entry {
            phases = List.copyOf(phases);
        }

        /** Neither deprecated nor revoked: what ATT&CK counts today. */
        public boolean active() {
            return !deprecated && !revoked;
        }
    }

    /** A STIX relationship between two objects of the bundle, by STIX id. */
    public record Relation(String source, String target) {
    }

    private final String version;
    private final Map<String, Entry> entries;
    private final List<String> tacticOrder;
    private final List<Relation> mitigates;
    private final List<Relation> targets;
    private final Map<String, String> revokedBy;
    private final List<String> notes;

    AttackDataset(String version, Map<String, Entry> entries, List<String> tacticOrder, List<Relation> mitigates,
            List<Relation> targets, Map<String, String> revokedBy, List<String> notes) {
        this.version = version;
        this.entries = new LinkedHashMap<>(entries);
        this.tacticOrder = List.copyOf(tacticOrder);
        this.mitigates = List.copyOf(mitigates);
        this.targets = List.copyOf(targets);
        this.revokedBy = Map.copyOf(revokedBy);
        this.notes = List.copyOf(notes);
    }

    /** The ATT&CK release, e.g. 18.1, or a description of why it is not known. */
    public String version() {
        return version;
    }

    public Entry entry(String stixId) {
        return entries.get(stixId);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public List<Entry> entries(AttackObjectKind kind) {
        return entries.values().stream().filter(e -> e.kind() == kind).toList();
    }

    public long count(AttackObjectKind kind, boolean activeOnly) {
        return entries.values().stream().filter(e -> e.kind() == kind && (!activeOnly || e.active())).count();
    }

    /** The tactics' STIX ids in the order of the matrix's columns. */
    public List<String> tacticOrder() {
        return tacticOrder;
    }

    /** mitigation → technique */
    public List<Relation> mitigates() {
        return mitigates;
    }

    /** technique → asset */
    public List<Relation> targets() {
        return targets;
    }

    /**
     * The object that replaces a revoked one, following revoked-by relationships to the end of the chain;
     * the object itself when it is not revoked, null when the chain leaves the bundle or loops.
     */
    public Entry current(String stixId) {
        String id = stixId;
        Set<String> seen = new HashSet<>();
        while (revokedBy.containsKey(id)) {
            if (!seen.add(id)) {
                return null;
            }
            id = revokedBy.get(id);
        }
        return entries.get(id);
    }

    /** revoked object → the object that revokes it, by STIX id (one step; see {@link #current}). */
    public Map<String, String> revokedBy() {
        return revokedBy;
    }

    /** Revoked objects as "T0855 → T1692.001" for the summary. */
    public List<String> revocations() {
        List<String> lines = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.revoked() || revokedBy.containsKey(entry.stixId())) {
                Entry now = current(entry.stixId());
                lines.add(entry.externalId() + " → " + (now == null ? "(replacement not in the bundle)"
                        : now.externalId()));
            }
        }
        return lines;
    }

    /** Things the reader skipped or assumed, e.g. relationships to objects that are not in the bundle. */
    public List<String> notes() {
        return notes;
    }
}
