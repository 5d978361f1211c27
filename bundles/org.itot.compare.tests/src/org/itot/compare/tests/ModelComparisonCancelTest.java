package org.itot.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.analysis.paths.AttackPath;
import org.itot.compare.DiffText;
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

/**
 * Compare With's Cancel during the comparison itself: the comparison stops within a validation, leaves neither model
 * indexed, and with a monitor that is never cancelled gives what the comparison without a monitor ({@code itot diff})
 * gives.
 */
class ModelComparisonCancelTest {

    private static final ModelFindings.Configuration RULES = ModelFindings.Configuration.builtInOnly();

    private final ArchitectureModel asIs = ModelTemplates.create(ModelTemplates.PURDUE);
    private final ArchitectureModel toBe = withBypassFlow(EcoreUtil.copy(asIs));

    @Test
    void cancelOnceTheOldModelsValidationHasBegunStopsBeforeTheNewModelIsValidated() {
        assertNull(ECrossReferenceAdapter.getCrossReferenceAdapter(asIs), "the template starts unindexed");
        // The validator indexes a model before its first element: cancel the moment the old model's index is there.
        RecordingMonitor monitor = new RecordingMonitor(() -> indexed(asIs));

        assertThrows(OperationCanceledException.class, () -> ModelComparison.compare(asIs, toBe, RULES, monitor));

        assertTrue(monitor.calls().contains("subTask Validating the old model"), monitor.calls().toString());
        assertFalse(monitor.calls().contains("subTask Validating the new model"), monitor.calls().toString());
        assertFalse(monitor.sawNewModelIndexed, "the new model's validation never began");
        assertNotIndexed(asIs);
        assertNotIndexed(toBe);
    }

    @Test
    void cancelDuringTheNewModelsValidationStopsBeforeThePathsAndTakesBothIndexesOff() {
        RecordingMonitor monitor = new RecordingMonitor(() -> indexed(toBe));

        assertThrows(OperationCanceledException.class, () -> ModelComparison.compare(asIs, toBe, RULES, monitor));

        assertTrue(monitor.calls().contains("subTask Validating the new model"), monitor.calls().toString());
        assertTrue(monitor.calls().stream().noneMatch(call -> call.startsWith("subTask Finding the attack paths")),
                monitor.calls().toString());
        assertNotIndexed(asIs);
        assertNotIndexed(toBe);
    }

    @Test
    void aMonitorThatIsNeverCancelledGivesTheComparisonWithoutOneAndHearsItsFiveSteps() {
        ModelDiff unmonitored = ModelComparison.compare(asIs, toBe, RULES);
        RecordingMonitor monitor = new RecordingMonitor(() -> false);

        ModelDiff monitored = ModelComparison.compare(asIs, toBe, RULES, monitor);

        assertFalse(unmonitored.elements().isEmpty() || unmonitored.findingsAppeared().isEmpty()
                || unmonitored.pathsAppeared().isEmpty(), "a comparison with something in each part: "
                        + DiffText.toText(unmonitored));
        assertEquals(unmonitored.elements(), monitored.elements());
        assertEquals(unmonitored.findingsAppeared(), monitored.findingsAppeared());
        assertEquals(unmonitored.findingsDisappeared(), monitored.findingsDisappeared());
        assertEquals(keys(unmonitored.pathsAppeared()), keys(monitored.pathsAppeared()));
        assertEquals(keys(unmonitored.pathsDisappeared()), keys(monitored.pathsDisappeared()));
        assertEquals(unmonitored.pathTruncation(), monitored.pathTruncation());
        assertEquals(DiffText.toJson(unmonitored), DiffText.toJson(monitored));

        assertEquals(List.of("subTask Comparing the elements", "subTask Validating the old model",
                "subTask Validating the new model", "subTask Finding the attack paths of the old model",
                "subTask Finding the attack paths of the new model"),
                monitor.calls().stream().filter(call -> call.startsWith("subTask ")).toList());
        assertEquals(1, monitor.calls().stream().filter(call -> call.startsWith("beginTask ")).count(),
                monitor.calls().toString());
        assertTrue(monitor.calls().stream().anyMatch(call -> call.startsWith("worked ")), monitor.calls().toString());
        assertNotIndexed(asIs);
        assertNotIndexed(toBe);
    }

    private static List<String> keys(List<AttackPath> paths) {
        return paths.stream().map(AttackPath::key).toList();
    }

    private static boolean indexed(ArchitectureModel model) {
        return ECrossReferenceAdapter.getCrossReferenceAdapter(model) != null;
    }

    private static void assertNotIndexed(ArchitectureModel model) {
        assertNull(ECrossReferenceAdapter.getCrossReferenceAdapter(model));
        model.eAllContents().forEachRemaining(element -> assertNull(
                ECrossReferenceAdapter.getCrossReferenceAdapter(element), () -> "still indexed: " + element));
    }

    /** The to-be model of the comparison tests: an office workstation programs a PLC directly. */
    private static ArchitectureModel withBypassFlow(ArchitectureModel model) {
        Flow bypass = ItotFactory.eINSTANCE.createFlow();
        bypass.setId("F-BYPASS");
        bypass.setName("Office workstation programs the PLC");
        bypass.setSource(find(model, "ENT-WS-01"));
        bypass.setTarget(find(model, "CTL-PLC-01"));
        model.getFlows().add(bypass);
        return model;
    }

    private static Asset find(ArchitectureModel model, String id) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && id.equals(element.getId())) {
                return (Asset) element;
            }
        }
        throw new AssertionError("no " + id);
    }

    /**
     * Records what the comparison reports and turns cancelled once {@code cancelWhen} holds, as a user pressing
     * Cancel at that point would. The validator asks from its worker threads too, so what it records is synchronized.
     */
    private final class RecordingMonitor extends NullProgressMonitor {

        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private final BooleanSupplier cancelWhen;
        volatile boolean sawNewModelIndexed;

        RecordingMonitor(BooleanSupplier cancelWhen) {
            this.cancelWhen = cancelWhen;
        }

        List<String> calls() {
            synchronized (calls) {
                return List.copyOf(calls);
            }
        }

        @Override
        public void beginTask(String name, int totalWork) {
            calls.add("beginTask " + name);
        }

        @Override
        public void subTask(String name) {
            calls.add("subTask " + name);
        }

        @Override
        public void worked(int work) {
            calls.add("worked " + work);
        }

        @Override
        public void internalWorked(double work) {
            calls.add("worked " + work);
        }

        @Override
        public boolean isCanceled() {
            if (indexed(toBe)) {
                sawNewModelIndexed = true;
            }
            if (!super.isCanceled() && cancelWhen.getAsBoolean()) {
                setCanceled(true);
            }
            return super.isCanceled();
        }
    }
}
