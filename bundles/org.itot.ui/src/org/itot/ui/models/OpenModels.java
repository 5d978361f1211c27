package org.itot.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.preferences.ItotPreferences;
import org.itot.validation.engine.LiveValidationJob;

/**
 * The models open in the desktop, one instance per file, shared by the Model Explorer, the diagram editors and the
 * Problems view so that they all see (and undo) the same edits. UI-thread confined except for the findings.
 */
public final class OpenModels {

    private static final OpenModels INSTANCE = new OpenModels();

    private final Map<Path, OpenModel> open = new LinkedHashMap<>();
    /** Files {@link #openInBackground} is reading; guarded by this. */
    private final Map<Path, PendingOpen> loading = new HashMap<>();
    private final List<Consumer<OpenModel>> openListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<OpenModel>> closeListeners = new CopyOnWriteArrayList<>();

    private OpenModels() {
        // Live validation uses the rule packs and severities of the preferences: changing them re-validates.
        ItotPreferences.store().addPropertyChangeListener(event -> {
            if (ItotPreferences.RULE_PACKS.equals(event.getProperty())
                    || ItotPreferences.RULE_SEVERITIES.equals(event.getProperty())) {
                all().forEach(OpenModel::restartValidation);
            }
        });
    }

    public static OpenModels get() {
        return INSTANCE;
    }

    /**
     * The open model of a file, loading it (strictly: a broken file is refused with the reason) and starting its live
     * validation the first time.
     */
    public synchronized OpenModel open(Path file) throws ModelLoadException {
        Path normalized = file.toAbsolutePath().normalize();
        OpenModel existing = open.get(normalized);
        if (existing != null) {
            return existing;
        }
        OpenModel opened = new OpenModel(normalized, ModelFiles.load(normalized));
        open.put(normalized, opened);
        opened.startValidation();
        RecentModels.add(normalized);
        openListeners.forEach(listener -> listener.accept(opened));
        return opened;
    }

    /**
     * Opens a model without ever blocking the UI thread: a job with progress reads the file, indexes it and prepares
     * its live validation; then, on the UI thread, the model joins the registry (listeners hear of it) and
     * {@code opened} is called. A file already open is handed over at once; one being opened gets the callbacks of
     * the load under way. Call on the UI thread; the callbacks run there.
     *
     * @return the job reading the file, or null when the model was open already
     */
    public Job openInBackground(Path file, Consumer<OpenModel> opened, Consumer<ModelLoadException> failed) {
        Path normalized = file.toAbsolutePath().normalize();
        PendingOpen pending;
        synchronized (this) {
            OpenModel existing = open.get(normalized);
            if (existing != null) {
                opened.accept(existing);
                return null;
            }
            pending = loading.get(normalized);
            if (pending != null) {
                pending.add(opened, failed);
                return pending.job;
            }
            pending = new PendingOpen(Display.getCurrent());
            pending.add(opened, failed);
            loading.put(normalized, pending);
        }
        PendingOpen load = pending;
        load.job = Job.create("Opening " + normalized.getFileName(), monitor -> {
            monitor.beginTask("Opening " + normalized.getFileName(), 3);
            OpenModel prepared;
            LiveValidationJob validation = null;
            try {
                monitor.subTask("Reading " + normalized);
                prepared = new OpenModel(normalized, ModelFiles.load(normalized));
                monitor.worked(1);
            } catch (ModelLoadException e) {
                load.later(() -> finish(normalized, load, null, null, e));
                return Status.OK_STATUS;
            }
            try {
                // Nobody else sees the model yet, so its validation adapters can go on every element here, off the
                // UI thread (see OpenModel#newValidationJob).
                monitor.subTask("Loading the rule catalogue");
                validation = prepared.newValidationJob(OpenModel.ValidationSetup.of(normalized));
            } catch (CoreException e) {
                ILog.of(OpenModels.class).log(e.getStatus());
            }
            monitor.worked(1);
            OpenModel ready = prepared;
            LiveValidationJob readyValidation = validation;
            load.later(() -> finish(normalized, load, ready, readyValidation, null));
            monitor.done();
            return Status.OK_STATUS;
        });
        load.job.setUser(false);
        load.job.schedule();
        return load.job;
    }

    /** On the UI thread: the loaded model joins the registry (unless the file was opened meanwhile) and callers hear. */
    private void finish(Path file, PendingOpen load, OpenModel loaded, LiveValidationJob validation,
            ModelLoadException failure) {
        OpenModel result = null;
        boolean added = false;
        synchronized (this) {
            loading.remove(file, load);
            if (failure == null) {
                result = open.get(file);
                if (result == null) {
                    result = loaded;
                    open.put(file, loaded);
                    added = true;
                }
            }
        }
        if (added) {
            if (validation != null) {
                result.startValidation(validation);
            } else {
                result.startValidation();
            }
            RecentModels.add(file);
            OpenModel announced = result;
            openListeners.forEach(listener -> listener.accept(announced));
        } else if (validation != null) {
            // Opened another way while this one loaded: the copy and its validation adapters are dropped.
            validation.stop();
        }
        for (int i = 0; i < load.opened.size(); i++) {
            if (failure == null) {
                load.opened.get(i).accept(result);
            } else {
                load.failed.get(i).accept(failure);
            }
        }
    }

    /** Whether the file is being read by {@link #openInBackground}. */
    public synchronized boolean isOpening(Path file) {
        return loading.containsKey(file.toAbsolutePath().normalize());
    }

    /** A model being read in the background and who waits for it. */
    private static final class PendingOpen {
        final Display display;
        final List<Consumer<OpenModel>> opened = new ArrayList<>();
        final List<Consumer<ModelLoadException>> failed = new ArrayList<>();
        Job job;

        PendingOpen(Display display) {
            this.display = display != null ? display : Display.getDefault();
        }

        /** Runs on the UI thread, unless the workbench shut down while the file was read. */
        void later(Runnable work) {
            try {
                if (!display.isDisposed()) {
                    display.asyncExec(work);
                }
            } catch (SWTException e) {
                // disposed meanwhile: nobody is left to show the model to
            }
        }

        void add(Consumer<OpenModel> whenOpened, Consumer<ModelLoadException> whenFailed) {
            opened.add(whenOpened);
            failed.add(whenFailed);
        }
    }

    /** The open model an element belongs to. */
    public synchronized Optional<OpenModel> of(EObject element) {
        EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
        return open.values().stream().filter(m -> m.model() == root).findFirst();
    }

    public synchronized Optional<OpenModel> find(Path file) {
        return Optional.ofNullable(open.get(file.toAbsolutePath().normalize()));
    }

    public synchronized List<OpenModel> all() {
        return new ArrayList<>(open.values());
    }

    /** Listeners hear of every model opened from now on (the explorer adds it to its tree). */
    public void addOpenListener(Consumer<OpenModel> listener) {
        openListeners.add(listener);
    }

    public void removeOpenListener(Consumer<OpenModel> listener) {
        openListeners.remove(listener);
    }

    /** Listeners hear of every model closed (the explorer removes it from its tree). */
    public void addCloseListener(Consumer<OpenModel> listener) {
        closeListeners.add(listener);
    }

    public void removeCloseListener(Consumer<OpenModel> listener) {
        closeListeners.remove(listener);
    }

    /**
     * Closes a model without asking: its changes since the last save are dropped (callers ask first, see
     * {@link UnsavedChanges}).
     */
    public void close(OpenModel model) {
        synchronized (this) {
            if (open.get(model.file()) != model) {
                return;
            }
            open.remove(model.file());
        }
        model.dispose();
        closeListeners.forEach(listener -> listener.accept(model));
    }

    /** Save As may not write over the file of another open model: two instances would claim one file. */
    synchronized void checkCanMove(OpenModel model, Path target) throws java.io.IOException {
        OpenModel other = open.get(target);
        if (other != null && other != model) {
            throw new java.io.IOException("Cannot save as " + target + ": that model is open; close it first or choose "
                    + "another file.");
        }
    }

    synchronized void moved(OpenModel model, Path from, Path to) {
        open.remove(from);
        open.put(to, model);
        RecentModels.add(to);
    }

    /** Stops every model's validation (workbench shutdown). */
    public synchronized void closeAll() {
        open.values().forEach(OpenModel::stopValidation);
        open.clear();
    }
}
