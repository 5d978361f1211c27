package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.itot.attack.coverage.CoverageStatus;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevels;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.threat.ui.attack.AttackCoverageView;
import org.itot.threat.ui.attack.AttackImportWizard;
import org.itot.threat.ui.levels.SecurityLevelGapsView;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.properties.ElementProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ATT&CK import wizard, the coverage matrix and the security-level gap table in the running workbench. */
@ExtendWith(IsolatedWorkbench.class)
class ThreatViewsTest {

    private OpenModel model;

    @AfterEach
    void closeViewsAndModel() {
        var page = UiTesting.page();
        for (String id : List.of(AttackCoverageView.ID, SecurityLevelGapsView.ID)) {
            var view = page.findView(id);
            if (view != null) {
                page.hideView(view);
            }
        }
        if (model != null) {
            OpenModels.get().close(model);
        }
        UiTesting.flush();
    }

    @Test
    void importWizardPreviewsThenImportsAsOneUndoableStepAndTheMatrixFollows() throws Exception {
        Path bundle = bundledCopy();
        model = open("threat-attack.itot");
        AttackCoverageView coverage = (AttackCoverageView) UiTesting.page().showView(AttackCoverageView.ID);
        coverage.activeModel().select(model);
        UiTesting.flush();
        assertTrue(coverage.summaryText().startsWith("ATT&CK for ICS 18.1 (built into ITOT Architect): "),
                "a model without ATT&CK data is covered by the built-in release: " + coverage.summaryText());
        assertEquals(12, coverage.columnCount(), "the built-in matrix, before any import");

        AttackImportWizard wizard = new AttackImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model.model()));
        UiTesting.OpenWizard dialog = new UiTesting.OpenWizard(wizard);
        wizard.getPage().setBundle(bundle.resolveSibling("no-such-file.json"));
        assertFalse(dialog.canFinish());
        wizard.getPage().setBundle(bundle);
        String preview = wizard.getPage().previewText();
        assertTrue(preview.contains("Techniques: 83 active of 95 (12 deprecated)"), preview);
        assertTrue(preview.contains("Mitigations: 52"), preview);
        assertEquals(0, model.model().getAttackReferences().size(), "the preview changes nothing");
        assertTrue(dialog.canFinish());
        assertTrue(dialog.finish());
        assertEquals(177, model.model().getAttackReferences().size());

        UiTesting.flush();
        assertEquals(12, coverage.columnCount(), "one column per tactic");
        assertNotNull(coverage.statusShown("T0886"));
        assertTrue(coverage.summaryText().startsWith("ATT&CK for ICS 18.1 (imported into the model): "),
                coverage.summaryText());
        Zone process = zone("Z-PRC");
        coverage.showZone(process);
        assertTrue(coverage.summaryText().endsWith("in zone Z-PRC"), coverage.summaryText());
        assertEquals(CoverageStatus.NOT_APPLICABLE, coverage.statusShown("T0883"),
                "Internet Accessible Device targets no field device");

        // Hovering a cell explains it: the technique's status here and, per mitigation, the model's evidence.
        coverage.showZone(zone("Z-CTL"));
        String explanation = coverage.explanation("T0886");
        assertTrue(explanation.startsWith("T0886 Remote Services: " + coverage.statusShown("T0886").label()
                + " in zone Z-CTL"), explanation);
        assertTrue(explanation.contains("M0930 Network Segmentation: in place \u2014 2 of 2 conduits enforced"),
                explanation);
        assertTrue(explanation.contains("M0927 Password Policies: "), "every mitigation of T0886 is listed: "
                + explanation);
        assertEquals(9, explanation.lines().filter(line -> line.startsWith("  M0")).count(),
                "T0886 has nine mitigations in v18.1: " + explanation);

        CommandStack stack = model.domain().getCommandStack();
        stack.undo();
        UiTesting.flush();
        assertEquals(0, model.model().getAttackReferences().size(), "one undo removes the whole import");
        assertTrue(coverage.summaryText().startsWith("ATT&CK for ICS 18.1 (built into ITOT Architect): "),
                coverage.summaryText());
    }

    @Test
    void attackTabNamesTheIdsFromTheBuiltInReleaseWithoutAnImport() throws Exception {
        model = open("threat-names.itot");
        org.itot.model.Asset plc = model.model().getAllAssets().stream()
                .filter(a -> a.getType() == org.itot.model.AssetType.PLC).findFirst().orElseThrow();
        model.domain().getCommandStack().execute(SetCommand.create(model.domain(), plc,
                ItotPackage.Literals.ASSET__INTERNET_EXPOSED, true));
        UiTesting.waitUntil(() -> org.itot.ui.properties.AttackSection.describe(model, plc).contains("EXT-01"),
                "the EXT-01 finding of the internet-exposed PLC");
        String text = org.itot.ui.properties.AttackSection.describe(model, plc);
        assertTrue(text.contains("T0883 Internet Accessible Device  ("), text);
        assertTrue(text.contains("M0930 Network Segmentation  ("), text);
        assertEquals(0, model.model().getAttackReferences().size(), "the names come from the built-in release");
    }

    @Test
    void gapTableShowsTargetAchievableAndAssessedAndFollowsEdits() throws Exception {
        model = open("threat-levels.itot");
        SecurityLevelGapsView view = (SecurityLevelGapsView) UiTesting.page().showView(SecurityLevelGapsView.ID);
        view.activeModel().select(model);
        UiTesting.flush();
        assertEquals(7 * model.model().getAllZones().size(), view.gaps().size());

        Zone control = zone("Z-CTL");
        assertFalse(view.highlighted(control, 1), "the template meets its targets");
        String before = view.cell(control, 1);
        model.domain().getCommandStack().execute(SetCommand.create(model.domain(), control,
                ItotPackage.Literals.ZONE__SL_ACHIEVED, SecurityLevels.uniform(0)));
        UiTesting.flush();
        assertEquals(before.substring(0, before.lastIndexOf('/')) + "/ 0", view.cell(control, 1), "SL-A shown");
        assertTrue(view.highlighted(control, 1), "SL-A below SL-T is a gap");
        assertTrue(view.summaryText().contains("below SL-T as assessed"), view.summaryText());
    }

    @Test
    void securityLevelsTabOffersSlAchievedAndTheAssessmentNextToSlTarget() {
        var features = ElementProperties.featuresOf(ItotPackage.Literals.ZONE, ElementProperties.Tab.SECURITY)
                .stream().map(f -> f.getName()).toList();
        assertTrue(features.containsAll(List.of("slTarget", "slAchieved", "slAssessment")), features.toString());
    }

    private OpenModel open(String fileName) throws Exception {
        Path file = Files.createTempDirectory("itot-threat").resolve(fileName);
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        return OpenModels.get().open(file);
    }

    private Zone zone(String id) {
        return model.model().getAllZones().stream().filter(z -> id.equals(z.getId())).findFirst().orElseThrow();
    }

    /** The product's built-in ATT&CK for ICS file, copied out as a user would import it. */
    private static Path bundledCopy() throws java.io.IOException {
        try (java.io.InputStream in = org.itot.attack.BundledAttack.open()) {
            Path file = Files.createTempDirectory("itot-attack").resolve(org.itot.attack.BundledAttack.FILE_NAME);
            Files.copy(in, file);
            return file;
        }
    }
}
