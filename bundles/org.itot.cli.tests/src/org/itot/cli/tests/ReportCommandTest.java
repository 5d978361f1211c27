package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itot.cli.Cli;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itot report}: what it writes, its exit statuses and its messages for bad input. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private Path purdue() throws IOException {
        Path file = folder.resolve("purdue.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        return file;
    }

    @Test
    void writesHtmlAndPdfByDefaultAndTheSameBytesForTheSameDate() throws IOException {
        Path model = purdue();
        CliRun first = itot("report", model.toString(), "-o", folder.resolve("a").toString(), "--date", "2026-12-07");
        assertEquals(Cli.EXIT_OK, first.status(), first.err());
        assertTrue(first.out().contains("index.html") && first.out().contains("report.pdf"), first.out());
        CliRun second = itot("report", model.toString(), "-o", folder.resolve("b").toString(), "--date",
                "2026-12-07");
        assertEquals(Cli.EXIT_OK, second.status(), second.err());
        assertArrayEquals(Files.readAllBytes(folder.resolve("a/report.pdf")),
                Files.readAllBytes(folder.resolve("b/report.pdf")));
        assertArrayEquals(Files.readAllBytes(folder.resolve("a/index.html")),
                Files.readAllBytes(folder.resolve("b/index.html")));
    }

    @Test
    void formatAndStandardChooseWhatIsWritten() throws IOException {
        Path model = purdue();
        CliRun run = itot("report", model.toString(), "-o", folder.resolve("h").toString(), "--format", "html",
                "--standard", "nerc-cip-005");
        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        assertTrue(Files.exists(folder.resolve("h/index.html")));
        assertFalse(Files.exists(folder.resolve("h/report.pdf")));
        String html = Files.readString(folder.resolve("h/index.html"));
        assertTrue(html.contains("NERC CIP-005-7"));
        assertFalse(html.contains("IEC 62443-3-3 system requirements"));
    }

    @Test
    void anUnknownStandardListsTheKnownOnes() throws IOException {
        CliRun run = itot("report", purdue().toString(), "-o", folder.resolve("r").toString(), "--standard",
                "iec62443-3-3,iso27001");
        assertEquals(Cli.EXIT_USAGE, run.status());
        assertTrue(run.err().contains("unknown standard 'iso27001'"), run.err());
        assertTrue(run.err().contains("iec62443-3-3, iec62443-3-2, nist-800-82r3, nerc-cip-005"), run.err());
        assertFalse(Files.exists(folder.resolve("r")));
    }

    @Test
    void badInputIsUsageAndWritesNothing() throws IOException {
        Path model = purdue();
        CliRun missing = itot("report", folder.resolve("none.itot").toString(), "-o", folder.resolve("r").toString());
        assertEquals(Cli.EXIT_USAGE, missing.status());
        assertTrue(missing.err().contains("none.itot"), missing.err());
        Path broken = folder.resolve("broken.itot");
        Files.writeString(broken, "<not a model");
        CliRun unreadable = itot("report", broken.toString(), "-o", folder.resolve("r").toString());
        assertEquals(Cli.EXIT_USAGE, unreadable.status(), unreadable.err());
        assertTrue(unreadable.err().contains("broken.itot"), unreadable.err());
        CliRun date = itot("report", model.toString(), "-o", folder.resolve("r").toString(), "--date", "7.12.2026");
        assertEquals(Cli.EXIT_USAGE, date.status());
        assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
        CliRun format = itot("report", model.toString(), "-o", folder.resolve("r").toString(), "--format", "docx");
        assertEquals(Cli.EXIT_USAGE, format.status());
        assertFalse(Files.exists(folder.resolve("r")));
    }

    @Test
    void aFolderWithFilesNeedsForceAndAMissingParentFails() throws IOException {
        Path model = purdue();
        Path taken = folder.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "mine");
        CliRun refused = itot("report", model.toString(), "-o", taken.toString());
        assertEquals(Cli.EXIT_USAGE, refused.status());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("mine", Files.readString(taken.resolve("notes.txt")));
        CliRun noParent = itot("report", model.toString(), "-o", folder.resolve("x/y/report").toString());
        assertEquals(Cli.EXIT_FAILURE, noParent.status());
        assertTrue(noParent.err().contains("does not exist"), noParent.err());
        assertEquals(Cli.EXIT_OK, itot("report", model.toString(), "-o", taken.toString(), "--force").status());
        assertFalse(Files.exists(taken.resolve("notes.txt")));
    }
}
