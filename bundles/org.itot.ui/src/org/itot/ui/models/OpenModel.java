package org.itot.ui.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.itot.validation.engine.FindingsDelta;
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
    private final List<Consumer<FindingsDelta>> findingListeners = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Counts commands (and undos), so autosave knows whether anything changed since it last wrote. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Diagnostic findings = new BasicDiagnostic();
    /** The latest validation result shown, before the external findings are added to it. */
    private volatile Diagnostic validated = findings;
    /** The external findings in what is shown ({@link #findings}); under {@link #publishing}'s lock. */
    private Map<String, List<RuleDiagnostic>> shownExternal = Map.of();
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

    /**
     * Called, on a background thread, with what each new complete validation result changed: the findings gone, the
     * findings new, and the whole result ({@link FindingsDelta#result()}). A listener that keeps what it shows updates
     * only the changed findings when the delta {@link FindingsDelta#follows follows} what it showed, and starts again
     * from the whole result otherwise.
     */
    public void addFindingListener(Consumer<FindingsDelta> listener) {
        findingListeners.add(listener);
    }

    public void removeFindingListener(Consumer<FindingsDelta> listener) {
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
        return new LiveValidationJob(setup.validator(), model, delta -> {
            // An edit waiting for the model goes first: its own pass publishes moments later, and these findings are
            // about to be out of date anyway. (Only a whole result is slow enough to give way; a delta is the edit's.)
            synchronized (publishing) {
                Publication next = publication(delta.result(), delta);
                if (FindingMarkers.publish(setup.linked(), next.delta(), stack::isWriterWaiting)) {
                    shown(next);
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
                    Publication next = publication(result, null);
                    FindingMarkers.publish(linked, next.delta());
                    shown(next);
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
                    Publication next = publication(validated, null);
                    FindingMarkers.publish(linked, next.delta());
                    shown(next);
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

    /**
     * What a publication shows: the delta from what is shown now ({@link #findings}, which is {@link #validated} with
     * {@link #shownExternal}) to {@code nowValidated} with the external findings as they are now. The delta names only
     * what changed when the validator's own delta ({@code pass}, null for none) follows what was shown, as a live pass
     * does; otherwise (a validation from scratch, a pass that missed a result) it replaces everything. Under
     * {@link #publishing}'s lock.
     */
    private Publication publication(Diagnostic nowValidated, FindingsDelta pass) {
        Map<String, List<RuleDiagnostic>> external = Map.copyOf(externalFindings);
        Diagnostic all = withExternalFindings(nowValidated, external);
        boolean follows = pass == null ? nowValidated == validated : pass.follows(validated);
        if (!follows) {
            return new Publication(FindingsDelta.replacing(findings, all), nowValidated, external);
        }
        if (external.isEmpty() && shownExternal.isEmpty() && pass != null && findings == validated) {
            return new Publication(pass, nowValidated, external); // the common case: the validator's delta as it is
        }
        List<RuleDiagnostic> removed = new ArrayList<>(pass == null ? List.of() : pass.removed());
        List<RuleDiagnostic> added = new ArrayList<>(pass == null ? List.of() : pass.added());
        Set<RuleDiagnostic> before = identities(shownExternal);
        Set<RuleDiagnostic> after = identities(external);
        before.stream().filter(finding -> !after.contains(finding)).forEach(removed::add);
        after.stream().filter(finding -> !before.contains(finding)).forEach(added::add);
        return new Publication(new FindingsDelta(findings, all, removed, added), nowValidated, external);
    }

    /** Makes {@code next} what is shown, telling the listeners; {@link #findings} last, so whoever reads it finds all. */
    private void shown(Publication next) {
        validated = next.validated();
        shownExternal = next.external();
        findingListeners.forEach(listener -> listener.accept(next.delta()));
        findings = next.delta().result();
    }

    /** A delta to publish, with the validator's result and the external findings it was made of. */
    private record Publication(FindingsDelta delta, Diagnostic validated, Map<String, List<RuleDiagnostic>> external) {
    }

    private static Set<RuleDiagnostic> identities(Map<String, List<RuleDiagnostic>> external) {
        Set<RuleDiagnostic> all = Collections.newSetFromMap(new IdentityHashMap<>());
        external.values().forEach(all::addAll);
        return all;
    }

    private static Diagnostic withExternalFindings(Diagnostic result, Map<String, List<RuleDiagnostic>> external) {
        if (external.isEmpty()) {
            return result;
        }
        BasicDiagnostic all = new BasicDiagnostic(result.getSource(), result.getCode(), result.getMessage(),
                result.getData() == null ? null : result.getData().toArray());
        result.getChildren().forEach(all::add);
        external.values().forEach(findings -> findings.forEach(all::add));
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
            FindingMarkers.clear(ModelFileResources.linkedFile(of));
        } catch (CoreException e) {
            ILog.of(OpenModel.class).log(e.getStatus());
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
