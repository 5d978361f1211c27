package org.itot.ui.waivers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.itot.ui.problems.FindingMarkers;
import org.itot.validation.engine.RuleDiagnostic;

/** Accept Risk... on the finding selected in the Problems view (its context menu). */
public final class AcceptRiskHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.itot.ui.acceptRisk";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<RuleDiagnostic> finding = findingOf(HandlerUtil.getCurrentSelection(event));
        if (finding.isEmpty()) {
            MessageDialog.openInformation(shell, "Accept Risk",
                    "Select one finding of an open model in the Problems view to accept it as a risk.");
            return null;
        }
        AcceptRisk.acceptRisk(shell, finding.get());
        return null;
    }

    /** The finding of the first selected finding marker, in its open model's latest validation. */
    static Optional<RuleDiagnostic> findingOf(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return Optional.empty();
        }
        IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
        return marker == null ? Optional.empty() : FindingMarkers.findingOf(marker);
    }
}
