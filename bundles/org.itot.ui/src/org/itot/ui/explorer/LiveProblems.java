package org.itot.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.itot.model.ArchitectureModel;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.problems.ModelFileResources;
import org.itot.validation.engine.LiveValidationJob;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;

/**
 * Keeps the Problems view in step with the open models: each model gets a live validation job
 * whose findings become markers on the model's linked workspace file. The rule catalogue is
 * parsed in the background, so opening a model never waits for it.
 */
final class LiveProblems {

    private final List<LiveValidationJob> jobs = new ArrayList<>();

    void follow(ArchitectureModel model) {
        Path file = Path.of(model.eResource().getURI().toFileString());
        Job start = Job.create("Loading the rule catalogue", monitor -> {
            IFile linked;
            try {
                linked = ModelFileResources.linkedFile(file);
            } catch (CoreException e) {
                ILog.of(LiveProblems.class).log(e.getStatus());
                return Status.error("Cannot show the problems of " + file + ": " + e.getMessage(), e);
            }
            LiveValidationJob job = new LiveValidationJob(new ModelValidator(Catalogue.builtIn()), model,
                    findings -> FindingMarkers.publish(linked, findings));
            synchronized (jobs) {
                jobs.add(job);
            }
            job.start();
            return Status.OK_STATUS;
        });
        start.setSystem(true);
        start.schedule();
    }

    void stopAll() {
        synchronized (jobs) {
            jobs.forEach(LiveValidationJob::stop);
            jobs.clear();
        }
    }
}
