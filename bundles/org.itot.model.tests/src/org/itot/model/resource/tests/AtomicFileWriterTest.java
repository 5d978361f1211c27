package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.itot.model.resource.AtomicFileWriter;
import org.itot.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one atomic writer every file the product writes goes through: permissions as for any new file under the
 * user's umask (not owner-only), a replaced file keeps its mode, no silent trip through a symbolic link into another
 * folder, long legal names, and errors that name the target rather than the temporary file.
 */
class AtomicFileWriterTest {

    /** The writer needs nothing but our model bundle's classes. */
    private static final List<Class<?>> WRITER = List.of(AtomicFileWriter.class);

    @TempDir
    Path folder;

    @Test
    void newFileGetsThePermissionsOfTheUmask() throws Exception {
        assumePosixShell();
        Path file = folder.resolve("register.xlsx");
        assertEquals("written", writeUnderUmask("022", file, 10).strip());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "umask 022 makes new files 644, as for any program");

        Path tighter = folder.resolve("private.svg");
        assertEquals("written", writeUnderUmask("027", tighter, 10).strip());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tighter)));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(folder.resolve("drawing.svg"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWriter.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void symbolicLinkIntoAnotherFolderIsRefusedNamingTheLinkAndItsTarget() throws Exception {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("report.json"), "keep me");
        Path link = Files.createSymbolicLink(folder.resolve("report.json"), real);

        IOException error = assertThrows(IOException.class, () -> AtomicFileWriter.write(link, "replaced"));
        assertEquals("Cannot write " + link + ": it is a symbolic link to " + real + ", in another folder. Write to "
                + real + " directly, or remove the link; nothing was written.", error.getMessage());
        assertTrue(Files.isSymbolicLink(link), "the link stays");
        assertEquals("keep me", Files.readString(real));
        assertEquals(List.of("elsewhere", "report.json"), AtomicSaveTest.namesIn(folder), "no temporary file");
    }

    @Test
    void symbolicLinkWithinTheFolderIsWrittenThrough() throws Exception {
        Path real = Files.writeString(folder.resolve("report-v2.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("report.json"), real.getFileName());

        assertEquals(real, AtomicFileWriter.write(link, "new"));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
    }

    @Test
    void longestLegalNamesWork() throws Exception {
        // 245 characters: legal on every common file system (255 bytes), too long for "." + name + ".xxxxxx.tmp".
        Path file = folder.resolve("x".repeat(241) + ".svg");
        assertEquals(245, file.getFileName().toString().length());
        AtomicFileWriter.write(file, "<svg/>");
        assertEquals("<svg/>", Files.readString(file));

        Path multibyte = folder.resolve("ü".repeat(125) + ".png"); // 254 bytes in UTF-8
        AtomicFileWriter.write(multibyte, "png");
        assertEquals("png", Files.readString(multibyte));
        assertEquals(List.of(file.getFileName().toString(), multibyte.getFileName().toString()).stream().sorted()
                .toList(), AtomicSaveTest.namesIn(folder), "no temporary file remains");
    }

    @Test
    void writeErrorNamesTheTargetNotTheTemporaryFile() throws Exception {
        assumePosixShell();
        Path file = Files.writeString(folder.resolve("plant.pdf"), "previous");
        // ulimit -f caps what the child may write (512 KB): the error the disk gives when it is full.
        String output = run(List.of("/bin/sh", "-c", "ulimit -f 1024 && exec \"$@\"", "sh"),
                ChildJvm.command(WRITER, WriterChild.class, "write", file.toString(), "2000000"), WriterChild.FAILED);
        assertEquals("Cannot write " + file + ": there is not enough space for it (File too large). Free space on "
                + "that disk or write elsewhere; the previous version of the file is unchanged.", output.strip());
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of("plant.pdf"), AtomicSaveTest.namesIn(folder), "the temporary file is removed");
    }

    @Test
    void failingContentLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(folder.resolve("plant.png"), "previous");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(file,
                out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("renderer failed");
                }));
        assertEquals("renderer failed", error.getMessage());
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of("plant.png"), AtomicSaveTest.namesIn(folder));

        IOException io = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            throw new IOException("no PNG writer available in this Java runtime");
        }));
        assertEquals("Cannot write " + file + ": no PNG writer available in this Java runtime. Try again or write "
                + "elsewhere; the previous version of the file is unchanged.", io.getMessage());
        assertFalse(io.getMessage().contains(".tmp"));
    }

    private String writeUnderUmask(String umask, Path file, int bytes) throws Exception {
        return run(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"),
                ChildJvm.command(WRITER, WriterChild.class, "write", file.toString(), Integer.toString(bytes)), 0);
    }

    private static String run(List<String> shell, ProcessBuilder child, int expectedExit) throws Exception {
        List<String> command = new ArrayList<>(shell);
        command.addAll(child.command());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child finished");
        assertEquals(expectedExit, process.exitValue(), output);
        return output;
    }

    private static void assumePosixShell() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs a POSIX shell's umask/ulimit");
    }
}
