package org.itot.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code itot} command (Archi's command-line provider shape, without the UI). A command
 * writes its results to {@code out}; it reports bad input by throwing {@link UsageException} and
 * failures such as unwritable files by throwing {@link CommandFailedException}, and {@link Cli}
 * turns both into a one-line message on standard error and the exit status.
 */
public interface CliCommand {

    /** The word after {@code itot}, e.g. {@code new}. */
    String name();

    /** One line for {@code itot help}. */
    String summary();

    /** The full usage shown by {@code itot help NAME} and {@code itot NAME --help}. */
    String usage();

    /**
     * @param args the arguments after the command word
     * @return the exit status, {@link Cli#EXIT_OK} on success
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException;
}
