package org.itot.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a model file on disk looked like when the model was read from it or last saved to it, so a save can tell
 * that someone else wrote the file in between (another {@code itot} command, a second desktop, an editor) instead
 * of overwriting their change. The file's identity, time and size decide quickly; when they differ, the content
 * hash decides, so a file rewritten with the same content (a checkout, a touch) does not count as changed.
 */
record DiskState(Object fileKey, FileTime modified, long size, byte[] contentHash) {

    /** The state of {@code file} now, whose content is {@code content} (read or written by us). */
    static DiskState of(Path file, byte[] content) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return of(attributes, hash(content));
    }

    /** The state of {@code attributes}' file, whose content has this hash. */
    static DiskState of(BasicFileAttributes attributes, byte[] contentHash) {
        return new DiskState(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), contentHash);
    }

    /**
     * Whether {@code file} still holds what this state describes. A file that no longer exists has not been
     * overwritten by anyone (it was moved or deleted), so writing it loses nothing.
     */
    boolean matches(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (Objects.equals(fileKey, now.fileKey()) && modified.equals(now.lastModifiedTime()) && size == now.size()) {
            return true;
        }
        if (size != now.size()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(contentHash, hash(in));
        }
    }

    static byte[] hash(byte[] content) {
        MessageDigest digest = newDigest();
        digest.update(content);
        return digest.digest();
    }

    private static byte[] hash(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return digest.digest();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
