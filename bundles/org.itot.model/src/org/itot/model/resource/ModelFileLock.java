package org.itot.model.resource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Held while a save checks that the model file is unchanged since it was read and replaces it, so two savers (two
 * {@code itot import} processes, a desktop and a command) cannot both pass the check and one silently overwrite the
 * other. The lock is on the file being replaced: a waiting saver gets it only once the file it locked has been
 * renamed away, then sees that the file changed and refuses. Threads of one JVM also queue on a lock of their own,
 * since file locks belong to the whole process.
 */
final class ModelFileLock implements AutoCloseable {

    /** How long a save waits for another save of the same file; real saves take seconds at most. */
    static final long WAIT_SECONDS = 60;
    private static final long POLL_MILLIS = 20;
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private ModelFileLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static ModelFileLock acquire(Path target) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        ReentrantLock threadLock = IN_THIS_JVM.computeIfAbsent(target, key -> new ReentrantLock());
        try {
            if (!threadLock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy(target);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Cannot save " + target + ": interrupted while waiting for another save");
        }
        FileChannel channel = null;
        try {
            channel = openForLocking(target);
            if (channel == null) {
                return new ModelFileLock(threadLock, null, null);
            }
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new ModelFileLock(threadLock, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(target);
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel, threadLock);
            throw new InterruptedIOException("Cannot save " + target + ": interrupted while waiting for another save");
        } catch (IOException | RuntimeException e) {
            close(channel, threadLock);
            throw e;
        }
    }

    /**
     * Null where there is nothing to lock (a new file), where locks are advisory-free (Windows locks are mandatory and
     * would stop the backup copy) or where we may not open the file for writing (read-only file or disk): then the
     * changed-since-read check alone protects the file.
     */
    private static FileChannel openForLocking(Path target) {
        if (!Files.isRegularFile(target) || !target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        try {
            return FileChannel.open(target, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static IOException busy(Path target) {
        return new IOException("Cannot save " + target + ": another program has been saving it for " + WAIT_SECONDS
                + " seconds. Try again when it has finished; nothing was written.");
    }

    @Override
    public void close() {
        try {
            if (fileLock != null && fileLock.isValid()) {
                fileLock.release();
            }
        } catch (IOException e) {
            // Closing the channel releases it as well.
        }
        close(channel, threadLock);
    }

    private static void close(FileChannel channel, ReentrantLock threadLock) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // The lock goes with the channel; nothing else to undo.
        } finally {
            threadLock.unlock();
        }
    }
}
