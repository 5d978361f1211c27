package org.itot.model.resource;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * How large a model file would be, estimated from above without writing it, so that an import can
 * refuse what {@link ModelFiles#load} would then refuse (a file above the size limit) before it
 * changes the model. The estimate counts every element's line as the writer lays it out (tag,
 * indentation, {@code xmi:id}, type), every set attribute with its escaped UTF-8 text, and every
 * reference as an id; it is above the real size (up to about 1.7 times for many small elements).
 */
public final class ModelSizeEstimate {

    /**
     * The most characters an import puts into one text field (a name, a description): what one
     * spreadsheet cell holds (Excel's limit), so that every field an import writes also fits a register.
     */
    public static final int MAX_IMPORTED_TEXT = 32_767;

    /** Tag, indentation, {@code xmi:id="_"} and a 22-character UUID, {@code xsi:type}, line end. */
    private static final int ELEMENT_BYTES = 120;
    /** A reference's target: a UUID and the space between ids. */
    private static final int REFERENCE_BYTES = 25;

    private ModelSizeEstimate() {
    }

    /** The model file size limit {@link ModelFiles#load(java.nio.file.Path)} applies. */
    public static long maxModelBytes() {
        return ModelFiles.maxBytes();
    }

    /** The bytes the element and everything inside it take in a model file. */
    public static long of(EObject root) {
        long bytes = ownBytes(root);
        for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            bytes += ownBytes(contents.next());
        }
        return bytes;
    }

    /** The bytes of these elements and their contents. */
    public static long of(List<? extends EObject> roots) {
        long bytes = 0;
        for (EObject root : roots) {
            bytes += of(root);
        }
        return bytes;
    }

    /** The bytes a text takes as an attribute value in UTF-8, with XML's escapes. */
    public static long ofText(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += switch (c) {
            case '&' -> 5; // &amp;
            case '<', '>' -> 4; // &lt; &gt;
            case '"' -> 6; // &quot;
            case '\n', '\r', '\t' -> 5; // &#xA; and the like
            default -> c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            };
        }
        return bytes;
    }

    /** "130 MB", as the loader's size messages say it. */
    public static String describe(long bytes) {
        return LoadProblems.size(bytes);
    }

    private static long ownBytes(EObject object) {
        // A detached element (planned by an import, not yet added) has no containing feature yet.
        long bytes = ELEMENT_BYTES + (object.eContainingFeature() == null ? 20 : object.eContainingFeature().getName().length());
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.isDerived() || !object.eIsSet(attribute)) {
                continue;
            }
            List<?> values = attribute.isMany() ? (List<?>) object.eGet(attribute) : List.of(object.eGet(attribute));
            for (Object value : values) {
                bytes += attribute.getName().length() + 4 + ofText(EcoreUtil.convertToString(
                        attribute.getEAttributeType(), value));
            }
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()
                    || !object.eIsSet(reference)) {
                continue;
            }
            int targets = reference.isMany() ? ((List<?>) object.eGet(reference, false)).size() : 1;
            bytes += reference.getName().length() + 4 + (long) targets * REFERENCE_BYTES;
        }
        return bytes;
    }
}
