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
        context.applicationRunning();
        Object value = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = value instanceof String[] strings ? strings : new String[0];
        return Integer.valueOf(new Cli().run(args, out, err));
    }

    @Override
    public void stop() {
        // Commands run to completion; there is nothing to interrupt.
    }
}
