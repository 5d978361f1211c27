package org.itot.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.resource.AtomicFileWriter;

/**
 * {@code itot git-setup}: makes Git merge {@code *.itot} files with {@code itot merge} in one repository, the two
 * lines of set-up the README shows: the attribute (shared, in {@code .gitattributes}) and the driver (per clone, in
 * the repository's own Git configuration).
 */
public final class GitSetupCommand implements CliCommand {

    /** The line of {@code .gitattributes} that names the driver for model files. */
    public static final String ATTRIBUTE = "*.itot merge=itot";
    /** What Git runs, after the itot command: %O base, %A ours (and the result), %B theirs. */
    public static final String DRIVER_ARGUMENTS = "merge %O %A %B -o %A";

    @Override
    public String name() {
        return "git-setup";
    }

    @Override
    public String summary() {
        return "Make Git merge *.itot files of a repository with 'itot merge'";
    }

    @Override
    public String usage() {
        return "Usage: itot git-setup [REPOSITORY] [--command ITOT]\n"
                + "\n"
                + "Set up a Git repository (default: the one around the current folder) so 'git merge' merges\n"
                + "model files by element id instead of by line: adds '" + ATTRIBUTE + "' to the\n"
                + ".gitattributes at its top (commit it, so everyone's clone uses it) and sets the driver in the\n"
                + "repository's Git configuration (once per clone): merge.itot.driver = \"itot " + DRIVER_ARGUMENTS
                + "\".\n"
                + "Running it again changes nothing.\n"
                + "\n"
                + "Options:\n"
                + "  --command ITOT   how Git starts itot, when it is not on the PATH (e.g. /opt/itot/itot)\n"
                + "\n"
                + "Exit status: 0 set up, 2 not a Git repository or bad usage, 1 a file could not be written.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine line = CommandLine.parse(args, List.of(Option.value("--command")));
        List<String> given = line.positionals();
        if (given.size() > 1) {
            throw new UsageException("one repository at a time; got '" + given.get(0) + "' and '" + given.get(1) + "'");
        }
        Path start = CommandArguments.path(given.isEmpty() ? "." : given.get(0)).toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new UsageException(start + " is not a folder");
        }
        String driver = (line.has("--command") ? line.value("--command") : "itot") + " " + DRIVER_ARGUMENTS;
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            throw new UsageException(start + " is not in a Git repository (no .git in it or above it); run 'git init' "
                    + "there first, or name the repository's folder");
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare()) {
                throw new UsageException(builder.getGitDir() + " is a bare repository; run git-setup in a clone");
            }
            File top = repository.getWorkTree();
            boolean added = addAttribute(top.toPath().resolve(".gitattributes"));
            StoredConfig config = repository.getConfig();
            config.load();
            config.setString("merge", "itot", "name", "ITOT Architect model merge (by element id)");
            config.setString("merge", "itot", "driver", driver);
            config.save();
            out.println((added ? "Added '" + ATTRIBUTE + "' to " : "Kept '" + ATTRIBUTE + "' in ")
                    + top.toPath().resolve(".gitattributes") + " (commit it to share it)");
            out.println("Set merge.itot.driver = \"" + driver + "\" in " + repository.getDirectory().toPath().resolve("config"));
            return Cli.EXIT_OK;
        } catch (IOException | ConfigInvalidException e) {
            throw new CommandFailedException("cannot set up " + start + ": " + e.getMessage(), e);
        }
    }

    /** @return whether the line was added (false: it was there already) */
    private static boolean addAttribute(Path attributes) throws IOException {
        String text = Files.exists(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
        if (text.lines().anyMatch(existing -> existing.strip().equals(ATTRIBUTE))) {
            return false;
        }
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        AtomicFileWriter.write(attributes, text + separator + ATTRIBUTE + "\n");
        return true;
    }
}
