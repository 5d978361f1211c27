package org.itot.merge;

/**
 * One place where both sides changed the same thing differently; the merged model holds {@code resolution}, which
 * is ours unless keeping ours would leave a reference to a deleted element.
 *
 * @param elementId  the element's id ({@code (model)} for the model itself)
 * @param type       the element's class, e.g. {@code Asset}
 * @param label      the element's name as users know it, or its id
 * @param feature    the feature, {@code (element)} for a deletion against a change, or {@code FEATURE (order)}
 * @param base       the value in the common ancestor, {@code (absent)} when the element was not there
 * @param ours       the value on our side, {@code (deleted)} when we deleted the element
 * @param theirs     the value on their side, {@code (deleted)} when they deleted the element
 * @param resolution what the merged model holds: {@code ours}, or {@code kept: ...} for a deleted element kept
 */
public record MergeConflict(String elementId, String type, String label, String feature, String base, String ours,
        String theirs, String resolution) {
}
