package org.itot.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
        // A link in the same folder is written through; one into another folder is refused, naming both.
        Path target = AtomicFileWriter.target(file, "save");
        ItotResource resource = resourceOf(model, target);
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
        ByteArrayOutputStream serialised = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(serialised, null);
        } catch (RuntimeException e) {
            // EMF reports values it cannot write as unchecked exceptions; the file is not touched yet.
            throw new IOException("Cannot save " + target + ": the model cannot be written as XML (" + e.getMessage()
                    + "); nothing was written.", e);
        }
        byte[] content = serialised.toByteArray();
        // Check and replace under one lock, so two savers cannot both find the file unchanged.
        try (ModelFileLock lock = ModelFileLock.acquire(target)) {
            if (isItsOwnFile(resource, target) && resource.diskState() != null
                    && !resource.diskState().matches(target)) {
                throw new FileChangedOnDiskException(target);
            }
            AtomicFileWriter.write(target, out -> out.write(content), ModelFiles.backupOf(target), "save");
            resource.setDiskState(DiskState.of(target, content));
        }
        URI uri = URI.createFileURI(target.toString());
        if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
        resource.setModified(false);
    }

    /** Whether the model is saved over the file it was read from (not Save As onto another file). */
    private static boolean isItsOwnFile(Resource resource, Path target) {
        URI uri = resource.getURI();
        if (uri == null || !uri.isFile()) {
            return false;
        }
        Path own = Path.of(uri.toFileString()).toAbsolutePath().normalize();
        if (own.equals(target)) {
            return true;
        }
        try {
            return AtomicFileWriter.target(own).equals(target);
        } catch (IOException e) {
            return false;
        }
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

    private static ItotResource resourceOf(ArchitectureModel model, Path target) {
        if (model.eContainer() != null) {
            throw new IllegalArgumentException("the model is contained in " + model.eContainer().eClass().getName()
                    + "; only a root ArchitectureModel can be saved as a file");
        }
        Resource held = model.eResource();
        if (held == null) {
            ItotResource resource = new ItotResource(URI.createFileURI(target.toString()));
            new ResourceSetImpl().getResources().add(resource);
            resource.getContents().add(model);
            return resource;
        }
        if (!(held instanceof ItotResource resource)) {
            throw new IllegalArgumentException("the model is held by a " + held.getClass().getName()
                    + ", not by an .itot resource; create resources with ItotResourceFactory");
        }
        if (resource.getContents().size() != 1) {
            throw new IllegalArgumentException("the model's resource holds " + resource.getContents().size()
                    + " root objects; a model file holds exactly one ArchitectureModel");
        }
        return resource;
    }
}
