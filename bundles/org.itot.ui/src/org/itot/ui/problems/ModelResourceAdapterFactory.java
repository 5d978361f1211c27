package org.itot.ui.problems;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.itot.ui.explorer.ExplorerNode;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * Model elements, explorer groups and diagram editors stand for their model's (linked) workspace file, so the Problems
 * view's "selected model" filter and the workbench's Show In know which model is meant.
 */
public final class ModelResourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (!adapterType.isAssignableFrom(IFile.class)) {
            return null;
        }
        Optional<Path> file = switch (adaptable) {
        case EObject element -> OpenModels.get().of(element).map(OpenModel::file);
        case ExplorerNode node -> OpenModels.get().of(node.model()).map(OpenModel::file);
        case DiagramEditorInput input -> Optional.of(input.file());
        default -> Optional.empty();
        };
        if (file.isEmpty()) {
            return null;
        }
        try {
            return adapterType.cast(ModelFileResources.linkedFile(file.get()));
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
            return null;
        }
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IResource.class, IFile.class };
    }
}
