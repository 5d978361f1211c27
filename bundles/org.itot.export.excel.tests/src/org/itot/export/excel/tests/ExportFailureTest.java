package org.itot.export.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itot.model.ArchitectureModel;
import org.itot.testing.ReadOnlyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register written into a read-only folder or onto a full disk fails with a clear message and leaves the old file. */
class ExportFailureTest {

    @TempDir
    Path folder;

    @Test
    void exportIntoAReadOnlyFolderSaysSoAndKeepsTheOldRegister() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Path mountPoint = folder.resolve("readonly");
        byte[][] before = new byte[1][];
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.mount(mountPoint, into -> {
            Registers.export(model, into.resolve("register.xlsx"));
            before[0] = Files.readAllBytes(into.resolve("register.xlsx"));
        })) {
            assumeTrue(readOnly != null, "mounting a file system is not allowed here");
            Path register = mountPoint.resolve("register.xlsx");
            IOException error = assertThrows(IOException.class, () -> Registers.export(model, register));
            assertEquals("Cannot write " + register + ": the folder " + mountPoint + " is on a read-only disk. Write "
                    + "to another location; the previous version of the file is unchanged.", error.getMessage());
            assertArrayEquals(before[0], Files.readAllBytes(register));
        }
    }

    @Test
    void exportOntoAFullDiskSaysSoAndKeepsTheOldRegister() throws Exception {
        ArchitectureModel model = Registers.purdue(folder);
        Path small = Registers.export(model, folder.resolve("probe.xlsx"));
        long size = Files.size(small);
        // room for the old register and a little more, not for a second copy
        try (ReadOnlyFolder disk = ReadOnlyFolder.tmpfs(folder.resolve("full"), (int) (size * 3 / 2 / 1024) + 8)) {
            assumeTrue(disk != null, "mounting a file system is not allowed here");
            Path register = disk.folder().resolve("register.xlsx");
            Files.copy(small, register);
            byte[] before = Files.readAllBytes(register);
            model.setName("A name that makes the register " + "longer ".repeat(50));
            IOException error = assertThrows(IOException.class, () -> Registers.export(model, register));
            assertTrue(error.getMessage().startsWith("Cannot write " + register + ": there is not enough space for it "
                    + "(No space left on device)"), error.getMessage());
            assertTrue(error.getMessage().endsWith("the previous version of the file is unchanged."),
                    error.getMessage());
            assertArrayEquals(before, Files.readAllBytes(register));
            try (Stream<Path> files = Files.list(disk.folder())) {
                assertEquals(List.of(register), files.toList(), "no temporary file is left");
            }
        }
    }
}
