package org.itot.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.ui.preferences.ItotPreferences;

/** The model files opened lately, newest first, for File > Recent Models; kept in the preferences. */
public final class RecentModels {

    public static final int MAX = 8;

    private RecentModels() {
    }

    public static List<Path> list() {
        List<Path> recent = new ArrayList<>();
        for (String line : ItotPreferences.store().getString(ItotPreferences.RECENT_MODELS).split("\n")) {
            if (!line.isBlank()) {
                recent.add(Path.of(line.strip()));
            }
        }
        return recent;
    }

    static void add(Path file) {
        List<Path> recent = new ArrayList<>(list());
        recent.remove(file);
        recent.add(0, file);
        while (recent.size() > MAX) {
            recent.remove(recent.size() - 1);
        }
        ItotPreferences.store().setValue(ItotPreferences.RECENT_MODELS,
                String.join("\n", recent.stream().map(Path::toString).toList()));
        ItotPreferences.flush();
    }

    public static void remove(Path file) {
        List<Path> recent = new ArrayList<>(list());
        if (recent.remove(file)) {
            ItotPreferences.store().setValue(ItotPreferences.RECENT_MODELS,
                    String.join("\n", recent.stream().map(Path::toString).toList()));
            ItotPreferences.flush();
        }
    }
}
