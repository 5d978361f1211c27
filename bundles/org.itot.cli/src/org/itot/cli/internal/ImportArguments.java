package org.itot.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.ArchitectureModel;

/**
 * The arguments every {@code itot import FORMAT} takes: {@code SOURCE --into MODEL.itot [--dry-run]}, plus at most one
 * format-specific option with a value.
 *
 * @param option the value of the format's own option, null when not given
 */
record ImportArguments(Path source, Path modelFile, boolean dryRun, String option, CommandLine line) {

    /**
     * @param what the source's name in messages ("register", "bundle")
     * @param usage the command's one-line usage, quoted when the source is missing
     * @param optionName the format's own option (e.g. {@code --attack-version}), null for none
     */
    static ImportArguments parse(List<String> args, String what, String usage, String optionName)
            throws UsageException {
        return parse(args, what, usage, optionName, List.of());
    }

    /** As {@link #parse(List, String, String, String)}, with more options of the format ({@link #line()}). */
    static ImportArguments parse(List<String> args, String what, String usage, String optionName, List<Option> more)
            throws UsageException {
        List<Option> options = new ArrayList<>(List.of(Option.value("--into"), Option.flag("--dry-run")));
        if (optionName != null) {
            options.add(Option.value(optionName));
        }
        options.addAll(more);
        CommandLine line = CommandLine.parse(args, options);
        Path source = CommandArguments.existingFile(CommandArguments.single(line, what, usage), what);
        if (!line.has("--into")) {
            throw new UsageException("say which model to update: --into MODEL.itot");
        }
        Path modelFile = CommandArguments.existingFile(line.value("--into"), "model");
        if (CommandArguments.sameFile(source, modelFile)) {
            throw new UsageException(source + " is the model itself; give the " + what + " to import and the model "
                    + "to update");
        }
        return new ImportArguments(source, modelFile, line.has("--dry-run"),
                optionName == null ? null : line.value(optionName), line);
    }

    /** The model to import into, through the one loader (warnings on standard error); unreadable is bad input. */
    ArchitectureModel loadModel(String command, PrintStream err) throws UsageException {
        return CommandArguments.load(modelFile, command, err);
    }
}
