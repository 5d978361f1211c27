package org.itot.attack;

/**
 * Bounds on a STIX bundle read: a hostile or broken file stops with a clear error instead of
 * exhausting memory. The official ATT&CK for ICS bundle (about 3 MB, 1,825 objects, depth 6) is far inside.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of JSON objects and arrays
 * @param maxObjects most STIX objects in the bundle
 */
public record StixLimits(long maxBytes, int maxDepth, int maxObjects) {

    public static final StixLimits DEFAULT = new StixLimits(64L * 1024 * 1024, 32, 100_000);

    public StixLimits {
        if (maxBytes <= 0 || maxDepth <= 2 || maxObjects <= 0) {
            throw new IllegalArgumentException("limits must be positive (depth > 2): " + maxBytes + ", " + maxDepth
                    + ", " + maxObjects);
        }
    }
}
