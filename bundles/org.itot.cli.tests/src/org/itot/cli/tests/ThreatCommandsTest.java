package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itot.attack.BundledAttack;
import org.itot.model.ArchitectureModel;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevels;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itot import attack}, {@code itot coverage} and {@code itot levels} end to end. */
class ThreatCommandsTest {

    @TempDir
    Path folder;

    private Path model;

    @BeforeEach
    void purdueTemplate() throws IOException {
        model = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), model);
    }

    @Test
    void importAttackSavesTheDataAndCoverageReportsIt() throws Exception {
        Path bundle = bundledCopy();
        CliRun dry = itot("import", "attack", bundle.toString(), "--into", model.toString(), "--dry-run");
        assertEquals(0, dry.status(), dry.err());
        assertTrue(dry.out().contains("Techniques: 83 active of 95 (12 deprecated)"), dry.out());
        assertFalse(Files.exists(ModelFiles.backupOf(model)), "a dry run writes nothing");

        CliRun run = itot("import", "attack", bundle.toString(), "--into", model.toString(), "--attack-version", "18.1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("ATT&CK for ICS version: 18.1\n"), run.out());
        assertTrue(run.out().contains("Mitigations: 52\nAssets: 18\n"), run.out());
        assertTrue(Files.exists(ModelFiles.backupOf(model)));
        assertEquals(177, ModelFiles.load(model).getAttackReferences().size());

        CliRun coverage = itot("coverage", model.toString());
        assertEquals(0, coverage.status(), coverage.err());
        assertTrue(coverage.out().startsWith("ATT&CK for ICS 18.1 (imported into the model): 83 techniques"),
                coverage.out());
        assertTrue(coverage.out().contains("M0930 Network Segmentation: "), coverage.out());

        CliRun zone = itot("coverage", model.toString(), "--zone", "Z-CTL", "--format", "json");
        assertEquals(0, zone.status(), zone.err());
        assertTrue(zone.out().contains("\"id\": \"Z-CTL\""), zone.out());
        assertFalse(zone.out().contains("\"model\": {"), "one zone only");
    }

    @Test
    void coverageOfANewModelUsesTheBuiltInReleaseWithoutAnImport() throws Exception {
        Path fresh = folder.resolve("fresh.itot");
        CliRun created = itot("new", "--template", "purdue", "-o", fresh.toString());
        assertEquals(0, created.status(), created.err());
        byte[] before = Files.readAllBytes(fresh);

        CliRun run = itot("coverage", fresh.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("ATT&CK for ICS 18.1 (built into ITOT Architect): 83 techniques\n"), run.out());
        assertTrue(run.out().contains("M0930 Network Segmentation: "), run.out());

        CliRun json = itot("coverage", fresh.toString(), "--format", "json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"attackVersion\": \"18.1\",\n  \"attackData\": \"built-in\""), json.out());
        assertArrayEquals(before, Files.readAllBytes(fresh), "coverage never writes the built-in data into the model");
    }

    @Test
    void aBrokenBundleChangesNothingAndExitsWithTwo() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"type\": \"bundle\", \"objects\": [");
        byte[] before = Files.readAllBytes(model);
        CliRun run = itot("import", "attack", broken.toString(), "--into", model.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(broken + ": ends too early"), run.err());
        assertTrue(run.err().contains("nothing was imported"), run.err());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void levelsShowsTargetAchievableAndAssessedPerFr() throws Exception {
        ArchitectureModel plant = ModelFiles.load(model);
        Zone control = plant.getAllZones().stream().filter(z -> z.getSlTarget() != null).findFirst().orElseThrow();
        control.setSlAchieved(SecurityLevels.uniform(0));
        control.setSlAssessment("Assessment 2026-11");
        ModelFiles.save(plant, model);

        CliRun text = itot("levels", model.toString(), "--zone", control.getId());
        assertEquals(0, text.status(), text.err());
        assertEquals(1 + 7 + 1, text.out().lines().count(), text.out());
        assertTrue(text.out().contains("below SL-T as assessed"), text.out());

        CliRun json = itot("levels", model.toString(), "--format", "json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"assessment\": \"Assessment 2026-11\""), json.out());
        assertEquals(2, itot("levels", model.toString(), "--zone", "nowhere").status());
        assertEquals(2, itot("levels", model.toString(), "--format", "xml").status());
    }

    /** The product's built-in ATT&CK for ICS file under MITRE's plain file name, which does not name the release. */
    private Path bundledCopy() throws IOException {
        try (InputStream in = BundledAttack.open()) {
            Path file = folder.resolve("ics-attack.json");
            Files.copy(in, file);
            return file;
        }
    }
}
