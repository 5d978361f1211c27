package org.itot.validation.engine;

import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;

/**
 * Live validation in the background: after every command on the model's command stack it
 * re-evaluates what the command touched, under the model's read lock, and hands what changed (a
 * {@link FindingsDelta}: the findings gone, the findings new, the whole result) to a consumer (the Problems view,
 * diagram decorations). It gives way to any command that wants the
 * model and tries again shortly, so the user never waits for it; results are only published when
 * the pass completed, so they are never stale. The consumer runs under the read lock: it should
 * copy what it needs and return.
 */
public final class LiveValidationJob extends Job {

    /** Edits in quick succession (typing, dragging) are validated together. */
    private static final long DELAY_MS = 100;

    private final LiveValidation live;
    private final ModelCommandStack commandStack;
    private final Consumer<FindingsDelta> results;
    private final CommandStackListener listener = this::commandStackChanged;
    /** Guards publishing: once {@link #stop()} returned, no pass publishes any more. */
    private final Object publishing = new Object();
    private boolean stopped;

    public LiveValidationJob(ModelValidator validator, ArchitectureModel model, Consumer<FindingsDelta> results) {
        super("Validating " + ElementLabels.label(model));
        this.commandStack = ModelEditing.commandStackFor(model);
        this.live = new LiveValidation(validator, model);
        this.results = results;
        setSystem(true);
        setPriority(DECORATE);
    }

    /** Starts following the command stack and schedules the first, full validation. */
    public void start() {
        commandStack.addCommandStackListener(listener);
        schedule();
    }

    /** Stops following the model; a running pass finishes or gives up, nothing is published after. */
    public void stop() {
        commandStack.removeCommandStackListener(listener);
        cancel();
        synchronized (publishing) {
            // waits for a pass that is publishing right now; later passes see the flag
            stopped = true;
        }
        live.dispose();
    }

    private void commandStackChanged(EventObject event) {
        // The job manager holds a waiting job back by its priority: a DECORATE job half a second on two cores, a SHORT
        // one 50 ms. A pass over the edit's neighbourhood is milliseconds of work the user waits to see, so it runs as
        // a short job; a pass over everything stays out of the way.
        setPriority(live.needsFullPass() ? DECORATE : SHORT);
        schedule(DELAY_MS);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        synchronized (publishing) {
            if (stopped) {
                return Status.CANCEL_STATUS;
            }
        }
        if (!commandStack.lock().readLock().tryLock()) {
            schedule(DELAY_MS);
            return Status.OK_STATUS;
        }
        try {
            FindingsDelta findings = live.updateDelta(() -> monitor.isCanceled() || commandStack.isWriterWaiting());
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (findings == null) {
                schedule(DELAY_MS); // a command came first; the pending work is kept
                return Status.OK_STATUS;
            }
            // Still under the read lock: the consumer may read the elements the findings name, and no command can
            // run before it returns, so what it shows is the model as it is.
            synchronized (publishing) {
                if (stopped) {
                    return Status.CANCEL_STATUS;
                }
                results.accept(findings);
            }
            return Status.OK_STATUS;
        } finally {
            commandStack.lock().readLock().unlock();
        }
    }
}
