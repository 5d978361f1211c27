package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itot paths} and {@code itot diff} end to end on the Purdue template and a copy with a bypass flow; the
 * {@code --fail-under} gate on both sides is in {@link CiGatesTest}.
 */
class PathsAndDiffCommandTest {

    @TempDir
    Path folder;

    @Test
    void pathsOfThePurdueTemplateCrossAtLeastTwoBarriers() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        CliRun run = itot("paths", file.toString(), "--fail-under", "2");
        assertEquals(Cli.EXIT_OK, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Entry points:\n  internet  Internet, modelled, lands in Z-INTERNET"), run.out());
        assertTrue(run.out().contains("\n  enterprise  Enterprise users, modelled, lands in Z-ENT"), run.out());
        assertTrue(run.out().contains("\n1. "), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("   enforced by ")), run.out());
    }

    @Test
    void fromAndToNarrowTheListAndJsonCarriesTheHops() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        CliRun run = itot("paths", file.toString(), "--from", "enterprise", "--to", "CTL-PLC-01", "--format", "json",
                "--max", "2");
        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        assertTrue(run.out().contains("\"entryPoints\": [\n    {\n      \"id\": \"enterprise\""), run.out());
        assertEquals(2, run.out().lines().filter(line -> line.startsWith("      \"key\": \"enterprise -> CTL-PLC-01"))
                .count(), run.out());
        assertTrue(run.out().contains("\"truncated\": true"), "more than two paths exist: " + run.out());
    }

    @Test
    void unknownFromOrToIsBadInputNamingWhatWasGiven() throws IOException {
        Path file = save(ModelTemplates.create(ModelTemplates.PURDUE), "purdue.itot");
        CliRun from = itot("paths", file.toString(), "--from", "Mars");
        assertEquals(Cli.EXIT_USAGE, from.status());
        assertTrue(from.err().startsWith("itot paths: " + file + ": --from 'Mars' names no entry point, asset or zone"),
                from.err());
        assertTrue(from.err().contains("internet, enterprise, vendor"), from.err());
        CliRun to = itot("paths", file.toString(), "--to", "PLC-404");
        assertEquals(Cli.EXIT_USAGE, to.status());
        assertTrue(to.err().contains("--to 'PLC-404' names no asset or zone of the model"), to.err());
        assertTrue(to.err().contains("Assets and Zones sheets"), to.err());
        assertEquals(Cli.EXIT_USAGE, itot("paths", file.toString(), "--max", "0").status());
        assertEquals(Cli.EXIT_USAGE, itot("paths").status());
    }

    @Test
    void theDiffListsABypassFlowWithItsPathAndFindings() throws IOException {
        ArchitectureModel asIs = ModelTemplates.create(ModelTemplates.PURDUE);
        Path oldFile = save(asIs, "as-is.itot");
        ArchitectureModel toBe = ModelTemplates.create(ModelTemplates.PURDUE);
        Flow bypass = ItotFactory.eINSTANCE.createFlow();
        bypass.setId("F-BYPASS");
        bypass.setName("Office workstation programs the PLC");
        bypass.setSource(find(toBe, "ENT-WS-01", Asset.class));
        bypass.setTarget(find(toBe, "CTL-PLC-01", Asset.class));
        toBe.getFlows().add(bypass);
        Path newFile = save(toBe, "to-be.itot");

        CliRun diff = itot("diff", oldFile.toString(), newFile.toString());
        assertEquals(Cli.EXIT_OK, diff.status(), diff.err());
        assertTrue(diff.out().startsWith("Elements added (1):\n  Flow F-BYPASS (Office workstation programs the PLC)\n"),
                diff.out());
        assertTrue(diff.out().contains("error SEG-03@F-BYPASS"), diff.out());
        assertTrue(diff.out().contains("Attack paths appeared"), diff.out());
        assertTrue(diff.out().contains("flow F-BYPASS -> Z-CTL"), diff.out());
        assertTrue(!diff.out().contains("Attack paths disappeared"), diff.out());

        CliRun json = itot("diff", oldFile.toString(), newFile.toString(), "--format", "json");
        assertTrue(json.out().contains("\"pathsAppeared\": [\n    {"), json.out());

        CliRun same = itot("diff", oldFile.toString(), oldFile.toString());
        assertEquals("0 element changes, 0 findings appeared, 0 disappeared, 0 attack paths appeared, 0 disappeared\n",
                same.out());
        CliRun missing = itot("diff", oldFile.toString());
        assertEquals(Cli.EXIT_USAGE, missing.status());
        assertEquals("itot diff: two models needed; usage: itot diff OLD.itot NEW.itot [--format text|json]\n",
                missing.err());
    }

    private Path save(ArchitectureModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }

    private static <T extends ModelElement> T find(ArchitectureModel model, String id, Class<T> type) {
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element && id.equals(element.getId())) {
                return type.cast(element);
            }
        }
        throw new AssertionError("no " + id);
    }
}
