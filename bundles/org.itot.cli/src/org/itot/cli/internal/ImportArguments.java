package org.itot.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.itot.cli.UsageException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;

/**
 * The arguments every {@code itot import FORMAT} takes: {@code SOURCE --into MODEL.itot [--dry-run]}, plus at most one
 * format-specific option with a value.
 *
 * @param option the value of the format's own option, null when not given
 */
record ImportArguments(Path source, Path modelFile, boolean dryRun, String option) {

    /**
     * @param what the source's name in messages ("register", "bundle")
     * @param usage the command's one-line usage, quoted when the source is missing
     * @param optionName the format's own option (e.g. {@code --attack-version}), null for none
     */
    static ImportArguments parse(List<String> args, String what, String usage, String optionName)
            throws UsageException {
        Path source = null;
        Path modelFile = null;
        boolean dryRun = false;
        String option = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--into")) {
                modelFile = CommandArguments.existingFile(CommandArguments.value(args, ++i, arg), "model");
            } else if (arg.startsWith("--into=")) {
                modelFile = CommandArguments.existingFile(arg.substring("--into=".length()), "model");
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (optionName != null && arg.equals(optionName)) {
                option = CommandArguments.value(args, ++i, arg);
            } else if (optionName != null && arg.startsWith(optionName + "=")) {
                option = arg.substring(optionName.length() + 1);
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else if (source != null) {
                throw new UsageException("one " + what + " at a time; got '" + source + "' and '" + arg + "'");
            } else {
                source = CommandArguments.existingFile(arg, what);
            }
        }
        if (source == null) {
            throw new UsageException("no " + what + " given; usage: " + usage);
        }
        if (modelFile == null) {
            throw new UsageException("say which model to update: --into MODEL.itot");
        }
        return new ImportArguments(source, modelFile, dryRun, option);
    }

    /** The model to import into; an unreadable model is bad input. */
    ArchitectureModel loadModel() throws UsageException {
        try {
            return ModelFiles.load(modelFile);
        } catch (ModelLoadException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
