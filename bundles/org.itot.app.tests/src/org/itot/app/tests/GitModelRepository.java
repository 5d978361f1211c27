package org.itot.app.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/** A real Git repository made with JGit in a temporary folder, holding a Purdue plant model, for the Git UI tests. */
final class GitModelRepository implements AutoCloseable {

    final Path folder;
    final Path plant;
    final Git git;

    private GitModelRepository(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
        this.plant = folder.resolve("plant.itot");
    }

    /** A repository on branch main whose first commit holds the Purdue template as plant.itot. */
    static GitModelRepository withPurduePlant() throws Exception {
        Path folder = Files.createTempDirectory("itot-git-ui");
        GitModelRepository repository = new GitModelRepository(folder,
                Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), repository.plant);
        repository.commit("Purdue plant");
        return repository;
    }

    void commit(String message) throws Exception {
        PersonIdent tester = new PersonIdent("Tester", "tester@example.org");
        git.add().addFilepattern("plant.itot").call();
        git.commit().setMessage(message).setAuthor(tester).setCommitter(tester).setSign(false).call();
    }

    /** Loads the working file, changes it and saves it. */
    void edit(Consumer<ArchitectureModel> change) throws Exception {
        ArchitectureModel model = ModelFiles.load(plant);
        change.accept(model);
        ModelFiles.save(model, plant);
    }

    /** Opens the plant and its first diagram in an editor, as a double click in the Model Explorer does. */
    DiagramEditor openFirstDiagram() throws Exception {
        OpenModel model = OpenModels.get().open(plant);
        Diagram overview = model.model().getDiagrams().get(0);
        return (DiagramEditor) UiTesting.page().openEditor(
                new DiagramEditorInput(plant, overview.getId(), overview.getName()), DiagramEditorInput.EDITOR_ID);
    }

    static Asset asset(ArchitectureModel model, String id) {
        return model.getAllAssets().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        git.close();
    }
}
