package org.itot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code itot merge} on edited copies of the Purdue template: exit statuses, reports, the output, bad input. */
class MergeCommandTest {

    private static final String WORKSTATION = "ENT-WS-01";

    @TempDir
    Path folder;

    private Path base;

    @BeforeEach
    void baseModel() throws Exception {
        base = folder.resolve("base.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), base);
    }

    /** A copy of the base model with an edit, saved as NAME.itot. */
    private Path edited(String name, Consumer<ArchitectureModel> edit) throws Exception {
        ArchitectureModel model = ModelFiles.load(base);
        edit.accept(model);
        Path file = folder.resolve(name + ".itot");
        ModelFiles.save(model, file);
        return file;
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    private static Zone zone(ArchitectureModel model, String id) {
        return model.getAllZones().stream().filter(z -> id.equals(z.getId())).findFirst().orElseThrow();
    }

    @Test
    void independentEditsMergeCleanlyIntoTheOutput() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path theirs = edited("theirs", m -> asset(m, WORKSTATION).setFirmware("22H2"));
        Path out = folder.resolve("out.itot");

        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());

        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals("Merged cleanly: 1 change(s) of " + theirs + " applied to " + ours + ", written to " + out + "\n",
                run.out());
        Asset merged = asset(ModelFiles.load(out), WORKSTATION);
        assertEquals("Finance PC", merged.getName());
        assertEquals("22H2", merged.getFirmware());
        assertFalse(Files.exists(ModelFiles.backupOf(out)), "no backup beside the output");
    }

    @Test
    void conflictsExitOneAndTheOutputOverOursHoldsOurs() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path theirs = edited("theirs", m -> {
            asset(m, WORKSTATION).setName("HR PC");
            asset(m, WORKSTATION).setFirmware("22H2");
        });

        // As Git's driver runs it: the output is OURS itself
        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o", ours.toString());

        assertEquals(Cli.EXIT_FAILURE, run.status(), run.err());
        assertTrue(run.out().startsWith("Conflicts (1):\n  Asset ENT-WS-01 'Finance PC' name: base \"Office "
                + "workstation 1\", ours \"Finance PC\", theirs \"HR PC\" -> ours\n"), run.out());
        assertTrue(run.out().endsWith("Merged with 1 conflict(s), ours kept in each: 1 change(s) of " + theirs
                + " applied to " + ours + ", written to " + ours + "\n"), run.out());
        Asset merged = asset(ModelFiles.load(ours), WORKSTATION);
        assertEquals("Finance PC", merged.getName());
        assertEquals("22H2", merged.getFirmware());
    }

    @Test
    void theJsonReportListsEachConflictWithItsThreeValues() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path theirs = edited("theirs", m -> asset(m, WORKSTATION).setName("HR PC"));
        Path out = folder.resolve("out.itot");

        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString(),
                "--format", "json");

        assertEquals(Cli.EXIT_FAILURE, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("1.0", report.get("formatVersion").asText());
        assertFalse(report.get("clean").asBoolean());
        JsonNode conflict = report.get("conflicts").get(0);
        assertEquals(Map.of("id", WORKSTATION, "type", "Asset", "feature", "name", "base", "Office workstation 1",
                "ours", "Finance PC", "theirs", "HR PC", "resolution", "ours"),
                Map.of("id", conflict.get("id").asText(), "type", conflict.get("type").asText(), "feature",
                        conflict.get("feature").asText(), "base", conflict.get("base").asText(), "ours",
                        conflict.get("ours").asText(), "theirs", conflict.get("theirs").asText(), "resolution",
                        conflict.get("resolution").asText()));
        assertEquals(1, report.get("conflicts").size());
    }

    @Test
    void failOnErrorRefusesAMergeThatIntroducesAnError() throws Exception {
        // Each side alone is fine; together an internet-exposed workstation sits in the control zone (EXT-01).
        Path ours = edited("ours", m -> zone(m, "Z-CTL").getAssets().add(asset(m, WORKSTATION)));
        Path theirs = edited("theirs", m -> asset(m, WORKSTATION).setInternetExposed(true));
        Path out = folder.resolve("out.itot");

        CliRun lenient = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
                out.toString());
        assertEquals(Cli.EXIT_OK, lenient.status(), lenient.out() + lenient.err());
        assertTrue(lenient.out().contains("Findings the merge introduced (") && lenient.out().contains("error EXT-01: Asset Office workstation 1 (ENT-WS-01) in Basic control (Z-CTL)"),
                lenient.out());

        CliRun strict = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
                out.toString(), "--force", "--fail-on", "error");
        assertEquals(Cli.EXIT_FAILURE, strict.status(), strict.out() + strict.err());
    }

    @Test
    void modelsOfDifferentModelsAreBadInputAndNothingIsWritten() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path theirs = edited("theirs", m -> m.setId("another-plant"));
        Path out = folder.resolve("out.itot");

        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());

        assertEquals(Cli.EXIT_USAGE, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("itot merge: cannot merge " + base + ", " + ours + " and " + theirs
                + ": these are not revisions of one model: the model ids differ"), run.err());
        assertTrue(run.err().contains("theirs 'another-plant'"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileFromANewerVersionIsBadInputAndOursIsUntouched() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path theirs = edited("theirs", m -> asset(m, WORKSTATION).setFirmware("22H2"));
        String text = Files.readString(theirs);
        assertTrue(text.contains("formatVersion=\"" + ModelTemplates.FORMAT_VERSION + "\""));
        Files.writeString(theirs, text.replace("formatVersion=\"" + ModelTemplates.FORMAT_VERSION + "\"",
                "formatVersion=\"99.0\""));
        byte[] before = Files.readAllBytes(ours);

        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o", ours.toString());

        assertEquals(Cli.EXIT_USAGE, run.status(), run.err());
        assertTrue(run.err().startsWith("itot merge: THEIRS "), run.err());
        assertTrue(run.err().contains("newer ITOT Architect"), run.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ours)), "ours unchanged");
    }

    @Test
    void aBinaryFileIsBadInputNamingIt() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path binary = folder.resolve("picture.itot");
        Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
        Path out = folder.resolve("out.itot");

        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), binary.toString(), "-o", out.toString());

        assertEquals(Cli.EXIT_USAGE, run.status());
        assertEquals(List.of("itot merge: THEIRS " + binary + " is a binary file, not a model (model files are XML "
                + "text); check the file names, or for Git that *.itot files are not marked binary"), run.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void theOutputIsNeverBaseOrTheirs() throws Exception {
        Path ours = edited("ours", m -> asset(m, WORKSTATION).setName("Finance PC"));
        Path theirs = edited("theirs", m -> EcoreUtil.delete(asset(m, "ENT-WS-02"), true));
        byte[] before = Files.readAllBytes(theirs);

        CliRun run = CliRun.itot("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
                theirs.toString(), "--force");

        assertEquals(Cli.EXIT_USAGE, run.status());
        assertTrue(run.err().contains("is BASE or THEIRS"), run.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(theirs)));
    }
}
