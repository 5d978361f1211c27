package org.itot.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.itot.model.ArchitectureModel;

/**
 * The save pipeline behind {@link ModelFiles#save}: serialise in memory, write a temporary file in
 * the target's folder and force it to disk, keep the previous file as the backup, then rename the
 * temporary file over the target, so a crash at any moment leaves the old or the new file whole.
 */
final class ModelFileWriter {

    private ModelFileWriter() {
    }

    static void save(ArchitectureModel model, Path file) throws IOException {
        Objects.requireNonNull(model, "model");
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            // Renaming over a link would replace the link by a file; write where it points instead.
            target = target.toRealPath();
        }
        Resource resource = resourceOf(model, target);
        ModelReferences.Reference outside = ModelReferences.findOutside(resource);
        if (outside != null) {
            throw new IOException("Cannot save " + target + ": " + LoadProblems.describe(outside.source())
                    + " refers through '" + outside.feature().getName() + "' to " + LoadProblems.describe(outside.target())
                    + ", which is not part of this model (deleted, or from another model). Remove the reference and "
                    + "save again; nothing was written.");
        }
        checkText(resource, target);
        if (!ModelFormat.CURRENT.equals(model.getFormatVersion())) {
            model.setFormatVersion(ModelFormat.CURRENT);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(content, null);
        } catch (RuntimeException e) {
            // EMF reports values it cannot write as unchecked exceptions; the file is not touched yet.
            throw new IOException("Cannot save " + target + ": the model cannot be written as XML (" + e.getMessage()
                    + "); nothing was written.", e);
        }
        writeAtomically(target, content.toByteArray());
        URI uri = URI.createFileURI(target.toString());
        if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
        resource.setModified(false);
    }

    /**
     * XML 1.0 cannot hold most control characters (pasted from spreadsheets or terminals), and EMF
     * would fail half-way; find the first one and say where it is.
     */
    private static void checkText(Resource resource, Path target) throws IOException {
        for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.isTransient() || attribute.isDerived() || !object.eIsSet(attribute)) {
                    continue;
                }
                Object value = object.eGet(attribute);
                for (Object item : attribute.isMany() ? (List<?>) value : List.of(value)) {
                    if (item instanceof String text) {
                        int bad = text.codePoints().filter(c -> !isXmlCharacter(c)).findFirst().orElse(-1);
                        if (bad >= 0) {
                            throw new IOException(String.format(Locale.ROOT, "Cannot save %s: the %s of %s contains the "
                                    + "character U+%04X, which a model file cannot hold. Remove it and save again; "
                                    + "nothing was written.", target, attribute.getName(),
                                    LoadProblems.describe(object), bad));
                        }
                    }
                }
            }
        }
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static Resource resourceOf(ArchitectureModel model, Path target) {
        if (model.eContainer() != null) {
            throw new IllegalArgumentException("the model is contained in " + model.eContainer().eClass().getName()
                    + "; only a root ArchitectureModel can be saved as a file");
        }
        Resource resource = model.eResource();
        if (resource == null) {
            resource = new ItotResource(URI.createFileURI(target.toString()));
            new ResourceSetImpl().getResources().add(resource);
            resource.getContents().add(model);
            return resource;
        }
        if (!(resource instanceof ItotResource)) {
            throw new IllegalArgumentException("the model is held by a " + resource.getClass().getName()
                    + ", not by an .itot resource; create resources with ItotResourceFactory");
        }
        if (resource.getContents().size() != 1) {
            throw new IllegalArgumentException("the model's resource holds " + resource.getContents().size()
                    + " root objects; a model file holds exactly one ArchitectureModel");
        }
        return resource;
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = target.getParent();
        boolean existed = Files.exists(target);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot save " + target + ": the folder " + folder
                    + (folder != null && Files.exists(folder) ? " is not a folder" : " does not exist")
                    + ". Choose another location; nothing was written.");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot save " + target + ": a folder of that name exists. Choose another name; "
                    + "nothing was written.");
        }
        Path temporary = null;
        Path backupTemporary = null;
        try {
            temporary = temporarySibling(target);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (existed) {
                copyPermissions(target, temporary);
                backupTemporary = temporarySibling(ModelFiles.backupOf(target));
                linkOrCopy(target, backupTemporary);
                move(backupTemporary, ModelFiles.backupOf(target));
                backupTemporary = null;
            }
            move(temporary, target);
            temporary = null;
            forceFolder(folder);
        } catch (IOException e) {
            throw new IOException(describeFailure(target, folder, existed, e), e);
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(backupTemporary);
        }
    }

    /** Hidden, unique and in the same folder, so the final rename stays on one file system. */
    private static Path temporarySibling(Path file) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
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
            // The new file then has the folder's default permissions, which is acceptable.
        }
    }

    /** Makes the renames durable; only some platforms can open a folder for this. */
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
            // Nothing better to do: the save already failed or succeeded for its own reasons.
        }
    }

    private static String describeFailure(Path target, Path folder, boolean existed, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String what;
        if (e instanceof AccessDeniedException) {
            what = "you may not write in the folder " + folder + ". Save to a folder you may write to";
        } else if (e instanceof NotDirectoryException || e instanceof NoSuchFileException) {
            what = "the folder " + folder + " is not available (" + reason + "). Choose another location";
        } else if (reason.contains("No space left") || reason.contains("Disk quota") || reason.contains("File too large")) {
            what = "there is not enough space for it (" + reason + "). Free space on that disk or save elsewhere";
        } else if (reason.contains("Read-only file system")) {
            what = "the folder " + folder + " is on a read-only disk. Save to another location";
        } else {
            what = reason + ". Try again or save elsewhere";
        }
        return "Cannot save " + target + ": " + what + (existed ? "; the previous version of the file is unchanged."
                : "; nothing was written.");
    }
}
