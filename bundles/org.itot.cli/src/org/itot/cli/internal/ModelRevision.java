package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itot.cli.UsageException;
import org.itot.merge.git.GitModelException;
import org.itot.merge.git.ModelHistory;
import org.itot.model.ArchitectureModel;

/**
 * A model argument that is a file, or {@code REV:PATH}: the file PATH (as usual, relative to the current folder) as
 * it was at revision REV of the Git repository around it, read through JGit ({@link ModelHistory}, shared with the
 * desktop's Compare With) without touching the working tree.
 */
final class ModelRevision {

    private ModelRevision() {
    }

    /** Whether the argument names a revision rather than a file: a colon after something, and no such file. */
    static boolean isRevision(String argument) {
        int colon = argument.indexOf(':');
        return colon > 0 && !Files.exists(Path.of(argument.replace('\0', '_')));
    }

    /** Checks the argument as {@link CommandArguments#modelFile} does, letting {@code REV:PATH} through. */
    static void check(String argument) throws UsageException {
        if (!isRevision(argument)) {
            CommandArguments.modelFile(argument);
        }
    }

    static ArchitectureModel load(String argument, String command, PrintStream err) throws UsageException {
        if (!isRevision(argument)) {
            return CommandArguments.load(CommandArguments.modelFile(argument), command, err);
        }
        int colon = argument.indexOf(':');
        String revision = argument.substring(0, colon);
        Path file = CommandArguments.path(argument.substring(colon + 1)).toAbsolutePath().normalize();
        try {
            ModelHistory.RevisionModel loaded = ModelHistory.load(file, revision, argument);
            for (String warning : loaded.warnings()) {
                err.println("itot " + command + ": warning: " + warning);
            }
            return loaded.model();
        } catch (GitModelException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
