package org.itot.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.jgit.lib.PersonIdent;
import org.itot.merge.git.GitModelException;
import org.itot.merge.git.ModelHistory;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model's history in a real repository made by JGit: the commits that changed the file, the previous revision,
 * branches and tags, the file at a tag, and the three index stages a conflicted merge leaves until the file is added.
 */
class ModelHistoryTest {

    @TempDir
    Path folder;
    private Git git;
    private Path plant;

    @BeforeEach
    void threeCommitsAndATag() throws Exception {
        git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
        plant = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), plant);
        commit("Purdue plant");
        git.tag().setName("v1").setSigned(false).call();
        edit(m -> asset(m, "ENT-WS-01").setName("Finance PC"));
        commit("rename");
        edit(m -> asset(m, "CTL-PLC-01").setFirmware("2.5"));
        commit("firmware");
    }

    @AfterEach
    void close() {
        git.close();
    }

    @Test
    void revisionsPreviousRevisionRefsAndTheFileAtATag() throws Exception {
        List<ModelHistory.Revision> revisions = ModelHistory.revisions(plant, 10);
        assertEquals(List.of("firmware", "rename", "Purdue plant"),
                revisions.stream().map(ModelHistory.Revision::message).toList());
        assertEquals("rename", ModelHistory.previousRevision(plant).orElseThrow().message(),
                "the last change before HEAD's version");
        git.branchCreate().setName("feature").call();
        assertEquals(List.of("feature", "main", "v1"), ModelHistory.refs(plant));
        ArchitectureModel atTag = ModelHistory.load(plant, "v1", "v1:plant.itot").model();
        assertEquals("Office workstation 1", asset(atTag, "ENT-WS-01").getName());
        assertTrue(ModelHistory.conflictStages(plant).isEmpty(), "no merge in progress");
    }

    @Test
    void aConflictedMergeLeavesThreeStagesUntilTheFileIsAdded() throws Exception {
        git.checkout().setCreateBranch(true).setName("theirs").setStartPoint("v1").call();
        edit(m -> asset(m, "ENT-WS-01").setName("HR PC"));
        commit("theirs: rename");
        git.checkout().setName("main").call();
        assertEquals(MergeStatus.CONFLICTING,
                git.merge().include(git.getRepository().resolve("theirs")).call().getMergeStatus());

        ModelHistory.ConflictStages stages = ModelHistory.conflictStages(plant).orElseThrow();
        assertEquals(List.of("Office workstation 1", "Finance PC", "HR PC"),
                List.of(asset(stages.base(), "ENT-WS-01").getName(), asset(stages.ours(), "ENT-WS-01").getName(),
                        asset(stages.theirs(), "ENT-WS-01").getName()));
        ModelFiles.save(stages.ours(), plant);
        ModelHistory.add(plant);
        assertTrue(ModelHistory.conflictStages(plant).isEmpty(), "added: resolved");
    }

    @Test
    void aFileOutsideGitOrNotYetCommittedSaysSo(@TempDir Path elsewhere) throws Exception {
        Path outside = elsewhere.resolve("outside.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), outside);
        assertFalse(ModelHistory.isInRepository(outside));
        GitModelException error = assertThrows(GitModelException.class,
                () -> ModelHistory.read(outside, "HEAD", "HEAD:outside.itot"));
        assertTrue(error.getMessage().startsWith("HEAD:outside.itot: ") && error.getMessage().contains(
                "is not in a Git repository"), error.getMessage());

        Path uncommitted = folder.resolve("new.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), uncommitted);
        assertTrue(ModelHistory.isInRepository(uncommitted));
        assertTrue(ModelHistory.previousRevision(uncommitted).isEmpty());
        assertTrue(ModelHistory.revisions(uncommitted, 5).isEmpty());
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
}
