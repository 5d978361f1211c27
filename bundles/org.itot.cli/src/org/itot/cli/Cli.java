package org.itot.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.itot.cli.internal.AttackImportCommand;
import org.itot.cli.internal.CoverageCommand;
import org.itot.cli.internal.DiffCommand;
import org.itot.cli.internal.DrawingExportCommand;
import org.itot.cli.internal.ExcelExportCommand;
import org.itot.cli.internal.ExcelImportCommand;
import org.itot.cli.internal.FormatCommand;
import org.itot.cli.internal.HelpCommand;
import org.itot.cli.internal.LevelsCommand;
import org.itot.cli.internal.NewCommand;
import org.itot.cli.internal.PathsCommand;
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

    private final List<CliCommand> commands;

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
                new DiffCommand()));
        if (!exportFormats.isEmpty()) {
            all.add(new FormatCommand("export", "Write registers or drawings of a model", exportFormats));
        }
        if (!importFormats.isEmpty()) {
            all.add(new FormatCommand("import", "Read a register or ATT&CK for ICS data into a model", importFormats));
        }
        all.add(new CoverageCommand());
        all.add(new LevelsCommand());
        all.add(new HelpCommand(this));
        commands = List.copyOf(all);
    }

    public List<CliCommand> commands() {
        return commands;
    }

    public Optional<CliCommand> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(Arrays.asList(args), out, err);
        } finally {
            out.flush();
            err.flush();
        }
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
            err.println("itot: unknown " + what + " '" + first + "' (known: " + commandNames() + "); see 'itot help'");
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
        } catch (RuntimeException e) {
            err.println("itot " + name + ": internal error: " + e + " (please report it; ITOT_DEBUG=1 shows where)");
            if (System.getenv("ITOT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return EXIT_FAILURE;
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
        out.println("Exit status: 0 success, 1 failure (e.g. a file that cannot be written), 2 bad input or usage.");
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
