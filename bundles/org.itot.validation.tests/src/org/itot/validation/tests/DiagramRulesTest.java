package org.itot.validation.tests;

import static org.itot.validation.tests.TestModels.validatorFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.itot.validation.engine.LiveValidation;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DIA-01..03: views of missing elements, broken bounds and connections without an end are warnings. */
class DiagramRulesTest {

    private static final ItotFactory F = ItotFactory.eINSTANCE;

    private final ModelValidator validator = validatorFor("DIA");
    private ArchitectureModel model;
    private Diagram diagram;

    @BeforeEach
    void purdueTemplate() {
        model = ModelTemplates.create(ModelTemplates.PURDUE);
        diagram = model.getDiagrams().get(0);
    }

    @Test
    void theTemplatesDiagramIsClean() {
        assertEquals(List.of(), Findings.findings(validator.validate(model)));
    }

    @Test
    void viewsOfMissingElementsAreReported() {
        NodeView zoneView = diagram.getNodes().get(0);
        NodeView assetView = zoneView.getChildren().get(0);
        assetView.setElement(null);
        EdgeView conduitView = diagram.getEdges().get(0);
        conduitView.setElement(null);
        NoteView note = F.createNoteView();
        note.setWidth(100);
        note.setHeight(40);
        diagram.getNodes().add(note);

        List<RuleDiagnostic> findings = Findings.findings(validator.validate(model));

        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.ruleId().equals("DIA-01") && f.getSeverity() == Diagnostic.WARNING));
        assertSame(assetView, findings.get(0).element());
        assertEquals("Box at " + assetView.getX() + ", " + assetView.getY() + " on diagram 'Purdue overview (D-OVERVIEW)'"
                + " shows an element that no longer exists.", findings.get(0).getMessage());
        assertSame(conduitView, findings.get(1).element());
        assertTrue(findings.get(1).getMessage().startsWith("Connection from "), findings.get(1).getMessage());
    }

    @Test
    void brokenBoundsAreReportedWithTheirValues() {
        NodeView zoneView = diagram.getNodes().get(1);
        zoneView.setWidth(0);
        NodeView assetView = diagram.getNodes().get(0).getChildren().get(0);
        assetView.setX(-2_000_000);
        NodeView fine = diagram.getNodes().get(2);
        fine.setX(-1_000_000);
        fine.setY(1_000_000);

        List<RuleDiagnostic> findings = Findings.findings(validator.validate(model));

        assertEquals(Set.of("DIA-02"), Set.copyOf(findings.stream().map(RuleDiagnostic::ruleId).toList()));
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.element() == zoneView && f.getMessage().contains("width 0,")),
                findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.element() == assetView && f.getMessage().contains("x -2000000,")),
                findings::toString);
    }

    @Test
    void connectionsThatLostAnEndAreReported() {
        EdgeView edge = diagram.getEdges().get(0);
        edge.setTarget(null);
        EdgeView both = diagram.getEdges().get(1);
        both.setSource(null);
        both.setTarget(null);

        List<RuleDiagnostic> findings = Findings.findings(validator.validate(model));

        assertEquals(List.of("DIA-03", "DIA-03"), findings.stream().map(RuleDiagnostic::ruleId).toList());
        assertTrue(findings.get(0).getMessage().endsWith("has lost its target box."), findings.get(0).getMessage());
        assertTrue(findings.get(1).getMessage().endsWith("has lost its source and target box."),
                findings.get(1).getMessage());
        assertTrue(findings.get(1).getMessage().contains("from a missing box to a missing box"));
    }

    @Test
    void deletingAnElementShownInTheDiagramRaisesDia01InLiveValidation() {
        LiveValidation live = new LiveValidation(validator, model);
        assertEquals(List.of(), Findings.findings(live.update()));
        NodeView zoneView = diagram.getNodes().get(0);
        Zone zone = (Zone) zoneView.getElement();

        EcoreUtil.delete(zone, true);

        List<RuleDiagnostic> findings = Findings.findings(live.update());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("DIA-01") && f.element() == zoneView),
                findings::toString);
        assertEquals(Findings.ids(validator.validate(model)), Findings.ids(live.update()));
        live.dispose();
    }

    @Test
    void movingABoxOutOfRangeIsALocalEditForLiveValidation() {
        LiveValidation live = new LiveValidation(validator, model);
        live.update();
        NodeView view = diagram.getNodes().get(0).getChildren().get(0);

        view.setY(5_000_000);

        assertTrue(live.pendingElements() > 0, "a move re-checks a few elements, not the whole model");
        assertEquals(Findings.ids(validator.validate(model)), Findings.ids(live.update()));
        assertTrue(Findings.ids(live.update()).stream().anyMatch(id -> id.startsWith("DIA-02@")));
        live.dispose();
    }
}
