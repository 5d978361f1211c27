package org.itot.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.analysis.paths.AttackPath;
import org.itot.analysis.paths.HopKind;
import org.itot.compare.DiffText;
import org.itot.compare.ElementChange;
import org.itot.compare.FindingChange;
import org.itot.compare.ModelComparison;
import org.itot.compare.ModelDiff;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.ModelFindings;
import org.junit.jupiter.api.Test;

/** As-is against to-be on the Purdue template: elements, findings and attack paths that changed. */
class ModelComparisonTest {

    private final ArchitectureModel asIs = ModelTemplates.create(ModelTemplates.PURDUE);

    @Test
    void aModelComparedWithItsCopyHasNoDifferences() {
        ModelDiff diff = ModelComparison.compare(asIs, EcoreUtil.copy(asIs), ModelFindings.Configuration.builtInOnly());
        assertTrue(diff.isEmpty(), DiffText.toText(diff));
    }

    @Test
    void comparingTakesTheValidatorsIndexOffAgainButKeepsOneThatWasThere() {
        ArchitectureModel toBe = EcoreUtil.copy(asIs);
        ECrossReferenceAdapter existing = new ECrossReferenceAdapter();
        toBe.eAdapters().add(existing);

        ModelComparison.compare(asIs, toBe, ModelFindings.Configuration.builtInOnly());

        // Two estates of 100,000 assets share one heap: the first one's index must not stay for the second's findings.
        assertNull(ECrossReferenceAdapter.getCrossReferenceAdapter(asIs));
        asIs.eAllContents().forEachRemaining(element -> assertNull(
                ECrossReferenceAdapter.getCrossReferenceAdapter(element), () -> "still indexed: " + element));
        assertSame(existing, ECrossReferenceAdapter.getCrossReferenceAdapter(toBe));
    }

    @Test
    void aBypassFlowFromAnOfficeWorkstationToAPlcShowsTheNewPathAndTheSegmentationFindings() {
        ArchitectureModel toBe = EcoreUtil.copy(asIs);
        Flow bypass = ItotFactory.eINSTANCE.createFlow();
        bypass.setId("F-BYPASS");
        bypass.setName("Office workstation programs the PLC");
        bypass.setSource(find(toBe, "ENT-WS-01", Asset.class));
        bypass.setTarget(find(toBe, "CTL-PLC-01", Asset.class));
        toBe.getFlows().add(bypass);

        ModelDiff diff = ModelComparison.compare(asIs, toBe, ModelFindings.Configuration.builtInOnly());

        assertEquals(List.of("ADDED Flow F-BYPASS"), diff.elements().stream()
                .map(change -> change.kind() + " " + change.type() + " " + change.id()).toList());
        Set<String> appeared = diff.findingsAppeared().stream().map(FindingChange::findingId).collect(Collectors.toSet());
        assertTrue(appeared.contains("SEG-03@F-BYPASS"), appeared.toString());
        assertTrue(diff.findingsAppeared().stream().filter(finding -> finding.ruleId().startsWith("SEG-"))
                .allMatch(finding -> finding.findingId().endsWith("@F-BYPASS")), appeared.toString());
        assertEquals(List.of(), diff.findingsDisappeared());

        assertFalse(diff.pathsAppeared().isEmpty(), DiffText.toText(diff));
        for (AttackPath path : diff.pathsAppeared()) {
            assertTrue(path.hops().stream().anyMatch(hop -> hop.element() == bypass), path.key());
        }
        AttackPath fromTheOffice = diff.pathsAppeared().stream()
                .filter(path -> path.target().getId().equals("CTL-PLC-01")
                        && path.hops().get(path.hops().size() - 1).kind() == HopKind.FLOW)
                .findFirst().orElseThrow(() -> new AssertionError(DiffText.toText(diff)));
        assertEquals("enterprise", fromTheOffice.entry().id());
        assertEquals(List.of(), diff.pathsDisappeared());

        String text = DiffText.toText(diff);
        assertTrue(text.contains("Elements added (1):\n  Flow F-BYPASS (Office workstation programs the PLC)"), text);
        assertTrue(text.contains("Attack paths appeared"), text);
        assertTrue(text.contains("SEG-03@F-BYPASS"), text);
        String json = DiffText.toJson(diff);
        assertTrue(json.contains("\"id\": \"SEG-03@F-BYPASS\""), json);
        assertTrue(json.contains("\"element\": \"F-BYPASS\""), json);

        ModelDiff back = ModelComparison.compare(toBe, asIs, ModelFindings.Configuration.builtInOnly());
        assertEquals(diff.pathsAppeared().stream().map(AttackPath::key).toList(),
                back.pathsDisappeared().stream().map(AttackPath::key).toList(), "removing the flow closes the paths");
        assertEquals(List.of(), back.pathsAppeared(),
                "paths pushed out of a target's list by the weaker bypass are not new when it goes");
    }

    @Test
    void changedFeaturesAreNamedAndRemovalsListed() {
        ArchitectureModel toBe = EcoreUtil.copy(asIs);
        Asset plc = find(toBe, "CTL-PLC-01", Asset.class);
        plc.setFirmware("9.9");
        plc.setName("Renamed PLC");
        Flow removed = toBe.getFlows().get(0);
        String removedId = removed.getId();
        EcoreUtil.delete(removed, true);

        ModelDiff diff = ModelComparison.compare(asIs, toBe, ModelFindings.Configuration.builtInOnly());

        ElementChange changed = diff.elements(ElementChange.Kind.CHANGED).stream()
                .filter(change -> change.id().equals("CTL-PLC-01")).findFirst().orElseThrow();
        assertEquals(List.of("name", "firmware"), changed.features());
        plc.setMfa(!plc.isMfa());
        String text = DiffText.toText(ModelComparison.compare(asIs, toBe, ModelFindings.Configuration.builtInOnly()));
        assertTrue(text.contains("(Renamed PLC): Name, Firmware, MFA\n"), "the text names features in words: " + text);
        assertEquals(List.of(removedId), diff.elements(ElementChange.Kind.REMOVED).stream().map(ElementChange::id)
                .filter(id -> id.equals(removedId)).toList());
    }

    private static <T extends ModelElement> T find(ArchitectureModel model, String id, Class<T> type) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && id.equals(element.getId())) {
                return type.cast(element);
            }
        }
        throw new AssertionError("no " + id);
    }
}
