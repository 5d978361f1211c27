package org.itot.merge.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.LoadWarning;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;

/**
 * A model file's history in the Git repository around it, read through JGit without touching the working tree: the
 * file as it was at a revision ({@code itot diff REV:PATH}, Compare With in the desktop), the commits that changed it,
 * the branches and tags to compare with, and the three versions Git keeps in its index after a conflicted merge
 * (stages 1, 2 and 3: base, ours, theirs), which is what the desktop's Conflicts view merges again. Every message
 * starts with {@code shown}, the name the user gave (e.g. {@code HEAD~3:plant.itot}).
 */
public final class ModelHistory {

    /** A commit that changed the file: its id, short id, first message line, author and time (seconds). */
    public record Revision(String id, String shortId, String message, String author, long time) {
    }

    /** A model read from Git, with the load warnings already phrased with the name the user gave. */
    public record RevisionModel(ArchitectureModel model, List<String> warnings) {
    }

    /** The three sides of a conflicted merge of the file, as Git's index holds them; base is null when absent. */
    public record ConflictStages(ArchitectureModel base, ArchitectureModel ours, ArchitectureModel theirs) {
    }

    private ModelHistory() {
    }

    /** The file's bytes at {@code revision} (a commit, branch, tag or e.g. HEAD~3). */
    public static byte[] read(Path file, String revision, String shown) throws GitModelException {
        try (Located located = locate(file, shown); RevWalk walk = new RevWalk(located.repository)) {
            ObjectId commitId = resolve(located.repository, revision, shown);
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk entry = TreeWalk.forPath(located.repository, located.path, commit.getTree())) {
                if (entry == null) {
                    throw new GitModelException(shown + ": " + located.path + " is not in revision " + revision + " ("
                            + commit.abbreviate(10).name() + ")");
                }
                return blob(located.repository, entry.getObjectId(0), shown);
            }
        } catch (IOException e) {
            throw new GitModelException("cannot read " + shown + " from Git: " + e.getMessage());
        }
    }

    /** The model as the file was at {@code revision}. */
    public static RevisionModel load(Path file, String revision, String shown) throws GitModelException {
        return load(read(file, revision, shown), file, shown);
    }

    /**
     * The model in {@code content}, bytes {@link #read} from Git for {@code file}: reading and loading apart, so the
     * desktop's Compare With can report (and be cancelled between) the two steps.
     */
    public static RevisionModel load(byte[] content, Path file, String shown) throws GitModelException {
        return parse(content, file.getFileName().toString(), shown);
    }

    /** Whether the file sits in the working tree of a (non-bare) Git repository. */
    public static boolean isInRepository(Path file) {
        try (Located located = locate(file, file.toString())) {
            return true;
        } catch (GitModelException e) {
            return false;
        }
    }

    /** The commits that changed the file, newest first, from HEAD; at most {@code limit}. */
    public static List<Revision> revisions(Path file, int limit) throws GitModelException {
        String shown = file.getFileName().toString();
        try (Located located = locate(file, shown); Git git = Git.wrap(located.repository)) {
            ObjectId head = located.repository.resolve(Constants.HEAD);
            if (head == null) {
                return List.of();
            }
            List<Revision> revisions = new ArrayList<>();
            for (RevCommit commit : git.log().add(head).addPath(located.path).setMaxCount(limit).call()) {
                revisions.add(new Revision(commit.name(), commit.abbreviate(7).name(), commit.getShortMessage(),
                        commit.getAuthorIdent().getName(), commit.getCommitTime()));
            }
            return revisions;
        } catch (IOException | GitAPIException e) {
            throw new GitModelException("cannot read the history of " + shown + " from Git: " + e.getMessage());
        }
    }

    /**
     * The last commit that changed the file before the one that made HEAD's version (as EGit's Compare With >
     * Previous Revision), or empty when HEAD's version is the first.
     */
    public static Optional<Revision> previousRevision(Path file) throws GitModelException {
        List<Revision> revisions = revisions(file, 2);
        return revisions.size() < 2 ? Optional.empty() : Optional.of(revisions.get(1));
    }

    /** Local branches, remote-tracking branches and tags, by their short names, in that order. */
    public static List<String> refs(Path file) throws GitModelException {
        String shown = file.getFileName().toString();
        try (Located located = locate(file, shown)) {
            List<String> names = new ArrayList<>();
            for (String prefix : List.of(Constants.R_HEADS, Constants.R_REMOTES, Constants.R_TAGS)) {
                for (Ref ref : located.repository.getRefDatabase().getRefsByPrefix(prefix)) {
                    names.add(Repository.shortenRefName(ref.getName()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new GitModelException("cannot list the branches of the repository around " + shown + ": "
                    + e.getMessage());
        }
    }

    /**
     * The base, ours and theirs of the file when Git's index holds it as conflicted (after {@code git merge} left it
     * so); empty when it is not conflicted. The merge driver writes ours for each conflict into the working file and
     * exits 1; Git then keeps the three sides in the index until the file is added, so they can be merged again.
     */
    public static Optional<ConflictStages> conflictStages(Path file) throws GitModelException {
        String shown = file.getFileName().toString();
        try (Located located = locate(file, shown)) {
            DirCache index = located.repository.readDirCache();
            ObjectId[] stages = new ObjectId[4];
            int first = index.findEntry(located.path);
            if (first < 0) {
                return Optional.empty();
            }
            for (int i = first; i < index.getEntryCount(); i++) {
                DirCacheEntry entry = index.getEntry(i);
                if (!entry.getPathString().equals(located.path)) {
                    break;
                }
                stages[entry.getStage()] = entry.getObjectId();
            }
            if (stages[DirCacheEntry.STAGE_2] == null || stages[DirCacheEntry.STAGE_3] == null) {
                return Optional.empty();
            }
            String name = file.getFileName().toString();
            ArchitectureModel base = stages[DirCacheEntry.STAGE_1] == null ? null
                    : parse(blob(located.repository, stages[DirCacheEntry.STAGE_1], shown), name, "base of " + shown)
                            .model();
            ArchitectureModel ours = parse(blob(located.repository, stages[DirCacheEntry.STAGE_2], shown), name,
                    "ours of " + shown).model();
            ArchitectureModel theirs = parse(blob(located.repository, stages[DirCacheEntry.STAGE_3], shown), name,
                    "theirs of " + shown).model();
            return Optional.of(new ConflictStages(base, ours, theirs));
        } catch (IOException e) {
            throw new GitModelException("cannot read the merge stages of " + shown + " from Git: " + e.getMessage());
        }
    }

    /** Stages the file as it is on disk ({@code git add}): after a conflicted merge, this marks it resolved. */
    public static void add(Path file) throws GitModelException {
        String shown = file.getFileName().toString();
        try (Located located = locate(file, shown); Git git = Git.wrap(located.repository)) {
            git.add().addFilepattern(located.path).call();
        } catch (GitAPIException e) {
            throw new GitModelException("cannot add " + shown + " to Git's index: " + e.getMessage());
        }
    }

    private static byte[] blob(Repository repository, ObjectId id, String shown) throws IOException,
            GitModelException {
        ObjectLoader blob = repository.open(id);
        long limit = ModelFiles.maxBytes();
        if (blob.getSize() > limit) {
            throw new GitModelException(shown + " is " + blob.getSize() + " bytes, more than a model file may be ("
                    + limit + ")");
        }
        return blob.getBytes();
    }

    /** Loads the bytes through a scratch copy, since the model loader reads files (and names them in messages). */
    private static RevisionModel parse(byte[] content, String name, String shown) throws GitModelException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("itot-revision");
            Path copy = folder.resolve(name);
            Files.write(copy, content);
            try {
                ArchitectureModel model = ModelFiles.load(copy);
                List<String> warnings = new ArrayList<>();
                for (LoadWarning warning : ModelFiles.warnings(model)) {
                    warnings.add(warning.getMessage().replace(copy.toString(), shown));
                }
                return new RevisionModel(model, List.copyOf(warnings));
            } catch (ModelLoadException e) {
                throw new GitModelException(e.getMessage().replace(copy.toString(), shown));
            }
        } catch (IOException e) {
            throw new GitModelException("cannot read " + shown + ": " + e.getMessage());
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // only a scratch copy in the temporary directory is left; nothing of the user's is lost
        }
    }

    /** The repository around the file and the file's path in it (with '/'). */
    private record Located(Repository repository, String path) implements AutoCloseable {
        @Override
        public void close() {
            repository.close();
        }
    }

    private static Located locate(Path given, String shown) throws GitModelException {
        Path file = given.toAbsolutePath().normalize();
        Path existing = file.getParent();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(existing == null ? null : existing.toFile());
        if (existing == null || builder.getGitDir() == null) {
            throw new GitModelException(shown + ": " + file.getParent() + " is not in a Git repository; REV:PATH reads "
                    + "the file PATH as it was at revision REV (e.g. HEAD~3:plant.itot) from the repository around it");
        }
        Repository repository = null;
        try {
            repository = builder.build();
            if (repository.isBare()) {
                throw new GitModelException(shown + ": " + builder.getGitDir() + " is a bare repository");
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            Path real = existing.toRealPath().resolve(existing.relativize(file));
            if (!real.startsWith(top)) {
                throw new GitModelException(shown + ": " + file + " is outside the repository at " + top);
            }
            Located located = new Located(repository, top.relativize(real).toString().replace('\\', '/'));
            repository = null;
            return located;
        } catch (IOException e) {
            throw new GitModelException("cannot read " + shown + " from Git: " + e.getMessage());
        } finally {
            if (repository != null) {
                repository.close();
            }
        }
    }

    private static ObjectId resolve(Repository repository, String revision, String shown)
            throws GitModelException, IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new GitModelException(shown + ": no revision '" + revision + "' in the repository at "
                    + repository.getWorkTree() + " (a commit, branch, tag or e.g. HEAD~3)");
        }
        return id;
    }
}
