package org.itot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.itot.cli.Cli;
import org.itot.export.excel.RegisterImporter;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command prints is its own: a damaged register gives one clear line on standard error, not the one line
 * plus POI's 35-line stack trace (a FATAL log of the XML parser's error) through Log4j's simple logger, which the
 * start script selects.
 */
class LibraryOutputTest {

    /** The start script's Log4j setting, so the child logs as the product does. */
    private static final String LOG4J = "-Dlog4j2.loggerContextFactory="
            + "org.apache.logging.log4j.simple.SimpleLoggerContextFactory";

    @TempDir
    Path folder;

    /** A copy of the workbook whose [Content_Types].xml part ends half-way: POI logs that as FATAL with its trace. */
    private static Path withCutContentTypes(Path workbook, Path damaged) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = Arrays.copyOf(content, content.length / 2);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return damaged;
    }

    /** @return exit status, standard output and standard error of {@code itot ARGS} in a child JVM */
    private static String[] run(List<String> properties, String... args) throws Exception {
        ProcessBuilder child = ChildJvm.commandWithAllBundles(CliChild.class, List.of(Cli.class,
                RegisterImporter.class, ArchitectureModel.class), args);
        child.command().add(1, LOG4J);
        child.command().addAll(1, properties);
        Path err = Files.createTempFile("itot-child", ".err");
        try {
            Process process = child.redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finished");
            return new String[] { Integer.toString(process.exitValue()), out, Files.readString(err) };
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aDamagedRegisterIsOneLineOnStandardError() throws Exception {
        Path model = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), model);
        Path register = folder.resolve("plant.xlsx");
        assertEquals(0, CliRun.itot("export", "excel", model.toString(), "-o", register.toString()).status());
        Path damaged = withCutContentTypes(register, folder.resolve("damaged.xlsx"));
        byte[] before = Files.readAllBytes(model);

        String[] quiet = run(List.of(), "import", "excel", damaged.toString(), "--into", model.toString());
        assertEquals(Integer.toString(Cli.EXIT_USAGE), quiet[0], quiet[2]);
        assertEquals("", quiet[1]);
        assertEquals(1, quiet[2].lines().count(), quiet[2]);
        assertTrue(quiet[2].startsWith("itot import: " + damaged), quiet[2]);

        // With the simple logger's errors switched back on (as ITOT_DEBUG does), the register reader still keeps POI's
        // loggers on its reading path quiet: the one line stays one line, not buried in POI's stack trace.
        String[] logged = run(List.of("-Dorg.apache.logging.log4j.simplelog.level=ERROR"), "import", "excel",
                damaged.toString(), "--into", model.toString());
        assertEquals(Integer.toString(Cli.EXIT_USAGE), logged[0], logged[2]);
        assertEquals(1, logged[2].lines().count(), logged[2]);
        assertArrayEquals(before, Files.readAllBytes(model));
    }
}
