package org.itot.model.edit.command;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ModelElement;

/**
 * Human ids for new elements: a prefix per kind and a running number, e.g. Z-001, A-014, C-003, F-120. Registers and
 * findings show these ids, so a new one is never one that any element of the model already has.
 */
public final class ElementIds {

    public static final String ZONE_PREFIX = "Z";
    public static final String ASSET_PREFIX = "A";
    public static final String CONDUIT_PREFIX = "C";
    public static final String FLOW_PREFIX = "F";

    private ElementIds() {
    }

    /**
     * The next id with the prefix in the model that contains {@code context}: one more than the highest number in use
     * after that prefix (so ids of deleted elements are not handed out again while later ones exist), at least three
     * digits.
     */
    public static String next(EObject context, String prefix) {
        Objects.requireNonNull(context, "context");
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "-(\\d{1,9})");
        int highest = 0;
        for (Iterator<EObject> elements = modelOf(context); elements.hasNext();) {
            if (elements.next() instanceof ModelElement element && element.getId() != null) {
                Matcher matcher = numbered.matcher(element.getId());
                if (matcher.matches()) {
                    highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return String.format("%s-%03d", prefix, highest + 1);
    }

    /** Whether any element of the model that contains {@code context} has this id. */
    public static boolean isUsed(EObject context, String id) {
        Objects.requireNonNull(context, "context");
        for (Iterator<EObject> elements = modelOf(context); elements.hasNext();) {
            if (elements.next() instanceof ModelElement element && id.equals(element.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The root of the context's model (the ArchitectureModel once attached) and everything in it. */
    private static Iterator<EObject> modelOf(EObject context) {
        return EcoreUtil.getAllProperContents(List.of(EcoreUtil.getRootContainer(context)), false);
    }
}
