package org.itot.ui.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.itot.validation.rules.Severity;

/**
 * The desktop's settings, in the standard Eclipse preference store (instance scope of org.itot.ui, kept in the
 * workspace): rule packs, severities, folders, autosave and diagram style. Defaults are set here, where the keys are.
 */
public final class ItotPreferences {

    public static final String NODE = "org.itot.ui";

    /** User rule packs ({@code .ocl} files), one absolute path a line, evaluated with the built-in catalogue. */
    public static final String RULE_PACKS = "rulePacks";
    /** Severities replacing the catalogue's, as {@code RULE-ID=warning} lines. */
    public static final String RULE_SEVERITIES = "ruleSeverities";
    /** Where export dialogs start; empty (the default) = the folder of the model being exported. */
    public static final String EXPORT_FOLDER = "exportFolder";
    /** Where New Model puts new files unless told otherwise. */
    public static final String MODEL_FOLDER = "modelFolder";
    /** Seconds between autosaves of changed models; 0 turns autosave off. */
    public static final String AUTOSAVE_SECONDS = "autosaveSeconds";
    /** Recently opened model files, newest first, one path a line. */
    public static final String RECENT_MODELS = "recentModels";

    public static final String DIAGRAM_GRID_VISIBLE = "diagram.gridVisible";
    public static final String DIAGRAM_SNAP_TO_GRID = "diagram.snapToGrid";
    public static final String DIAGRAM_GRID_SIZE = "diagram.gridSize";
    public static final String DIAGRAM_SHOW_FLOWS = "diagram.showFlows";
    public static final String DIAGRAM_SHOW_CONDUITS = "diagram.showConduits";
    public static final String DIAGRAM_SHOW_FINDINGS = "diagram.showFindings";

    private static ScopedPreferenceStore store;

    private ItotPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
            String home = System.getProperty("user.home");
            store.setDefault(EXPORT_FOLDER, "");
            store.setDefault(MODEL_FOLDER, Path.of(home, ".itot-architect", "models").toString());
            store.setDefault(AUTOSAVE_SECONDS, 60);
            store.setDefault(DIAGRAM_GRID_VISIBLE, false);
            store.setDefault(DIAGRAM_SNAP_TO_GRID, true);
            store.setDefault(DIAGRAM_GRID_SIZE, 10);
            store.setDefault(DIAGRAM_SHOW_FLOWS, true);
            store.setDefault(DIAGRAM_SHOW_CONDUITS, true);
            store.setDefault(DIAGRAM_SHOW_FINDINGS, true);
        }
        return store;
    }

    /** Writes the store to disk now, so a crash does not lose a setting. */
    public static void flush() {
        try {
            ((ScopedPreferenceStore) store()).save();
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.ILog.of(ItotPreferences.class).warn("Cannot save the preferences", e);
        }
    }

    /**
     * The folder an export of {@code modelFile} is suggested into: the preferred export folder when one is set and
     * still exists, otherwise the model's own folder (exports usually travel with the model they were made from).
     */
    public static Path exportFolderFor(Path modelFile) {
        String preferred = store().getString(EXPORT_FOLDER).strip();
        if (!preferred.isEmpty() && java.nio.file.Files.isDirectory(Path.of(preferred))) {
            return Path.of(preferred);
        }
        return modelFile.toAbsolutePath().getParent();
    }

    public static List<Path> rulePacks() {
        return lines(store().getString(RULE_PACKS)).stream().map(Path::of).toList();
    }

    public static void setRulePacks(List<Path> packs) {
        store().setValue(RULE_PACKS, String.join("\n", packs.stream().map(Path::toString).toList()));
    }

    /** Unknown severities are skipped: a hand-edited preference must not stop validation. */
    public static Map<String, Severity> ruleSeverities() {
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (String line : lines(store().getString(RULE_SEVERITIES))) {
            int equals = line.indexOf('=');
            Severity severity = equals < 0 ? null : Severity.parse(line.substring(equals + 1));
            if (severity != null) {
                severities.put(line.substring(0, equals).strip(), severity);
            }
        }
        return severities;
    }

    public static void setRuleSeverities(Map<String, Severity> severities) {
        store().setValue(RULE_SEVERITIES, String.join("\n", severities.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().name().toLowerCase(java.util.Locale.ROOT)).toList()));
    }

    static List<String> lines(String value) {
        List<String> lines = new ArrayList<>();
        for (String line : value.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
