package org.itot.cli;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.itot.cli.app}. Its Integer result becomes the process exit
 * status: Equinox sets {@code eclipse.exitcode} from the default application's Integer result and
 * the launcher exits with it.
 */
public class CliApplication implements IApplication {

    private final PrintStream out;
    private final PrintStream err;

    public CliApplication() {
        this(System.out, System.err);
    }

    /** An application that writes to these streams instead of the process's (for tests and embedding). */
    public CliApplication(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Object start(IApplicationContext context) {
        String[] args = new String[0];
        try {
            context.applicationRunning();
            Object value = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            args = value instanceof String[] strings ? strings : args;
        } catch (Throwable e) { // NOPMD even setting up must not end in Equinox's log with status 0
            return Integer.valueOf(Cli.internalError(null, e, err));
        }
        return Integer.valueOf(run(args, out, err));
    }

    /**
     * Runs a command as the product does: libraries stay quiet, any Throwable becomes one line and
     * {@link Cli#EXIT_INTERNAL}.
     *
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            quietLibraries();
            return new Cli().run(args, out, err);
        } catch (Throwable e) { // NOPMD creating the commands can fail too (a missing class)
            return Cli.internalError(args.length == 0 ? null : args[0], e, err);
        }
    }

    /**
     * POI and PDFBox log through Log4j's API, whose simple logger (chosen by the start script) prints errors with
     * their stack traces on standard error: a damaged register gave 37 lines beside the command's own one-line
     * reason. Every such failure reaches the command as an exception, which it reports; the libraries' own logs are
     * kept only when ITOT_DEBUG is set. Takes effect when the libraries first log, which is after this.
     */
    static void quietLibraries() {
        if (System.getenv("ITOT_DEBUG") == null
                && System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    @Override
    public void stop() {
        // Commands run to completion; there is nothing to interrupt.
    }
}
