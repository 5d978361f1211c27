package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.itot.model.ArchitectureModel;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.testing.CancelAfter;
import org.itot.testing.EditStream;
import org.itot.validation.engine.FullValidation;
import org.itot.validation.engine.LiveValidationJob;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * No stale findings: every result the live validation job or a full "Validate" publishes while another thread
 * edits equals a full validation of the model as it is when the result arrives (so a result published after an
 * edit reflects it); after the job is stopped nothing arrives any more; a cancelled full validation stops at the
 * next element and publishes nothing.
 */
class StaleFindingsTest {

    private static final int EDITS = 300;

    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());

    @Test
    void everyLiveResultReflectsTheModelAsItIsWhenPublished() throws Exception {
        ArchitectureModel model = plantInResource(5);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        List<String> stale = new CopyOnWriteArrayList<>();
        AtomicInteger published = new AtomicInteger();
        AtomicReference<Diagnostic> latest = new AtomicReference<>();
        // The consumer runs under the job's read lock: what it compares with is the model at publishing time.
        LiveValidationJob job = new LiveValidationJob(validator, model, result -> {
            List<String> now = signatures(validator.validate(model));
            if (!now.equals(signatures(result))) {
                stale.add("publication " + published.get() + ": " + signatures(result) + " but the model gives " + now);
            }
            latest.set(result);
            published.incrementAndGet();
        });
        job.start();
        EditStream edits = editStream(model, stack, 2);
        int publishedDuringEdits;
        try {
            while (edits.edits() < EDITS && edits.isRunning()) {
                Thread.sleep(20);
            }
            publishedDuringEdits = published.get();
        } finally {
            edits.stop();
        }
        settle(job);
        job.stop();
        System.out.printf("live validation next to edits: %d edits, %d results published, %d stale%n", edits.edits(),
                published.get(), stale.size());
        assertEquals(List.of(), stale, "a published result did not match the model");
        assertTrue(publishedDuringEdits >= 5, "the job published only " + publishedDuringEdits
                + " results during " + EDITS + " edits");
        assertEquals(signatures(validator.validate(model)), signatures(latest.get()),
                "the last published result is not the final model's");
    }

    @Test
    void nothingIsPublishedAfterTheJobStopped() throws Exception {
        ArchitectureModel model = plantInResource(6);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        AtomicInteger published = new AtomicInteger();
        AtomicInteger afterStop = new AtomicInteger();
        AtomicReference<Boolean> stopped = new AtomicReference<>(false);
        LiveValidationJob job = new LiveValidationJob(validator, model, result -> {
            published.incrementAndGet();
            if (stopped.get()) {
                afterStop.incrementAndGet();
            }
        });
        job.start();
        EditStream edits = editStream(model, stack, 1);
        try {
            while (published.get() < 5 && edits.isRunning()) {
                Thread.sleep(10);
            }
            job.stop();
            stopped.set(true);
            int atStop = edits.edits();
            while (edits.edits() < atStop + 50 && edits.isRunning()) {
                Thread.sleep(10);
            }
        } finally {
            edits.stop();
        }
        Thread.sleep(300); // a pass that would still run had its delay (100 ms) to publish
        assertEquals(0, afterStop.get(), "results arrived after stop()");
        assertTrue(published.get() >= 5);
    }

    @Test
    void aFullValidationPublishesTheModelAsItIsWhileEditsRun() throws Exception {
        ArchitectureModel model = plantInResource(7);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        EditStream edits = editStream(model, stack, 1);
        int validations = 0;
        try {
            while (validations < 40 || edits.edits() < 100) {
                FullValidation.validateAndPublish(validator, model, new CancelAfter(Integer.MAX_VALUE),
                        result -> assertEquals(signatures(validator.validate(model)), signatures(result),
                                "the full validation was published after an edit it does not reflect"));
                validations++;
                assertTrue(edits.isRunning(), "the edit stream failed");
            }
        } finally {
            int made = edits.stop();
            System.out.printf("full validation next to edits: %d validations, %d edits interleaved%n", validations,
                    made);
        }
    }

    @Test
    void aCancelledFullValidationStopsAtTheNextElementAndPublishesNothing() throws Exception {
        ArchitectureModel model = plantInResource(8);
        CancelAfter whole = CancelAfter.never();
        validator.validate(model, whole);
        int polls = whole.polls();
        assertTrue(polls > model.getAllAssets().size(), "the validator checks for a cancel once per element");
        for (int cancelAt : new int[] { 1, 2, polls / 2, polls }) {
            CancelAfter monitor = new CancelAfter(cancelAt);
            AtomicInteger publications = new AtomicInteger();
            assertThrows(OperationCanceledException.class, () -> FullValidation.validateAndPublish(validator, model,
                    monitor, result -> publications.incrementAndGet()), "cancel at " + cancelAt + " of " + polls);
            assertEquals(1, monitor.pollsAfterCancel(), "elements validated after the cancel at " + cancelAt);
            assertEquals(0, publications.get(), "a cancelled validation published a result");
        }
    }

    private static ArchitectureModel plantInResource(long seed) {
        ArchitectureModel model = LiveValidationTest.plant(new Random(seed));
        new ResourceSetImpl().createResource(URI.createURI("memory:/plant-" + seed + ".itot")).getContents().add(model);
        return model;
    }

    /** Random edits of the live validation tests, each as one command on the model's command stack. */
    private static EditStream editStream(ArchitectureModel model, ModelCommandStack stack, long pauseMillis) {
        Random random = new Random(62443);
        return EditStream.start("editor", Duration.ofMillis(pauseMillis), i -> stack.execute(new ChangeCommand(model) {
            @Override
            protected void doExecute() {
                LiveValidationTest.randomEdit(model, random);
            }
        }));
    }

    /** Waits until the job has run after the last change (bounded). */
    private static void settle(Job job) throws InterruptedException {
        for (int i = 0; i < 100 && job.getState() != Job.NONE; i++) {
            job.join(100, null);
            Thread.sleep(20);
        }
        Thread.sleep(200);
        job.join(5000, null);
    }

    private static List<String> signatures(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).findingId() + "|" + d.getSeverity()
                + "|" + d.getMessage()).toList();
    }
}
