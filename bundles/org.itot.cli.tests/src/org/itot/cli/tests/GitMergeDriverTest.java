package org.itot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.itot.cli.Cli;
import org.itot.merge.ModelMerge;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.testing.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Git repository with two branches editing one model, merged by {@code git merge} with the driver that
 * {@code itot git-setup} configures; the driver runs {@code itot merge} in a child JVM, as the product would.
 */
class GitMergeDriverTest {

    private static final String PLANT = "plant.itot";
    private static final String WORKSTATION = "ENT-WS-01";

    @TempDir
    Path folder;

    private Path repository;

    /** Runs git in the repository, with no user or system configuration; @return exit status and output. */
    private String[] git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Tester", "-c",
                "user.email=tester@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "git " + String.join(" ", args) + " finished");
        return new String[] { Integer.toString(process.exitValue()), output };
    }

    private void gitOk(String... args) throws Exception {
        String[] result = git(args);
        assertEquals("0", result[0], "git " + String.join(" ", args) + ": " + result[1]);
    }

    private void commitEdit(String message, Consumer<ArchitectureModel> edit) throws Exception {
        ArchitectureModel model = ModelFiles.load(repository.resolve(PLANT));
        edit.accept(model);
        ModelFiles.save(model, repository.resolve(PLANT));
        gitOk("commit", "-q", "-am", message);
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    /** The child JVM's command line, quoted for the shell Git runs the driver with. */
    private static String itotCommand() {
        ProcessBuilder child = ChildJvm.commandWithAllBundles(CliChild.class, List.of(Cli.class, ModelMerge.class,
                ArchitectureModel.class));
        return child.command().stream().map(word -> "'" + word.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
    }

    @BeforeEach
    void repositoryWithTwoBranches() throws Exception {
        repository = Files.createDirectory(folder.resolve("plant"));
        gitOk("init", "-q", "-b", "main");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), repository.resolve(PLANT));
        Files.writeString(repository.resolve(".gitignore"), "*.bak\n");
        gitOk("add", PLANT, ".gitignore");
        gitOk("commit", "-q", "-m", "Purdue plant");
    }

    private void setUpDriver() throws Exception {
        CliRun setup = CliRun.itot("git-setup", repository.toString(), "--command", itotCommand());
        assertEquals(Cli.EXIT_OK, setup.status(), setup.err());
        gitOk("add", ".gitattributes");
        gitOk("commit", "-q", "-m", "merge models with itot");
    }

    @Test
    void gitSetupWritesTheAttributeAndTheDriverOnce() throws Exception {
        Files.writeString(repository.resolve(".gitattributes"), "*.png binary");
        CliRun first = CliRun.itot("git-setup", repository.toString());
        CliRun again = CliRun.itot("git-setup", repository.resolve(".").toString());

        assertEquals(Cli.EXIT_OK, first.status(), first.err());
        assertEquals(Cli.EXIT_OK, again.status(), again.err());
        assertTrue(first.out().startsWith("Added '*.itot merge=itot' to "), first.out());
        assertTrue(again.out().startsWith("Kept '*.itot merge=itot' in "), again.out());
        assertEquals("*.png binary\n*.itot merge=itot\n", Files.readString(repository.resolve(".gitattributes")));
        String[] driver = git("config", "merge.itot.driver");
        assertEquals("itot merge %O %A %B -o %A\n", driver[1]);
        assertEquals(PLANT + ": merge: itot\n", git("check-attr", "merge", "--", PLANT)[1]);
    }

    @Test
    void gitSetupOutsideARepositoryIsBadInput() throws Exception {
        Path plain = Files.createDirectory(folder.resolve("not-a-repository"));
        CliRun run = CliRun.itot("git-setup", plain.toString());
        assertEquals(Cli.EXIT_USAGE, run.status());
        assertTrue(run.err().contains("is not in a Git repository"), run.err());
    }

    @Test
    void aRenameAndAFirmwareUpdateOnOneLineMergeWithTheDriver() throws Exception {
        gitOk("checkout", "-q", "-b", "firmware");
        commitEdit("firmware update", m -> asset(m, WORKSTATION).setFirmware("Windows 11 24H2"));
        gitOk("checkout", "-q", "main");
        commitEdit("rename", m -> asset(m, WORKSTATION).setName("Finance PC"));

        // Git's line merge conflicts: both edits sit on the element's one line.
        assertNotEquals("0", git("merge", "-q", "--no-edit", "firmware")[0]);
        gitOk("merge", "--abort");

        setUpDriver();
        String[] merge = git("merge", "--no-edit", "firmware");

        assertEquals("0", merge[0], merge[1]);
        assertTrue(merge[1].contains("Merged cleanly: 1 change(s)"), merge[1]);
        Asset merged = asset(ModelFiles.load(repository.resolve(PLANT)), WORKSTATION);
        assertEquals("Finance PC", merged.getName());
        assertEquals("Windows 11 24H2", merged.getFirmware());
        assertEquals("", git("status", "--porcelain")[1], "merged and committed, nothing left over");
    }

    @Test
    void aConflictStopsTheMergeWithOursInTheFileAndTheOtherEditsCombined() throws Exception {
        setUpDriver();
        gitOk("checkout", "-q", "-b", "theirs");
        commitEdit("their edits", m -> {
            asset(m, WORKSTATION).setFirmware("Windows 11 24H2");
            asset(m, "ENT-WS-02").setName("HR PC");
        });
        gitOk("checkout", "-q", "main");
        commitEdit("our edits", m -> {
            asset(m, WORKSTATION).setName("Finance PC");
            asset(m, "ENT-WS-02").setName("Payroll PC");
        });

        String[] merge = git("merge", "--no-edit", "theirs");

        assertNotEquals("0", merge[0], merge[1]);
        assertTrue(merge[1].contains("Asset ENT-WS-02 'Payroll PC' name: base \"Office workstation 2\", ours "
                + "\"Payroll PC\", theirs \"HR PC\" -> ours"), merge[1]);
        ArchitectureModel merged = ModelFiles.load(repository.resolve(PLANT));
        assertEquals("Finance PC", asset(merged, WORKSTATION).getName());
        assertEquals("Windows 11 24H2", asset(merged, WORKSTATION).getFirmware());
        assertEquals("Payroll PC", asset(merged, "ENT-WS-02").getName());
        assertEquals("UU " + PLANT + "\n", git("status", "--porcelain")[1], "Git marks the file unmerged");
    }
}
