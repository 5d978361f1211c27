package org.itot.model.resource.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.itot.model.resource.AtomicFileWriter;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.resource.ModelFiles;

/**
 * Main class of the child JVMs of {@link AtomicFileWriterTest} and {@link ReadOnlyFolderSaveTest}, run outside OSGi
 * (under a umask or as another user): {@code write FILE BYTES} writes that many bytes through the atomic writer,
 * {@code save FILE} loads the model file and saves it again; either prints the error and exits with
 * {@link #FAILED} when that fails.
 */
public final class WriterChild {

    static final int FAILED = 3;

    private WriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try {
            if ("write".equals(args[0])) {
                AtomicFileWriter.write(file, new byte[Integer.parseInt(args[2])]);
            } else {
                ItotModelSetup.init();
                ModelFiles.save(ModelFiles.load(file), file);
            }
            System.out.println("written");
        } catch (IOException e) {
            System.out.println(e.getMessage());
            System.exit(FAILED);
        }
    }
}
