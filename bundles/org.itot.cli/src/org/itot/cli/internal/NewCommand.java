package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.model.template.TemplateInfo;

/** {@code itot new}: writes a new model file from a template or as a synthetic plant. */
public final class NewCommand implements CliCommand {

    /** Larger plants outgrow the default heap of the {@code itot} script. */
    static final int MAXIMUM_SYNTHETIC_ASSETS = 100_000;

    private static final String TEMPLATE = "--template";
    private static final String SYNTHETIC = "--synthetic";
    private static final String SEED = "--seed";
    private static final String OUTPUT = "--output";
    private static final String NAME = "--name";
    private static final String FORCE = "--force";
    private static final List<Option> OPTIONS = List.of(Option.value(TEMPLATE), Option.value(SYNTHETIC),
            Option.value(SEED), Option.value(OUTPUT).alias("-o"), Option.value(NAME), Option.flag(FORCE));

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "Create a model file from a template or as a synthetic plant";
    }

    @Override
    public String usage() {
        // One template per line, under the option descriptions.
        String templates = ModelTemplates.list().stream()
                .map(t -> String.format("%n%25s%-8s %s", "", t.id(), t.name())).collect(Collectors.joining());
        return "Usage: itot new --template ID -o FILE.itot [--name NAME] [--force]\n"
                + "       itot new --synthetic ASSETS [--seed N] -o FILE.itot [--name NAME] [--force]\n"
                + "\n"
                + "Create a model file.\n"
                + "\n"
                + "Options:\n"
                + "  --template ID        start from a template:" + templates + "\n"
                + "  --synthetic ASSETS   generate a synthetic plant with this many assets ("
                + SyntheticPlant.MINIMUM_ASSETS + " to " + MAXIMUM_SYNTHETIC_ASSETS + ")\n"
                + "  --seed N             seed of the synthetic plant (default 1); the same seed gives the same plant\n"
                + "  -o, --output FILE    the model file to write; its name ends in .itot\n"
                + "  --name NAME          the model's name\n"
                + "  --force              overwrite FILE if it exists\n"
                + "  -h, --help           show this usage\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err)
            throws UsageException, CommandFailedException {
        CommandLine arguments = CommandLine.parse(args, OPTIONS);
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positionals().get(0) + "'");
        }
        boolean template = arguments.has(TEMPLATE);
        boolean synthetic = arguments.has(SYNTHETIC);
        if (template == synthetic) {
            throw new UsageException(template ? "--template and --synthetic exclude each other"
                    : "say what to create: --template ID (" + ModelTemplates.knownIds() + ") or --synthetic ASSETS");
        }
        if (arguments.has(SEED) && !synthetic) {
            throw new UsageException("--seed applies to --synthetic only");
        }
        if (!arguments.has(OUTPUT)) {
            throw new UsageException("no output file; give -o FILE.itot");
        }
        Path file = outputFile(arguments.value(OUTPUT), arguments.has(FORCE));

        ArchitectureModel model;
        String origin;
        if (template) {
            String id = arguments.value(TEMPLATE);
            TemplateInfo info = ModelTemplates.find(id).orElseThrow(() -> new UsageException(
                    "unknown template '" + id + "' (known: " + ModelTemplates.knownIds() + ")"));
            model = ModelTemplates.create(info.id());
            origin = "template " + info.id();
        } else {
            int assets = syntheticAssets(arguments.value(SYNTHETIC));
            long seed = arguments.has(SEED) ? seed(arguments.value(SEED)) : 1L;
            model = SyntheticPlant.generate(assets, seed);
            origin = "synthetic plant, seed " + seed;
        }
        if (arguments.has(NAME)) {
            model.setName(arguments.value(NAME));
        }
        try {
            ModelFiles.save(model, file);
        } catch (IOException e) {
            // Names the model file and the cause; the innermost cause would name the temporary file instead.
            throw new CommandFailedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot write " + file + ": " + reason(e), e);
        }
        out.println("Created " + file + " (" + origin + "): " + model.getAllZones().size() + " zones, "
                + model.getAllAssets().size() + " assets, " + model.getConduits().size() + " conduits, "
                + model.getFlows().size() + " flows");
        return Cli.EXIT_OK;
    }

    private static Path outputFile(String name, boolean force) throws UsageException, CommandFailedException {
        if (!name.endsWith(".itot")) {
            throw new UsageException("the output file's name must end in .itot: " + name);
        }
        Path file;
        try {
            file = Path.of(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid file name: " + name);
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a folder");
        }
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " already exists; add --force to overwrite it");
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailedException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        return file;
    }

    private static int syntheticAssets(String text) throws UsageException {
        String expected = "--synthetic takes a number of assets from " + SyntheticPlant.MINIMUM_ASSETS + " to "
                + MAXIMUM_SYNTHETIC_ASSETS + ", not '" + text + "'";
        try {
            int assets = Integer.parseInt(text);
            if (assets < SyntheticPlant.MINIMUM_ASSETS || assets > MAXIMUM_SYNTHETIC_ASSETS) {
                throw new UsageException(expected);
            }
            return assets;
        } catch (NumberFormatException e) {
            throw new UsageException(expected);
        }
    }

    private static long seed(String text) throws UsageException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes a whole number, not '" + text + "'");
        }
    }

    /** The innermost message: EMF wraps I/O errors in runtime exceptions. */
    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
