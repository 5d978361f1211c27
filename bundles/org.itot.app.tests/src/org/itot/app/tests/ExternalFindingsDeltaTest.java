package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.itot.asbuilt.AsBuiltRules;
import org.itot.model.Asset;
import org.itot.model.ItotPackage;
import org.itot.model.template.SyntheticPlant;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.problems.FindingMarkers;
import org.itot.validation.engine.ExternalFindings;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Findings another feature adds to a model (an as-built reconciliation's) travel with live validation's deltas: every
 * published delta starts from the result published before it and leads to the next one, so the markers and badges that
 * apply deltas stay equal to the whole result, and the external findings stay in it across edits until removed.
 */
@ExtendWith(IsolatedWorkbench.class)
class ExternalFindingsDeltaTest {

    @Test
    void externalFindingsAndLiveEditsPublishAChainOfDeltas() throws Exception {
        Path file = Workbench.save(SyntheticPlant.generate(40, 3), "external-deltas.itot");
        OpenModel model = OpenModels.get().open(file);
        List<FindingsDelta> published = new CopyOnWriteArrayList<>();
        try {
            Workbench.waitUntil(() -> !model.findings().getChildren().isEmpty(), "the first live result");
            model.addFindingListener(published::add);
            Asset device = model.model().getAllAssets().get(0);
            RuleDiagnostic external = ExternalFindings.create(ModelValidator.Settings.of(model.model()),
                    AsBuiltRules.definition(AsBuiltRules.DEVICE_ADDRESS_DISAGREES), Severity.WARNING, device,
                    "10.9.9.9", "test: the device has 10.9.9.9, the model does not", List.of(), null);
            assertNotNull(external);
            model.setExternalFindings("test", List.of(external));
            Workbench.waitUntil(() -> Workbench.hasMarkerOfRule(file, "ASB-07"), "the external finding's marker");

            // Register edits re-validate a neighbourhood; the external finding must survive each of them.
            List<Asset> assets = model.model().getAllAssets();
            for (int step = 0; step < 6; step++) {
                Asset asset = assets.get(1 + step * 5 % (assets.size() - 1));
                String firmware = step % 2 == 0 ? null : "V" + step;
                model.domain().getCommandStack().execute(SetCommand.create(model.domain(), asset,
                        ItotPackage.Literals.ASSET__FIRMWARE, firmware));
                Workbench.waitUntil(() -> sameFindings(model.findings(), expected(model, external)),
                        "the live result after edit " + step + " holds the model's findings and the external one");
            }
            Workbench.waitUntil(() -> Workbench.markers(file).size() == model.findings().getChildren().size(),
                    "the markers follow");
            assertTrue(Workbench.markers(file).stream().anyMatch(m -> "ASB-07".equals(m.getAttribute(FindingMarkers.RULE_ID, ""))));

            model.setExternalFindings("test", List.of());
            Workbench.waitUntil(() -> !Workbench.hasMarkerOfRule(file, "ASB-07"), "the removed finding's marker");
            assertFalse(ModelFindings.findings(model.findings()).contains(external));

            assertTrue(published.size() >= 3, "deltas published: " + published.size());
            for (int i = 1; i < published.size(); i++) {
                FindingsDelta delta = published.get(i);
                assertSame(published.get(i - 1).result(), delta.previous(),
                        "delta " + i + " starts from what was published before it");
                assertEquals(identities(ModelFindings.findings(delta.result())), applied(delta),
                        "delta " + i + " applied to its previous result gives its result");
            }
            List<IMarker> markers = Workbench.markers(file);
            assertEquals(model.findings().getChildren().size(), markers.size());
        } finally {
            OpenModels.get().close(model);
        }
    }

    /** A validation of the model now, with the external finding. */
    private static List<RuleDiagnostic> expected(OpenModel model, RuleDiagnostic external) {
        List<RuleDiagnostic> all = new ArrayList<>(ModelFindings.findings(
                new ModelValidator(Catalogue.builtIn()).validate(model.model())));
        all.add(external);
        return all;
    }

    private static boolean sameFindings(Diagnostic shown, List<RuleDiagnostic> expected) {
        List<String> want = expected.stream().map(ExternalFindingsDeltaTest::key).sorted().toList();
        List<String> got = ModelFindings.findings(shown).stream().map(ExternalFindingsDeltaTest::key).sorted().toList();
        return want.equals(got);
    }

    private static String key(RuleDiagnostic finding) {
        return finding.findingId() + "|" + finding.getSeverity() + "|" + finding.getMessage();
    }

    private static Set<RuleDiagnostic> applied(FindingsDelta delta) {
        Set<RuleDiagnostic> result = identities(ModelFindings.findings(delta.previous()));
        identities(delta.removed()).forEach(result::remove);
        result.addAll(delta.added());
        return result;
    }

    private static Set<RuleDiagnostic> identities(List<RuleDiagnostic> findings) {
        Set<RuleDiagnostic> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(findings);
        return set;
    }
}
