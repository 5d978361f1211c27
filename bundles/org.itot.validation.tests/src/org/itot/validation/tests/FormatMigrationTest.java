package org.itot.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelFormat;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of format 1.0 (before issue 16's attributes) load without a migration step, with the new attributes
 * at their defaults, and give exactly the findings the same model gives in memory: the format change adds no
 * finding to an old model by itself.
 */
class FormatMigrationTest {

    @TempDir
    Path folder;

    @Test
    void theCurrentFormatIsOnePointTwo() {
        assertEquals("1.2", ModelFormat.CURRENT);
    }

    @Test
    void aOnePointOneFileLoadsWithNothingDiscoveredAndItsFindings() throws Exception {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        // What a 1.2 file may hold and a 1.1 file cannot: the attribute is dropped from the text below.
        purdue.getAllAssets().get(0).setDiscovered(true);
        purdue.getFlows().get(0).setDiscovered(true);
        Path file = folder.resolve("purdue-1.1.itot");
        ModelFiles.save(purdue, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("discovered=\"true\""), "the writer records discovered");
        Files.writeString(file, text.replace(" discovered=\"true\"", "").replace("formatVersion=\""
                + ModelFormat.CURRENT + "\"", "formatVersion=\"1.1\""), StandardCharsets.UTF_8);

        ArchitectureModel old = ModelFiles.load(file);
        assertEquals("1.1", old.getFormatVersion(), "no migration step rewrites a 1.1 file");
        for (TreeIterator<EObject> all = old.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (element instanceof Asset asset) {
                assertTrue(!asset.isDiscovered(), asset.getId());
            } else if (element instanceof Flow flow) {
                assertTrue(!flow.isDiscovered(), flow.getId());
            }
        }
        purdue.getAllAssets().get(0).setDiscovered(false);
        purdue.getFlows().get(0).setDiscovered(false);
        assertEquals(findings(purdue), findings(old));
    }

    @Test
    void purdueTemplateWrittenAsOnePointZeroLoadsWithItsFindingsAndNoError() throws Exception {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        ArchitectureModel old = asVersionOneZero(purdue, "purdue-1.0.itot");
        assertEquals(findings(purdue), findings(old));
        assertEquals(List.of(), Findings.findings(validate(old)).stream()
                .filter(f -> f.getSeverity() == Diagnostic.ERROR).map(RuleDiagnostic::findingId).toList());
    }

    @Test
    void syntheticPlantsWrittenAsOnePointZeroLoadWithTheirFindings() throws Exception {
        for (long seed : new long[] { 1, 16 }) {
            ArchitectureModel plant = SyntheticPlant.generate(SyntheticPlant.MINIMUM_ASSETS * 2, seed);
            ArchitectureModel old = asVersionOneZero(plant, "plant-" + seed + "-1.0.itot");
            assertEquals(findings(plant), findings(old), "seed " + seed);
        }
    }

    /** Writes the model with the current writer, marks the file as format 1.0 and loads it again. */
    private ArchitectureModel asVersionOneZero(ArchitectureModel model, String name) throws Exception {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String current = "formatVersion=\"" + ModelFormat.CURRENT + "\"";
        assertTrue(text.contains(current), "the writer records the format version");
        Files.writeString(file, text.replace(current, "formatVersion=\"1.0\""), StandardCharsets.UTF_8);
        assertNotEquals("1.0", ModelFormat.CURRENT);

        ArchitectureModel old = ModelFiles.load(file);
        assertEquals("1.0", old.getFormatVersion(), "no migration step rewrites a 1.0 file");
        for (TreeIterator<EObject> all = old.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (element instanceof Zone zone) {
                assertEquals(null, zone.getSite());
            } else if (element instanceof Asset asset) {
                assertTrue(asset.getAdditionalRoles().isEmpty() && !asset.isSafetySystem() && !asset.isDiscovered(),
                        asset.getId());
            } else if (element instanceof Conduit conduit) {
                assertTrue(conduit.getTerminatedBy().isEmpty(), conduit.getId());
            } else if (element instanceof Flow flow) {
                assertEquals(null, flow.getCarriedBy(), flow.getId());
            }
        }
        return old;
    }

    private static Diagnostic validate(ArchitectureModel model) {
        return new ModelValidator(Catalogue.builtIn()).validate(model);
    }

    /** Finding id to severity, by id. */
    private static Map<String, Integer> findings(ArchitectureModel model) {
        Map<String, Integer> findings = new TreeMap<>();
        for (RuleDiagnostic finding : Findings.findings(validate(model))) {
            findings.merge(finding.findingId(), finding.getSeverity(), Math::max);
        }
        return findings;
    }
}
