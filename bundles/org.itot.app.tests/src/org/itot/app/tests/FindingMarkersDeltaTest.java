package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Criticality;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.SyntheticPlant;
import org.itot.ui.problems.FindingMarkers;
import org.itot.ui.problems.ModelFileResources;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Problems view's markers follow live validation's deltas (issue 19, goal 3): after any number of register edits
 * they are what a fresh publish of the whole result writes, and the marker of a finding that did not change is the
 * same marker throughout, so an edit in an estate rewrites only its own findings' markers.
 */
@ExtendWith(IsolatedWorkbench.class)
class FindingMarkersDeltaTest {

    @Test
    void markersFollowTheDeltasAndUnchangedFindingsKeepTheirMarkers() throws Exception {
        Path file = Workbench.save(SyntheticPlant.generate(60, 3), "delta-plant.itot");
        ArchitectureModel model = ModelFiles.load(file);
        IFile linked = ModelFileResources.linkedFile(file);
        ModelValidator validator = new ModelValidator(Catalogue.builtIn());
        LiveValidation live = new LiveValidation(validator, model);
        FindingsDelta first = live.updateDelta(() -> false);
        FindingMarkers.publish(linked, first);
        written();
        assertEquals(first.result().getChildren().size(), markers(linked).size());

        Random random = new Random(5);
        List<Asset> assets = model.getAllAssets();
        int changedSteps = 0;
        for (int step = 0; step < 30; step++) {
            Map<String, Long> before = markerIds(linked);
            Asset asset = assets.get(random.nextInt(assets.size()));
            switch (random.nextInt(3)) {
            case 0 -> asset.setFirmware(random.nextBoolean() ? null : "V" + random.nextInt(9));
            case 1 -> asset.setDefaultCredentialsChanged(!asset.isDefaultCredentialsChanged());
            default -> asset.setCriticality(Criticality.get(random.nextInt(Criticality.VALUES.size())));
            }
            FindingsDelta delta = live.updateDelta(() -> false);
            changedSteps += delta.isEmpty() ? 0 : 1;
            FindingMarkers.publish(linked, delta);
            written();
            String when = "step " + step + " (" + asset.getId() + ")";
            Map<String, Long> after = markerIds(linked);
            assertEquals(keys(ModelFindings.findings(delta.result())), new ArrayList<>(after.keySet()), when);
            Set<RuleDiagnostic> added = Collections.newSetFromMap(new IdentityHashMap<>());
            added.addAll(delta.added());
            for (RuleDiagnostic finding : ModelFindings.findings(delta.result())) {
                if (!added.contains(finding)) {
                    assertEquals(before.get(key(finding)), after.get(key(finding)),
                            "the unchanged finding " + finding.findingId() + " got a new marker, " + when);
                }
            }
        }
        assertTrue(changedSteps > 0, "some edits should change findings");

        // What the deltas left is what a publish of the whole result writes, attribute for attribute.
        List<Map<String, Object>> incremental = attributes(linked);
        assertFalse(incremental.isEmpty());
        FindingMarkers.publish(linked, validator.validate(model));
        written();
        assertEquals(attributes(linked), incremental);
        live.dispose();
    }

    private static void written() throws InterruptedException {
        Job.getJobManager().join(FindingMarkers.JOB_FAMILY, null);
    }

    private static List<IMarker> markers(IFile file) throws CoreException {
        return List.of(file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO));
    }

    /** Each finding's marker id, by finding id and element, in key order. */
    private static Map<String, Long> markerIds(IFile file) throws CoreException {
        Map<String, Long> ids = new TreeMap<>();
        for (IMarker marker : markers(file)) {
            Long earlier = ids.put(marker.getAttribute(FindingMarkers.FINDING_ID, "") + "|"
                    + marker.getAttribute(FindingMarkers.ELEMENT, ""), marker.getId());
            assertNull(earlier, "two markers for one finding");
        }
        return ids;
    }

    private static String key(RuleDiagnostic finding) {
        return finding.findingId() + "|" + EcoreUtil.getURI(finding.element()).fragment();
    }

    private static List<String> keys(List<RuleDiagnostic> findings) {
        return findings.stream().map(FindingMarkersDeltaTest::key).sorted().toList();
    }

    /** Every marker's attributes, sorted, so two files' markers compare as sets. */
    private static List<Map<String, Object>> attributes(IFile file) throws CoreException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (IMarker marker : markers(file)) {
            all.add(new TreeMap<>(new HashMap<>(marker.getAttributes())));
        }
        all.sort((a, b) -> a.toString().compareTo(b.toString()));
        return all;
    }
}
