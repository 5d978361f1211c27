package org.itot.model.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the product writes a file: into a temporary file beside the target, forced to disk, then renamed over
 * the target and the folder forced too, so a reader or a crash sees the old or the new file whole, never a part.
 * <ul>
 * <li>A new file gets the permissions any newly created file gets under the user's umask (the temporary file is
 * created like any other file, not owner-only); a file that is replaced keeps its permissions.</li>
 * <li>A symbolic link at the target is followed only within its own folder; a link into another folder is refused
 * with a message naming the link and where it points (renaming over the link would replace it by a file, and
 * writing where it points would put the file somewhere the user did not name).</li>
 * <li>Errors name the target, never the temporary file, and say whether the previous file is unchanged.</li>
 * <li>The temporary name is short, so any name the file system allows for the target (up to 255 bytes) works.</li>
 * </ul>
 */
public final class AtomicFileWriter {

    /** Writes the content into the stream it is given; the stream is closed by the writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** How much of the target's name the temporary file repeats, in UTF-8 bytes, so people can tell what it was. */
    private static final int NAME_PREFIX_BYTES = 48;

    private AtomicFileWriter() {
    }

    /** Writes {@code content} to {@code file}. @return the file written (a same-folder link's target) */
    public static Path write(Path file, byte[] content) throws IOException {
        return write(file, out -> out.write(content));
    }

    /** Writes {@code text} as UTF-8. @return the file written */
    public static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes what {@code content} produces to {@code file}; the folder must exist. A runtime exception or error
     * thrown by {@code content} passes through unchanged, with the temporary file removed and the target untouched.
     *
     * @return the file written: {@code file}, or where a symbolic link in the same folder points
     * @throws IOException naming {@code file} and the cause; the previous file is then unchanged
     */
    public static Path write(Path file, Content content) throws IOException {
        return write(file, content, null, "write");
    }

    /**
     * Where a write of {@code file} lands: the absolute path, or where a symbolic link at it points when that is in
     * the same folder.
     *
     * @throws IOException when the link points into another folder, naming the link and its target
     */
    public static Path target(Path file) throws IOException {
        return target(file, "write");
    }

    static Path target(Path file, String verb) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        Path pointsTo;
        try {
            pointsTo = target.toRealPath();
        } catch (NoSuchFileException e) {
            // A dangling link: where it would create the file.
            pointsTo = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        Path folder = target.getParent();
        Path realFolder = Files.exists(folder) ? folder.toRealPath() : folder;
        Path linkFolder = pointsTo.getParent();
        Path realLinkFolder = linkFolder != null && Files.exists(linkFolder) ? linkFolder.toRealPath() : linkFolder;
        if (!realFolder.equals(realLinkFolder)) {
            throw new IOException("Cannot " + verb + " " + target + ": it is a symbolic link to " + pointsTo
                    + ", in another folder. " + capitalised(verb) + " to " + pointsTo
                    + " directly, or remove the link; nothing was written.");
        }
        return pointsTo;
    }

    /**
     * @param backup where the previous version of the file is kept (replaced atomically too), null for none
     * @param verb "write" or "save", the word the messages use
     */
    static Path write(Path file, Content content, Path backup, String verb) throws IOException {
        Path target = target(file, verb);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot " + verb + " " + target + ": the folder " + folder
                    + (folder != null && Files.exists(folder) ? " is not a folder" : " does not exist")
                    + ". Choose another location; nothing was written.");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Cannot " + verb + " " + target + ": a folder of that name exists. Choose another "
                    + "name; nothing was written.");
        }
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        Path temporary = null;
        Path backupTemporary = null;
        try {
            temporary = temporarySibling(target);
            // No file attributes: the file gets the mode every new file gets (0666 less the umask).
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                // Unbuffered: a write error (a full disk) reaches the content writer at the write that failed;
                // writers buffer themselves where they write small pieces.
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(new UnclosableStream(out));
                channel.force(true);
            }
            if (existed) {
                copyPermissions(target, temporary);
                if (backup != null) {
                    backupTemporary = temporarySibling(backup);
                    linkOrCopy(target, backupTemporary);
                    move(backupTemporary, backup);
                    backupTemporary = null;
                }
            }
            move(temporary, target);
            temporary = null;
            forceFolder(folder);
            return target;
        } catch (IOException e) {
            throw new IOException(describeFailure(verb, target, folder, existed, e), e);
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(backupTemporary);
        }
    }

    /**
     * Hidden, unique and in the same folder (so the rename stays on one file system), and short: the target's name
     * is cut to {@value #NAME_PREFIX_BYTES} bytes, so the temporary name fits wherever the target's does.
     */
    private static Path temporarySibling(Path file) {
        String name = file.getFileName().toString();
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length();) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > NAME_PREFIX_BYTES) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return file.resolveSibling("." + prefix + "." + HexFormat.of().formatHex(random) + ".tmp");
    }

    /** A hard link costs nothing and shares the old content; file systems without links get a copy. */
    private static void linkOrCopy(Path target, Path backup) throws IOException {
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(backup);
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Both paths share a folder, so this only happens on file systems without atomic renames.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView destination = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || destination == null) {
            return;
        }
        try {
            destination.setPermissions(source.readAttributes().permissions());
        } catch (IOException | SecurityException e) {
            // The new file then has the permissions of a new file, which is acceptable.
        }
    }

    /** Makes the rename durable; only some platforms can open a folder for this. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; its renames are durable through the journal.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing better to do: the write already failed or succeeded for its own reasons.
        }
    }

    /** The cause in words, naming the target (the file system's message would name the temporary file). */
    private static String describeFailure(String verb, Path target, Path folder, boolean existed, IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        String what;
        String again = capitalised(verb);
        if (e instanceof AccessDeniedException) {
            what = "you may not write in the folder " + folder + ". " + again + " to a folder you may write to";
        } else if (e instanceof NotDirectoryException || e instanceof NoSuchFileException) {
            what = "the folder " + folder + " is not available (" + reason + "). Choose another location";
        } else if (reason.contains("No space left") || reason.contains("Disk quota") || reason.contains("File too large")) {
            what = "there is not enough space for it (" + reason + "). Free space on that disk or " + verb + " elsewhere";
        } else if (reason.contains("Read-only file system")) {
            what = "the folder " + folder + " is on a read-only disk. " + again + " to another location";
        } else {
            what = reason + ". Try again or " + verb + " elsewhere";
        }
        return "Cannot " + verb + " " + target + ": " + what + (existed ? "; the previous version of the file is unchanged."
                : "; nothing was written.");
    }

    private static String capitalised(String verb) {
        return verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1);
    }

    /** Content writers may close their stream (ImageIO, POI do); the writer still needs to force the file. */
    private static final class UnclosableStream extends java.io.FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
