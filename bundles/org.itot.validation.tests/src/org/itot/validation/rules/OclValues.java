package org.itot.validation.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.ocl.util.Bag;

/**
 * Compares two OCL values as a rule sees them: equal, and where they are collections, of the same collection kind
 * (Set, OrderedSet, Bag, Sequence as Classic OCL represents them) with the same elements, in the same order where
 * the kind is ordered.
 */
final class OclValues {

    private OclValues() {
    }

    static String difference(Object expected, Object actual) {
        if (expected instanceof Collection<?> left && actual instanceof Collection<?> right) {
            if (!kind(left).equals(kind(right))) {
                return "kind " + kind(left) + " vs " + kind(right);
            }
            boolean ordered = left instanceof List<?> || kind(left).equals("OrderedSet");
            if (ordered) {
                List<Object> a = new ArrayList<>(left);
                List<Object> b = new ArrayList<>(right);
                if (a.size() != b.size()) {
                    return "size " + a.size() + " vs " + b.size();
                }
                for (int i = 0; i < a.size(); i++) {
                    String inner = difference(a.get(i), b.get(i));
                    if (inner != null) {
                        return "element " + i + ": " + inner;
                    }
                }
                return null;
            }
            return left.equals(right) ? null : left + " vs " + right;
        }
        if (expected == null ? actual == null : expected.equals(actual)) {
            return expected == null || actual == null || expected.getClass() == actual.getClass() ? null
                    : "class " + expected.getClass().getName() + " vs " + actual.getClass().getName();
        }
        return describe(expected) + " vs " + describe(actual);
    }

    private static String kind(Collection<?> collection) {
        if (collection instanceof Bag<?>) {
            return "Bag";
        }
        if (collection instanceof java.util.LinkedHashSet<?>) {
            return "OrderedSet";
        }
        if (collection instanceof Set<?>) {
            return "Set";
        }
        if (collection instanceof List<?>) {
            return "Sequence";
        }
        return collection.getClass().getName();
    }

    private static String describe(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
