package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itot.cli.Cli;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command writes over its own inputs, with or without --force, however the path is spelt (./m.itot, a link), and
 * every writer refuses an existing output unless --force. Before, {@code itot validate MODEL -o MODEL} replaced the
 * model by the report.
 */
class OwnInputsTest {

    @TempDir
    Path folder;

    private Path model;
    private byte[] original;

    @BeforeEach
    void writeAModel() throws IOException {
        model = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), model);
        original = Files.readAllBytes(model);
    }

    @Test
    void validateNeverWritesItsReportOverTheModel() throws IOException {
        for (List<String> extra : List.of(List.<String>of(), List.of("--force"))) {
            for (Path spelling : List.of(model, folder.resolve(".").resolve("plant.itot"),
                    folder.resolve("sub/../plant.itot"))) {
                CliRun run = itot(arguments(List.of("validate", model.toString(), "-o", spelling.toString()), extra));
                assertEquals(Cli.EXIT_USAGE, run.status(), run.err());
                assertEquals(List.of("itot validate: " + spelling + " is the model this command reads; write to "
                        + "another file (--force does not allow this)"), run.errLines());
                assertArrayEquals(original, Files.readAllBytes(model));
            }
        }
    }

    @Test
    void validateNeverWritesItsReportOverARulePackOrThroughALinkToTheModel() throws IOException {
        Path pack = Files.writeString(folder.resolve("site.ocl"), "-- no rules yet\n");
        CliRun run = itot("validate", model.toString(), "--rules", pack.toString(), "-o", pack.toString(), "--force");
        assertEquals(Cli.EXIT_USAGE, run.status());
        assertEquals(List.of("itot validate: " + pack + " is a rule pack this command reads; write to another file "
                + "(--force does not allow this)"), run.errLines());
        assertEquals("-- no rules yet\n", Files.readString(pack));

        Path link = Files.createSymbolicLink(folder.resolve("report.sarif"), model.getFileName());
        CliRun linked = itot("validate", model.toString(), "--format", "sarif", "-o", link.toString(), "--force");
        assertEquals(Cli.EXIT_USAGE, linked.status());
        assertTrue(linked.err().contains(link + " is the model this command reads"), linked.err());
        assertArrayEquals(original, Files.readAllBytes(model));
    }

    @Test
    void validateRefusesAnExistingReportUnlessForced() throws IOException {
        Path report = Files.writeString(folder.resolve("report.json"), "yesterday's report");
        CliRun refused = itot("validate", model.toString(), "--format", "json", "-o", report.toString());
        assertEquals(Cli.EXIT_USAGE, refused.status());
        assertEquals(List.of("itot validate: " + report + " already exists; add --force to overwrite it"),
                refused.errLines());
        assertEquals("yesterday's report", Files.readString(report));

        CliRun forced = itot("validate", model.toString(), "--format", "json", "-o", report.toString(), "--force");
        assertEquals(Cli.EXIT_OK, forced.status(), forced.err());
        assertTrue(Files.readString(report).startsWith("{"));
    }

    @Test
    void exportsNeverWriteOverTheModel() throws IOException {
        Path svgLink = Files.createSymbolicLink(folder.resolve("overview.svg"), model.getFileName());
        CliRun svg = itot("export", "svg", model.toString(), "-o", svgLink.toString(), "--force");
        assertEquals(Cli.EXIT_USAGE, svg.status());
        assertEquals(List.of("itot export: " + svgLink.toAbsolutePath() + " is the model this command reads; write "
                + "to another file (--force does not allow this)"), svg.errLines());

        Path xlsxLink = Files.createSymbolicLink(folder.resolve("register.xlsx"), model.getFileName());
        CliRun excel = itot("export", "excel", model.toString(), "-o", xlsxLink.toString(), "--force");
        assertEquals(Cli.EXIT_USAGE, excel.status());
        assertTrue(excel.err().contains(xlsxLink + " is the model this command reads"), excel.err());
        assertArrayEquals(original, Files.readAllBytes(model));
    }

    @Test
    void importRefusesTheModelAsItsOwnSource() {
        CliRun run = itot("import", "excel", folder.resolve("./plant.itot").toString(), "--into", model.toString());
        assertEquals(Cli.EXIT_USAGE, run.status());
        assertEquals(List.of("itot import: " + folder.resolve("./plant.itot") + " is the model itself; give the "
                + "register to import and the model to update"), run.errLines());
    }

    private static String[] arguments(List<String> base, List<String> extra) {
        return java.util.stream.Stream.concat(base.stream(), extra.stream()).toArray(String[]::new);
    }
}
