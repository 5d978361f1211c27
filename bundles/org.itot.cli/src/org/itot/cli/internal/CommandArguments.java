package org.itot.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.LoadWarning;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.rules.RulePack;

/** Reading option values and input files, the same way and with the same messages in every command. */
final class CommandArguments {

    private CommandArguments() {
    }

    static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args.get(index);
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

    /** Loads a model; load warnings go to standard error, unreadable files are bad input. */
    static ArchitectureModel load(Path file, String command, java.io.PrintStream err) throws UsageException {
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
     * The rule configuration of the {@code --rules FILE} options: the built-in catalogue and these packs, as
     * {@code itot validate}, the register export and {@code itot diff} all read it.
     */
    static ModelFindings.Configuration rules(List<Path> packFiles) throws UsageException {
        List<RulePack> packs = new java.util.ArrayList<>();
        for (Path file : packFiles) {
            try {
                packs.add(org.itot.validation.rules.Catalogue.userPack(file));
            } catch (IOException e) {
                throw new UsageException("cannot read rule pack " + file + ": " + e.getMessage());
            }
        }
        return new ModelFindings.Configuration(packs, java.util.Map.of());
    }
}
