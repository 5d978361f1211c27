package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves that die: a child JVM killed with SIGKILL at random moments while saving, and a child whose
 * file-size limit makes the disk "full" half-way through writing. Either way the model file on disk
 * is the old or the new version, whole.
 */
class ChildProcessSaveTest {

    private static final int MINIMUM_KILLS = 20;
    private static final int MINIMUM_KILLS_DURING_WRITE = 3;
    /**
     * A guard against a loop that never gets its kills, not a speed goal: what is tested is the count of kills and
     * that every file is whole. On a machine shared with other builds 20 kills took more than a minute.
     */
    private static final long TIME_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(300);
    /** What the child needs: our model bundle and EMF. */
    static final List<Class<?>> MODEL_BUNDLES = List.of(ArchitectureModel.class, EObject.class, URI.class,
            XMIResourceImpl.class);

    @TempDir
    Path folder;

    @Test
    void killDuringSaveLeavesTheOldOrTheNewFileWhole() throws Exception {
        Path file = folder.resolve("plant.itot");
        ArchitectureModel reference = LargeModel.build(1_000);
        reference.setRevision("0");
        ModelFiles.save(reference, file);
        reference.setRevision(null);

        Random random = new Random(62443);
        long start = System.nanoTime();
        long lastRevision = 0;
        int kills = 0;
        int killsDuringWrite = 0;
        while (kills < MINIMUM_KILLS || killsDuringWrite < MINIMUM_KILLS_DURING_WRITE) {
            if (System.nanoTime() - start > TIME_BUDGET_NANOS) {
                fail("only " + kills + " kills (" + killsDuringWrite + " during a write) in the time budget");
            }
            Process child = ChildJvm.command(MODEL_BUNDLES, SaveChild.class, "loop", file.toString()).start();
            try {
                awaitFirstSave(child);
                Thread.sleep(random.nextInt(250));
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            kills++;
            // A temporary file left behind means the kill hit between writing and renaming.
            if (deleteTemporaryFiles() > 0) {
                killsDuringWrite++;
            }
            lastRevision = assertWholeAndNotOlder(file, reference, lastRevision);
            assertWholeAndNotOlder(ModelFiles.backupOf(file), reference, 0);
        }
        System.out.printf("%d kills (%d during a write) in %d ms, last revision %d%n", kills, killsDuringWrite,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), lastRevision);
    }

    @Test
    void fullDiskDuringWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs a POSIX shell's ulimit");
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(LargeModel.build(10), file);
        byte[] before = Files.readAllBytes(file);

        // ulimit -f caps the size of files the child writes (here 512 KB): a real write error, the
        // same the disk reports when it is full, in the middle of writing a model of several MB.
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -f 1024 && exec \"$@\"", "sh"));
        command.addAll(ChildJvm.command(MODEL_BUNDLES, SaveChild.class, "save", file.toString(), "20000").command());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        assertEquals(SaveChild.SAVE_FAILED, child.exitValue(), output);
        assertTrue(output.contains("Cannot save " + file + ": there is not enough space for it (File too large)"),
                output);
        assertTrue(output.contains("the previous version of the file is unchanged"), output);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("plant.itot"), AtomicSaveTest.namesIn(folder), "the temporary file is removed");
    }

    private static void awaitFirstSave(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("saved ")) {
            fail("the child did not save: " + line);
        }
    }

    private long assertWholeAndNotOlder(Path file, ArchitectureModel reference, long lastRevision)
            throws ModelLoadException {
        ArchitectureModel loaded = ModelFiles.load(file);
        long revision = Long.parseLong(loaded.getRevision());
        assertTrue(revision >= lastRevision, () -> "revision went back from " + lastRevision + " to " + revision);
        loaded.setRevision(null);
        assertTrue(EcoreUtil.equals(reference, loaded), file + " differs from the saved model beyond its revision");
        return revision;
    }

    private int deleteTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> temporary = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            for (Path path : temporary) {
                Files.delete(path);
            }
            return temporary.size();
        }
    }
}
