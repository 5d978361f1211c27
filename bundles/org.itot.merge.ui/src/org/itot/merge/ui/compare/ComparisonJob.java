package org.itot.merge.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.itot.merge.git.GitModelException;
import org.itot.merge.git.ModelHistory;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.ui.models.OpenModel;
import org.itot.ui.preferences.RulePacks;

/**
 * Compare With's comparison, off the UI thread: reads the revision through JGit, loads it, copies the open model
 * under its read lock, then compares and validates both sides. A user job, so the progress shows with a Cancel
 * button (checked between the steps, while waiting for the model, and within the comparison's own steps and
 * validations); the Model Compare view says what is being compared meanwhile and gets the outcome on the UI
 * thread, where it drops a result the user's edits made stale.
 */
public final class ComparisonJob extends Job {

    /** The family of every comparison job (tests wait for it; the view cancels its own). */
    public static final Object FAMILY = ComparisonJob.class;

    /** How long one wait for the read lock lasts before Cancel is looked at again. */
    private static final long LOCK_POLL_MS = 100;

    /** The outcome, applied by the view on the UI thread. */
    sealed interface Outcome {
    }

    /** The comparison, made of the open model as it was when {@code changeCount} was its change count. */
    record Compared(ModelCompareResult result, long changeCount) implements Outcome {
    }

    /** Why nothing was compared (not a Git repository, no such revision, a file that does not load). */
    record Failed(String message) implements Outcome {
    }

    record Cancelled() implements Outcome {
    }

    private final OpenModel model;
    /** The revision to compare with; null for the previous one, which the job looks up first. */
    private final String revision;
    private final String shown;
    private final ModelCompareView view;
    private final Display display;

    ComparisonJob(OpenModel model, String revision, String shown, ModelCompareView view) {
        super("Comparing " + model.file().getFileName() + " with " + shown);
        this.model = model;
        this.revision = revision;
        this.shown = shown;
        this.view = view;
        this.display = view.getSite().getShell().getDisplay();
        setUser(true);
    }

    public OpenModel model() {
        return model;
    }

    /** What the old side is, as the view names it (e.g. HEAD's previous revision, or a branch). */
    public String shown() {
        return shown;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome outcome;
        try {
            outcome = compare(SubMonitor.convert(monitor, getName(), 100));
        } catch (OperationCanceledException e) {
            outcome = new Cancelled();
        } catch (GitModelException e) {
            outcome = new Failed(e.getMessage());
        } catch (RuntimeException e) {
            // A defect, not the user's input: its stack goes to the error log, the view says where to find it.
            ILog.of(ComparisonJob.class).error("Comparing " + model.file() + " with " + shown + " failed", e);
            outcome = new Failed("Comparing " + model.file().getFileName() + " with " + shown + " failed: " + e
                    + " (details in the error log).");
        } finally {
            monitor.done();
        }
        Outcome applied = outcome;
        if (!display.isDisposed()) {
            display.asyncExec(() -> view.finished(this, applied));
        }
        // The outcome, a failure included, is shown in the view: an error status here would open a second dialog.
        return applied instanceof Cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private Outcome compare(SubMonitor progress) throws GitModelException {
        Path file = model.file();
        String name = file.getFileName().toString();
        step(progress, 1, "reading " + name + " at " + shown + " from Git");
        if (!ModelHistory.isInRepository(file)) {
            return new Failed(CompareWith.notInGit(name));
        }
        String at = revision;
        String label = shown;
        // How messages name the file at the revision, as itot diff's REV:PATH does.
        String where = revision + ":" + name;
        if (at == null) {
            Optional<ModelHistory.Revision> previous = ModelHistory.previousRevision(file);
            if (previous.isEmpty()) {
                return new Failed(name + " has no earlier revision in Git: no commit before HEAD's version changed "
                        + "it (it is new, or not committed yet). Commit a change of it, then compare again.");
            }
            at = previous.get().id();
            label = previous.get().shortId() + " \"" + previous.get().message() + "\" (" + previous.get().author()
                    + ")";
            where = previous.get().shortId() + ":" + name;
        }
        byte[] content = ModelHistory.read(file, at, where);
        progress.worked(5);
        checkCancelled(progress);

        step(progress, 2, "loading " + name + " at " + label);
        ArchitectureModel old = ModelHistory.load(content, file, where).model();
        progress.worked(20);
        checkCancelled(progress);

        step(progress, 3, "copying " + name + " as open now");
        Snapshot now = snapshot(progress);
        progress.worked(10);
        checkCancelled(progress);

        // The comparison itot diff makes: it validates both sides and lists their attack paths. Cancel stops it
        // between its steps and within a validation (OperationCanceledException) rather than after it, when the
        // result would only be dropped.
        step(progress, 4, "comparing the elements, validating both sides, finding the attack paths");
        ModelCompareResult result = ModelCompareResult.compare(file, label, old, now.model(),
                RulePacks.configuration(), progress.split(65));
        checkCancelled(progress);
        return new Compared(result, now.changeCount());
    }

    /** The steps of a comparison, as the view counts them. */
    static final int STEPS = 4;

    /** Names the step in the job's progress and in the view, which has no progress bar of its own. */
    private void step(SubMonitor progress, int step, String text) {
        progress.subTask(text);
        if (!display.isDisposed()) {
            display.asyncExec(() -> view.progress(this, step, text));
        }
    }

    /** The open model copied, with its change count then, so a later edit marks the comparison stale. */
    private record Snapshot(ArchitectureModel model, long changeCount) {
    }

    /**
     * Copies the open model under its read lock, as the other background readers (export, layout, validation) read
     * it, so no command changes it mid-copy; the comparison then runs on the copy without holding the lock, so an
     * edit waits at most for the copy (seconds on a 10,000-asset plant), never for the comparison. The wait for the
     * lock (an edit in progress) gives way to Cancel.
     */
    private Snapshot snapshot(IProgressMonitor monitor) {
        Lock read = ((ModelCommandStack) model.domain().getCommandStack()).lock().readLock();
        try {
            while (!read.tryLock(LOCK_POLL_MS, TimeUnit.MILLISECONDS)) {
                checkCancelled(monitor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("interrupted while waiting for the model");
        }
        try {
            ArchitectureModel copy = EcoreUtil.copy(model.model());
            Resource original = model.model().eResource();
            ResourceSet scratch = new ResourceSetImpl();
            Resource resource = new ResourceImpl(original == null ? null : original.getURI());
            scratch.getResources().add(resource);
            resource.getContents().add(copy);
            return new Snapshot(copy, model.changeCount());
        } finally {
            read.unlock();
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
