package org.itot.ui.problems;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.ui.models.OpenModels;
import org.itot.ui.waivers.WaiverTexts;
import org.itot.validation.engine.ElementLabels;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Findings as markers in the Problems view: one marker per finding on the model's linked file,
 * with the rule ID, the element and the finding id, replaced as a whole after every validation.
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
    /** Where the finding stands in {@link ModelFindings#presentationOrder}: violations first, missing inputs by input. */
    public static final String ORDER = "presentationOrder";
    /** {@link ModelFindings#group}: "Violations" or "Not assessed: INPUT missing". */
    public static final String GROUP = "findingGroup";

    /** How many findings are copied between two looks at the abort condition. */
    private static final int ABORT_CHECK_INTERVAL = 256;

    private FindingMarkers() {
    }

    /** What a marker says, copied from the diagnostics while the model may not change. */
    record MarkerData(int severity, String message, String location, String ruleId, String findingId,
            String element, String status, boolean accepted, int order, String group) {
    }

    /**
     * Copies what the markers need from the findings (call it while the model is read-locked), then
     * writes the markers in a workspace job.
     */
    public static void publish(IFile file, Diagnostic findings) {
        publish(file, findings, () -> false);
    }

    /**
     * As {@link #publish(IFile, Diagnostic)}, but gives up, writing nothing and returning false, as soon as
     * {@code abort} says so: copying tens of thousands of findings holds the model's read lock, and an edit that waits
     * for it must not wait for findings its own validation replaces moments later.
     */
    public static boolean publish(IFile file, Diagnostic findings, BooleanSupplier abort) {
        List<MarkerData> markers = new ArrayList<>();
        for (RuleDiagnostic finding : ModelFindings.presentationOrder(ModelFindings.findings(findings))) {
            if (markers.size() % ABORT_CHECK_INTERVAL == 0 && abort.getAsBoolean()) {
                return false;
            }
            EObject element = finding.element();
            String message = finding.ruleId() + ": " + finding.getMessage()
                    + (finding.isAccepted() ? " (accepted: " + finding.waiver().getRationale() + ")" : "");
            markers.add(new MarkerData(markerSeverity(finding.getSeverity()), message, ElementLabels.label(element),
                    finding.ruleId(), finding.findingId(), EcoreUtil.getURI(element).fragment(),
                    WaiverTexts.status(finding), finding.isAccepted(), markers.size(), ModelFindings.group(finding)));
        }
        Job writer = Job.create("Updating problems of " + file.getName(), (ICoreRunnable) monitor -> replace(file, markers));
        writer.setSystem(true);
        writer.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        writer.schedule();
        return true;
    }

    private static void replace(IFile file, List<MarkerData> markers) {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.run(monitor -> {
                if (!file.exists()) {
                    return;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (MarkerData data : markers) {
                    // Not user-editable: the Problems view then refuses Delete. Deleting a finding would only hide it
                    // until the next check while the model still breaks the rule; a waiver is how one is accepted.
                    file.createMarker(TYPE, Map.ofEntries(Map.entry(IMarker.SEVERITY, data.severity()),
                            Map.entry(IMarker.MESSAGE, data.message()), Map.entry(IMarker.LOCATION, data.location()),
                            Map.entry(RULE_ID, data.ruleId()), Map.entry(FINDING_ID, data.findingId()),
                            Map.entry(ELEMENT, data.element()), Map.entry(STATUS, data.status()),
                            Map.entry(ACCEPTED, data.accepted()), Map.entry(IMarker.USER_EDITABLE, false),
                            Map.entry(ORDER, data.order()), Map.entry(GROUP, data.group())));
                }
            }, file, IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            ILog.of(FindingMarkers.class).log(e.getStatus());
        }
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
