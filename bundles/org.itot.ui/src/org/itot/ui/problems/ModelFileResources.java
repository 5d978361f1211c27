package org.itot.ui.problems;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * Model files live anywhere on disk, but the Problems view shows markers of workspace resources.
 * Each open model file is therefore linked into one workspace project, "ITOT Architect Models";
 * the link only points at the file, nothing is copied or moved.
 */
public final class ModelFileResources {

    static final String PROJECT = "ITOT Architect Models";

    private ModelFileResources() {
    }

    /**
     * The workspace file linked to a model file, created on first use. Synchronized: the explorer's
     * background validation and the UI may ask for the same link at the same moment.
     */
    public static synchronized IFile linkedFile(Path file) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IPath location = IPath.fromPath(file.toAbsolutePath().normalize());
        String name = file.getFileName().toString();
        IFile linked = project.getFile(name);
        // Two models with the same file name in different folders get distinct links.
        for (int n = 2; linked.exists() && !location.equals(linked.getLocation()); n++) {
            linked = project.getFile(n + "-" + name);
        }
        if (!linked.exists()) {
            linked.createLink(location, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, null);
        }
        return linked;
    }
}
