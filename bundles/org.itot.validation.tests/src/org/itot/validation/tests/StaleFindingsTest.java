package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotPackage;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.testing.Await;
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
    /** The edit stream makes hundreds of edits a second; only a hang comes near this. */
    private static final Duration EDIT_BOUND = Duration.ofSeconds(120);

    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());

    @Test
    void everyLiveResultReflectsTheModelAsItIsWhenPublished() throws Exception {
        ArchitectureModel model = plantInResource(5);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        List<String> stale = new CopyOnWriteArrayList<>();
        AtomicInteger published = new AtomicInteger();
        AtomicReference<Diagnostic> latest = new AtomicReference<>();
        // The consumer runs under the job's read lock: what it compares with is the model at publishing time.
        LiveValidationJob job = new LiveValidationJob(validator, model, delta -> {
            Diagnostic result = delta.result();
            List<String> now = signatures(validator.validate(model));
            if (!now.equals(signatures(result))) {
                stale.add("publication " + published.get() + ": " + signatures(result) + " but the model gives " + now);
            }
            latest.set(result);
            published.incrementAndGet();
        });
        job.start();
        // bursts of 15 edits 2 ms apart, then a pause longer than the job's delay, so passes both finish and give way
        EditStream edits = editStream(model, stack, 2, 15);
        int publishedDuringEdits;
        try {
            Await.until(EDIT_BOUND, () -> edits.edits() >= EDITS || !edits.isRunning(), () -> EDITS + " edits, made "
                    + edits.edits());
            publishedDuringEdits = published.get();
        } finally {
            edits.stop();
        }
        // the last edit scheduled a pass: once the job is idle, that pass has published
        Jobs.awaitIdle(job);
        job.stop();
        System.out.printf("live validation next to edits: %d edits, %d results published, %d stale%n", edits.edits(),
                published.get(), stale.size());
        assertEquals(List.of(), stale, "a published result did not match the model");
        assertTrue(publishedDuringEdits >= EDITS / 15 / 2, "the job published only " + publishedDuringEdits
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
        EditStream edits = editStream(model, stack, 1, 0);
        try {
            Await.until(EDIT_BOUND, () -> published.get() >= 5 || !edits.isRunning(),
                    () -> "5 results, published " + published.get());
            job.stop();
            stopped.set(true);
            int atStop = edits.edits();
            Await.until(EDIT_BOUND, () -> edits.edits() >= atStop + 50 || !edits.isRunning(),
                    () -> "50 edits after stop(), made " + (edits.edits() - atStop));
        } finally {
            edits.stop();
        }
        // Not a sleep: a pass that was running at stop() (or one it rescheduled) has finished once the job is idle,
        // and after that nothing can schedule it (stop() removed the command stack listener).
        Jobs.awaitIdle(job);
        assertEquals(0, afterStop.get(), "results arrived after stop()");
        assertTrue(published.get() >= 5);
    }

    @Test
    void aFullValidationPublishesTheModelAsItIsWhileEditsRun() throws Exception {
        ArchitectureModel model = plantInResource(7);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        EditStream edits = editStream(model, stack, 1, 0);
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

    /**
     * Edits as commands on the model's command stack: asset types (which most rules look at), firmware, and moves
     * of assets between zones (which change the zone and conduit findings).
     */
    private static EditStream editStream(ArchitectureModel model, ModelCommandStack stack, long pauseMillis,
            int burst) {
        EditingDomain domain = ModelEditing.domainFor(model);
        Random random = new Random(62443);
        return EditStream.start("editor", Duration.ofMillis(pauseMillis), i -> {
            List<Asset> assets = model.getAllAssets();
            Asset asset = assets.get(random.nextInt(assets.size()));
            Command command = switch (i % 3) {
            case 0 -> SetCommand.create(domain, asset, ItotPackage.Literals.ASSET__TYPE,
                    AssetType.get(random.nextInt(AssetType.VALUES.size())));
            case 1 -> SetCommand.create(domain, asset, ItotPackage.Literals.ASSET__FIRMWARE,
                    random.nextBoolean() ? null : "V" + random.nextInt(9));
            default -> AddCommand.create(domain, model.getZones().get(random.nextInt(model.getZones().size())),
                    ItotPackage.Literals.ZONE__ASSETS, asset);
            };
            stack.execute(command);
            if (burst > 0 && i % burst == burst - 1) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(130));
            }
        });
    }

    private static List<String> signatures(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).findingId() + "|" + d.getSeverity()
                + "|" + d.getMessage()).toList();
    }
}
