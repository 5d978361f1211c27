package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Ownership;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itot validate --completeness} (issue 16 item 6): per rule what the model lacks to decide, exit status 1 while
 * an input is missing and 0 once the model is complete; and the findings report lists missing inputs after the
 * violations.
 */
class ValidateCompletenessTest {

    @TempDir
    Path folder;

    /** The Purdue template with one zone's SL-T and owner taken away. */
    private Path incomplete() throws IOException {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Zone zone = zone(model, "Z-CTL");
        zone.setSlTarget(null);
        zone.setOwner(Ownership.UNASSIGNED);
        Path file = folder.resolve("incomplete.itot");
        ModelFiles.save(model, file);
        return file;
    }

    @Test
    void anIncompleteModelListsEachRuleThatCannotDecideAndFails() throws IOException {
        CliRun run = itot("validate", incomplete().toString(), "--completeness");
        assertEquals(Cli.EXIT_FAILURE, run.status(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("SL-01  Every zone and every conduit must have an SL-T"), out);
        assertTrue(out.matches("(?s).*\\n  SL-T +Basic control[^\\n]*Z-CTL[^\\n]* +1  \\[SL-01@Z-CTL#sl-t\\].*"), out);
        // SL-03 and BND-08 read SL-T: they cannot decide that zone either, which SL-01 reports.
        assertTrue(out.matches("(?s).*\\nSL-03 .*\\n  SL-T [^\\n]*\\(reported by SL-01\\).*"), out);
        assertTrue(out.contains("[OPS-02@Z-CTL#owner]"), out);
        assertTrue(out.contains("Where to enter them:\n  SL-T: Properties > Security levels"), out);
        assertTrue(out.contains("rules cannot decide everything: 2 inputs missing at 2 places"), out);
    }

    @Test
    void jsonNamesInputElementZoneAndCount() throws IOException {
        CliRun run = itot("validate", incomplete().toString(), "--completeness", "--format", "json");
        assertEquals(Cli.EXIT_FAILURE, run.status(), run.err());
        String json = run.out();
        assertTrue(json.contains("\"complete\": false"), json);
        assertTrue(json.matches("(?s).*\"rule\": \"SL-01\".*\"input\": \"SL-T\".*\"id\": \"Z-CTL\".*\"count\": 1.*"),
                json);
        assertTrue(json.contains("\"reportedBy\": \"SL-01\""), json);
        assertTrue(json.contains("\"where\": \"Properties > Security levels"), json);
    }

    @Test
    void theCompletePurdueTemplateExitsZero() throws IOException {
        Path file = folder.resolve("purdue.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), file);
        CliRun run = itot("validate", file.toString(), "--completeness");
        assertEquals(Cli.EXIT_OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("complete: every rule has the inputs it needs to decide"), run.out());
        Path report = folder.resolve("completeness.json");
        CliRun json = itot("validate", file.toString(), "--completeness", "--format", "json", "-o", report.toString());
        assertEquals(Cli.EXIT_OK, json.status(), json.err());
        assertTrue(Files.readString(report).contains("\"complete\": true"));
    }

    @Test
    void sarifIsNotACompletenessFormat() throws IOException {
        CliRun run = itot("validate", incomplete().toString(), "--completeness", "--format", "sarif");
        assertEquals(Cli.EXIT_USAGE, run.status());
        assertTrue(run.err().contains("--completeness writes text or json"), run.err());
    }

    @Test
    void theFindingsReportListsMissingInputsAfterTheViolations() throws IOException {
        CliRun run = itot("validate", incomplete().toString());
        String out = run.out();
        int heading = out.indexOf("-- Not assessed: SL-T missing");
        assertTrue(heading > 0, out);
        assertFalse(out.substring(heading).contains(": error "), out);
        assertFalse(out.substring(heading).contains(": warning "), out);
        assertTrue(out.indexOf("SL-01@Z-CTL#sl-t") > heading, out);
        assertTrue(out.indexOf("-- Not assessed: owner missing") > out.indexOf("SL-01@Z-CTL#sl-t"), out);
    }

    private static Zone zone(ArchitectureModel model, String id) {
        return model.getAllZones().stream().filter(z -> z.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no zone " + id + " in the template"));
    }
}
