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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.ItotFactory;
import org.itot.model.resource.ModelFiles;
import org.itot.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving replaces the file in one step and keeps the previous version as a backup; when saving
 * fails, the previous file is untouched, no temporary file is left behind and the message says why.
 */
class AtomicSaveTest {

    @TempDir
    Path folder;

    @Test
    void saveKeepsThePreviousVersionAsBackupAndReplacesOlderBackups() throws Exception {
        Path file = folder.resolve("plant.itot");
        ArchitectureModel model = EveryFeatureModel.build();
        model.setRevision("A");
        ModelFiles.save(model, file);
        byte[] versionA = Files.readAllBytes(file);
        assertFalse(Files.exists(ModelFiles.backupOf(file)), "a first save has nothing to back up");

        model.setRevision("B");
        ModelFiles.save(model, file);
        byte[] versionB = Files.readAllBytes(file);
        assertEquals(folder.resolve("plant.itot.bak"), ModelFiles.backupOf(file));
        assertArrayEquals(versionA, Files.readAllBytes(ModelFiles.backupOf(file)));

        model.setRevision("C");
        ModelFiles.save(model, file);
        assertArrayEquals(versionB, Files.readAllBytes(ModelFiles.backupOf(file)));
        assertEquals("C", ModelFiles.load(file).getRevision());
        assertEquals(List.of("plant.itot", "plant.itot.bak"), namesIn(folder), "no temporary files remain");
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("private.itot");
        ArchitectureModel model = EveryFeatureModel.build();
        ModelFiles.save(model, file);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(file, ownerOnly);

        ModelFiles.save(model, file);
        assertEquals(ownerOnly, Files.getPosixFilePermissions(file));
    }

    @Test
    void saveWritesThroughASymbolicLinkInTheSameFolder() throws Exception {
        Path real = folder.resolve("plant-2026.itot");
        ArchitectureModel model = EveryFeatureModel.build();
        ModelFiles.save(model, real);
        Path link = Files.createSymbolicLink(folder.resolve("plant.itot"), real.getFileName());

        model.setRevision("through the link");
        ModelFiles.save(model, link);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("through the link", ModelFiles.load(real).getRevision());
    }

    @Test
    void saveRefusesASymbolicLinkIntoAnotherFolderAndSaysWhereItPoints() throws Exception {
        Path real = Files.createDirectory(folder.resolve("real")).resolve("plant.itot");
        ModelFiles.save(EveryFeatureModel.build(), real);
        byte[] before = Files.readAllBytes(real);
        Path link = Files.createSymbolicLink(folder.resolve("link.itot"), real);

        IOException error = assertThrows(IOException.class, () -> ModelFiles.save(EveryFeatureModel.build(), link));
        assertEquals("Cannot save " + link + ": it is a symbolic link to " + real + ", in another folder. Save to "
                + real + " directly, or remove the link; nothing was written.", error.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(before, Files.readAllBytes(real));
    }

    @Test
    void folderThatIsARegularFileFailsWithAClearMessage() throws IOException {
        // Tests run as root, where a read-only folder does not stop writes; a parent that is a file
        // fails for every user and exercises the same path.
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "keep me");
        Path file = notAFolder.resolve("plant.itot");
        IOException error = assertThrows(IOException.class, () -> ModelFiles.save(EveryFeatureModel.build(), file));
        assertTrue(error.getMessage().startsWith("Cannot save " + file), error.getMessage());
        assertTrue(error.getMessage().contains("the folder " + notAFolder + " is not a folder"), error.getMessage());
        assertEquals("keep me", Files.readString(notAFolder));
    }

    @Test
    void missingFolderFailsWithAClearMessage() {
        Path file = folder.resolve("no-such-folder").resolve("plant.itot");
        IOException error = assertThrows(IOException.class, () -> ModelFiles.save(EveryFeatureModel.build(), file));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertTrue(error.getMessage().contains("nothing was written"), error.getMessage());
    }

    /**
     * Root writes into read-only folders, and CI runs as root: there the save runs in a child JVM as the
     * unprivileged user nobody, so the case is really tested rather than skipped.
     */
    @Test
    void readOnlyFolderFailsWithAClearMessage() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x")); // another user may enter
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Path file = readOnly.resolve("plant.itot");
        ModelFiles.save(EveryFeatureModel.build(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            String message;
            ProcessBuilder child = ChildJvm.asUnprivilegedUser(ChildJvm.command(ChildProcessSaveTest.MODEL_BUNDLES,
                    WriterChild.class, "save", file.toString()).redirectErrorStream(true), folder.resolve("classes"));
            assumeTrue(child != null, "running as root without setpriv or runuser, so no user to whom the folder is "
                    + "read-only");
            Process process = child.start();
            message = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child finished");
            assertEquals(WriterChild.FAILED, process.exitValue(), message);
            assertTrue(message.startsWith("Cannot save " + file + ": you may not write in the folder " + readOnly),
                    message);
            assertTrue(message.contains("the previous version of the file is unchanged"), message);
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of("plant.itot"), namesIn(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failureAfterWritingTheTemporaryFileLeavesTheOriginalAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("plant.itot");
        ArchitectureModel model = EveryFeatureModel.build();
        ModelFiles.save(model, file);
        byte[] before = Files.readAllBytes(file);
        // A non-empty folder where the backup must go: the rename of the backup fails after the new
        // content has been written and forced to disk, the latest point a save can fail.
        Files.writeString(Files.createDirectory(ModelFiles.backupOf(file)).resolve("occupied"), "x");

        model.setRevision("never written");
        IOException error = assertThrows(IOException.class, () -> ModelFiles.save(model, file));
        assertTrue(error.getMessage().startsWith("Cannot save " + file), error.getMessage());
        assertTrue(error.getMessage().contains("the previous version of the file is unchanged"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("plant.itot", "plant.itot.bak"), namesIn(folder), "temporary files are removed");
    }

    @Test
    void referenceToAnElementOutsideTheModelIsRefusedBeforeWriting() throws Exception {
        Path file = folder.resolve("plant.itot");
        ArchitectureModel model = LargeModel.build(3);
        ModelFiles.save(model, file);
        byte[] before = Files.readAllBytes(file);
        Asset deleted = model.getAllAssets().get(0);
        model.getAllAssets().get(1).setPatchSource(deleted);
        EcoreUtil.remove(deleted);

        IOException error = assertThrows(IOException.class, () -> ModelFiles.save(model, file));
        assertTrue(error.getMessage().contains("Asset 'A-1' refers through 'patchSource' to Asset 'A-0', which is not "
                + "part of this model"), error.getMessage());
        assertTrue(error.getMessage().contains("nothing was written"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void textThatXmlCannotHoldIsRefusedBeforeWriting() throws Exception {
        Path file = folder.resolve("plant.itot");
        ArchitectureModel model = EveryFeatureModel.build();
        ModelFiles.save(model, file);
        byte[] before = Files.readAllBytes(file);
        Asset asset = model.getAllAssets().get(0);
        asset.setId("PLC-01");
        asset.setFirmware("v2\u0007beep");

        IOException error = assertThrows(IOException.class, () -> ModelFiles.save(model, file));
        assertTrue(error.getMessage().contains("the firmware of Asset 'PLC-01' contains the character U+0007"),
                error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void modelHeldByAnotherKindOfResourceCannotBeSaved() {
        ArchitectureModel model = ItotFactory.eINSTANCE.createArchitectureModel();
        new XMIResourceImpl().getContents().add(model);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModelFiles.save(model, folder.resolve("x.itot")));
        assertTrue(error.getMessage().contains("not by an .itot resource"), error.getMessage());
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
