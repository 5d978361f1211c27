package org.itot.model.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.xml.sax.SAXParseException;

/**
 * Turns what the parser and EMF report about a model file into a {@link ModelLoadException} a user
 * can act on: the file, the position, what is wrong in the model's own terms, and what to do.
 */
final class LoadProblems {

    static final String NESTED_TOO_DEEP = "elements are nested deeper than";

    private static final String REWRITTEN = "The file was probably written by a newer ITOT Architect or edited by hand; ";

    private static final Pattern JDK_DEPTH_LIMIT = Pattern.compile("maxElementDepth|depth of \"\\d+\" that exceeds");
    private static final Pattern LIMIT = Pattern.compile("limit \"(\\d+)\"");

    private final Path file;
    private final String note;

    LoadProblems(Path file) {
        this(file, "");
    }

    private LoadProblems(Path file, String note) {
        this.file = file;
        this.note = note;
    }

    /** Positions now refer to the document as migrated, which the message must say. */
    LoadProblems afterMigrationFrom(String version) {
        return new LoadProblems(file, " (in the file as migrated from format " + version + ")");
    }

    /** A newer minor format reads fine unless it uses what this version lacks; then say why. */
    LoadProblems newerFormat(String version) {
        return new LoadProblems(file, " (the file has format " + version + ", newer than this ITOT Architect's "
                + ModelFormat.CURRENT + "; a newer ITOT Architect reads it)");
    }

    ModelLoadException general(String problem, String remedy, Throwable cause) {
        return at(-1, -1, problem, remedy, cause);
    }

    ModelLoadException at(int line, int column, String problem, String remedy) {
        return at(line, column, problem, remedy, null);
    }

    private ModelLoadException at(int line, int column, String problem, String remedy, Throwable cause) {
        return new ModelLoadException(file, line, column, problem + note, remedy, cause);
    }

    /** Offered wherever the file itself is damaged and a previous save may be intact. */
    String backupHint() {
        Path backup = ModelFiles.backupOf(file);
        return Files.isRegularFile(backup) ? ", or restore the previous version from " + backup : "";
    }

    ModelLoadException xmlError(int line, int column, String parserMessage, boolean empty, Throwable cause) {
        String message = String.valueOf(parserMessage);
        if (empty) {
            return at(line, column, "the file is empty", "Choose a model file" + backupHint(), cause);
        }
        if (message.contains("DOCTYPE")) {
            return at(line, column, "the file contains a DOCTYPE declaration, which model files may not have (it can "
                    + "read other files or expand to gigabytes)", "ITOT Architect never writes one, so the file did not "
                            + "come from it or has been tampered with; remove the <!DOCTYPE ...> declaration", cause);
        }
        if (message.contains("end within the same entity") || message.contains("Premature end of file")
                || message.contains("must be terminated by the matching end-tag")) {
            return at(line, column, "the file ends in the middle of the model (it was cut short)",
                    "Restore it from version control" + backupHint(), cause);
        }
        if (message.contains("Content is not allowed in prolog") || message.contains("Invalid byte")
                || message.contains("invalid XML character") || message.contains("no element")) {
            return at(line, column, "this is not an ITOT Architect model: it is not XML text (" + message + ")",
                    "Choose an .itot file written by ITOT Architect", cause);
        }
        if (JDK_DEPTH_LIMIT.matcher(message).find() || message.contains(NESTED_TOO_DEEP)) {
            Matcher limit = LIMIT.matcher(message);
            int levels = limit.find() ? Integer.parseInt(limit.group(1)) : ItotResource.MAX_DEPTH;
            return at(line, column, NESTED_TOO_DEEP + " " + Math.min(levels, ItotResource.MAX_DEPTH) + " levels",
                    "Real models nest a few dozen levels; the file is damaged or hostile", cause);
        }
        return at(line, column, "the file is not well-formed XML: " + message,
                "Correct the XML at this position in a text editor" + backupHint(), cause);
    }

    /**
     * Describes the first problem EMF recorded (or the exception it threw when it recorded none) and
     * counts the others, so the user fixes the first and learns how many remain.
     */
    ModelLoadException fromEmf(Resource resource, Exception thrown) {
        List<Resource.Diagnostic> diagnostics = new ArrayList<>(resource.getErrors());
        diagnostics.addAll(resource.getWarnings());
        Object first = diagnostics.isEmpty() ? rootCause(thrown) : diagnostics.get(0);
        ModelLoadException problem = describe(first);
        if (diagnostics.size() <= 1) {
            return problem;
        }
        return new ModelLoadException(file, problem.getLine(), problem.getColumn(), problem.getProblem() + " (and "
                + (diagnostics.size() - 1) + " more problem" + (diagnostics.size() > 2 ? "s" : "") + " after it)",
                problem.getRemedy(), problem.getCause());
    }

    private static Object rootCause(Exception thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof XMIException) && !(cause instanceof SAXParseException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private ModelLoadException describe(Object diagnostic) {
        if (diagnostic instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException sax) {
            return xmlError(xmi.getLine(), xmi.getColumn(), sax.getMessage(), false, xmi);
        }
        if (diagnostic instanceof SAXParseException sax) {
            return xmlError(sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage(), false, sax);
        }
        if (diagnostic instanceof FeatureNotFoundException e) {
            return at(e.getLine(), e.getColumn(), describeClass(e.getObject()) + " has no attribute or element '"
                    + e.getName() + "'", REWRITTEN + "remove '" + e.getName()
                            + "' or open the file with the version that wrote it", e);
        }
        if (diagnostic instanceof IllegalValueException e) {
            return at(e.getLine(), e.getColumn(), illegalValue(e), "Correct the value in a text editor" + backupHint(), e);
        }
        if (diagnostic instanceof UnresolvedReferenceException e) {
            String feature = e.getFeature() == null ? "" : " in '" + e.getFeature().getName() + "'";
            return at(e.getLine(), e.getColumn(), "the reference '" + e.getReference() + "'" + feature
                    + " points to no element of this file", "The element it named was removed outside ITOT Architect; "
                            + "remove the reference in a text editor" + backupHint(), e);
        }
        if (diagnostic instanceof ClassNotFoundException e) {
            return at(e.getLine(), e.getColumn(), "'" + e.getName() + "' is not a kind of element ITOT Architect knows",
                    REWRITTEN + "remove the element or open the file with the version that wrote it", e);
        }
        if (diagnostic instanceof PackageNotFoundException e) {
            return at(e.getLine(), e.getColumn(), "the file uses the namespace '" + e.uri() + "'; model files may only "
                    + "use ITOT Architect's namespace " + ItotPackage.eNS_URI + " and never load other models or schemas",
                    "Remove the elements of that namespace", e);
        }
        if (diagnostic instanceof Resource.Diagnostic d) {
            return at(d.getLine(), d.getColumn(), "the model cannot be read: " + d.getMessage(),
                    "Correct the file in a text editor" + backupHint(), diagnostic instanceof Throwable t ? t : null);
        }
        Throwable cause = diagnostic instanceof Throwable t ? t : null;
        return general("the model cannot be read: " + (cause == null ? "unknown error" : cause.getMessage()),
                "Check the file" + backupHint(), cause);
    }

    private static String illegalValue(IllegalValueException e) {
        EStructuralFeature feature = e.getFeature();
        Object value = e.getValue();
        String owner = describeClass(e.getObject());
        if (feature == null) {
            return "the value '" + value + "' is not allowed here";
        }
        if (feature instanceof EAttribute attribute) {
            return "'" + value + "' is not a valid " + feature.getName() + " of " + owner + " (expected "
                    + expected(attribute.getEAttributeType()) + ")";
        }
        if (value instanceof EObject target && feature.getEType().isInstance(target)) {
            return "'" + feature.getName() + "' of " + owner + " holds more than " + feature.getUpperBound()
                    + " elements";
        }
        return "'" + feature.getName() + "' of " + owner + " must refer to " + withArticle(feature.getEType().getName())
                + ", not to " + (value instanceof EObject target ? describe(target) : "'" + value + "'");
    }

    private static String expected(EClassifier type) {
        if (type instanceof EEnum enumeration) {
            return "one of " + enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral)
                    .collect(Collectors.joining(", "));
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return "a whole number";
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return "true or false";
        }
        if (instanceClass == java.util.Date.class) {
            return "a time such as 2025-01-31T12:00:00.000+0000";
        }
        return "a " + type.getName();
    }

    static String describeClass(EObject object) {
        return object == null ? "this element" : withArticle(object.eClass().getName());
    }

    private static String withArticle(String className) {
        return ("AEIOU".indexOf(className.charAt(0)) >= 0 ? "an " : "a ") + className;
    }

    /** "Asset 'PLC-01'", "Zone 'Filtration'" or "Bendpoint _xyz": what a user can search the file for. */
    static String describe(EObject object) {
        if (object == null) {
            return "nothing";
        }
        String kind = object.eClass().getName();
        if (object instanceof ModelElement element) {
            if (element.getId() != null && !element.getId().isBlank()) {
                return kind + " '" + element.getId() + "'";
            }
            if (element.getName() != null && !element.getName().isBlank()) {
                return kind + " '" + element.getName() + "'";
            }
        }
        String id = object.eResource() instanceof XMLResource resource ? resource.getID(object) : null;
        return id == null ? kind : kind + " with xmi:id '" + id + "'";
    }

    /** "the edge view (xmi:id '_a1') on diagram 'Purdue overview'": enough to find it in the file and on screen. */
    static String describeView(EObject view) {
        String kind = view instanceof org.itot.model.EdgeView ? "the edge view" : "the node view";
        String id = view.eResource() instanceof XMLResource resource ? resource.getID(view) : null;
        StringBuilder text = new StringBuilder(kind);
        if (id != null) {
            text.append(" (xmi:id '").append(id).append("')");
        }
        for (EObject container = view.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof org.itot.model.Diagram diagram) {
                String name = diagram.getName() != null && !diagram.getName().isBlank() ? diagram.getName() : diagram.getId();
                text.append(" on diagram '").append(name).append("'");
                break;
            }
        }
        return text.toString();
    }

    /** The problem as the user reads it, with what positions refer to when the file was migrated. */
    String noted(String problem) {
        return problem + note;
    }

    /** Sizes as users read them in a file manager: "200 MB", "512 KB", "12 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
