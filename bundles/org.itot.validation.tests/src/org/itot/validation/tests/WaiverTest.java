package org.itot.validation.tests;

import static org.itot.validation.tests.Findings.find;
import static org.itot.validation.tests.Findings.findings;
import static org.itot.validation.tests.TestModels.conduit;
import static org.itot.validation.tests.TestModels.model;
import static org.itot.validation.tests.TestModels.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.PurdueLevel;
import org.itot.model.Waiver;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.engine.Waivers;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepted risks stay visible as accepted, and come back when they expire or the element changes. */
class WaiverTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final ModelValidator validator = TestModels.validatorFor("BND-01", "SEG-01", "SEG-02", "SEG-03");
    private ArchitectureModel model;
    private Conduit open;
    private Zone operations;

    @BeforeEach
    void unenforcedConduit() {
        model = model();
        Zone idmz = zone(model, "Z-DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35);
        operations = zone(model, "Z-OPS", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3);
        open = conduit(model, "C-OPEN", idmz, operations);
    }

    @Test
    void acceptedFindingStaysVisibleAsInfo() {
        RuleDiagnostic finding = find(findings(validator.validate(model)), "BND-01");
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        model.getWaivers().add(Waivers.accept(finding, "Temporary link during migration", "j.doe",
                new Date(System.currentTimeMillis() + 30 * DAY)));

        RuleDiagnostic accepted = find(findings(validator.validate(model)), "BND-01");
        assertTrue(accepted.isAccepted());
        assertEquals(Diagnostic.INFO, accepted.getSeverity());
        assertEquals(Diagnostic.ERROR, accepted.ruleSeverity());
        assertEquals("BND-01@C-OPEN", accepted.waiver().getFindingId());
        assertNull(accepted.waiverNote());
    }

    /**
     * A waiver names its element by id. Two identical conduits with one id both matched it, so one
     * accepted risk silently covered a second element; now neither finding is accepted, and both say why.
     */
    @Test
    void waiverOnAnIdThatTwoElementsShareAcceptsNeither() {
        Conduit twin = conduit(model, "C-OPEN", open.getZones().get(0), open.getZones().get(1));
        RuleDiagnostic finding = find(findings(validator.validate(model)), "BND-01");
        model.getWaivers().add(Waivers.accept(finding, "Temporary link during migration", "j.doe", null));

        List<RuleDiagnostic> again = findings(validator.validate(model)).stream()
                .filter(f -> f.findingId().equals("BND-01@C-OPEN")).toList();
        assertEquals(2, again.size(), "one finding per conduit");
        assertEquals(java.util.Set.of(open, twin), again.stream().map(RuleDiagnostic::element)
                .collect(java.util.stream.Collectors.toSet()));
        for (RuleDiagnostic f : again) {
            assertFalse(f.isAccepted(), "a waiver of an id two elements share accepted " + f.getMessage());
            assertEquals(Diagnostic.ERROR, f.getSeverity());
            assertTrue(f.waiverNote().contains("more than one element has the id 'C-OPEN'"), f.waiverNote());
        }

        twin.setId("C-OPEN-2");
        assertTrue(find(findings(validator.validate(model)).stream()
                .filter(f -> f.element() == open).toList(), "BND-01").isAccepted(), "unique again: the waiver applies");
    }

    @Test
    void expiredWaiverNoLongerApplies() {
        RuleDiagnostic finding = find(findings(validator.validate(model)), "BND-01");
        Waiver waiver = Waivers.accept(finding, "Accepted until the firewall arrives", "j.doe",
                new Date(System.currentTimeMillis() - DAY));
        model.getWaivers().add(waiver);

        RuleDiagnostic again = find(findings(validator.validate(model)), "BND-01");
        assertFalse(again.isAccepted());
        assertEquals(Diagnostic.ERROR, again.getSeverity());
        assertTrue(again.waiverNote().contains("expired"), again.waiverNote());
    }

    @Test
    void materialChangeRevokesButRenamingDoesNot() {
        RuleDiagnostic finding = find(findings(validator.validate(model)), "BND-01");
        model.getWaivers().add(Waivers.accept(finding, "Lab network", "j.doe", null));

        open.setName("Lab link");
        assertTrue(find(findings(validator.validate(model)), "BND-01").isAccepted(), "a new name changes no risk");

        open.setEncrypted(true);
        RuleDiagnostic changed = find(findings(validator.validate(model)), "BND-01");
        assertFalse(changed.isAccepted());
        assertTrue(changed.waiverNote().contains("changed"), changed.waiverNote());
    }

    @Test
    void findingIdSurvivesRevalidationAndAWaiverNeedsARationale() {
        RuleDiagnostic first = find(findings(validator.validate(model)), "BND-01");
        RuleDiagnostic second = find(findings(validator.validate(model)), "BND-01");
        assertEquals(first.findingId(), second.findingId());
        assertThrows(IllegalArgumentException.class, () -> Waivers.accept(first, " ", "j.doe", null));
    }
}
