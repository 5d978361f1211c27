package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.testing.ReadOnlyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving into a read-only folder (a read-only file system, which stops root too) fails clearly and changes nothing. */
class ReadOnlyFolderSaveTest {

    @TempDir
    Path folder;

    @Test
    void saveIntoAReadOnlyFolderSaysSoAndLeavesTheFileAsItWas() throws Exception {
        Path mountPoint = folder.resolve("readonly");
        byte[][] before = new byte[1][];
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.mount(mountPoint, into -> {
            ModelFiles.save(EveryFeatureModel.build(), into.resolve("plant.itot"));
            before[0] = Files.readAllBytes(into.resolve("plant.itot"));
        })) {
            assumeTrue(readOnly != null, "mounting a read-only file system is not allowed here");
            Path file = mountPoint.resolve("plant.itot");
            ArchitectureModel model = ModelFiles.load(file);
            model.setName("Changed");
            IOException error = assertThrows(IOException.class, () -> ModelFiles.save(model, file));
            assertTrue(error.getMessage().startsWith("Cannot save " + file), error.getMessage());
            assertTrue(error.getMessage().toLowerCase().contains("read-only"), error.getMessage());
            assertArrayEquals(before[0], Files.readAllBytes(file));
            assertEquals(List.of("plant.itot"), AtomicSaveTest.namesIn(mountPoint));
            assertNotNull(model.eResource());
            assertTrue(model.eResource().isModified() || "Changed".equals(model.getName()),
                    "the model keeps its unsaved change");
        }
    }
}
