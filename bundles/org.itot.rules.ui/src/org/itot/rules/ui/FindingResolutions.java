package org.itot.rules.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.itot.diagram.fix.QuickFix;
import org.itot.diagram.fix.QuickFixes;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.FindingMarkers;

/**
 * Quick fixes on finding markers (Problems view, Ctrl+1): the headless {@link QuickFixes} of the marker's rule and
 * element, each run as one command on the model's command stack, so Undo reverts it and live validation removes the
 * marker.
 */
public final class FindingResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !fixesFor(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fixesFor(marker).stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
    }

    static List<QuickFix> fixesFor(IMarker marker) {
        String ruleId = marker.getAttribute(FindingMarkers.RULE_ID, null);
        return elementOf(marker).map(element -> QuickFixes.forFinding(ruleId, element)).orElse(List.of());
    }

    /** The marker's element in the open model of the marker's file, if that model is open and still has it. */
    static Optional<EObject> elementOf(IMarker marker) {
        IPath location = marker.getResource().getLocation();
        String fragment = marker.getAttribute(FindingMarkers.ELEMENT, null);
        if (location == null || fragment == null) {
            return Optional.empty();
        }
        Optional<OpenModel> model = OpenModels.get().find(Path.of(location.toOSString()));
        return model.map(m -> m.model().eResource().getEObject(fragment));
    }

    private static final class Resolution implements IMarkerResolution2 {

        private final QuickFix fix;

        Resolution(QuickFix fix) {
            this.fix = fix;
        }

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return fix.description();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            elementOf(marker).ifPresent(element -> ModelEditing.domainFor(element).getCommandStack().execute(fix.command()));
        }
    }
}
