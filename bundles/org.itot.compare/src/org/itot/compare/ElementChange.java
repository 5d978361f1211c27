package org.itot.compare;

import java.util.List;

/**
 * One element added, removed or changed between two models, matched by id.
 *
 * @param type     the element's class, e.g. {@code Asset}
 * @param features for a change, the names of the features whose values differ
 */
public record ElementChange(Kind kind, String id, String type, String label, List<String> features) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
