package org.itot.asbuilt.ui;

import java.time.Instant;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.itot.asbuilt.Reconcile;
import org.itot.asbuilt.TrafficReconciliation;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * The last reconciliation of each open model, and its findings, which follow the model: after every command (an
 * adoption, a waiver, a deleted asset) they are made again from what was read, so an accepted risk is shown as
 * accepted and an adopted host is no longer unknown, without reading the files again. The findings are handed to the
 * model's published findings ({@link OpenModel#setExternalFindings}), so the Problems view, the diagram's badges,
 * Accept Risk and Rule Help treat them as the validator's own.
 */
public final class Reconciliations {

    /** The key of the ASB findings among a model's external findings. */
    public static final String FINDINGS_KEY = "org.itot.asbuilt";

    /** One reconciliation: what was read, and the comparison and findings for the model as it is now. */
    public record Run(OpenModel model, Reconcile.Result result, TrafficReconciliation traffic,
            List<RuleDiagnostic> findings, Instant when) {
    }

    private static final Map<OpenModel, Run> RUNS = new ConcurrentHashMap<>();
    private static final Map<OpenModel, CommandStackListener> FOLLOWING = new ConcurrentHashMap<>();
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static boolean closeListenerAdded;

    private Reconciliations() {
    }

    /** The last reconciliation of the model, or null. */
    public static Run of(OpenModel model) {
        return model == null ? null : RUNS.get(model);
    }

    /** Told (on any thread) whenever a model's reconciliation or its findings change. */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /**
     * Makes this the model's last reconciliation and publishes its findings. Call it under the model's read lock or on
     * the thread that edits the model.
     */
    public static synchronized Run set(OpenModel model, Reconcile.Result result) {
        if (!closeListenerAdded) {
            closeListenerAdded = true;
            OpenModels.get().addCloseListener(Reconciliations::forget);
        }
        Run run = new Run(model, result, result.traffic(), result.findings(), Instant.now());
        RUNS.put(model, run);
        FOLLOWING.computeIfAbsent(model, open -> {
            CommandStackListener listener = event -> modelChanged(open, event);
            open.domain().getCommandStack().addCommandStackListener(listener);
            return listener;
        });
        model.setExternalFindings(FINDINGS_KEY, run.findings());
        LISTENERS.forEach(Runnable::run);
        return run;
    }

    /** Forgets the model's reconciliation and takes its findings out of the Problems view. */
    public static synchronized void clear(OpenModel model) {
        forget(model);
        model.setExternalFindings(FINDINGS_KEY, List.of());
    }

    private static synchronized void forget(OpenModel model) {
        RUNS.remove(model);
        CommandStackListener listener = FOLLOWING.remove(model);
        if (listener != null) {
            model.domain().getCommandStack().removeCommandStackListener(listener);
        }
        LISTENERS.forEach(Runnable::run);
    }

    private static void modelChanged(OpenModel model, EventObject event) {
        Job job = Job.create("Updating the reconciliation of " + model.file().getFileName(), monitor -> {
            try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model.model())) {
                synchronized (Reconciliations.class) {
                    Run last = RUNS.get(model);
                    if (last != null) {
                        set(model, last.result(), Reconcile.recompare(model.model(), last.result()));
                    }
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(100);
    }

    private static void set(OpenModel model, Reconcile.Result read, Reconcile.Result now) {
        RUNS.put(model, new Run(model, read, now.traffic(), now.findings(), RUNS.get(model).when()));
        model.setExternalFindings(FINDINGS_KEY, now.findings());
        LISTENERS.forEach(Runnable::run);
    }
}
