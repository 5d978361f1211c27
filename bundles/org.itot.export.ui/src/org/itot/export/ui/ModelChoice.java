package org.itot.export.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/** Which open model a wizard starts with: the one of the selected element, else of the active editor, else the first. */
final class ModelChoice {

    private ModelChoice() {
    }

    static OpenModel initial(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null && selection.getFirstElement() instanceof EObject element) {
            var model = OpenModels.get().of(EcoreUtil.getRootContainer(element));
            if (model.isPresent()) {
                return model.get();
            }
        }
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        if (editor != null && editor.getEditorInput() instanceof DiagramEditorInput input) {
            var model = OpenModels.get().find(input.file());
            if (model.isPresent()) {
                return model.get();
            }
        }
        List<OpenModel> all = OpenModels.get().all();
        return all.isEmpty() ? null : all.get(0);
    }

    static String label(OpenModel model) {
        String name = model.model().getName();
        return (name == null || name.isBlank() ? model.file().getFileName().toString() : name) + "  \u2014  "
                + model.file();
    }
}
