package org.itot.ui.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ModelFiles;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.problems.ModelFileResources;
import org.itot.validation.engine.LiveValidationJob;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;

/**
 * One model open in the desktop: its file, its one editing domain, and its findings, kept current by a live
 * validation job and published both as Problems-view markers and to listeners (the diagram editors' decorations).
 */
public final class OpenModel {

    private final Path file;
    private final ArchitectureModel model;
    private final List<Consumer<Diagnostic>> findingListeners = new CopyOnWriteArrayList<>();
    private volatile Diagnostic findings = new BasicDiagnostic();
    private LiveValidationJob validation;

    OpenModel(Path file, ArchitectureModel model) {
        this.file = file;
        this.model = model;
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

    /** Whether the model changed since it was opened or last saved (the command stack's save point). */
    public boolean isDirty() {
        return ((BasicCommandStack) domain().getCommandStack()).isSaveNeeded();
    }

    /** Saves atomically (with a .bak of the previous file) and marks the command stack's save point. */
    public void save() throws IOException {
        ModelFiles.save(model, file);
        ((BasicCommandStack) domain().getCommandStack()).saveIsDone();
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

    /** Starts live validation; the rule catalogue is parsed in the background so opening never waits for it. */
    void startValidation() {
        Job start = Job.create("Loading the rule catalogue", monitor -> {
            IFile linked;
            try {
                linked = ModelFileResources.linkedFile(file);
            } catch (CoreException e) {
                ILog.of(OpenModel.class).log(e.getStatus());
                return Status.error("Cannot show the problems of " + file + ": " + e.getMessage(), e);
            }
            LiveValidationJob job = new LiveValidationJob(new ModelValidator(Catalogue.builtIn()), model, result -> {
                findings = result;
                FindingMarkers.publish(linked, result);
                findingListeners.forEach(listener -> listener.accept(result));
            });
            synchronized (this) {
                validation = job;
            }
            job.start();
            return Status.OK_STATUS;
        });
        start.setSystem(true);
        start.schedule();
    }

    /**
     * Validates the whole model now (the user asked for it), in the background under the model's read lock, and
     * publishes the result as live validation does.
     */
    public Job validateNow() {
        Job job = Job.create("Validating " + file.getFileName(), monitor -> {
            ModelCommandStack stack = ModelEditing.commandStackFor(model);
            Diagnostic result;
            stack.lock().readLock().lock();
            try {
                result = new ModelValidator(Catalogue.builtIn()).validate(model);
            } finally {
                stack.lock().readLock().unlock();
            }
            try {
                FindingMarkers.publish(ModelFileResources.linkedFile(file), result);
            } catch (CoreException e) {
                return Status.error("Cannot show the problems of " + file + ": " + e.getMessage(), e);
            }
            findings = result;
            findingListeners.forEach(listener -> listener.accept(result));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    synchronized void stopValidation() {
        if (validation != null) {
            validation.stop();
            validation = null;
        }
    }
}
