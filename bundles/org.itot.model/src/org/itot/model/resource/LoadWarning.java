package org.itot.model.resource;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Something {@link ModelFiles#load} accepted but the user should hear about: a diagram view that
 * refers to an element (or an edge end) missing from the file, or an element whose human id another
 * element has too. A view is loaded with that reference unset, so the model opens and the diagram
 * shows the view marked as missing; for a shared id, {@code reference} is {@code id}, {@code view}
 * the later element and {@code missingId} the shared id.
 * It is also one of the model resource's {@link Resource#getWarnings() warnings}.
 *
 * @param file      the model file
 * @param line      1-based line of the reference, or -1
 * @param column    1-based column of the reference, or -1
 * @param view      the node or edge view whose reference was left unset (or the element with a shared id)
 * @param reference the name of that reference: {@code element}, {@code source} or {@code target} (or {@code id})
 * @param missingId the {@code xmi:id} the file named and no element has (or the shared human id)
 * @param problem   what is wrong, without file or position
 * @param remedy    what the user can do about it
 */
public record LoadWarning(Path file, int line, int column, EObject view, String reference, String missingId,
        String problem, String remedy) implements Resource.Diagnostic {

    /** "plant.itot, line 12, column 40: ... . ..." in the form of {@link ModelLoadException}'s messages. */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder().append(file);
        if (line > 0) {
            message.append(", line ").append(line);
            if (column > 0) {
                message.append(", column ").append(column);
            }
        }
        return message.append(": ").append(problem).append(". ").append(remedy).toString();
    }

    @Override
    public String getLocation() {
        return file.toString();
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
