package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.asset;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.LiveValidationJob;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** The background job follows the command stack and publishes what a full validation would find. */
class LiveValidationJobTest {

    private final ModelValidator validator = TestModels.validatorFor("BND-01", "BND-02");

    @Test
    void publishedFindingsFollowCommands() throws InterruptedException {
        ArchitectureModel model = model();
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/plant.itot"));
        resource.getContents().add(model);
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        Asset firewall = asset(idmz, "FW", AssetType.FIREWALL);
        Conduit conduit = conduit(model, "C-1", idmz, operations, firewall);

        AtomicReference<Diagnostic> published = new AtomicReference<>();
        LiveValidationJob job = new LiveValidationJob(validator, model, delta -> published.set(delta.result()));
        job.start();
        Jobs.awaitIdle(job);
        assertEquals(ids(validator.validate(model)), ids(published.get()));

        EditingDomain domain = ModelEditing.domainFor(model);
        // A register edit's pass is the edit's neighbourhood: it runs as a short job, which the job manager starts
        // without the half second it holds DECORATE jobs back; a pass over everything stays a DECORATE job.
        domain.getCommandStack().execute(SetCommand.create(domain, firewall, ItotPackage.Literals.ASSET__FIRMWARE, "2"));
        assertEquals(Job.SHORT, job.getPriority(), "a register edit");
        Jobs.awaitIdle(job);
        assertEquals(ids(validator.validate(model)), ids(published.get()));
        Command unenforce = RemoveCommand.create(domain, conduit, ItotPackage.Literals.CONDUIT__ENFORCED_BY, firewall);
        domain.getCommandStack().execute(unenforce);
        assertEquals(Job.DECORATE, job.getPriority(), "a structural edit");
        Jobs.awaitIdle(job);
        assertEquals(List.of("BND-01@C-1"), ids(published.get()));

        domain.getCommandStack().undo();
        Jobs.awaitIdle(job);
        assertEquals(ids(validator.validate(model)), ids(published.get()));

        domain.getCommandStack().execute(AddCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__CONDUITS,
                TestModels.detachedConduit("C-2", idmz, operations)));
        Jobs.awaitIdle(job);
        assertEquals(List.of("BND-02@FW", "BND-01@C-2"), ids(published.get()), "FW has no rule set (BND-02)");
        assertEquals(ids(validator.validate(model)), ids(published.get()));
        job.stop();
    }

    @Test
    void anAbortedPassKeepsItsWorkForTheNextOne() {
        ArchitectureModel model = model();
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        for (int i = 0; i < 200; i++) {
            asset(operations, "A-" + i, AssetType.WORKSTATION);
        }
        conduit(model, "C-1", idmz, operations);
        LiveValidation live = new LiveValidation(validator, model);
        assertNull(live.update(() -> true), "a pass that gives up publishes nothing");
        assertEquals(ids(validator.validate(model)), ids(live.update()));
    }

    private static List<String> ids(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> ((RuleDiagnostic) d).findingId()).toList();
    }
}
