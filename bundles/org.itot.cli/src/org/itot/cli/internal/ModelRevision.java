package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.LoadWarning;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;

/**
 * A model argument that is a file, or {@code REV:PATH}: the file PATH (as usual, relative to the current folder) as
 * it was at revision REV of the Git repository around it, read through JGit without touching the working tree.
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
        byte[] content = read(argument, revision, file);
        try (ScratchFolder scratch = ScratchFolder.create("itot-revision")) {
            Path copy = scratch.resolve(file.getFileName().toString());
            Files.write(copy, content);
            try {
                ArchitectureModel model = ModelFiles.load(copy);
                for (LoadWarning warning : ModelFiles.warnings(model)) {
                    err.println("itot " + command + ": warning: "
                            + warning.getMessage().replace(copy.toString(), argument));
                }
                return model;
            } catch (ModelLoadException e) {
                throw new UsageException(e.getMessage().replace(copy.toString(), argument));
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + argument + ": " + e.getMessage());
        }
    }

    private static byte[] read(String argument, String revision, Path file) throws UsageException {
        Path existing = file.getParent();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(existing == null ? null : existing.toFile());
        if (existing == null || builder.getGitDir() == null) {
            throw new UsageException(argument + ": " + file.getParent() + " is not in a Git repository; REV:PATH reads "
                    + "the file PATH as it was at revision REV (e.g. HEAD~3:plant.itot) from the repository around it");
        }
        try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository)) {
            if (repository.isBare()) {
                throw new UsageException(argument + ": " + builder.getGitDir() + " is a bare repository");
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            Path real = existing.toRealPath().resolve(existing.relativize(file));
            if (!real.startsWith(top)) {
                throw new UsageException(argument + ": " + file + " is outside the repository at " + top);
            }
            ObjectId commitId = resolve(repository, revision, argument);
            RevCommit commit = walk.parseCommit(commitId);
            String inRepository = top.relativize(real).toString().replace('\\', '/');
            try (TreeWalk entry = TreeWalk.forPath(repository, inRepository, commit.getTree())) {
                if (entry == null) {
                    throw new UsageException(argument + ": " + inRepository + " is not in revision " + revision + " ("
                            + commit.abbreviate(10).name() + ")");
                }
                ObjectLoader blob = repository.open(entry.getObjectId(0));
                long limit = ModelFiles.maxBytes();
                if (blob.getSize() > limit) {
                    throw new UsageException(argument + " is " + blob.getSize() + " bytes, more than a model file may be ("
                            + limit + ")");
                }
                return blob.getBytes();
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + argument + " from Git: " + e.getMessage());
        }
    }

    private static ObjectId resolve(Repository repository, String revision, String argument)
            throws UsageException, IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new UsageException(argument + ": no revision '" + revision + "' in the repository at "
                    + repository.getWorkTree() + " (a commit, branch, tag or e.g. HEAD~3)");
        }
        return id;
    }
}
