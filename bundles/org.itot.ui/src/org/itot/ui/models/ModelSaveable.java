package org.itot.ui.models;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

/**
 * An open model as the workbench's unit of saving: all diagram editors of one model share it, so closing one of
 * them does not ask about the model while another still shows it, and shutdown asks once per model.
 */
public final class ModelSaveable extends Saveable {

    private final OpenModel model;

    ModelSaveable(OpenModel model) {
        this.model = model;
    }

    public OpenModel model() {
        return model;
    }

    @Override
    public String getName() {
        return model.file().getFileName().toString();
    }

    @Override
    public String getToolTipText() {
        return model.file().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        try {
            model.save();
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
        }
    }

    @Override
    public boolean isDirty() {
        return model.isDirty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelSaveable saveable && saveable.model == model;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(model);
    }
}
