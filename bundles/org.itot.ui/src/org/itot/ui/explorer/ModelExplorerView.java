package org.itot.ui.explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;

/**
 * The tree of open architecture models: zones by Purdue level with their assets. Models named on
 * the command line ({@code itot plant.itot}) are opened here at start-up.
 */
public class ModelExplorerView extends ViewPart {

    public static final String ID = "org.itot.ui.views.modelExplorer";

    private TreeViewer viewer;
    private final List<Object> roots = new ArrayList<>();
    private final LiveProblems problems = new LiveProblems();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ModelTreeContentProvider());
        viewer.setLabelProvider(new ModelLabelProvider());
        roots.addAll(openStartupModels(Platform.getApplicationArgs()));
        viewer.setInput(roots);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        roots.stream().filter(ArchitectureModel.class::isInstance).map(ArchitectureModel.class::cast)
                .forEach(problems::follow);
    }

    /** Opens a model file in the explorer and starts checking it live; a broken file shows as an error entry. */
    public void open(Path file) {
        Object root = openModel(file.toAbsolutePath().normalize());
        roots.add(root);
        viewer.refresh();
        viewer.expandToLevel(root, 1);
        if (root instanceof ArchitectureModel model) {
            problems.follow(model);
        }
    }

    @Override
    public void dispose() {
        problems.stopAll();
        super.dispose();
    }

    /** Loads each {@code *.itot} argument; a file that cannot be read shows as an error entry. */
    static List<Object> openStartupModels(String[] arguments) {
        List<Object> roots = new ArrayList<>();
        for (String argument : arguments) {
            if (!argument.endsWith("." + ItotResourceFactory.FILE_EXTENSION)) {
                continue;
            }
            roots.add(openModel(Path.of(argument).toAbsolutePath().normalize()));
        }
        return roots;
    }

    private static Object openModel(Path file) {
        if (!Files.isRegularFile(file)) {
            return new LoadProblem(file, "file not found");
        }
        try {
            return ModelFiles.load(file);
        } catch (ModelLoadException e) {
            return new LoadProblem(file, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** A model file named on the command line that could not be opened, and why. */
    public record LoadProblem(Path file, String reason) {
        @Override
        public String toString() {
            return "Cannot open " + file.getFileName() + ": " + reason;
        }
    }
}
