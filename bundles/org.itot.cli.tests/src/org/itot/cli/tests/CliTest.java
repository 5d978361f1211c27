package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.app.IApplicationContext;
import org.itot.cli.Cli;
import org.itot.cli.CliApplication;
import org.itot.cli.CliCommand;
import org.itot.model.ArchitectureModel;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.FrameworkUtil;

/** The command line in-process: output, exit status, the files it writes and refuses to write. */
class CliTest {

    @TempDir
    Path folder;

    @Test
    void helpListsEveryCommandWithItsSummary() {
        CliRun help = itot("help");
        assertEquals(0, help.status());
        assertEquals("", help.err());
        for (CliCommand command : new Cli().commands()) {
            assertTrue(help.out().lines().anyMatch(
                    l -> l.matches("  " + Pattern.quote(command.name()) + " +" + Pattern.quote(command.summary()))),
                    "no line for " + command.name() + " in:\n" + help.out());
        }
        assertEquals(help, itot("--help"));
        assertEquals(help, itot("-h"));
    }

    @Test
    void helpShowsOneCommandsUsage() {
        CliRun usage = itot("help", "new");
        assertEquals(0, usage.status());
        assertTrue(usage.out().startsWith("Usage: itot new --template ID -o FILE.itot"), usage.out());
        for (String option : List.of("--template", "--synthetic", "--seed", "-o, --output", "--name", "--force",
                "purdue", "blank")) {
            assertTrue(usage.out().contains(option), option + " missing from:\n" + usage.out());
        }
        assertEquals(usage, itot("new", "--help"));
        CliRun unknown = itot("help", "frobnicate");
        assertEquals(2, unknown.status());
        assertEquals(List.of("itot help: unknown command 'frobnicate' (known: new, validate, paths, diff, merge, git-setup, export, import, diagram, coverage, levels, report, reconcile, help)"),
                unknown.errLines());
    }

    @Test
    void versionIsTheBundleVersion() {
        CliRun version = itot("--version");
        assertEquals(0, version.status());
        assertEquals("ITOT Architect " + FrameworkUtil.getBundle(Cli.class).getVersion() + "\n", version.out());
        assertTrue(version.out().startsWith("ITOT Architect 0.1.0"), version.out());
    }

    @Test
    void unknownOrMissingCommandsAreUsageErrors() {
        CliRun unknown = itot("frobnicate");
        assertEquals(2, unknown.status());
        assertEquals("", unknown.out());
        assertEquals(List.of("itot: unknown command 'frobnicate' (known: new, validate, paths, diff, merge, git-setup, export, import, diagram, coverage, levels, report, reconcile, help); see 'itot help'"),
                unknown.errLines());
        CliRun none = itot();
        assertEquals(2, none.status());
        assertEquals(1, none.errLines().size());
        assertEquals(2, itot("--frobnicate").status());
    }

    @Test
    void newWritesThePurdueTemplate() throws IOException {
        Path file = folder.resolve("plant.itot");
        CliRun run = itot("new", "--template", "purdue", "-o", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals(1, run.out().lines().count());
        assertTrue(run.out().startsWith("Created " + file + " (template purdue): 8 zones, 46 assets"), run.out());
        assertTrue(EcoreUtil.equals(ModelTemplates.create("purdue"), load(file)), "written model differs");
    }

    @Test
    void newNamesTheModelAndWritesTheBlankTemplate() throws IOException {
        Path file = folder.resolve("blank.itot");
        assertEquals(0, itot("new", "--template=blank", "--output", file.toString(), "--name", "Site B").status());
        ArchitectureModel model = load(file);
        assertEquals("Site B", model.getName());
        assertTrue(model.getZones().isEmpty());
        assertFalse(model.getProtocols().isEmpty());
    }

    @Test
    void newWritesTheSameSyntheticPlantForTheSameSeed() throws IOException {
        Path first = folder.resolve("first.itot");
        Path second = folder.resolve("second.itot");
        CliRun run = itot("new", "--synthetic", "300", "--seed", "5", "-o", first.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("(synthetic plant, seed 5): ") && run.out().contains(" 300 assets"), run.out());
        assertEquals(0, itot("new", "--seed", "5", "--synthetic", "300", "-o", second.toString()).status());
        // Element UUIDs are random by design (new elements of different runs must never collide);
        // everything else about the plant is the same.
        assertTrue(EcoreUtil.equals(load(first), load(second)), "same seed, different plants");
        assertEquals(300, load(first).getAllAssets().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--template x -o OUT | itot new: unknown template 'x' (known: purdue, blank)",
        "--template purdue | itot new: no output file; give -o FILE.itot",
        "-o OUT | itot new: say what to create: --template ID (purdue, blank) or --synthetic ASSETS",
        "--template purdue --synthetic 100 -o OUT | itot new: --template and --synthetic exclude each other",
        "--template purdue --seed 3 -o OUT | itot new: --seed applies to --synthetic only",
        "--synthetic abc -o OUT | itot new: --synthetic takes a number of assets from 40 to 100000, not 'abc'",
        "--synthetic 39 -o OUT | itot new: --synthetic takes a number of assets from 40 to 100000, not '39'",
        "--synthetic 100001 -o OUT | itot new: --synthetic takes a number of assets from 40 to 100000, not '100001'",
        "--synthetic 100 --seed x -o OUT | itot new: --seed takes a whole number, not 'x'",
        "--template purdue -o OUT --frobnicate | itot new: unknown option '--frobnicate'",
        "--template purdue -o OUT stray | itot new: unexpected argument 'stray'",
        "--template purdue -o plant.txt | itot new: the output file's name must end in .itot: plant.txt",
        "--template -o OUT | itot new: option --template needs a value",
        "--template purdue --force=yes -o OUT | itot new: option --force takes no value",
        "--template purdue --template blank -o OUT | itot new: option --template is given twice",
    })
    void badInputIsAUsageErrorWithOneLine(String arguments, String message) {
        Path file = folder.resolve("out.itot");
        CliRun run = itot(arguments(arguments, file));
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(List.of(message), run.errLines());
        assertFalse(Files.exists(file));
    }

    @Test
    void existingFilesAreOnlyOverwrittenWithForce() throws IOException {
        Path file = Files.writeString(folder.resolve("keep.itot"), "precious");
        CliRun refused = itot("new", "--template", "blank", "-o", file.toString());
        assertEquals(2, refused.status());
        assertEquals(List.of("itot new: " + file + " already exists; add --force to overwrite it"),
                refused.errLines());
        assertEquals("precious", Files.readString(file));

        assertEquals(0, itot("new", "--template", "blank", "-o", file.toString(), "--force").status());
        assertEquals(ModelTemplates.create("blank").getName(), load(file).getName());
    }

    @Test
    void anUnwritableDestinationIsAFailure() throws IOException {
        Path missing = folder.resolve("missing").resolve("plant.itot");
        CliRun run = itot("new", "--template", "purdue", "-o", missing.toString());
        assertEquals(1, run.status());
        assertEquals(List.of("itot new: cannot write " + missing + ": folder " + missing.getParent()
                + " does not exist"), run.errLines());
        Path notAFolder = Files.writeString(folder.resolve("file"), "");
        assertEquals(1, itot("new", "--template", "purdue", "-o", notAFolder.resolve("x.itot").toString()).status());
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void theApplicationReturnsTheExitStatus() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> calls = new ArrayList<>();
        String[] args = { "new", "--template", "x", "-o", folder.resolve("x.itot").toString() };
        IApplicationContext context = (IApplicationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { IApplicationContext.class }, (proxy, method, methodArgs) -> {
                    calls.add(method.getName());
                    return method.getName().equals("getArguments")
                            ? Map.of(IApplicationContext.APPLICATION_ARGS, args) : null;
                });
        Object result = new CliApplication(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).start(context);
        assertEquals(Integer.valueOf(2), result);
        assertTrue(calls.contains("applicationRunning"));
        assertEquals("itot new: unknown template 'x' (known: purdue, blank)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theApplicationIsRegisteredForHeadlessLaunch() {
        IExtension extension = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications",
                "org.itot.cli.app");
        assertNotNull(extension, "no application org.itot.cli.app");
        IConfigurationElement application = extension.getConfigurationElements()[0];
        assertEquals("any", application.getAttribute("thread"));
        assertEquals(CliApplication.class.getName(), application.getChildren("run")[0].getAttribute("class"));
    }

    private String[] arguments(String line, Path file) {
        List<String> args = new ArrayList<>(List.of("new"));
        for (String word : line.trim().split(" +")) {
            args.add(word.equals("OUT") ? file.toString() : word);
        }
        return args.toArray(String[]::new);
    }

    private static ArchitectureModel load(Path file) {
        return (ArchitectureModel) new ResourceSetImpl().getResource(URI.createFileURI(file.toString()), true)
                .getContents().get(0);
    }
}
