package org.itot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.itot.cli.Cli;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itot diff REV:PATH ...}: a model as it was at a revision of its Git repository, read through JGit. */
class DiffRevisionTest {

    @TempDir
    Path folder;

    private Git git;
    private Path plant;

    @BeforeEach
    void historyOfThreeCommits() throws Exception {
        git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
        plant = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), plant);
        commit("Purdue plant");
        edit(m -> asset(m, "ENT-WS-01").setName("Finance PC"));
        commit("rename");
        edit(m -> asset(m, "CTL-PLC-01").setInternetExposed(true));
        commit("expose a PLC");
    }

    @AfterEach
    void close() {
        git.close();
    }

    private void commit(String message) throws Exception {
        PersonIdent tester = new PersonIdent("Tester", "tester@example.org");
        git.add().addFilepattern("plant.itot").call();
        git.commit().setMessage(message).setAuthor(tester).setCommitter(tester).setSign(false).call();
    }

    private void edit(Consumer<ArchitectureModel> change) throws Exception {
        ArchitectureModel model = ModelFiles.load(plant);
        change.accept(model);
        ModelFiles.save(model, plant);
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    @Test
    void aRevisionAgainstTheWorkingFileListsChangesAndFindingsThatAppeared() throws Exception {
        CliRun run = CliRun.itot("diff", "HEAD~2:" + plant, plant.toString());

        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        assertEquals("", run.err(), "JGit logs nothing");
        assertTrue(run.out().contains("ENT-WS-01") && run.out().contains("CTL-PLC-01"), run.out());
        int appeared = run.out().indexOf("Findings appeared");
        int exposure = run.out().indexOf("EXT-01");
        int disappeared = run.out().indexOf("Findings disappeared");
        assertTrue(appeared >= 0 && exposure > appeared && (disappeared < 0 || disappeared > exposure), run.out());
    }

    @Test
    void twoRevisionsCompareWithoutTouchingTheWorkingFile() throws Exception {
        Files.writeString(plant, "not a model any more");

        CliRun run = CliRun.itot("diff", "HEAD~1:" + plant, "HEAD:" + plant);

        assertEquals(Cli.EXIT_OK, run.status(), run.err());
        assertTrue(run.out().contains("CTL-PLC-01") && !run.out().contains("ENT-WS-01"), run.out());
        assertEquals("not a model any more", Files.readString(plant));
    }

    @Test
    void anUnknownRevisionAPathNotInItAndAFolderWithoutGitAreBadInput() throws Exception {
        CliRun unknown = CliRun.itot("diff", "v9.9:" + plant, plant.toString());
        assertEquals(Cli.EXIT_USAGE, unknown.status());
        assertTrue(unknown.err().startsWith("itot diff: v9.9:" + plant + ": no revision 'v9.9' in the repository"),
                unknown.err());

        CliRun missing = CliRun.itot("diff", "HEAD:" + folder.resolve("other.itot"), plant.toString());
        assertEquals(Cli.EXIT_USAGE, missing.status());
        assertTrue(missing.err().contains("other.itot is not in revision HEAD"), missing.err());

        Path noRepository = Files.createTempDirectory("itot-no-git");
        CliRun noGit = CliRun.itot("diff", "HEAD:" + noRepository.resolve("plant.itot"), plant.toString());
        Files.delete(noRepository);
        assertEquals(Cli.EXIT_USAGE, noGit.status());
        assertTrue(noGit.err().contains("is not in a Git repository"), noGit.err());
    }
}
