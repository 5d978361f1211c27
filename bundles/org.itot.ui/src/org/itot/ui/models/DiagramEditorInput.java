package org.itot.ui.models;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a diagram editor shows: one diagram (by id) of the model in a file. Two inputs for the same diagram are equal,
 * so opening it twice activates the editor already open.
 */
public final class DiagramEditorInput implements IEditorInput {

    /** The id under which the diagram editor is registered. */
    public static final String EDITOR_ID = "org.itot.diagram.ui.editor";

    private final Path file;
    private final String diagramId;
    private final String name;

    public DiagramEditorInput(Path file, String diagramId, String name) {
        this.file = file.toAbsolutePath().normalize();
        this.diagramId = Objects.requireNonNull(diagramId, "diagramId");
        this.name = name == null || name.isBlank() ? diagramId : name;
    }

    public Path file() {
        return file;
    }

    public String diagramId() {
        return diagramId;
    }

    @Override
    public boolean exists() {
        return file.toFile().isFile();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name + " \u2014 " + file;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.file.equals(file) && input.diagramId.equals(diagramId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, diagramId);
    }
}
