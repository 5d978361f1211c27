package org.itot.ui.problems;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.ui.models.OpenModels;
import org.itot.ui.waivers.WaiverTexts;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Findings as markers in the Problems view: one marker per finding on the model's linked file, with the rule ID, the
 * element and the finding id. After an edit only the markers of the findings that changed are deleted and created
 * ({@link FindingsDelta}); the others stay the same marker objects, so an estate's hundreds of thousands of markers are
 * not rewritten for one edit. A result that does not follow what the markers show (the first, a validation from
 * scratch) replaces them as a whole.
 */
public final class FindingMarkers {

    /** Declared in plugin.xml as a non-persistent problem marker: findings are recomputed on open. */
    public static final String TYPE = "org.itot.ui.finding";
    public static final String RULE_ID = "ruleId";
    public static final String FINDING_ID = "findingId";
    public static final String ELEMENT = "elementUriFragment";
    /** Whether a waiver accepts the finding: "Open" or "Accepted (until 2027-03-01, by j.doe)". */
    public static final String STATUS = "status";
    /** Whether a waiver accepts the finding (a boolean attribute). */
    public static final String ACCEPTED = "accepted";
    /**
     * Where the finding's group stands in {@link ModelFindings#presentationOrder} ({@link ModelFindings#presentationKey},
     * a string): violations first, missing inputs by input. A finding's own key, so no other finding's change moves it.
     */
    public static final String ORDER = "presentationOrder";
    /** {@link ModelFindings#group}: "Violations" or "Not assessed: INPUT missing". */
    public static final String GROUP = "findingGroup";

    /** The family of the jobs that write markers: join it to wait until what was published is written. */
    public static final Object JOB_FAMILY = new Object();

    /** How many findings are copied between two looks at the abort condition. */
    private static final int ABORT_CHECK_INTERVAL = 256;

    /** What the markers of each file show; its writes are queued in publishing order (guarded by the Shown). */
    private static final Map<IFile, Shown> SHOWN = new HashMap<>();

    private FindingMarkers() {
    }

    /** What a marker says, copied from the diagnostics while the model may not change. */
    record MarkerData(int severity, String message, String location, String ruleId, String findingId,
            String element, String status, boolean accepted, String order, String group) {
    }

    /** One write of a file's markers: everything replaced, or some findings' markers deleted and others created. */
    private record Write(boolean replaceAll, List<RuleDiagnostic> removed, List<RuleDiagnostic> added,
            List<MarkerData> addedData) {
    }

    /** The markers of one file: the result they show (as published) and, once written, each finding's marker. */
    private static final class Shown {
        Diagnostic published;
        final Deque<Write> pending = new ArrayDeque<>();
        /** Touched by the writer job alone. */
        final Map<RuleDiagnostic, IMarker> markers = new IdentityHashMap<>();
    }

    /**
     * Copies what the markers need from the findings (call it while the model is read-locked), then
     * writes the markers in a workspace job, replacing them as a whole.
     */
    public static void publish(IFile file, Diagnostic findings) {
        publish(file, FindingsDelta.replacing(new BasicDiagnostic(), findings), () -> false);
    }

    /** As {@link #publish(IFile, FindingsDelta, BooleanSupplier)}, never giving up. */
    public static void publish(IFile file, FindingsDelta delta) {
        publish(file, delta, () -> false);
    }

    /** Removes every finding marker of the file (the model was closed or moved). */
    public static void clear(IFile file) {
        publish(file, new BasicDiagnostic());
    }

    /**
     * Copies what the markers need from a validation result (call it while the model is read-locked), then writes
     * them in a workspace job: only the delta's findings when it follows what the markers show, everything otherwise.
     * Copying a whole result of tens of thousands of findings holds the model's read lock, so that gives up, writing
     * nothing and returning false, as soon as {@code abort} says so: an edit waiting for the lock must not wait for
     * findings its own validation replaces moments later.
     */
    public static boolean publish(IFile file, FindingsDelta delta, BooleanSupplier abort) {
        Shown shown;
        synchronized (SHOWN) {
            shown = SHOWN.computeIfAbsent(file, f -> new Shown());
        }
        synchronized (shown) {
            Write write;
            if (shown.published != null && delta.follows(shown.published)) {
                write = new Write(false, delta.removed(), delta.added(), markerData(delta.added(), () -> false));
            } else {
                List<RuleDiagnostic> all = ModelFindings.findings(delta.result());
                List<MarkerData> data = markerData(all, abort);
                if (data == null) {
                    return false;
                }
                write = new Write(true, List.of(), all, data);
            }
            shown.published = delta.result();
            shown.pending.add(write);
        }
        Job writer = new Job("Updating problems of " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                write(file);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        writer.setSystem(true);
        // Shown to the user right after an edit: a short job waits 50 ms to start, a long one (the default) 100 ms.
        writer.setPriority(Job.SHORT);
        writer.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        writer.schedule();
        return true;
    }

    /** The markers' data of these findings, or null when {@code abort} said so first. */
    private static List<MarkerData> markerData(List<RuleDiagnostic> findings, BooleanSupplier abort) {
        List<MarkerData> markers = new ArrayList<>(findings.size());
        for (RuleDiagnostic finding : findings) {
            if (markers.size() % ABORT_CHECK_INTERVAL == 0 && abort.getAsBoolean()) {
                return null;
            }
            markers.add(markerData(finding));
        }
        return markers;
    }

    /** What the marker of one finding says: the finding's alone, so a marker changes only with its finding. */
    static MarkerData markerData(RuleDiagnostic finding) {
        EObject element = finding.element();
        String message = finding.ruleId() + ": " + finding.getMessage()
                + (finding.isAccepted() ? " (accepted: " + finding.waiver().getRationale() + ")" : "");
        return new MarkerData(markerSeverity(finding.getSeverity()), message, finding.elementLabel(),
                finding.ruleId(), finding.findingId(), EcoreUtil.getURI(element).fragment(),
                WaiverTexts.status(finding), finding.isAccepted(), ModelFindings.presentationKey(finding),
                ModelFindings.group(finding));
    }

    /** Writes what was published for the file, in publishing order (one job may find several writes queued). */
    private static void write(IFile file) {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.run(monitor -> {
                Shown shown;
                synchronized (SHOWN) {
                    shown = SHOWN.get(file);
                }
                if (shown == null) {
                    return;
                }
                while (true) {
                    Write write;
                    synchronized (shown) {
                        write = shown.pending.poll();
                    }
                    if (write == null) {
                        return;
                    }
                    apply(file, shown, write);
                }
            }, file, IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            ILog.of(FindingMarkers.class).log(e.getStatus());
        }
    }

    private static void apply(IFile file, Shown shown, Write write) throws CoreException {
        if (!file.exists()) {
            shown.markers.clear();
            return;
        }
        if (write.replaceAll()) {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            shown.markers.clear();
        }
        for (RuleDiagnostic gone : write.removed()) {
            IMarker marker = shown.markers.remove(gone);
            if (marker != null) {
                marker.delete();
            }
        }
        for (int i = 0; i < write.added().size(); i++) {
            shown.markers.put(write.added().get(i), create(file, write.addedData().get(i)));
        }
    }

    private static IMarker create(IFile file, MarkerData data) throws CoreException {
        // Not user-editable: the Problems view then refuses Delete. Deleting a finding would only hide it
        // until the next check while the model still breaks the rule; a waiver is how one is accepted.
        return file.createMarker(TYPE, Map.ofEntries(Map.entry(IMarker.SEVERITY, data.severity()),
                Map.entry(IMarker.MESSAGE, data.message()), Map.entry(IMarker.LOCATION, data.location()),
                Map.entry(RULE_ID, data.ruleId()), Map.entry(FINDING_ID, data.findingId()),
                Map.entry(ELEMENT, data.element()), Map.entry(STATUS, data.status()),
                Map.entry(ACCEPTED, data.accepted()), Map.entry(IMarker.USER_EDITABLE, false),
                Map.entry(ORDER, data.order()), Map.entry(GROUP, data.group())));
    }

    /**
     * The finding a marker stands for in the latest validation of its open model, if the model is open and still
     * raises it.
     */
    public static Optional<RuleDiagnostic> findingOf(IMarker marker) {
        IPath location = marker.getResource().getLocation();
        String findingId = marker.getAttribute(FINDING_ID, null);
        if (location == null || findingId == null) {
            return Optional.empty();
        }
        return OpenModels.get().find(Path.of(location.toOSString())).flatMap(model -> model.findings().getChildren()
                .stream().filter(RuleDiagnostic.class::isInstance).map(RuleDiagnostic.class::cast)
                .filter(finding -> findingId.equals(finding.findingId())).findFirst());
    }

    private static int markerSeverity(int diagnosticSeverity) {
        return switch (diagnosticSeverity) {
        case Diagnostic.ERROR -> IMarker.SEVERITY_ERROR;
        case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
        default -> IMarker.SEVERITY_INFO;
        };
    }
}
