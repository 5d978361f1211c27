package org.itot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A mounted folder for failure tests. Read-only: a folder that really refuses writes, even to root (who ignores permissions, and CI runs as root):
 * a small tmpfs mounted over it, filled, then remounted read-only. Only where the test may mount
 * (Linux, root); {@link #mount} returns null elsewhere and the caller skips. Small: a disk that is full.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;

    private ReadOnlyFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * @param fill writes the files the folder holds before it turns read-only
     * @return the mounted folder, or null when mounting is not allowed here
     */
    public static ReadOnlyFolder mount(Path folder, FolderFiller fill) throws IOException, InterruptedException {
        ReadOnlyFolder mounted = tmpfs(folder, 8 * 1024);
        if (mounted == null) {
            return null;
        }
        try {
            fill.fill(folder);
            if (run("mount", "-o", "remount,ro", folder.toString()) != 0) {
                throw new IOException("cannot remount " + folder + " read-only");
            }
        } catch (IOException | RuntimeException e) {
            mounted.close();
            throw e;
        }
        return mounted;
    }

    /**
     * A writable folder on a tmpfs of the given size: a disk that fills up for real (ENOSPC).
     *
     * @return the mounted folder, or null when mounting is not allowed here
     */
    public static ReadOnlyFolder tmpfs(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (!System.getProperty("os.name").toLowerCase().contains("linux")
                || run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString()) != 0) {
            return null;
        }
        return new ReadOnlyFolder(folder);
    }

    /** Writes the files of a folder before it turns read-only. */
    @FunctionalInterface
    public interface FolderFiller {
        void fill(Path folder) throws IOException;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            run("umount", "-l", folder.toString());
        } catch (IOException | InterruptedException e) {
            System.err.println("could not unmount " + folder + ": " + e);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0 && !output.isBlank()) {
            System.out.println(String.join(" ", command) + ": " + output.strip());
        }
        return process.exitValue();
    }
}
