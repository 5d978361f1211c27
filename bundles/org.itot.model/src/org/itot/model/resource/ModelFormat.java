package org.itot.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the {@code *.itot} file format and the registry of migration steps from older
 * versions. Files of a newer major version are refused; older ones pass through every registered
 * step whose source version is at least theirs (versions between steps read unchanged).
 */
public final class ModelFormat {

    /**
     * The format this version of ITOT Architect writes.
     * <p>
     * 1.1 (issue 16) added Zone.site, Asset.additionalRoles and safetySystem, Conduit.terminatedBy,
     * Flow.carriedBy, the conduit media hardwired and fieldbus and the asset type protocol gateway. No
     * migration step is registered for 1.0 files, because nothing in them needs rewriting: every new
     * feature is optional and its default (no site, no additional role, not part of the safety system,
     * terminated by nothing, carried by nothing) is exactly what a 1.0 model meant, and the new enum
     * literals only add values, so every 1.0 literal keeps its name and number. The minor version
     * tells an older 1.0 build that the file may hold features it does not know.
     * <p>
     * 1.2 (issue 20) added Asset.discovered and Flow.discovered (added by {@code itot reconcile --adopt}). Again no
     * migration step: both default to false, which is what every element of a 1.1 file was, drawn by hand.
     */
    public static final String CURRENT = "1.2";

    /** The version assumed for files written before the format carried a version. */
    public static final String UNVERSIONED = "0.0";

    private static final Pattern VERSION = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})");

    /** Keyed and ordered by source version, so a file walks the steps oldest first. */
    private static final Map<Version, ModelMigration> MIGRATIONS = new TreeMap<>();

    private ModelFormat() {
    }

    /** True for texts of the form {@code major.minor}, e.g. {@code "1.0"}. */
    public static boolean isValid(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    /** Compares two valid versions numerically ({@code "1.10"} is newer than {@code "1.9"}). */
    public static int compare(String left, String right) {
        return Version.parse(left).compareTo(Version.parse(right));
    }

    /** True when this version of ITOT Architect can read files of the given valid version. */
    public static boolean isReadable(String version) {
        return Version.parse(version).major <= Version.parse(CURRENT).major;
    }

    /** The highest version this build reads, for messages: {@code "1.x"}. */
    static String readableRange() {
        return Version.parse(CURRENT).major + ".x";
    }

    /**
     * Adds a migration step, keyed by its source version.
     *
     * @throws IllegalArgumentException if the versions are invalid, the step does not go forward,
     *                                  it reads the current version or newer, or another step is
     *                                  registered for the same source version
     */
    public static synchronized void registerMigration(ModelMigration step) {
        Version source = Version.parse(step.sourceVersion());
        Version target = Version.parse(step.targetVersion());
        if (target.compareTo(source) <= 0) {
            throw new IllegalArgumentException("migration " + describe(step) + " does not go forward");
        }
        if (source.compareTo(Version.parse(CURRENT)) >= 0) {
            throw new IllegalArgumentException("migration " + describe(step) + " starts at or after the current format "
                    + CURRENT);
        }
        ModelMigration previous = MIGRATIONS.putIfAbsent(source, step);
        if (previous != null && previous != step) {
            throw new IllegalArgumentException("a migration from " + step.sourceVersion() + " is already registered: "
                    + describe(previous));
        }
    }

    /** Removes a step registered before; returns whether it was registered. */
    public static synchronized boolean unregisterMigration(ModelMigration step) {
        return MIGRATIONS.remove(Version.parse(step.sourceVersion()), step);
    }

    /** The steps a file of the given valid version goes through, in order. */
    static synchronized List<ModelMigration> migrationsFrom(String version) {
        List<ModelMigration> path = new ArrayList<>();
        Version reached = Version.parse(version);
        for (Map.Entry<Version, ModelMigration> entry : MIGRATIONS.entrySet()) {
            if (entry.getKey().compareTo(reached) >= 0) {
                path.add(entry.getValue());
                reached = Version.parse(entry.getValue().targetVersion());
            }
        }
        return path;
    }

    static String describe(ModelMigration step) {
        return step.sourceVersion() + " -> " + step.targetVersion() + " (" + step.getClass().getName() + ")";
    }

    private record Version(int major, int minor) implements Comparable<Version> {

        static Version parse(String text) {
            Matcher matcher = text == null ? null : VERSION.matcher(text);
            if (matcher == null || !matcher.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a format version (expected major.minor, e.g. 1.0)");
            }
            return new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }

        @Override
        public int compareTo(Version other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }
    }
}
