package org.itot.diagram.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.itot.ui.models.DiagramEditorInput;

/**
 * A model file opened from the workspace (a Problems-view marker sits on the linked file) matches a diagram editor
 * already open on that file, so the finding is revealed there instead of in a second editor.
 */
public final class ModelFileMatching implements IEditorMatchingStrategy {

    @Override
    public boolean matches(IEditorReference editor, IEditorInput input) {
        try {
            if (editor.getEditorInput() instanceof DiagramEditorInput open) {
                if (input instanceof DiagramEditorInput diagram) {
                    return open.equals(diagram);
                }
                if (input instanceof IFileEditorInput file) {
                    IPath location = file.getFile().getLocation();
                    return location != null && Path.of(location.toOSString()).toAbsolutePath().normalize()
                            .equals(open.file());
                }
            }
            return false;
        } catch (PartInitException e) {
            return false;
        }
    }
}
