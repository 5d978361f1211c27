package org.itot.analysis.paths;

/**
 * What to search and how far. {@code from} and {@code to} are ids or names (null: every entry point,
 * every level 0-2 or safety asset); {@code from} also takes an entry kind word such as
 * {@code internet}. The limits keep the search bounded on any model; hitting one is reported.
 *
 * @param perPair      most paths kept per entry point and target
 * @param total        most paths listed overall
 * @param maxHops      longest path considered, in hops
 * @param maxExpansions most partial paths expanded per entry point
 */
public record PathQuery(String from, String to, int perPair, int total, int maxHops, int maxExpansions) {

    public static final int DEFAULT_PER_PAIR = 3;
    public static final int DEFAULT_TOTAL = 200;
    public static final int DEFAULT_MAX_HOPS = 12;
    public static final int DEFAULT_MAX_EXPANSIONS = 100_000;

    public PathQuery {
        if (perPair < 1 || total < 1 || maxHops < 1 || maxExpansions < 1) {
            throw new IllegalArgumentException("path limits must be positive");
        }
    }

    public static PathQuery defaults() {
        return new PathQuery(null, null, DEFAULT_PER_PAIR, DEFAULT_TOTAL, DEFAULT_MAX_HOPS, DEFAULT_MAX_EXPANSIONS);
    }

    public PathQuery from(String entry) {
        return new PathQuery(entry, to, perPair, total, maxHops, maxExpansions);
    }

    public PathQuery to(String target) {
        return new PathQuery(from, target, perPair, total, maxHops, maxExpansions);
    }

    public PathQuery total(int limit) {
        return new PathQuery(from, to, perPair, limit, maxHops, maxExpansions);
    }

    public PathQuery perPair(int limit) {
        return new PathQuery(from, to, limit, total, maxHops, maxExpansions);
    }

    public PathQuery maxExpansions(int limit) {
        return new PathQuery(from, to, perPair, total, maxHops, limit);
    }
}
