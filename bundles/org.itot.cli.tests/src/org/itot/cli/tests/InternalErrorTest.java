package org.itot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.equinox.app.IApplicationContext;
import org.itot.cli.Cli;
import org.itot.cli.CliApplication;
import org.itot.cli.CliCommand;
import org.junit.jupiter.api.Test;

/**
 * Any Throwable a command lets escape (out of memory, a stack overflow in a deep rule, a defect) becomes one line on
 * standard error and exit status 70; before, an Error left Cli.run, Equinox logged it to a file and the process
 * exited 0, so a CI gate went green.
 */
class InternalErrorTest {

    @Test
    void aStackOverflowIsOneLineAndExitStatus70() {
        CliRun run = run(() -> new StackOverflowError());
        assertEquals(Cli.EXIT_INTERNAL, run.status());
        assertEquals(70, run.status(), "the documented status");
        assertEquals("", run.out());
        assertEquals(List.of("itot boom: internal error: the input nests too deeply for this command "
                + "(java.lang.StackOverflowError); simplify it (e.g. split a long chain of 'and' or 'or' in a rule) "
                + "and please report it (exit status 70; please report it; ITOT_DEBUG=1 shows where)"), run.errLines());
    }

    @Test
    void outOfMemoryNamesTheHeapSetting() {
        CliRun run = run(() -> new OutOfMemoryError("Java heap space"));
        assertEquals(Cli.EXIT_INTERNAL, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("itot boom: internal error: out of memory (java.lang.OutOfMemoryError: Java "
                + "heap space); give the command more with ITOT_CLI_HEAP, e.g. ITOT_CLI_HEAP=4g"), run.err());
    }

    @Test
    void anyOtherThrowableIsAnInternalErrorToo() {
        for (Supplier<Throwable> error : List.<Supplier<Throwable>>of(() -> new AssertionError("invariant"),
                () -> new NoClassDefFoundError("org/apache/poi/Missing"), () -> new IllegalStateException("bug"),
                () -> new ExceptionInInitializerError("static setup"))) {
            CliRun run = run(error);
            assertEquals(Cli.EXIT_INTERNAL, run.status(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("itot boom: internal error: " + error.get()), run.err());
        }
    }

    @Test
    void theApplicationTurnsAnErrorIntoTheExitStatus() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        IApplicationContext context = (IApplicationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { IApplicationContext.class }, (proxy, method, methodArgs) -> {
                    if (method.getName().equals("getArguments")) {
                        throw new OutOfMemoryError("Metaspace");
                    }
                    return null;
                });
        Object result = new CliApplication(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).start(context);
        assertEquals(Integer.valueOf(Cli.EXIT_INTERNAL), result);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("itot: internal error: out of memory"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpDocumentsTheStatus() {
        CliRun help = CliRun.itot("help");
        assertTrue(help.out().contains("70 internal error"), help.out());
    }

    private static CliRun run(Supplier<Throwable> error) {
        CliCommand boom = new CliCommand() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public String summary() {
                return "throws";
            }

            @Override
            public String usage() {
                return "Usage: itot boom\n";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                Throwable thrown = error.get();
                if (thrown instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) thrown;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(List.of(boom)).run(new String[] { "boom" }, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
