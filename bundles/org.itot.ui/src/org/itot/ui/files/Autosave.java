package org.itot.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.AtomicFileWriter;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * Autosave and crash recovery: every few seconds, each model changed since its last save and last autosave is
 * written (atomically, like a save) to a copy in the autosave folder, beside a small file naming the model's own
 * file. The model file itself is never touched. A save, Save As, close or clean exit deletes the copy; one left behind
 * and newer than its model file is what a crash left, and is offered for recovery on the next start.
 */
public final class Autosave {

    private static final String COPY = ".itot";
    private static final String SOURCE = ".source";

    /** A copy left behind by a session that did not end normally. */
    public record Recoverable(Path original, Path copy, Instant autosaved) {
    }

    private final Path folder;
    private final IntSupplier intervalSeconds;
    private final Map<OpenModel, Long> written = new ConcurrentHashMap<>();
    private final Set<OpenModel> followed = ConcurrentHashMap.newKeySet();
    private final OpenModel.Listener cleanup = new OpenModel.Listener() {
        @Override
        public void saved(OpenModel model) {
            delete(model.file());
        }

        @Override
        public void moved(OpenModel model, Path from) {
            delete(from);
        }

        @Override
        public void closed(OpenModel model) {
            delete(model.file());
            written.remove(model);
            followed.remove(model);
            model.removeListener(this);
        }
    };
    private final Job job;
    private volatile boolean running;
    private static Autosave workbench;

    /**
     * The desktop's autosave: copies in {@code -Ditot.autosaveDir} or else the workspace's state folder of this
     * bundle, at the interval the preferences give.
     */
    public static synchronized Autosave workbench() {
        if (workbench == null) {
            String configured = System.getProperty("itot.autosaveDir");
            Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                    : org.eclipse.core.runtime.Platform.getStateLocation(
                            org.osgi.framework.FrameworkUtil.getBundle(Autosave.class)).toPath().resolve("autosave");
            var store = org.itot.ui.preferences.ItotPreferences.store();
            workbench = new Autosave(folder,
                    () -> store.getInt(org.itot.ui.preferences.ItotPreferences.AUTOSAVE_SECONDS));
            Autosave created = workbench;
            store.addPropertyChangeListener(event -> {
                if (org.itot.ui.preferences.ItotPreferences.AUTOSAVE_SECONDS.equals(event.getProperty())) {
                    created.reschedule();
                }
            });
        }
        return workbench;
    }

    /**
     * @param folder where the copies go (created when needed)
     * @param intervalSeconds read before each wait, so a changed preference applies from the next round; 0 or less
     *                        pauses autosave (checked again every few seconds)
     */
    public Autosave(Path folder, IntSupplier intervalSeconds) {
        this.folder = folder;
        this.intervalSeconds = intervalSeconds;
        this.job = new Job("Autosave") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (intervalSeconds.getAsInt() > 0) {
                    autosaveNow();
                }
                if (running) {
                    schedule(delayMillis());
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
    }

    public Path folder() {
        return folder;
    }

    public void start() {
        running = true;
        job.schedule(delayMillis());
    }

    /** Applies a new interval now instead of after the current wait. */
    public void reschedule() {
        if (running) {
            job.cancel();
            job.schedule(delayMillis());
        }
    }

    public void stop() {
        running = false;
        job.cancel();
    }

    private long delayMillis() {
        int seconds = intervalSeconds.getAsInt();
        return 1000L * (seconds > 0 ? seconds : 5);
    }

    /** Writes a copy of every model changed since its last save and autosave; returns how many were written. */
    public int autosaveNow() {
        int count = 0;
        for (OpenModel model : OpenModels.get().all()) {
            long changes = model.changeCount();
            Long last = written.get(model);
            if (!model.isDirty() || last != null && last == changes) {
                continue;
            }
            try {
                write(model);
                written.put(model, changes);
                count++;
            } catch (IOException | RuntimeException e) {
                // Autosave is a safety net: a failure must not disturb the user, it is logged and retried.
                ILog.of(Autosave.class).warn("Autosave of " + model.file() + " failed: " + e.getMessage(), e);
            }
        }
        return count;
    }

    private void write(OpenModel model) throws IOException {
        if (followed.add(model)) {
            model.addListener(cleanup);
        }
        Path original = model.file();
        ArchitectureModel copy = copyWithIds(model.model());
        Files.createDirectories(folder);
        AtomicFileWriter.write(sourceFileOf(original), original.toString());
        Path target = copyOf(original);
        ModelFiles.save(copy, target);
        Files.deleteIfExists(ModelFiles.backupOf(target));
    }

    /** A copy made under the model's read lock, keeping the xmi:ids so a recovered model saves with the same ids. */
    private static ArchitectureModel copyWithIds(ArchitectureModel model) {
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        stack.lock().readLock().lock();
        try {
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            ArchitectureModel copy = (ArchitectureModel) copier.copy(model);
            copier.copyReferences();
            Resource resource = new ItotResourceFactory().createResource(URI.createFileURI("autosave.itot"));
            new ResourceSetImpl().getResources().add(resource);
            resource.getContents().add(copy);
            if (model.eResource() instanceof XMLResource source && resource instanceof XMLResource target) {
                for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
                    String id = source.getID(pair.getKey());
                    if (id != null) {
                        target.setID(pair.getValue(), id);
                    }
                }
            }
            return copy;
        } finally {
            stack.lock().readLock().unlock();
        }
    }

    /** Copies whose model file is missing or older than the copy; copies that are older are stale and deleted. */
    public List<Recoverable> pending() {
        List<Recoverable> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> sources = Files.newDirectoryStream(folder, "*" + SOURCE)) {
            for (Path source : sources) {
                String name = source.getFileName().toString();
                Path copy = folder.resolve(name.substring(0, name.length() - SOURCE.length()) + COPY);
                Path original = Path.of(Files.readString(source, StandardCharsets.UTF_8).strip());
                if (!Files.isRegularFile(copy)) {
                    Files.deleteIfExists(source);
                    continue;
                }
                Instant autosaved = Files.getLastModifiedTime(copy).toInstant();
                if (Files.isRegularFile(original) && !Files.getLastModifiedTime(original).toInstant().isBefore(autosaved)) {
                    delete(original);
                    continue;
                }
                found.add(new Recoverable(original, copy, autosaved));
            }
        } catch (IOException | RuntimeException e) {
            ILog.of(Autosave.class).warn("Cannot look for autosaved models in " + folder + ": " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * Opens the model with the autosaved contents: as one undoable change on top of its file (so it is dirty until
     * saved), or, if the file is gone, written back to where it was. The copy is deleted once recovered.
     */
    public OpenModel recover(Recoverable recoverable) throws ModelLoadException, IOException {
        ArchitectureModel content = ModelFiles.load(recoverable.copy());
        OpenModel model;
        if (Files.isRegularFile(recoverable.original())) {
            model = OpenModels.get().open(recoverable.original());
            model.recover(content);
        } else {
            Files.createDirectories(recoverable.original().toAbsolutePath().getParent());
            ModelFiles.save(content, recoverable.original());
            model = OpenModels.get().open(recoverable.original());
        }
        delete(recoverable.original());
        return model;
    }

    public void discard(Recoverable recoverable) {
        delete(recoverable.original());
    }

    /** Clean exit: the user has saved or discarded every change, so no copy is needed any more. */
    public void deleteAll() {
        OpenModels.get().all().forEach(model -> delete(model.file()));
    }

    private void delete(Path original) {
        try {
            Files.deleteIfExists(copyOf(original));
            Files.deleteIfExists(sourceFileOf(original));
        } catch (IOException e) {
            ILog.of(Autosave.class).warn("Cannot delete the autosave of " + original + ": " + e.getMessage(), e);
        }
    }

    /** The copy of a model file: readable name, and a hash of the full path so equal names do not collide. */
    public Path copyOf(Path original) {
        return folder.resolve(key(original) + COPY);
    }

    private Path sourceFileOf(Path original) {
        return folder.resolve(key(original) + SOURCE);
    }

    private static String key(Path original) {
        String path = original.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            String name = original.getFileName().toString().replaceAll("\\.itot$", "").replaceAll("[^A-Za-z0-9_-]", "_");
            return name + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
