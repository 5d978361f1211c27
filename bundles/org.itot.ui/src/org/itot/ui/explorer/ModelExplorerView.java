package org.itot.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.resource.ItotResourceFactory;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * The tree of open architecture models: zones by Purdue level with their assets. Models named on
 * the command line ({@code itot plant.itot}) are opened here at start-up; models opened elsewhere
 * (a diagram editor) appear too, as there is one {@link OpenModels} registry.
 */
public class ModelExplorerView extends ViewPart {

    public static final String ID = "org.itot.ui.views.modelExplorer";

    private TreeViewer viewer;
    private final List<Object> roots = new ArrayList<>();
    private final Consumer<OpenModel> opened = model -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> show(model));
        }
    };
    /** File > Close Model: the model leaves the tree. */
    private final Consumer<OpenModel> closed = model -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed() && roots.remove(model.model())) {
                    viewer.refresh();
                }
            });
        }
    };
    /** Saving changes no command, so the dirty mark and Save As's new file name are refreshed from here. */
    private final OpenModel.Listener savedOrMoved = new OpenModel.Listener() {
        @Override
        public void saved(OpenModel model) {
            refreshLater();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ModelTreeContentProvider());
        viewer.setLabelProvider(new ModelLabelProvider());
        OpenModels.get().all().forEach(model -> roots.add(model.model()));
        OpenModels.get().addOpenListener(opened);
        OpenModels.get().addCloseListener(closed);
        for (Object root : openStartupModels(Platform.getApplicationArgs())) {
            if (!roots.contains(root)) {
                roots.add(root);
            }
        }
        viewer.setInput(roots);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        // Drag zones and assets onto a diagram to show them there.
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                    }

                    @Override
                    public void dragFinished(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(null);
                    }
                });
        viewer.addDoubleClickListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof Diagram diagram) {
                openDiagram(diagram);
            }
        });
        roots.stream().filter(ArchitectureModel.class::isInstance).map(ArchitectureModel.class::cast)
                .forEach(this::refreshOnChange);
    }

    /** Opens (or activates) the diagram editor on a diagram of an open model. */
    public void openDiagram(Diagram diagram) {
        OpenModels.get().of(diagram).ifPresent(model -> {
            try {
                getSite().getPage().openEditor(new DiagramEditorInput(model.file(), diagram.getId(), diagram.getName()),
                        DiagramEditorInput.EDITOR_ID);
            } catch (PartInitException e) {
                ErrorDialog.openError(getSite().getShell(), "Open Diagram", "Cannot open " + diagram.getName(),
                        e.getStatus());
            }
        });
    }

    private void refreshLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        }
    }

    /** Labels follow renames made anywhere (properties, diagram, undo), and saves. */
    private void refreshOnChange(ArchitectureModel model) {
        OpenModels.get().of(model).ifPresent(open -> open.addListener(savedOrMoved));
        ModelEditing.domainFor(model).getCommandStack().addCommandStackListener(event -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        viewer.refresh();
                    }
                });
            }
        });
    }

    /** Opens a model file and shows it here; a broken file shows as an error entry. */
    public void open(Path file) {
        Object root = openModel(file.toAbsolutePath().normalize());
        if (!roots.contains(root)) {
            roots.add(root);
            if (root instanceof ArchitectureModel model) {
                refreshOnChange(model);
            }
            viewer.refresh();
        }
        viewer.expandToLevel(root, 1);
    }

    private void show(OpenModel model) {
        if (!viewer.getControl().isDisposed() && !roots.contains(model.model())) {
            roots.add(model.model());
            refreshOnChange(model.model());
            viewer.refresh();
            viewer.expandToLevel(model.model(), 1);
        }
    }

    @Override
    public void dispose() {
        OpenModels.get().removeOpenListener(opened);
        OpenModels.get().removeCloseListener(closed);
        OpenModels.get().all().forEach(model -> model.removeListener(savedOrMoved));
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
        try {
            return OpenModels.get().open(file).model();
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
