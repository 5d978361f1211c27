package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;
import org.itot.model.resource.FileChangedOnDiskException;
import org.itot.model.resource.ModelFiles;
import org.itot.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers of one model file (two {@code itot import} runs, the desktop saving over a command's import) never lose
 * an update silently: a save over a file that someone else wrote since it was read is refused with a reason, and the
 * check and the replacement happen under one lock, so two savers cannot both pass it.
 */
class ConcurrentWritersTest {

    private static final int WRITERS = 4;

    @TempDir
    Path folder;

    @Test
    void saveOverAFileChangedSinceItWasReadIsRefused() throws Exception {
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(LargeModel.build(5), file);
        ArchitectureModel desktop = ModelFiles.load(file);
        ArchitectureModel command = ModelFiles.load(file);
        addZone(command, "Z-IMPORTED");
        ModelFiles.save(command, file);
        byte[] imported = Files.readAllBytes(file);

        assertTrue(ModelFiles.changedOnDisk(desktop));
        addZone(desktop, "Z-DESKTOP");
        FileChangedOnDiskException error = assertThrows(FileChangedOnDiskException.class,
                () -> ModelFiles.save(desktop, file));
        assertEquals(file, error.file());
        assertTrue(error.getMessage().startsWith("Cannot save " + file + ": the file changed on disk since this model "
                + "was read from it"), error.getMessage());
        assertTrue(error.getMessage().contains("Nothing was written"), error.getMessage());
        assertArrayEquals(imported, Files.readAllBytes(file), "the other writer's change is kept");

        // The writer that saved last may go on saving: the file is as it left it.
        addZone(command, "Z-SECOND");
        ModelFiles.save(command, file);
        assertFalse(ModelFiles.changedOnDisk(command));
        assertEquals(Set.of("Z-IMPORTED", "Z-SECOND"), extraZones(ModelFiles.load(file)));

        // Save As onto another file is the user's choice, not a lost update.
        Path copy = folder.resolve("copy.itot");
        ModelFiles.save(desktop, copy);
        assertTrue(extraZones(ModelFiles.load(copy)).contains("Z-DESKTOP"));
    }

    @Test
    void aFileRewrittenWithTheSameContentDoesNotCountAsChanged() throws Exception {
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(LargeModel.build(5), file);
        ArchitectureModel model = ModelFiles.load(file);
        byte[] content = Files.readAllBytes(file);
        Files.delete(file);
        Files.write(file, content); // a checkout of the same revision: new file, same bytes
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        assertFalse(ModelFiles.changedOnDisk(model));
        addZone(model, "Z-AFTER-CHECKOUT");
        ModelFiles.save(model, file);
        assertEquals(Set.of("Z-AFTER-CHECKOUT"), extraZones(ModelFiles.load(file)));
    }

    @Test
    void revertTakesInTheFileAsItIsNow() throws Exception {
        Path file = folder.resolve("plant.itot");
        ArchitectureModel desktop = openedBeforeAnImport(file);

        ArchitectureModel reloaded = ModelFiles.load(file);
        ModelFiles.adoptFileState(desktop, reloaded);
        assertFalse(ModelFiles.changedOnDisk(desktop));
        ModelFiles.save(desktop, file);
    }

    @Test
    void threadsSavingAtOnceLoseNoUpdate() throws Exception {
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(LargeModel.build(200), file);
        CyclicBarrier allLoaded = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String zone = "Z-THREAD-" + i;
                outcomes.add(pool.submit(() -> {
                    ArchitectureModel model = ModelFiles.load(file);
                    allLoaded.await(60, TimeUnit.SECONDS);
                    addZone(model, zone);
                    try {
                        ModelFiles.save(model, file);
                        return zone;
                    } catch (FileChangedOnDiskException e) {
                        return null;
                    }
                }));
            }
            List<String> saved = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String zone = outcome.get(120, TimeUnit.SECONDS);
                if (zone != null) {
                    saved.add(zone);
                }
            }
            assertFalse(saved.isEmpty(), "one writer saves");
            assertEquals(Set.copyOf(saved), extraZones(ModelFiles.load(file)),
                    "every writer that reported success has its change in the file; the others were refused");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void processesSavingAtOnceLoseNoUpdate() throws Exception {
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(LargeModel.build(200), file);
        Path go = folder.resolve("go");
        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                Process child = ChildJvm.command(ChildProcessSaveTest.MODEL_BUNDLES, ConcurrentWriterChild.class,
                        file.toString(), "Z-PROCESS-" + i, go.toString()).redirectErrorStream(true).start();
                children.add(child);
            }
            List<BufferedReader> outputs = new ArrayList<>();
            for (Process child : children) {
                BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                assertEquals("loaded", output.readLine());
                outputs.add(output);
            }
            Files.createFile(go);
            List<String> saved = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Process child = children.get(i);
                String rest = outputs.get(i).lines().collect(Collectors.joining("\n"));
                if (!child.waitFor(120, TimeUnit.SECONDS)) {
                    fail("writer " + i + " did not finish");
                }
                if (child.exitValue() == 0) {
                    assertEquals("saved", rest);
                    saved.add("Z-PROCESS-" + i);
                } else {
                    assertEquals(ConcurrentWriterChild.REFUSED, child.exitValue(), rest);
                    assertTrue(rest.contains("the file changed on disk since this model was read from it"), rest);
                }
            }
            assertFalse(saved.isEmpty(), "one writer saves");
            assertEquals(Set.copyOf(saved), extraZones(ModelFiles.load(file)),
                    "every writer that reported success has its change in the file; the others were refused");
        } finally {
            children.forEach(Process::destroyForcibly);
        }
    }

    /** A model read from a new file, which another writer (an import) then changes and saves. */
    private static ArchitectureModel openedBeforeAnImport(Path file) throws Exception {
        ModelFiles.save(LargeModel.build(5), file);
        ArchitectureModel opened = ModelFiles.load(file);
        ArchitectureModel command = ModelFiles.load(file);
        addZone(command, "Z-IMPORTED");
        ModelFiles.save(command, file);
        return opened;
    }

    static void addZone(ArchitectureModel model, String id) {
        model.getZones().add(ConcurrentWriterChild.zone(id));
    }

    /** The zones a writer added (LargeModel's own are Z-0 ...). */
    private static Set<String> extraZones(ArchitectureModel model) throws IOException {
        return model.getZones().stream().map(Zone::getId).filter(id -> !id.matches("Z-[0-9]+"))
                .collect(Collectors.toSet());
    }
}
