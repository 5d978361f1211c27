package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Conduit;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every CI gate on both sides: the threshold that passes and the one just beyond it that fails, on the same model,
 * and a model made weaker that fails the threshold the original passes.
 */
class CiGatesTest {

    @TempDir
    Path folder;

    @Test
    void validateFailOnFailsAtTheFirstLevelThatHasOpenFindings() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        JsonNode summary = ReportContracts.parse(itot("validate", model.toString(), "--format", "json").out())
                .get("summary");
        assertEquals(0, summary.get("errors").asInt(), "the template has no open error");
        assertTrue(summary.get("warnings").asInt() > 0, "the template has open warnings: " + summary);

        assertEquals(Cli.EXIT_OK, itot("validate", model.toString(), "--fail-on", "error").status());
        CliRun warning = itot("validate", model.toString(), "--fail-on", "warning");
        assertEquals(Cli.EXIT_FAILURE, warning.status(), warning.out());
        assertEquals(Cli.EXIT_FAILURE, itot("validate", model.toString(), "--fail-on", "info").status());
        // the gate is the same in every format, and the report is still written
        Path junit = folder.resolve("report.xml");
        assertEquals(Cli.EXIT_FAILURE, itot("validate", model.toString(), "--fail-on", "warning", "--format", "junit",
                "-o", junit.toString()).status());
        assertTrue(java.nio.file.Files.readString(junit).contains("<failure "));
    }

    @Test
    void pathsFailUnderFailsWhenAPathHasFewerBarriers() throws IOException {
        Path model = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        int weakest = weakestBarriers(model);
        assertTrue(weakest >= 1, "the template's paths cross barriers");

        assertEquals(Cli.EXIT_OK, itot("paths", model.toString(), "--fail-under", String.valueOf(weakest)).status());
        CliRun beyond = itot("paths", model.toString(), "--fail-under", String.valueOf(weakest + 1));
        assertEquals(Cli.EXIT_FAILURE, beyond.status(), "a path crosses only " + weakest + " barriers: " + beyond.out());

        // The same plant with no conduit enforced: a path crosses fewer barriers, and the same threshold fails.
        ArchitectureModel weaker = ModelTemplates.create(ModelTemplates.PURDUE);
        for (Conduit conduit : weaker.getConduits()) {
            conduit.getEnforcedBy().clear();
        }
        Path weakerFile = save(weaker, "unenforced.itot");
        assertTrue(weakestBarriers(weakerFile) < weakest);
        CliRun failed = itot("paths", weakerFile.toString(), "--fail-under", String.valueOf(weakest), "--format", "json");
        assertEquals(Cli.EXIT_FAILURE, failed.status(), failed.out() + failed.err());
        ReportContracts.assertMatchesSchema(failed.out(), "paths");
    }

    private static int weakestBarriers(Path model) {
        CliRun run = itot("paths", model.toString(), "--format", "json");
        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        int weakest = Integer.MAX_VALUE;
        for (JsonNode path : ReportContracts.parse(run.out()).get("paths")) {
            weakest = Math.min(weakest, path.get("barriers").asInt());
        }
        assertTrue(weakest < Integer.MAX_VALUE, "paths are listed: " + run.out());
        return weakest;
    }

    private Path save(ArchitectureModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }
}
