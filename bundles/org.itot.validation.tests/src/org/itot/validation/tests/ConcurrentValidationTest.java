package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotPackage;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Validation next to edits and next to other validations: one validator (its compiled OCL queries)
 * shared by threads gives each the findings it would give alone, and a validation under the model's
 * read lock never sees an edit half-way (no ConcurrentModificationException, the same findings twice
 * in a row while it holds the lock).
 */
class ConcurrentValidationTest {

    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());

    @Test
    void oneValidatorSharedByThreadsGivesEachThreadItsOwnFindings() throws Exception {
        List<ArchitectureModel> models = new ArrayList<>();
        List<List<String>> alone = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            ArchitectureModel model = LiveValidationTest.plant(new Random(seed));
            models.add(model);
            alone.add(signatures(validator.validate(model)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int index = t;
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        assertEquals(alone.get(index), signatures(validator.validate(models.get(index))),
                                "findings of model " + index + " in run " + i);
                    }
                    return 40;
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(40, run.get(120, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void validationUnderTheReadLockNeverSeesAnEditHalfWay() throws Exception {
        ArchitectureModel model = LiveValidationTest.plant(new Random(3));
        new ResourceSetImpl().createResource(URI.createURI("memory:/plant.itot")).getContents().add(model);
        EditingDomain domain = ModelEditing.domainFor(model);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger edits = new AtomicInteger();
        Thread editor = new Thread(() -> {
            Random random = new Random(62443);
            List<Asset> assets = model.getAllAssets();
            while (!done.get()) {
                Asset asset = assets.get(random.nextInt(assets.size()));
                Command command = random.nextBoolean()
                        ? SetCommand.create(domain, asset, ItotPackage.Literals.ASSET__TYPE,
                                AssetType.get(random.nextInt(AssetType.VALUES.size())))
                        : SetCommand.create(domain, asset, ItotPackage.Literals.ASSET__FIRMWARE,
                                random.nextBoolean() ? null : "V" + random.nextInt(9));
                stack.execute(command);
                edits.incrementAndGet();
            }
        }, "editor");
        // The editor thread must not die either: making a command while a reader installs adapters failed once.
        AtomicReference<Throwable> editorFailure = new AtomicReference<>();
        editor.setUncaughtExceptionHandler((thread, failure) -> editorFailure.set(failure));
        editor.start();
        int validations = 0;
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            while (System.nanoTime() < end || validations < 20) {
                stack.lock().readLock().lock();
                try {
                    // with the lock held the model cannot change: the same findings twice, never an exception
                    List<String> first = signatures(validator.validate(model));
                    assertEquals(first, signatures(validator.validate(model)), "the model changed under the read lock");
                } finally {
                    stack.lock().readLock().unlock();
                }
                validations++;
            }
        } finally {
            done.set(true);
            editor.join(10_000);
        }
        assertNull(editorFailure.get(), () -> "the editor thread failed: " + editorFailure.get());
        assertTrue(edits.get() > 0, "the editor made no edit");
        System.out.printf("concurrent validation: %d validations during %d edits%n", validations, edits.get());
    }

    /**
     * A model shared through an editing domain already has every adapter its readers use: a validation under the read
     * lock adds none to its elements, so a thread making a command meanwhile (which iterates its owner's adapters)
     * never meets a list that changes under it.
     */
    @Test
    void validatingAModelThatHasAnEditingDomainAddsNoAdapterToItsElements() {
        ArchitectureModel model = LiveValidationTest.plant(new Random(4));
        new ResourceSetImpl().createResource(URI.createURI("memory:/plant.itot")).getContents().add(model);
        ModelEditing.domainFor(model);
        Map<String, Integer> before = adapterCounts(model);
        validator.validate(model);
        assertEquals(before, adapterCounts(model));
    }

    private static Map<String, Integer> adapterCounts(ArchitectureModel model) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("/", model.eAdapters().size());
        model.eAllContents().forEachRemaining(element -> counts.put(EcoreUtil.getURI(element).fragment(),
                element.eAdapters().size()));
        return counts;
    }

    private static List<String> signatures(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).findingId() + "|" + d.getSeverity()
                + "|" + d.getMessage()).toList();
    }
}
