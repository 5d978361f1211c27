package org.itot.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.cli.UsageException;

/** {@code itot help [COMMAND]}: every command with its summary, or one command's usage. */
public final class HelpCommand implements CliCommand {

    private final Cli cli;

    public HelpCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "List the commands, or show one command's usage";
    }

    @Override
    public String usage() {
        return """
                Usage: itot help [COMMAND]

                Without COMMAND, list every command with a one-line summary; with it, show that
                command's usage and options.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            cli.printHelp(out);
            return Cli.EXIT_OK;
        }
        if (args.size() > 1) {
            throw new UsageException("takes at most one command name, got " + args.size() + " arguments");
        }
        CliCommand command = cli.command(args.get(0)).orElseThrow(() -> new UsageException(
                "unknown command '" + args.get(0) + "' (known: " + cli.commandNames() + ")"));
        out.print(command.usage());
        return Cli.EXIT_OK;
    }
}
