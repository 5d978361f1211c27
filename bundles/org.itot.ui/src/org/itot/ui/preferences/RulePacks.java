package org.itot.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RulePackProblem;

/**
 * The rule packs live validation uses: the built-in catalogue and the user's packs from the preferences. A broken
 * user pack keeps its good rules and reports its problems (file, line, column, reason) instead of stopping validation.
 */
public final class RulePacks {

    private record Cached(long modified, RulePack pack) {
    }

    /** Parsing is costly; a pack is read again only when its file changed. */
    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private RulePacks() {
    }

    public static List<RulePack> forValidation() {
        return configuration().packs();
    }

    /**
     * The desktop's rule configuration: the user's packs and preferred severities from the preferences. Live
     * validation, Validate and the Export wizard all make findings from it, through {@link ModelFindings}.
     */
    public static ModelFindings.Configuration configuration() {
        List<RulePack> packs = new ArrayList<>();
        for (Path file : ItotPreferences.rulePacks()) {
            RulePack pack = read(file);
            pack.problems().forEach(problem -> ILog.of(RulePacks.class).warn("Rule pack problem: " + problem));
            packs.add(pack);
        }
        return new ModelFindings.Configuration(packs, ItotPreferences.ruleSeverities());
    }

    /** The pack in a file; an unreadable file is a pack without rules whose one problem says why. */
    public static RulePack read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        long modified;
        try {
            modified = Files.getLastModifiedTime(absolute).toMillis();
        } catch (IOException e) {
            return unreadable(absolute, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); check the path in Preferences > ITOT Architect > Rule Packs");
        }
        Cached cached = CACHE.get(absolute);
        if (cached != null && cached.modified() == modified) {
            return cached.pack();
        }
        try {
            RulePack pack = Catalogue.userPack(absolute);
            CACHE.put(absolute, new Cached(modified, pack));
            return pack;
        } catch (IOException | RuntimeException e) {
            return unreadable(absolute, "cannot read the file: " + e.getMessage());
        }
    }

    private static RulePack unreadable(Path file, String reason) {
        return new RulePack(file.toString(), List.of(), List.of(new RulePackProblem(file.toString(), 1, 1, null, reason)));
    }
}
