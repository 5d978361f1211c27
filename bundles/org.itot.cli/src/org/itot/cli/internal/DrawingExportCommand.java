package org.itot.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.CommandFailedException;
import org.itot.cli.UsageException;
import org.itot.cli.internal.CommandLine.Option;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.ExportCancelledException;
import org.itot.export.drawing.ExportMonitor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;

/**
 * {@code itot export svg|png|pdf|drawio MODEL.itot}: one diagram (the first, or {@code --diagram
 * NAME}) to a file, or every diagram ({@code --all}) into a folder, through {@link DrawingExport}.
 */
public final class DrawingExportCommand implements CliCommand {

    private static final String DIAGRAM = "--diagram";
    private static final String ALL = "--all";
    private static final String OUTPUT = "--output";
    private static final String SCALE = "--scale";
    private static final String FORCE = "--force";
    private static final List<Option> OPTIONS = List.of(Option.value(DIAGRAM), Option.flag(ALL),
            Option.value(OUTPUT).alias("-o"), Option.value(SCALE), Option.flag(FORCE));

    private final DrawingFormat format;

    public DrawingExportCommand(DrawingFormat format) {
        this.format = format;
    }

    @Override
    public String name() {
        return format.word();
    }

    @Override
    public String summary() {
        return format.description();
    }

    @Override
    public String usage() {
        String word = format.word();
        String scale = format == DrawingFormat.DRAWIO ? ""
                : "  --scale FACTOR     " + (format == DrawingFormat.PNG ? "pixels per diagram unit" : "zoom factor")
                        + " (default 1; e.g. 2 for twice the size)\n";
        return "Usage: itot export " + word + " MODEL.itot [--diagram NAME] -o FILE." + format.extension()
                + (format == DrawingFormat.DRAWIO ? "" : " [--scale FACTOR]") + " [--force]\n"
                + "       itot export " + word + " MODEL.itot --all -o FOLDER [--force]\n"
                + "\n"
                + "Write a diagram of the model as " + word + ": " + format.description() + ".\n"
                + "\n"
                + "Options:\n"
                + "  --diagram NAME     the diagram with this name (or id); default: the model's first diagram\n"
                + "  --all              every diagram, one file each, named after the diagram, into FOLDER\n"
                + "  -o, --output PATH  the file to write (a folder with --all; created if missing)\n"
                + scale
                + "  --force            overwrite files that exist\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException {
        CommandLine arguments = CommandLine.parse(args, OPTIONS);
        String modelName = CommandArguments.single(arguments, "model", "itot export " + name() + " MODEL.itot -o FILE."
                + format.extension());
        if (arguments.has(DIAGRAM) && arguments.has(ALL)) {
            throw new UsageException("--diagram and --all exclude each other");
        }
        if (!arguments.has(OUTPUT)) {
            throw new UsageException(arguments.has(ALL) ? "no output folder; give -o FOLDER"
                    : "no output file; give -o FILE." + format.extension());
        }
        DrawingOptions drawing = DrawingOptions.DEFAULT.withOverwrite(arguments.has(FORCE));
        if (arguments.has(SCALE)) {
            if (format == DrawingFormat.DRAWIO) {
                throw new UsageException("--scale does not apply to drawio (draw.io zooms itself)");
            }
            drawing = drawing.withScale(scale(arguments.value(SCALE)));
        }
        Path output = path(arguments.value(OUTPUT));
        Path modelFile = CommandArguments.modelFile(modelName);
        ArchitectureModel model = CommandArguments.load(modelFile, "export " + name(), err);
        List<Diagram> diagrams = model.getDiagrams();
        if (diagrams.isEmpty()) {
            throw new UsageException(modelFile + " has no diagram to export; add one in the desktop first");
        }
        if (arguments.has(ALL)) {
            return exportAll(diagrams, output, drawing, modelFile, out);
        }
        Diagram diagram;
        try {
            diagram = arguments.has(DIAGRAM) ? DrawingExport.find(diagrams, arguments.value(DIAGRAM)) : diagrams.get(0);
        } catch (IllegalArgumentException e) {
            throw new UsageException(modelFile + " has " + e.getMessage());
        }
        return exportOne(diagram, output, drawing, modelFile, out);
    }

    private int exportOne(Diagram diagram, Path file, DrawingOptions options, Path modelFile, PrintStream out)
            throws UsageException, CommandFailedException {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a folder; give a file name, or --all to write every diagram into it");
        }
        CommandArguments.checkOutput(file, options.overwrite(), List.of(new CommandArguments.Input(modelFile,
                "the model")));
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailedException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        write(() -> DrawingExport.write(diagram, format, file, options), file);
        out.println("Wrote " + file + " (diagram '" + diagram.getName() + "')");
        return Cli.EXIT_OK;
    }

    private int exportAll(List<Diagram> diagrams, Path folder, DrawingOptions options, Path modelFile,
            PrintStream out) throws UsageException, CommandFailedException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException(folder + " is a file; --all writes into a folder");
        }
        for (String name : DrawingExport.fileNames(diagrams, format).values()) {
            // A drawing's name never ends in .itot, but a link of that name may lead to the model.
            Path file = folder.resolve(name);
            if (CommandArguments.sameFile(file, modelFile)) {
                throw new UsageException(file + " is the model this command reads; write to another folder (--force "
                        + "does not allow this)");
            }
        }
        List<Path> written = new ArrayList<>();
        write(() -> {
            try {
                written.addAll(DrawingExport.writeAll(diagrams, format, folder, options, ExportMonitor.NONE));
            } catch (ExportCancelledException e) {
                throw new IllegalStateException("nothing cancels an export on the command line", e);
            }
        }, folder);
        Map<Diagram, String> names = DrawingExport.fileNames(diagrams, format);
        for (Diagram diagram : diagrams) {
            out.println("Wrote " + folder.resolve(names.get(diagram)) + " (diagram '" + diagram.getName() + "')");
        }
        out.println(written.size() + " " + format.word() + " files in " + folder);
        return Cli.EXIT_OK;
    }

    /** One export's writing, for {@link #write}. */
    interface Export {
        void run() throws IOException;
    }

    /** Runs an export, its failures as the command line reports them (also for {@code itot reconcile --drawing}). */
    static void write(Export export, Path target)
            throws UsageException, CommandFailedException {
        try {
            export.run();
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(e.getFile() + " already exists; add --force to overwrite it");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // e.g. a PNG too large at this scale
        } catch (IOException e) {
            // The atomic writer's messages name the file and the cause; others (creating a folder) get both here.
            String message = reason(e);
            throw new CommandFailedException(message.startsWith("Cannot write ") ? message
                    : "cannot write " + target + ": " + message, e);
        }
    }

    private static double scale(String text) throws UsageException {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--scale takes a number above 0 and up to 100, such as 2 or 0.5, not '" + text + "'");
    }

    private static Path path(String text) throws UsageException {
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + text);
        }
    }

    private static String reason(IOException error) {
        String message = error.getMessage();
        if (error instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? error.getClass().getSimpleName() : message;
    }
}
