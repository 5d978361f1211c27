package org.itot.app.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.problems.ModelFileResources;

/** Waiting in the UI event loop for background work (validation, marker updates) in the rule and help tests. */
final class Workbench {

    private Workbench() {
    }

    /** Saves the model to a new file with this name in a fresh temporary folder. */
    static Path save(ArchitectureModel model, String fileName) throws Exception {
        Path file = Files.createTempDirectory("itot-rules").resolve(fileName);
        ModelFiles.save(model, file);
        return file;
    }

    static List<IMarker> markers(Path file) {
        try {
            IFile linked = ModelFileResources.linkedFile(file);
            return linked.exists() ? List.of(linked.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    : List.of();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static IMarker marker(Path file, String findingId) {
        return markers(file).stream().filter(m -> findingId.equals(m.getAttribute(FindingMarkers.FINDING_ID, "")))
                .findFirst().orElse(null);
    }

    static boolean hasMarkerOfRule(Path file, String ruleId) {
        return markers(file).stream().anyMatch(m -> ruleId.equals(m.getAttribute(FindingMarkers.RULE_ID, "")));
    }

    static IMarker waitForMarker(Path file, String findingId) throws InterruptedException {
        waitUntil(() -> marker(file, findingId) != null, "a " + findingId + " marker");
        return marker(file, findingId);
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        UiTesting.waitUntil(condition, what);
    }

    static void flush() {
        UiTesting.flush();
    }
}
