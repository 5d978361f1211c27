package org.itot.model.resource.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.Zone;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;

/**
 * Main class of the child JVMs of {@link ConcurrentWritersTest}: {@code FILE ZONE-ID GO-FILE} loads the model, says
 * "loaded", waits (at most 60 s) until GO-FILE exists, adds a zone with that id and saves: the read-modify-write of
 * {@code itot import}. Prints "saved" or the error and exits with {@link #REFUSED}.
 */
public final class ConcurrentWriterChild {

    static final int REFUSED = 3;

    private ConcurrentWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        ItotModelSetup.init();
        Path file = Path.of(args[0]);
        ArchitectureModel model = ModelFiles.load(file);
        System.out.println("loaded");
        System.out.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(Path.of(args[2]))) {
            if (System.nanoTime() > deadline) {
                System.out.println("no go signal");
                System.exit(2);
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        ConcurrentWritersTest.addZone(model, args[1]);
        try {
            ModelFiles.save(model, file);
            System.out.println("saved");
        } catch (IOException e) {
            System.out.println(e.getMessage());
            System.exit(REFUSED);
        }
    }

    static Zone zone(String id) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        zone.setName(id);
        return zone;
    }
}
