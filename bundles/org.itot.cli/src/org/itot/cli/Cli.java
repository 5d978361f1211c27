package org.itot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.itot.cli.internal.AttackImportCommand;
import org.itot.cli.internal.CoverageCommand;
import org.itot.cli.internal.DiagramLayoutCommand;
import org.itot.cli.internal.DiagramListCommand;
import org.itot.cli.internal.DiagramNewCommand;
import org.itot.cli.internal.DiffCommand;
import org.itot.cli.internal.DrawingExportCommand;
import org.itot.cli.internal.ExcelExportCommand;
import org.itot.cli.internal.ExcelImportCommand;
import org.itot.cli.internal.FormatCommand;
import org.itot.cli.internal.GitSetupCommand;
import org.itot.cli.internal.HelpCommand;
import org.itot.cli.internal.LevelsCommand;
import org.itot.cli.internal.MergeCommand;
import org.itot.cli.internal.NewCommand;
import org.itot.cli.internal.PathsCommand;
import org.itot.cli.internal.ReconcileCommand;
import org.itot.cli.internal.ReportCommand;
import org.itot.cli.internal.ValidateCommand;
import org.itot.export.drawing.DrawingFormat;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@code itot} command line: picks the command named by the first argument, runs it and
 * maps the outcome to the exit status. Usable in-process (tests) and from {@link CliApplication}.
 */
public final class Cli {

    public static final int EXIT_OK = 0;
    /** The command failed, e.g. a file could not be written. */
    public static final int EXIT_FAILURE = 1;
    /** Bad input or usage. */
    public static final int EXIT_USAGE = 2;
    /**
     * An internal error: a defect or the runtime's limits (out of memory, too deep a recursion), never a verdict about
     * the model. The value of sysexits.h's EX_SOFTWARE, so no gate mistakes it for findings.
     */
    public static final int EXIT_INTERNAL = 70;

    private final List<CliCommand> commands;

    /** The built-in commands. */
    public Cli() {
        // Exporters and importers register here as one CliCommand per format word.
        List<CliCommand> exportFormats = List.of(
                new ExcelExportCommand(),
                new DrawingExportCommand(DrawingFormat.SVG),
                new DrawingExportCommand(DrawingFormat.PNG),
                new DrawingExportCommand(DrawingFormat.PDF),
                new DrawingExportCommand(DrawingFormat.DRAWIO));
        List<CliCommand> importFormats = List.of(new ExcelImportCommand(), new AttackImportCommand());
        List<CliCommand> all = new ArrayList<>(List.of(new NewCommand(), new ValidateCommand(), new PathsCommand(),
                new DiffCommand(), new MergeCommand(), new GitSetupCommand()));
        if (!exportFormats.isEmpty()) {
            all.add(new FormatCommand("export", "Write registers or drawings of a model", exportFormats));
        }
        if (!importFormats.isEmpty()) {
            all.add(new FormatCommand("import", "Read a register or ATT&CK for ICS data into a model", importFormats));
        }
        all.add(new FormatCommand("diagram", "Create, arrange and list diagrams", "action",
                List.of(new DiagramNewCommand(), new DiagramLayoutCommand(), new DiagramListCommand())));
        all.add(new CoverageCommand());
        all.add(new LevelsCommand());
        all.add(new ReportCommand());
        all.add(new ReconcileCommand());
        all.add(new HelpCommand(this));
        commands = List.copyOf(all);
    }

    /** A command line with these commands instead of the built-in ones (tests, embedding), plus help. */
    public Cli(List<CliCommand> commands) {
        List<CliCommand> all = new ArrayList<>(commands);
        all.add(new HelpCommand(this));
        this.commands = List.copyOf(all);
    }

    public List<CliCommand> commands() {
        return commands;
    }

    public Optional<CliCommand> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Runs a command. Whatever goes wrong ends here as one line on {@code err} and an exit status: a command that
     * escapes with any {@link Throwable} (an {@link OutOfMemoryError}, a {@link StackOverflowError}, a defect) exits
     * with {@link #EXIT_INTERNAL}, never with 0 through the OSGi framework's error log.
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(Arrays.asList(args), out, err);
        } catch (Throwable e) { // NOPMD every Throwable: a CI gate must never read an Error as success
            return internalError(args.length == 0 ? null : args[0], e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Reports an internal error in one line, the reason first; the stack trace only with ITOT_DEBUG set.
     *
     * @param command the command's name, null when none was given
     * @return {@link #EXIT_INTERNAL}
     */
    public static int internalError(String command, Throwable error, PrintStream err) {
        String prefix = command == null ? "itot: " : "itot " + command + ": ";
        String reason;
        if (error instanceof OutOfMemoryError) {
            reason = "out of memory (" + error + "); give the command more with ITOT_CLI_HEAP, e.g. ITOT_CLI_HEAP=4g, "
                    + "or use a smaller input";
        } else if (error instanceof StackOverflowError) {
            reason = "the input nests too deeply for this command (" + error.getClass().getName() + "); simplify it "
                    + "(e.g. split a long chain of 'and' or 'or' in a rule) and please report it";
        } else {
            reason = error.toString();
        }
        try {
            err.println(prefix + "internal error: " + reason + " (exit status " + EXIT_INTERNAL
                    + "; please report it; ITOT_DEBUG=1 shows where)");
            if (System.getenv("ITOT_DEBUG") != null) {
                error.printStackTrace(err);
            }
            err.flush();
        } catch (Throwable ignored) { // NOPMD nothing is left to report with; the exit status still says it
            // e.g. out of memory again while printing
        }
        return EXIT_INTERNAL;
    }

    private int dispatch(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("itot: no command given (known: " + commandNames() + "); see 'itot help'");
            return EXIT_USAGE;
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            printHelp(out);
            return EXIT_OK;
        }
        if (first.equals("--version")) {
            out.println("ITOT Architect " + version());
            return EXIT_OK;
        }
        Optional<CliCommand> command = command(first);
        if (command.isEmpty()) {
            String what = first.startsWith("-") ? "option" : "command";
            // The start script opens the desktop only for names with a folder or the .itot extension.
            String file = !first.startsWith("-") && exists(first) ? "; to open the file " + first + " in the desktop, name its folder: itot ./" + first : "";
            err.println("itot: unknown " + what + " '" + first + "' (known: " + commandNames() + "); see 'itot help'"
                    + file);
            return EXIT_USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.get().usage());
            return EXIT_OK;
        }
        String name = command.get().name();
        try {
            return command.get().run(rest, out, err);
        } catch (UsageException e) {
            err.println("itot " + name + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (CommandFailedException e) {
            err.println("itot " + name + ": " + e.getMessage());
            return EXIT_FAILURE;
        } catch (Throwable e) { // NOPMD every Throwable, see run
            return internalError(name, e, err);
        }
    }

    private static boolean exists(String name) {
        try {
            return Files.exists(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public void printHelp(PrintStream out) {
        out.println("ITOT Architect command line");
        out.println();
        out.println("Usage: itot <command> [options]");
        out.println("       itot [MODEL.itot]       open the desktop application");
        out.println();
        out.println("Commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (CliCommand command : commands) {
            out.printf("  %-" + width + "s  %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Options:");
        out.println("  -h, --help   show this help");
        out.println("  --version    show the version");
        out.println();
        out.println("'itot help <command>' shows a command's options.");
        out.println("Exit status: 0 success, 1 failure (e.g. a file that cannot be written, or findings for 'validate'),");
        out.println("2 bad input or usage, " + EXIT_INTERNAL + " internal error (out of memory, a defect: please report it).");
        out.println();
        out.println("Files: a command never writes over its own inputs, and overwrites other files only with --force.");
    }

    public String commandNames() {
        return String.join(", ", commands.stream().map(CliCommand::name).toList());
    }

    /** This bundle's version, e.g. 0.1.0.v20261127-1015. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(Cli.class);
        return bundle == null ? "(unknown version)" : bundle.getVersion().toString();
    }
}
