package org.itot.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plain-text and JSON forms of a {@link MergeResult}'s conflicts and notes. */
public final class MergeText {

    /** Version of the JSON report's shape; a reader checks it before relying on fields. */
    public static final String FORMAT_VERSION = "1.0";

    private MergeText() {
    }

    /** One line per conflict and per note, under headings; nothing for a clean merge without notes. */
    public static String toText(MergeResult result) {
        StringBuilder text = new StringBuilder();
        if (!result.conflicts().isEmpty()) {
            text.append("Conflicts (").append(result.conflicts().size()).append("):\n");
            for (MergeConflict conflict : result.conflicts()) {
                text.append("  ").append(conflict.type()).append(' ').append(conflict.elementId());
                if (!conflict.label().equals(conflict.elementId())) {
                    text.append(" '").append(conflict.label()).append('\'');
                }
                text.append(" ").append(conflict.feature()).append(": base ").append(quoted(conflict.base()))
                        .append(", ours ").append(quoted(conflict.ours())).append(", theirs ")
                        .append(quoted(conflict.theirs())).append(" -> ").append(conflict.resolution()).append('\n');
            }
        }
        if (!result.notes().isEmpty()) {
            text.append("Notes:\n");
            result.notes().forEach(note -> text.append("  ").append(note).append('\n'));
        }
        return text.toString();
    }

    private static String quoted(String value) {
        return value.startsWith("(") || value.startsWith("[") ? value : "\"" + value + "\"";
    }

    /** The conflicts and notes as JSON values, for a report that adds its own fields. */
    public static Map<String, Object> toJson(MergeResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clean", result.clean());
        json.put("theirsApplied", result.theirsApplied());
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (MergeConflict conflict : result.conflicts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", conflict.elementId());
            entry.put("type", conflict.type());
            entry.put("label", conflict.label());
            entry.put("feature", conflict.feature());
            entry.put("base", conflict.base());
            entry.put("ours", conflict.ours());
            entry.put("theirs", conflict.theirs());
            entry.put("resolution", conflict.resolution());
            conflicts.add(entry);
        }
        json.put("conflicts", conflicts);
        json.put("notes", result.notes());
        return json;
    }
}
