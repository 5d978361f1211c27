package org.itot.app.tests;

import static org.itot.app.tests.UiTesting.flush;
import static org.itot.app.tests.UiTesting.page;
import static org.itot.app.tests.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.itot.ui.preferences.RulePacks;
import org.itot.ui.preferences.RulePacksPreferencePage;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Preferences in the Eclipse preference store drive the desktop: user rule packs and severities are used by live
 * validation as soon as they change, broken packs say where they are broken, diagram style options apply to editors.
 */
@ExtendWith(IsolatedWorkbench.class)
class PreferencesTest {

    private static final String PACK = """
            package model

            -- @rule TEST-01
            -- @severity warning
            -- @title No zone may be called Forbidden.
            -- @message Zone ${self} is called Forbidden.
            context Zone
            inv TEST_01: name <> 'Forbidden'

            endpackage
            """;

    private static final String BROKEN_PACK = """
            package model

            -- @rule TEST-02
            -- @severity warning
            -- @title Broken on purpose.
            context Zone
            inv TEST_02: noSuchFeature = 1

            endpackage
            """;

    @AfterEach
    void restore() {
        ItotPreferences.store().setToDefault(ItotPreferences.RULE_PACKS);
        ItotPreferences.store().setToDefault(ItotPreferences.RULE_SEVERITIES);
        ItotPreferences.store().setToDefault(ItotPreferences.DIAGRAM_GRID_VISIBLE);
        ItotPreferences.store().setToDefault(ItotPreferences.DIAGRAM_GRID_SIZE);
        ItotPreferences.store().setToDefault(ItotPreferences.DIAGRAM_SHOW_FLOWS);
    }

    @Test
    void userRulePacksAndSeveritiesFromThePreferencesDriveLiveValidation() throws Exception {
        Path folder = Files.createTempDirectory("itot-packs");
        Path pack = Files.writeString(folder.resolve("acme.ocl"), PACK);
        Path file = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);
        Diagnostic unvalidated = model.findings();
        var domain = model.domain();
        domain.getCommandStack().execute(DiagramEditing.rename(domain, model.model().getZones().get(0), "Forbidden"));
        waitUntil(() -> model.findings() != unvalidated, "a first validation");
        assertTrue(finding(model, "TEST-01").isEmpty(), "no user pack yet");

        ItotPreferences.setRulePacks(List.of(pack));
        waitUntil(() -> finding(model, "TEST-01").isPresent(), "a finding of the user's pack");
        assertEquals(Diagnostic.WARNING, finding(model, "TEST-01").get().getSeverity());

        ItotPreferences.setRuleSeverities(Map.of("TEST-01", Severity.ERROR));
        waitUntil(() -> finding(model, "TEST-01").map(f -> f.getSeverity() == Diagnostic.ERROR).orElse(false),
                "the severity from the preferences");

        ItotPreferences.setRulePacks(List.of());
        waitUntil(() -> finding(model, "TEST-01").isEmpty(), "validation without the removed pack");
        domain.getCommandStack().undo();
        flush();
        assertTrue(ModelFileActions.close(page(), model));
    }

    @Test
    void aBrokenRulePackSaysWhereItIsBroken() throws Exception {
        Path broken = Files.writeString(Files.createTempDirectory("itot-broken").resolve("broken.ocl"), BROKEN_PACK);
        RulePack pack = RulePacks.read(broken);
        assertFalse(pack.problems().isEmpty());
        String problem = pack.problems().get(0).toString();
        assertTrue(problem.startsWith(broken + ":7:"), "file and line of the broken rule: " + problem);
        assertTrue(problem.contains("TEST-02"), problem);

        RulePack missing = RulePacks.read(broken.resolveSibling("missing.ocl"));
        assertTrue(missing.problems().get(0).reason().startsWith("cannot read the file"), missing.problems().toString());

        Shell shell = new Shell(page().getWorkbenchWindow().getShell());
        shell.setLayout(new FillLayout());
        try {
            RulePacksPreferencePage preferences = new RulePacksPreferencePage();
            preferences.init(null);
            preferences.createControl(shell);
            preferences.addPack(broken);
            assertTrue(preferences.detailsText().contains(broken + ":7:"), preferences.detailsText());
            assertEquals("1 problem, 0 rules", RulePacksPreferencePage.status(pack));
            preferences.performOk();
            assertEquals(List.of(broken), ItotPreferences.rulePacks(), "stored in the preference store");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void diagramStyleOptionsApplyToNewEditors() throws Exception {
        ItotPreferences.store().setValue(ItotPreferences.DIAGRAM_GRID_VISIBLE, true);
        ItotPreferences.store().setValue(ItotPreferences.DIAGRAM_GRID_SIZE, 20);
        ItotPreferences.store().setValue(ItotPreferences.DIAGRAM_SHOW_FLOWS, false);
        Path file = Files.createTempDirectory("itot-style").resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        OpenModel model = OpenModels.get().open(file);
        ModelFileActions.openFirstDiagram(page(), model);
        DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
        assertTrue(editor.getViewer().layers().isGridVisible());
        assertEquals(20, editor.getViewer().layers().getGridSize());
        assertFalse(editor.getViewer().layers().isShowingFlows());
        assertTrue(editor.getViewer().layers().isShowingConduits());
        assertTrue(ModelFileActions.close(page(), model));
    }

    private static Optional<RuleDiagnostic> finding(OpenModel model, String ruleId) {
        return model.findings().getChildren().stream().filter(RuleDiagnostic.class::isInstance)
                .map(RuleDiagnostic.class::cast).filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }
}
