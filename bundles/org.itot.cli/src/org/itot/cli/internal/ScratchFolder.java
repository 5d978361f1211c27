package org.itot.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder in the temporary directory for a command's intermediate files, removed with everything in it on close. */
final class ScratchFolder implements AutoCloseable {

    private final Path folder;

    private ScratchFolder(Path folder) {
        this.folder = folder;
    }

    static ScratchFolder create(String prefix) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(prefix));
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // only intermediate files in the temporary directory are left; nothing of the user's is lost
        }
    }
}
