package org.itot.attack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.itot.attack.AttackDataset.Entry;
import org.itot.attack.AttackDataset.Relation;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;
import org.itot.model.ItotFactory;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelSizeEstimate;

/**
 * Puts an {@link AttackDataset} into a model as its ATT&CK reference data: one undoable command that
 * replaces {@code attackReferences} and {@code attackVersion} and re-points every asset's
 * {@code attackAsset} to the new object with the same (or, when revoked, the replacing) ATT&CK id.
 */
public final class AttackImport {

    /** Counts and notes for the summary and the wizard's preview. */
    public record Summary(String version, long techniques, long techniquesInBundle, long tactics, long mitigations,
            long assets, List<String> revoked, long deprecated, int assetsRepointed, List<String> notes) {

        public Summary {
            revoked = List.copyOf(revoked);
            notes = List.copyOf(notes);
        }

        /** The multi-line text the command line and the wizard show. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append("ATT&CK for ICS version: ").append(version).append('\n');
            text.append("Techniques: ").append(techniques).append(" active of ").append(techniquesInBundle)
                    .append(" (").append(deprecated).append(" deprecated)\n");
            text.append("Tactics: ").append(tactics).append('\n');
            text.append("Mitigations: ").append(mitigations).append('\n');
            text.append("Assets: ").append(assets).append('\n');
            text.append("Revoked: ").append(revoked.isEmpty() ? "none" : String.join(", ", revoked)).append('\n');
            text.append("Model assets re-pointed to the new ATT&CK assets: ").append(assetsRepointed).append('\n');
            notes.forEach(note -> text.append("Note: ").append(note).append('\n'));
            return text.toString();
        }
    }

    private final ArchitectureModel model;
    private final AttackDataset data;
    private final List<AttackReference> references = new ArrayList<>();
    private final Map<Asset, AttackReference> repoint = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private AttackImport(ArchitectureModel model, AttackDataset data) {
        this.model = model;
        this.data = data;
        build();
    }

    /** Plans the import of a dataset into a model without changing the model. */
    public static AttackImport prepare(ArchitectureModel model, AttackDataset data) {
        return new AttackImport(Objects.requireNonNull(model, "model"), Objects.requireNonNull(data, "data"));
    }

    /**
     * The dataset as model objects outside any model, for read-only use by several threads at once (the
     * built-in release): every list is created here, so reading never modifies an object.
     */
    static List<AttackReference> references(AttackDataset data) {
        List<AttackReference> references = new AttackImport(null, Objects.requireNonNull(data, "data")).references;
        for (AttackReference reference : references) {
            reference.getTactics().size();
            reference.getMitigatedBy().size();
            reference.getTargets().size();
            reference.eAdapters().size();
        }
        return java.util.Collections.unmodifiableList(references);
    }

    /**
     * Reads a bundle and plans its import; nothing changes in the model until the command runs. An
     * import that would make the model file larger than the model loader opens
     * ({@link ModelSizeEstimate#maxModelBytes()}) is refused.
     */
    public static AttackImport prepare(ArchitectureModel model, Path bundle, StixLimits limits, String versionOverride)
            throws AttackImportException {
        return prepare(model, bundle, limits, versionOverride, ModelSizeEstimate.maxModelBytes());
    }

    /** As {@link #prepare(ArchitectureModel, Path, StixLimits, String)}, with a model file size limit of its own. */
    public static AttackImport prepare(ArchitectureModel model, Path bundle, StixLimits limits, String versionOverride,
            long maxModelBytes) throws AttackImportException {
        return prepare(model, StixBundleReader.read(bundle, limits, versionOverride)).checkModelSize(bundle, maxModelBytes);
    }

    /**
     * Refuses the plan when the model file would then be larger than the model loader opens
     * ({@link ModelSizeEstimate#maxModelBytes()}); returns the plan otherwise.
     */
    public AttackImport checkModelSize(Path bundle) throws AttackImportException {
        return checkModelSize(bundle, ModelSizeEstimate.maxModelBytes());
    }

    private AttackImport checkModelSize(Path bundle, long maxModelBytes) throws AttackImportException {
        // The import replaces the model's reference data: the old references go, the new ones come.
        long added = ModelSizeEstimate.of(references);
        long total = ModelSizeEstimate.of(model) - ModelSizeEstimate.of(model.getAttackReferences()) + added;
        if (total > maxModelBytes) {
            throw new AttackImportException(bundle, "importing it would make the model about "
                    + ModelSizeEstimate.describe(total) + ", more than the " + ModelSizeEstimate.describe(maxModelBytes)
                    + " a model file may have, and ITOT Architect would not open it again (its " + references.size()
                    + " ATT&CK objects take about " + ModelSizeEstimate.describe(added) + "). Import the official "
                    + "ATT&CK for ICS bundle (ics-attack.json, a few MB); the limit follows the Java heap (one "
                    + ModelFiles.HEAP_BYTES_PER_FILE_BYTE + "th of it: ITOT_CLI_HEAP or -Xmx raises it, as does -D"
                    + ModelFiles.MAX_BYTES_PROPERTY + "=<bytes>)");
        }
        return this;
    }

    /** Runs the import on the model's command stack (one undoable step) and returns the summary. */
    public Summary execute() {
        CommandStack stack = ModelEditing.domainFor(model).getCommandStack();
        stack.execute(command());
        return summary();
    }

    public Summary summary() {
        long deprecated = data.entries(AttackObjectKind.TECHNIQUE).stream().filter(Entry::deprecated).count();
        return new Summary(data.version(), data.count(AttackObjectKind.TECHNIQUE, true),
                data.count(AttackObjectKind.TECHNIQUE, false), data.count(AttackObjectKind.TACTIC, true),
                data.count(AttackObjectKind.MITIGATION, true), data.count(AttackObjectKind.ASSET, true),
                data.revocations(), deprecated, repoint.size(), notes);
    }

    /** The new reference data, in matrix order of tactics and then by id. */
    public List<AttackReference> references() {
        return List.copyOf(references);
    }

    /** The command that applies the import; run it on the model's command stack. */
    public Command command() {
        return new ReplaceAttackData(model, references, data.version(), repoint);
    }

    private void build() {
        Map<String, AttackReference> byStixId = new HashMap<>();
        List<Entry> ordered = new ArrayList<>();
        for (String tactic : data.tacticOrder()) {
            Entry entry = data.entry(tactic);
            if (entry == null) {
                notes.add("the matrix names tactic " + tactic + ", which is not in the bundle");
            } else {
                ordered.add(entry);
            }
        }
        data.entries(AttackObjectKind.TACTIC).stream().filter(e -> !ordered.contains(e)).forEach(ordered::add);
        for (AttackObjectKind kind : List.of(AttackObjectKind.TECHNIQUE, AttackObjectKind.MITIGATION,
                AttackObjectKind.ASSET)) {
            data.entries(kind).stream().sorted((a, b) -> a.externalId().compareTo(b.externalId()))
                    .forEach(ordered::add);
        }
        for (Entry entry : ordered) {
            AttackReference reference = ItotFactory.eINSTANCE.createAttackReference();
            reference.setKind(entry.kind());
            reference.setStixId(entry.stixId());
            reference.setExternalId(entry.externalId());
            reference.setName(entry.name());
            reference.setAttackVersion(data.version());
            reference.setDeprecated(entry.deprecated());
            reference.setShortName(entry.shortName());
            references.add(reference);
            byStixId.put(entry.stixId(), reference);
        }
        for (AttackReference reference : references) {
            Entry current = data.current(reference.getStixId());
            if (current != null && !current.stixId().equals(reference.getStixId())) {
                reference.setRevokedBy(current.externalId());
            } else if (current == null) {
                notes.add(reference.getExternalId() + " is revoked by an object that is not in the bundle");
            }
        }
        Map<String, AttackReference> tacticsByShortName = new HashMap<>();
        references.stream().filter(r -> r.getKind() == AttackObjectKind.TACTIC)
                .forEach(r -> tacticsByShortName.put(r.getShortName(), r));
        for (Entry technique : data.entries(AttackObjectKind.TECHNIQUE)) {
            AttackReference reference = byStixId.get(technique.stixId());
            for (String phase : technique.phases()) {
                AttackReference tactic = tacticsByShortName.get(phase);
                if (tactic == null) {
                    notes.add(technique.externalId() + " names the kill-chain phase '" + phase
                            + "', which no tactic of the bundle has");
                } else if (!reference.getTactics().contains(tactic)) {
                    reference.getTactics().add(tactic);
                }
            }
        }
        int dangling = 0;
        dangling += relate(data.mitigates(), byStixId, AttackObjectKind.MITIGATION, AttackObjectKind.TECHNIQUE, true);
        dangling += relate(data.targets(), byStixId, AttackObjectKind.TECHNIQUE, AttackObjectKind.ASSET, false);
        if (dangling > 0) {
            notes.add(dangling + " mitigates/targets relationships name objects that are not in the bundle; skipped");
        }
        if (model != null) {
            planRepointing();
        }
    }

    /** Records each relationship on the technique, after following revocations on both ends. */
    private int relate(List<Relation> relations, Map<String, AttackReference> byStixId, AttackObjectKind sourceKind,
            AttackObjectKind targetKind, boolean mitigation) {
        int dangling = 0;
        for (Relation relation : relations) {
            Entry source = data.current(relation.source());
            Entry target = data.current(relation.target());
            if (source == null || target == null || source.kind() != sourceKind || target.kind() != targetKind) {
                dangling++;
                continue;
            }
            AttackReference from = byStixId.get(source.stixId());
            AttackReference to = byStixId.get(target.stixId());
            if (mitigation) {
                if (!to.getMitigatedBy().contains(from)) {
                    to.getMitigatedBy().add(from);
                }
            } else if (!from.getTargets().contains(to)) {
                from.getTargets().add(to);
            }
        }
        return dangling;
    }

    /**
     * Assets that cite an ATT&CK asset keep citing it: by the new object with the same id (or its
     * replacement); one the bundle does not know is carried over so that no reference dangles.
     */
    private void planRepointing() {
        Map<String, AttackReference> byExternalId = new HashMap<>();
        for (AttackReference reference : references) {
            byExternalId.putIfAbsent(reference.getKind() + ":" + reference.getExternalId(), reference);
        }
        Map<AttackReference, Boolean> carried = new IdentityHashMap<>();
        for (Asset asset : model.getAllAssets()) {
            AttackReference old = asset.getAttackAsset();
            if (old == null) {
                continue;
            }
            AttackReference now = byExternalId.get(old.getKind() + ":" + old.getExternalId());
            if (now != null && now.getRevokedBy() != null) {
                now = byExternalId.getOrDefault(old.getKind() + ":" + now.getRevokedBy(), now);
            }
            if (now == null) {
                if (carried.put(old, Boolean.TRUE) == null) {
                    references.add(old);
                    notes.add("the model's ATT&CK asset " + old.getExternalId() + " is not in the bundle; kept as "
                            + "it was");
                }
                continue;
            }
            repoint.put(asset, now);
        }
    }

    /** Replaces the reference data and re-points assets; undo restores the previous lists and references. */
    private static final class ReplaceAttackData extends AbstractCommand {

        private final ArchitectureModel model;
        private final List<AttackReference> newReferences;
        private final String newVersion;
        private final Map<Asset, AttackReference> newAssetReferences;
        private List<AttackReference> oldReferences;
        private String oldVersion;
        private Map<Asset, AttackReference> oldAssetReferences;

        ReplaceAttackData(ArchitectureModel model, List<AttackReference> references, String version,
                Map<Asset, AttackReference> repoint) {
            super("Import ATT&CK for ICS", "Replace the model's ATT&CK reference data with a STIX bundle's");
            this.model = model;
            this.newReferences = List.copyOf(references);
            this.newVersion = version;
            this.newAssetReferences = new LinkedHashMap<>(repoint);
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            oldReferences = new ArrayList<>(model.getAttackReferences());
            oldVersion = model.getAttackVersion();
            oldAssetReferences = new LinkedHashMap<>();
            newAssetReferences.keySet().forEach(asset -> oldAssetReferences.put(asset, asset.getAttackAsset()));
            apply(newReferences, newVersion, newAssetReferences);
        }

        @Override
        public void undo() {
            apply(oldReferences, oldVersion, oldAssetReferences);
        }

        @Override
        public void redo() {
            apply(newReferences, newVersion, newAssetReferences);
        }

        private void apply(List<AttackReference> references, String version, Map<Asset, AttackReference> assets) {
            model.getAttackReferences().clear();
            model.getAttackReferences().addAll(references);
            model.setAttackVersion(version);
            assets.forEach(Asset::setAttackAsset);
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return List.of(model);
        }
    }
}
