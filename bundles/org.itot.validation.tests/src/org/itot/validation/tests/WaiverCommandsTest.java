package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.PurdueLevel;
import org.itot.model.Waiver;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.WaiverCommands;
import org.itot.validation.engine.WaiverStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepting, editing and revoking a risk are single undoable commands; a waiver's status follows validation. */
class WaiverCommandsTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final ModelValidator validator = TestModels.validatorFor("BND-01");
    private ArchitectureModel model;
    private Conduit open;
    private EditingDomain domain;
    private CommandStack stack;

    @BeforeEach
    void unenforcedConduitInAResource() {
        model = model();
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        Zone operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        open = conduit(model, "C-OPEN", idmz, operations);
        new ResourceSetImpl().createResource(URI.createURI("memory:/waivers.itot")).getContents().add(model);
        domain = ModelEditing.domainFor(model);
        stack = domain.getCommandStack();
    }

    @Test
    void acceptIsOneUndoableStepThatTheValidatorHonours() {
        RuleDiagnostic finding = bnd01();
        Date expiry = new Date(System.currentTimeMillis() + 30 * DAY);
        stack.execute(WaiverCommands.accept(domain, finding, "Temporary link during migration", "j.doe", expiry));

        assertEquals(1, model.getWaivers().size());
        Waiver waiver = model.getWaivers().get(0);
        assertEquals("BND-01@C-OPEN", waiver.getFindingId());
        assertEquals("j.doe", waiver.getAuthor());
        assertEquals(expiry, waiver.getExpiresOn());
        assertTrue(bnd01().isAccepted());
        assertEquals(WaiverStatus.ACTIVE, WaiverStatus.of(waiver, validator.validate(model), new Date()));

        stack.undo();
        assertTrue(model.getWaivers().isEmpty());
        assertFalse(bnd01().isAccepted(), "the finding is open again after undo");
        stack.redo();
        assertTrue(bnd01().isAccepted(), "and accepted again after redo");
    }

    @Test
    void acceptingAgainReplacesTheFindingsOldWaiver() {
        stack.execute(WaiverCommands.accept(domain, bnd01(), "First", "j.doe", null));
        stack.execute(WaiverCommands.accept(domain, bnd01(), "Second", "a.roe", null));
        assertEquals(List.of("Second"), model.getWaivers().stream().map(Waiver::getRationale).toList());
        stack.undo();
        assertEquals(List.of("First"), model.getWaivers().stream().map(Waiver::getRationale).toList());
    }

    @Test
    void editChangesWhatTheWaiverSaysAndUndoRestoresIt() {
        Date expiry = new Date(System.currentTimeMillis() + 30 * DAY);
        stack.execute(WaiverCommands.accept(domain, bnd01(), "Until the firewall arrives", "j.doe", expiry));
        Waiver waiver = model.getWaivers().get(0);
        String digest = waiver.getElementDigest();

        stack.execute(WaiverCommands.edit(domain, waiver, "Firewall delayed to Q3", "a.roe", null));
        assertEquals("Firewall delayed to Q3", waiver.getRationale());
        assertEquals("a.roe", waiver.getAuthor());
        assertNull(waiver.getExpiresOn());
        assertEquals(digest, waiver.getElementDigest(), "editing the text does not re-accept a changed element");

        stack.undo();
        assertEquals("Until the firewall arrives", waiver.getRationale());
        assertEquals("j.doe", waiver.getAuthor());
        assertEquals(expiry, waiver.getExpiresOn());
        assertThrows(IllegalArgumentException.class, () -> WaiverCommands.edit(domain, waiver, " ", "j.doe", null));
    }

    @Test
    void revokeReopensTheFindingAndUndoAcceptsItAgain() {
        stack.execute(WaiverCommands.accept(domain, bnd01(), "Lab network", "j.doe", null));
        Waiver waiver = model.getWaivers().get(0);
        stack.execute(WaiverCommands.revoke(domain, List.of(waiver)));
        assertFalse(bnd01().isAccepted());
        stack.undo();
        assertSame(waiver, bnd01().waiver());
    }

    @Test
    void statusIsExpiredOrStaleWhenTheWaiverNoLongerAccepts() {
        stack.execute(WaiverCommands.accept(domain, bnd01(), "Lab network", "j.doe",
                new Date(System.currentTimeMillis() + DAY)));
        Waiver waiver = model.getWaivers().get(0);
        assertEquals(WaiverStatus.EXPIRED,
                WaiverStatus.of(waiver, validator.validate(model), new Date(System.currentTimeMillis() + 2 * DAY)));

        open.setDescription("renamed or described: no material change");
        assertEquals(WaiverStatus.ACTIVE, WaiverStatus.of(waiver, validator.validate(model), new Date()));
        open.setAccountableOrganisation("Vendor X");
        assertEquals(WaiverStatus.STALE, WaiverStatus.of(waiver, validator.validate(model), new Date()),
                "the element changed since the risk was accepted");
        model.getConduits().remove(open);
        assertEquals(WaiverStatus.STALE, WaiverStatus.of(waiver, validator.validate(model), new Date()),
                "the finding is no longer raised");
    }

    private RuleDiagnostic bnd01() {
        return find(findings(validator.validate(model)), "BND-01");
    }
}
