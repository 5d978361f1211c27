package org.itot.model.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.itot.model.ArchitectureModel;

/**
 * Loads and saves {@code *.itot} model files. Loading is strict (the whole model or a
 * {@link ModelLoadException}, never a half-read one; only diagram views of missing elements are let
 * through, as {@link #warnings warnings}) and touches no other file or network resource;
 * saving is atomic (the file on disk is always either the previous or the new version) and keeps
 * the previous version as {@code <name>.itot.bak}.
 */
public final class ModelFiles {

    /** System property that overrides {@link #DEFAULT_MAX_BYTES} for {@link #load(Path)}. */
    public static final String MAX_BYTES_PROPERTY = "itot.maxModelBytes";

    /** Files above this size are refused before parsing (100 MB; real models are a few MB). */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private ModelFiles() {
    }

    /**
     * Loads a model file with the default size limit ({@value #MAX_BYTES_PROPERTY} or
     * {@link #DEFAULT_MAX_BYTES}). The model's {@link ArchitectureModel#eResource() resource} sits in
     * a resource set of its own, which an editing domain may adopt.
     */
    public static ArchitectureModel load(Path file) throws ModelLoadException {
        return load(file, Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES));
    }

    /** Loads a model file, refusing files larger than {@code maxBytes} before reading them. */
    public static ArchitectureModel load(Path file, long maxBytes) throws ModelLoadException {
        return new ModelFileReader(file, maxBytes).read();
    }

    /**
     * What the load of this model let through: diagram views whose element or edge end is missing
     * from the file, loaded with that reference unset. Empty for a model that was not loaded from a
     * file. The same warnings are the model resource's {@code getWarnings()}.
     */
    public static List<LoadWarning> warnings(ArchitectureModel model) {
        if (model.eResource() == null) {
            return List.of();
        }
        return model.eResource().getWarnings().stream().filter(LoadWarning.class::isInstance)
                .map(LoadWarning.class::cast).toList();
    }

    /**
     * Saves the model to the file atomically and sets its {@code formatVersion} to
     * {@link ModelFormat#CURRENT}. A model without a resource is given one; afterwards the model's
     * resource has the file's URI and is not modified.
     *
     * @throws FileChangedOnDiskException when saving over the file the model was read from (or last saved to) and
     *                     someone else wrote that file since: their change is kept and nothing is written
     * @throws IOException with a message that names the file and the cause (folder missing or not
     *                     writable, disk full, a reference to an element outside the model, a symbolic link
     *                     into another folder); the previous file is then unchanged and no temporary file is
     *                     left behind
     * @throws IllegalArgumentException if the model is contained in another object or held by a
     *                                  resource that is not an {@code *.itot} resource
     */
    public static void save(ArchitectureModel model, Path file) throws IOException {
        ModelFileWriter.save(model, file);
    }

    /**
     * Whether the model's file changed on disk since the model was read from it or last saved to it (someone else
     * wrote it): then {@link #save} over that file refuses with a {@link FileChangedOnDiskException}. False for a
     * model that was never read from or saved to a file, and for a file that no longer exists.
     */
    public static boolean changedOnDisk(ArchitectureModel model) throws IOException {
        if (!(model.eResource() instanceof ItotResource resource) || resource.diskState() == null
                || !resource.getURI().isFile()) {
            return false;
        }
        return !resource.diskState().matches(Path.of(resource.getURI().toFileString()));
    }

    /**
     * After the contents of {@code model} were replaced by those of {@code reloaded}, freshly read from the model's
     * file (a Revert): the model now stands for the file as {@code reloaded} read it, so a later save over the file
     * does not count the change it just took in as someone else's.
     */
    public static void adoptFileState(ArchitectureModel model, ArchitectureModel reloaded) {
        if (model.eResource() instanceof ItotResource resource
                && reloaded.eResource() instanceof ItotResource source) {
            resource.setDiskState(source.diskState());
        }
    }

    /** Where {@link #save} keeps the previous version of a file: {@code <name>.itot.bak} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
