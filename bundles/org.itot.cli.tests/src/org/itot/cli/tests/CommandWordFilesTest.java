package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.itot.cli.Cli;
import org.itot.cli.CliCommand;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and folders named like a command ({@code paths}, {@code diff}, {@code coverage}, {@code levels}) in the
 * current folder do not change how {@code itot} reads its arguments. Before, the start script took any word naming
 * an existing file for a model to open in the desktop, and knew only some command words: {@code itot paths m.itot}
 * beside a folder {@code paths} opened an empty desktop.
 */
class CommandWordFilesTest {

    /** The start script, as the product ships it. */
    private static final Path SCRIPT = Path.of("../../features/org.itot.ui.feature/rootfiles/itot");

    @TempDir
    Path folder;

    private Path work;

    @BeforeEach
    void aFolderFullOfCommandWords() throws IOException {
        work = Files.createDirectory(folder.resolve("work"));
        for (CliCommand command : new Cli().commands()) {
            Files.createDirectory(work.resolve(command.name()));
        }
        Files.writeString(work.resolve("export").resolve("svg"), "a file named like a format");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), work.resolve("m.itot"));
    }

    @Test
    void theStartScriptRunsEveryCommandWordAsACommand() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs a POSIX shell");
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT.toAbsolutePath() + " is missing");
        for (CliCommand command : new Cli().commands()) {
            List<String> launched = launch(command.name(), "m.itot");
            assertEquals(List.of("org.itot.cli.app", command.name(), "m.itot"), afterApplication(launched),
                    "itot " + command.name() + " with a folder '" + command.name() + "' here: " + launched);
        }
        assertEquals(List.of("org.itot.cli.app", "export", "svg", "m.itot", "-o", "x.svg"),
                afterApplication(launch("export", "svg", "m.itot", "-o", "x.svg")));
        assertEquals(List.of("org.itot.cli.app", "--version"), afterApplication(launch("--version")));
        assertEquals(List.of("org.itot.cli.app", "frobnicate"), afterApplication(launch("frobnicate")),
                "a mistyped command gets the command line's error, not an empty desktop");
    }

    @Test
    void theStartScriptOpensTheDesktopForModelFilesAndPaths() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs a POSIX shell");
        for (List<String> desktop : List.<List<String>>of(List.of("m.itot"), List.of("./paths"), List.of(),
                List.of("-clean"))) {
            List<String> launched = launch(desktop.toArray(String[]::new));
            assertTrue(!launched.contains("org.itot.cli.app"), "itot " + desktop + " opens the desktop: " + launched);
            assertTrue(launched.containsAll(desktop), launched.toString());
        }
    }

    @Test
    void modelFilesNamedLikeCommandsAreReadAsFiles() throws IOException {
        Path levels = work.resolve("levels").resolve("levels");
        Path diff = work.resolve("diff").resolve("diff");
        Files.copy(work.resolve("m.itot"), levels);
        Files.copy(work.resolve("m.itot"), diff);
        CliRun run = itot("diff", levels.toString(), diff.toString());
        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        CliRun report = itot("levels", levels.toString(), "--format", "json");
        assertEquals(Cli.EXIT_OK, report.status(), report.err());
        assertTrue(report.out().startsWith("{"), report.out());
    }

    @Test
    void aFileNamedLikeAnOptionCanFollowTheDoubleDash() throws IOException {
        Path dashed = Files.copy(work.resolve("m.itot"), work.resolve("--format"));
        CliRun run = itot("levels", "--format", "json", "--", dashed.toString());
        assertEquals(Cli.EXIT_OK, run.status(), run.err());
    }

    /** Runs the start script in {@link #work} with a stand-in java that records its arguments. */
    private List<String> launch(String... args) throws Exception {
        Path install = Files.createDirectories(folder.resolve("install"));
        Files.copy(SCRIPT, install.resolve("itot"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(install.resolve("plugins"));
        Files.writeString(install.resolve("plugins/org.eclipse.equinox.launcher_1.0.0.jar"), "");
        Path recorded = folder.resolve("arguments");
        Files.deleteIfExists(recorded);
        Path java = install.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "case \"$1\" in -XshowSettings*) echo '    java.specification.version = 25' >&2; exit 0 ;; esac\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + recorded + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("/bin/sh", install.resolve("itot").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("ITOT_JAVA", java.toString());
        builder.environment().put("HOME", folder.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script finished");
        assertEquals(0, process.exitValue(), output);
        return Files.readAllLines(recorded);
    }

    /** The application and its arguments, when the script started the command line; empty otherwise. */
    private static List<String> afterApplication(List<String> launched) {
        int application = launched.indexOf("-application");
        return application < 0 ? List.of() : launched.subList(application + 1, launched.size());
    }
}
