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

    /** System property that sets the size limit of {@link #load(Path)} in bytes instead of {@link #maxBytes()}. */
    public static final String MAX_BYTES_PROPERTY = "itot.maxModelBytes";

    /**
     * Bytes of Java heap a model file needs per byte of file, with room to spare: measured 1.9 after the load
     * of the 10,000- and 100,000-asset plants, up to 3.6 while loading (the file's bytes, the parser's and the
     * model's) and 6.9 at the peak of a full validation with its findings (docs/BENCHMARKS.md).
     */
    public static final int HEAP_BYTES_PER_FILE_BYTE = 8;

    /** The largest file the reader can hold (one Java array); reached with a heap of 16 GB or more. */
    static final long MAX_READABLE_BYTES = Integer.MAX_VALUE - 16;

    private ModelFiles() {
    }

    /**
     * The size limit of {@link #load(Path)}: {@value #MAX_BYTES_PROPERTY} if set, otherwise what this JVM's
     * maximum heap can load and validate ({@link #maxBytesForHeap}). A file above it would only run out of
     * memory (or is not a model at all), so it is refused before it is read.
     */
    public static long maxBytes() {
        Long configured = Long.getLong(MAX_BYTES_PROPERTY);
        return configured != null && configured > 0 ? Math.min(configured, MAX_READABLE_BYTES)
                : maxBytesForHeap(Runtime.getRuntime().maxMemory());
    }

    /** The largest model file a heap of this many bytes loads and validates. */
    public static long maxBytesForHeap(long heapBytes) {
        return Math.max(1, Math.min(heapBytes / HEAP_BYTES_PER_FILE_BYTE, MAX_READABLE_BYTES));
    }

    /** The heap a model file of this size needs: the inverse of {@link #maxBytesForHeap}, in whole gigabytes. */
    public static int heapGigabytesFor(long fileBytes) {
        long gigabyte = 1L << 30;
        return (int) Math.max(1, (fileBytes * HEAP_BYTES_PER_FILE_BYTE + gigabyte - 1) / gigabyte);
    }

    /**
     * Loads a model file with the default size limit ({@link #maxBytes()}). The model's {@link ArchitectureModel#eResource() resource} sits in
     * a resource set of its own, which an editing domain may adopt.
     */
    public static ArchitectureModel load(Path file) throws ModelLoadException {
        Long configured = Long.getLong(MAX_BYTES_PROPERTY);
        return new ModelFileReader(file, maxBytes(), configured != null && configured > 0 ? SizeLimit.PROPERTY
                : SizeLimit.HEAP).read();
    }

    /** Loads a model file, refusing files larger than {@code maxBytes} (at most 2 GB) before reading them. */
    public static ArchitectureModel load(Path file, long maxBytes) throws ModelLoadException {
        return new ModelFileReader(file, maxBytes, SizeLimit.CALLER).read();
    }

    /** Where a load's size limit came from: what a user does about a refusal differs. */
    enum SizeLimit {
        /** Derived from the Java heap: a larger heap opens a larger file. */
        HEAP,
        /** Set with {@value ModelFiles#MAX_BYTES_PROPERTY}. */
        PROPERTY,
        /** Chosen by the calling code. */
        CALLER
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
