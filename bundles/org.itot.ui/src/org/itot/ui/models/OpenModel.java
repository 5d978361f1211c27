package org.itot.ui.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.preferences.RulePacks;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.problems.ModelFileResources;
import org.itot.validation.engine.FullValidation;
import org.itot.validation.engine.LiveValidationJob;
import org.itot.validation.engine.ModelChanges;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * One model open in the desktop: its file, its one editing domain, and its findings, kept current by a live
 * validation job and published both as Problems-view markers and to listeners (the diagram editors' decorations).
 * The model object stays the same for the whole session: Revert and recovery replace its contents, Save As its file.
 */
public final class OpenModel {

    /** What happens to an open model besides edits; listeners are called on the thread that caused it (UI). */
    public interface Listener {
        default void saved(OpenModel model) {
        }

        default void moved(OpenModel model, Path from) {
        }

        default void closed(OpenModel model) {
        }
    }

    private volatile Path file;
    private final ArchitectureModel model;
    private final List<Consumer<Diagnostic>> findingListeners = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Counts commands (and undos), so autosave knows whether anything changed since it last wrote. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Diagnostic findings = new BasicDiagnostic();
    /** The latest validation result alone, before the external findings are added to it. */
    private volatile Diagnostic validated = new BasicDiagnostic();
    /**
     * Findings of catalogue rules that other features decide outside the validator (an as-built reconciliation's
     * ASB findings), by the feature's key: added to every published result, so they reach the Problems view, the
     * badges, waivers and Help as the validator's own do.
     */
    private final Map<String, List<RuleDiagnostic>> externalFindings = new ConcurrentHashMap<>();
    /** Live passes and external updates publish one at a time, so an older result never lands after a newer one. */
    private final Object publishing = new Object();
    private LiveValidationJob validation;
    /** Bumped by every start and stop, so a slow start cannot install a job after a newer stop or start. */
    private long validationGeneration;
    private ModelSaveable saveable;

    OpenModel(Path file, ArchitectureModel model) {
        this.file = file;
        this.model = model;
        domain().getCommandStack().addCommandStackListener(event -> changes.incrementAndGet());
        // Before any view adapts the model and any background job validates or exports it (see prepareIndexes). The
        // change feed that live validation and the explorer follow adapts every element: opened in the background,
        // this runs there, so the UI thread never walks a large estate.
        ModelValidator.prepareIndexes(model);
        ModelChanges.of(model);
    }

    public Path file() {
        return file;
    }

    public ArchitectureModel model() {
        return model;
    }

    public AdapterFactoryEditingDomain domain() {
        return ModelEditing.domainFor(model);
    }

    /** The model for the workbench's save and close prompts; one per model, shared by all its editors. */
    public synchronized ModelSaveable saveable() {
        if (saveable == null) {
            saveable = new ModelSaveable(this);
        }
        return saveable;
    }

    /** Whether the model changed since it was opened or last saved (the command stack's save point). */
    public boolean isDirty() {
        return ((BasicCommandStack) domain().getCommandStack()).isSaveNeeded();
    }

    /** Grows with every change of the command stack. */
    public long changeCount() {
        return changes.get();
    }

    /** Saves atomically (with a .bak of the previous file) and marks the command stack's save point. */
    public void save() throws IOException {
        ModelFiles.save(model, file);
        ((BasicCommandStack) domain().getCommandStack()).saveIsDone();
        listeners.forEach(listener -> listener.saved(this));
    }

    /**
     * Writes the model to another file and makes that the model's file from now on: editors, the explorer and the
     * Problems view follow it. The previous file stays as it was on disk.
     */
    public void saveAs(Path target) throws IOException {
        Path normalized = target.toAbsolutePath().normalize();
        if (normalized.equals(file)) {
            save();
            return;
        }
        OpenModels.get().checkCanMove(this, normalized);
        ModelFiles.save(model, normalized);
        Path from = file;
        OpenModels.get().moved(this, from, normalized);
        file = normalized;
        ((BasicCommandStack) domain().getCommandStack()).saveIsDone();
        stopValidation();
        clearMarkers(from);
        startValidation();
        listeners.forEach(listener -> listener.saved(this));
        listeners.forEach(listener -> listener.moved(this, from));
    }

    /**
     * Discards unsaved changes: the model gets the contents of its file again, with an empty undo history. Diagrams
     * are new objects afterwards; editors notice that theirs left the model and reopen it.
     */
    public void revert() throws ModelLoadException {
        ArchitectureModel saved = ModelFiles.load(file);
        stopValidation();
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        stack.lock().writeLock().lock();
        try {
            ModelContents.replace(model, saved);
            // The model now stands for the file as it is on disk, so the next save does not see it as changed.
            ModelFiles.adoptFileState(model, saved);
        } finally {
            stack.lock().writeLock().unlock();
        }
        // Notifies the command stack's listeners, so views refresh and editors check their diagram.
        stack.flush();
        startValidation();
    }

    /**
     * Replaces the contents by a recovered copy (an autosave) as one undoable command, so the model is dirty and the
     * user decides by saving or undoing.
     */
    public void recover(ArchitectureModel recovered) {
        domain().getCommandStack().execute(new ChangeCommand(model) {
            @Override
            protected void doExecute() {
                ModelContents.replace(model, recovered);
            }

            @Override
            public String getLabel() {
                return "Recover Autosave";
            }
        });
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The latest complete validation result (empty until the first pass finished). */
    public Diagnostic findings() {
        return findings;
    }

    /** Called, on a background thread, with each new complete validation result. */
    public void addFindingListener(Consumer<Diagnostic> listener) {
        findingListeners.add(listener);
    }

    public void removeFindingListener(Consumer<Diagnostic> listener) {
        findingListeners.remove(listener);
    }

    /** Validates again from scratch, e.g. with the rule packs or severities the preferences now name. */
    public void restartValidation() {
        stopValidation();
        startValidation();
    }

    /**
     * Starts live validation with the built-in and the user's rule packs and the preferred severities; the packs are
     * parsed in the background so opening never waits for them.
     */
    synchronized void startValidation() {
        long generation = ++validationGeneration;
        Path validatedFile = file;
        Job start = Job.create("Loading the rule catalogue", monitor -> {
            ValidationSetup setup;
            try {
                setup = ValidationSetup.of(validatedFile);
            } catch (CoreException e) {
                ILog.of(OpenModel.class).log(e.getStatus());
                return Status.error("Cannot show the problems of " + validatedFile + ": " + e.getMessage(), e);
            }
            // The live job puts its adapters on every element of the model; the UI thread adds the views' adapters,
            // and EMF's adapter lists are not thread-safe, so the job is made there (a race here once left a model
            // without validation).
            Display display = Display.getDefault();
            if (display.isDisposed()) {
                return Status.OK_STATUS;
            }
            display.asyncExec(() -> {
                synchronized (this) {
                    if (generation != validationGeneration) {
                        return; // stopped or restarted meanwhile
                    }
                    validation = newValidationJob(setup);
                    validation.start();
                }
            });
            return Status.OK_STATUS;
        });
        start.setSystem(true);
        start.schedule();
    }

    /** What live validation needs besides the model: the file the markers go on, and the configured rules. */
    record ValidationSetup(IFile linked, ModelValidator validator) {
        /** Reads the rule packs and links the file into the workspace; slow, so never on the UI thread. */
        static ValidationSetup of(Path file) throws CoreException {
            IFile linked = ModelFileResources.linkedFile(file);
            return new ValidationSetup(linked, RulePacks.configuration().validator());
        }
    }

    /**
     * The live validation job, not started. It adapts every element of the model, so it is made on the UI thread once
     * views show the model, or on the thread that loaded the model before anyone else sees it.
     */
    LiveValidationJob newValidationJob(ValidationSetup setup) {
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        return new LiveValidationJob(setup.validator(), model, result -> {
            // An edit waiting for the model goes first: its own pass publishes moments later, and these findings are
            // about to be out of date anyway.
            synchronized (publishing) {
                Diagnostic all = withExternalFindings(result);
                if (FindingMarkers.publish(setup.linked(), all, stack::isWriterWaiting)) {
                    validated = result;
                    findingListeners.forEach(listener -> listener.accept(all));
                    findings = all; // last: whoever reads it finds everything published
                }
            }
        });
    }

    /** Starts a job made by {@link #newValidationJob} while the model was being opened in the background. */
    synchronized void startValidation(LiveValidationJob prepared) {
        ++validationGeneration;
        validation = prepared;
        prepared.start();
    }

    /**
     * Validates the whole model now (the user asked for it), in the background under the model's read lock, and
     * publishes the result as live validation does.
     */
    public Job validateNow() {
        Job job = Job.create("Validating " + file.getFileName(), monitor -> {
            IFile linked;
            try {
                linked = ModelFileResources.linkedFile(file);
            } catch (CoreException e) {
                return Status.error("Cannot show the problems of " + file + ": " + e.getMessage(), e);
            }
            // The same packs and severities as live validation, so "Validate" never disagrees with it. Published
            // under the read lock, so a result never lands after an edit it does not reflect.
            ModelValidator validator = RulePacks.configuration().validator();
            FullValidation.validateAndPublish(validator, model, monitor, result -> {
                synchronized (publishing) {
                    Diagnostic all = withExternalFindings(result);
                    validated = result;
                    findings = all;
                    FindingMarkers.publish(linked, all);
                    findingListeners.forEach(listener -> listener.accept(all));
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Shows these findings (of catalogue rules, made with {@code ExternalFindings} so the model's rule settings and
     * waivers apply) with the model's own from now on, under {@code key}, replacing what the key had; an empty list
     * removes them. Published at once, in the background under the model's read lock.
     */
    public Job setExternalFindings(String key, List<RuleDiagnostic> external) {
        if (external.isEmpty()) {
            externalFindings.remove(key);
        } else {
            externalFindings.put(key, List.copyOf(external));
        }
        Path publishedFile = file;
        Job job = Job.create("Showing the findings of " + publishedFile.getFileName(), monitor -> {
            IFile linked;
            try {
                linked = ModelFileResources.linkedFile(publishedFile);
            } catch (CoreException e) {
                return Status.error("Cannot show the problems of " + publishedFile + ": " + e.getMessage(), e);
            }
            try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model)) {
                synchronized (publishing) {
                    Diagnostic all = withExternalFindings(validated);
                    findings = all;
                    FindingMarkers.publish(linked, all);
                    findingListeners.forEach(listener -> listener.accept(all));
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** The findings shown under {@code key} (see {@link #setExternalFindings}); empty for none. */
    public List<RuleDiagnostic> externalFindings(String key) {
        return externalFindings.getOrDefault(key, List.of());
    }

    private Diagnostic withExternalFindings(Diagnostic result) {
        if (externalFindings.isEmpty()) {
            return result;
        }
        BasicDiagnostic all = new BasicDiagnostic(result.getSource(), result.getCode(), result.getMessage(),
                result.getData() == null ? null : result.getData().toArray());
        result.getChildren().forEach(all::add);
        externalFindings.values().forEach(external -> external.forEach(all::add));
        return all;
    }

    synchronized void stopValidation() {
        validationGeneration++;
        if (validation != null) {
            validation.stop();
            validation = null;
        }
    }

    /** Closing: validation stops, the findings leave the Problems view and the undo history is dropped. */
    void dispose() {
        stopValidation();
        clearMarkers(file);
        listeners.forEach(listener -> listener.closed(this));
        if (model.eResource() != null && model.eResource().getResourceSet() != null) {
            ModelEditing.release(model.eResource().getResourceSet());
        }
    }

    private static void clearMarkers(Path of) {
        try {
            FindingMarkers.publish(ModelFileResources.linkedFile(of), new BasicDiagnostic());
        } catch (CoreException e) {
            ILog.of(OpenModel.class).log(e.getStatus());
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
