package org.itot.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Criticality;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.FindingsDelta;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * The diagram's badges and tooltips follow live validation's deltas: patched edit by edit, they are what the whole
 * result gives, and a delta that does not follow what they show makes them start again from its result.
 */
class FindingMarksTest {

    @Test
    void marksPatchedByDeltasEqualTheMarksOfTheWholeResult() {
        ArchitectureModel model = SyntheticPlant.generate(60, 4);
        LiveValidation live = new LiveValidation(new ModelValidator(Catalogue.builtIn()), model);
        DiagramLayers.FindingMarks marks = DiagramLayers.FindingMarks.of(new BasicDiagnostic());
        FindingsDelta first = live.updateDelta(() -> false);
        marks = marks.apply(first); // does not follow the empty result shown: built from the whole result
        assertMarks(DiagramLayers.FindingMarks.of(first.result()), marks, "first");
        Random random = new Random(9);
        List<Asset> assets = model.getAllAssets();
        for (int step = 0; step < 40; step++) {
            Asset asset = assets.get(random.nextInt(assets.size()));
            switch (random.nextInt(3)) {
            case 0 -> asset.setFirmware(random.nextBoolean() ? null : "V" + random.nextInt(9));
            case 1 -> asset.setDefaultCredentialsChanged(!asset.isDefaultCredentialsChanged());
            default -> asset.setCriticality(Criticality.get(random.nextInt(Criticality.VALUES.size())));
            }
            FindingsDelta delta = live.updateDelta(() -> false);
            DiagramLayers.FindingMarks patched = marks.apply(delta);
            assertSame(marks, patched, "a delta that follows the marks patches them, step " + step);
            assertMarks(DiagramLayers.FindingMarks.of(delta.result()), patched, "step " + step);
        }
        live.dispose();
    }

    @Test
    void aDeltaThatDoesNotFollowTheMarksRebuildsThem() {
        ArchitectureModel model = SyntheticPlant.generate(40, 4);
        LiveValidation live = new LiveValidation(new ModelValidator(Catalogue.builtIn()), model);
        FindingsDelta first = live.updateDelta(() -> false);
        DiagramLayers.FindingMarks marks = DiagramLayers.FindingMarks.of(new BasicDiagnostic());
        DiagramLayers.FindingMarks rebuilt = marks.apply(first);
        assertNotSame(marks, rebuilt);
        assertMarks(DiagramLayers.FindingMarks.of(first.result()), rebuilt, "rebuilt");
        live.dispose();
    }

    private static void assertMarks(DiagramLayers.FindingMarks expected, DiagramLayers.FindingMarks actual,
            String when) {
        assertEquals(new HashMap<>(expected.severities()), new HashMap<>(actual.severities()), when);
        assertEquals(sortedTexts(expected.texts()), sortedTexts(actual.texts()), when);
    }

    /** An element's tooltip lines as a sorted list: the order of one element's lines is not part of the contract. */
    private static Map<EObject, List<String>> sortedTexts(Map<EObject, List<String>> texts) {
        Map<EObject, List<String>> sorted = new HashMap<>();
        texts.forEach((element, lines) -> sorted.put(element, lines.stream().sorted().toList()));
        return sorted;
    }
}
