package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.FileChangedOnDiskException;
import org.itot.model.resource.LoadWarning;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RulePack;

/**
 * Turning parsed arguments into values, input files and output files, the same way and with the same messages in
 * every command; and the one model loader, which always reports load warnings.
 */
final class CommandArguments {

    /** A file the command reads, and what it is in messages ("the model", "the rule pack"). */
    record Input(Path file, String what) {
    }

    private CommandArguments() {
    }

    static int positive(String text, String option) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new UsageException(option + " takes a whole number of 1 or more, not '" + text + "'");
    }

    static int nonNegative(String text, String option) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new UsageException(option + " takes a whole number of 0 or more, not '" + text + "'");
    }

    static String format(String text, List<String> formats) throws UsageException {
        if (!formats.contains(text)) {
            throw new UsageException("unknown format '" + text + "' (known: " + String.join(", ", formats) + ")");
        }
        return text;
    }

    static Path path(String text) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("invalid path '" + text + "'");
        }
    }

    /** @param what what the file is for ("model", "register"), to name it in the error */
    static Path existingFile(String text, String what) throws UsageException {
        Path file = path(text);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(what + " " + file + " does not exist or is not a file");
        }
        return file;
    }

    static Path modelFile(String text) throws UsageException {
        return existingFile(text, "model");
    }

    /**
     * The single positional argument of a command that takes one file, e.g. the model of {@code itot validate}.
     *
     * @param what the argument in messages ("model", "register")
     * @param usage the command's one-line usage, quoted when it is missing
     */
    static String single(CommandLine line, String what, String usage) throws UsageException {
        List<String> given = line.positionals();
        if (given.isEmpty()) {
            throw new UsageException("no " + what + " given; usage: " + usage);
        }
        if (given.size() > 1) {
            throw new UsageException("one " + what + " at a time; got '" + given.get(0) + "' and '" + given.get(1) + "'");
        }
        return given.get(0);
    }

    /**
     * Loads a model: load warnings (diagram views of missing elements) go to standard error beside the output, an
     * unreadable file is bad input.
     *
     * @param command the command as the user typed it ("validate", "import excel"), to prefix the warnings
     */
    static ArchitectureModel load(Path file, String command, PrintStream err) throws UsageException {
        try {
            ArchitectureModel model = ModelFiles.load(file);
            for (LoadWarning warning : ModelFiles.warnings(model)) {
                err.println("itot " + command + ": warning: " + warning.getMessage());
            }
            return model;
        } catch (ModelLoadException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Saves a model an import changed. When someone else saved the file since the import read it (a second import,
     * the desktop), nothing is written and the import fails saying so, rather than silently dropping their change.
     */
    static void saveImport(ArchitectureModel model, Path file) throws CommandFailedException {
        save(model, file, "import into", "import");
    }

    /**
     * Saves a model a command changed (atomically, the previous version kept as .bak); when someone else saved the
     * file since the command read it, nothing is written and the command fails saying so.
     *
     * @param action what could not be done, before the file name ("import into")
     * @param what the command in the message ("import", "diagram command")
     */
    static void save(ArchitectureModel model, Path file, String action, String what) throws CommandFailedException {
        try {
            ModelFiles.save(model, file);
        } catch (FileChangedOnDiskException e) {
            throw new CommandFailedException("cannot " + action + " " + file + ": the file changed on disk while this "
                    + what + " ran (another itot command, ITOT Architect or an editor saved it); nothing was written, "
                    + "so their change is kept. Run the " + what + " again.", e);
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e); // names the file and the cause
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a file a command is about to write: never one of the command's own inputs (compared as the same file
     * on disk, so {@code ./m.itot}, another spelling or a link to it counts; {@code --force} does not change this),
     * not a folder, and an existing file only with {@code --force}.
     */
    static void checkOutput(Path output, boolean force, List<Input> inputs) throws UsageException {
        for (Input input : inputs) {
            if (sameFile(output, input.file())) {
                throw new UsageException(output + " is " + input.what() + " this command reads; write to another "
                        + "file (--force does not allow this)");
            }
        }
        // The writer resolves "sub/.." by name, even where the folder sub does not exist; so must this check.
        Path target = output.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UsageException(output + " is a folder");
        }
        if (Files.exists(target) && !force) {
            throw new UsageException(output + " already exists; add --force to overwrite it");
        }
    }

    /**
     * Same file on disk, as the atomic writer would reach it (the path normalised, then links followed): sees through
     * other spellings, links and hard links.
     */
    static boolean sameFile(Path a, Path b) {
        Path first = a.toAbsolutePath().normalize();
        Path second = b.toAbsolutePath().normalize();
        if (!Files.exists(first) || !Files.exists(second)) {
            return false;
        }
        try {
            return Files.isSameFile(first, second);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The rule configuration of the {@code --rules FILE} options: the built-in catalogue and these packs, as
     * {@code itot validate}, the register export and {@code itot diff} all read it.
     */
    static ModelFindings.Configuration rules(List<Path> packFiles) throws UsageException {
        List<RulePack> packs = readPacks(packFiles);
        for (RulePack pack : packs) {
            // As in itot validate: a pack with problems or without rules is bad input, never a quiet partial check.
            if (pack.diagnostic().getSeverity() == Diagnostic.ERROR) {
                StringBuilder reasons = new StringBuilder(pack.diagnostic().getMessage());
                pack.diagnostic().getChildren().forEach(problem -> reasons.append("\n  ").append(problem.getMessage()));
                throw new UsageException(reasons.toString());
            }
        }
        return new ModelFindings.Configuration(packs, Map.of());
    }

    /** The user rule packs of the {@code --rules FILE} options, read once; what is wrong in them is in each pack. */
    static List<RulePack> readPacks(List<Path> packFiles) throws UsageException {
        List<RulePack> packs = new ArrayList<>();
        for (Path file : packFiles) {
            try {
                packs.add(Catalogue.userPack(file));
            } catch (IOException e) {
                throw new UsageException("cannot read rule pack " + file + ": " + e.getMessage());
            }
        }
        return packs;
    }
}
