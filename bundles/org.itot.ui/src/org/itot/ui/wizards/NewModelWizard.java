package org.itot.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.model.template.ModelTemplates;
import org.itot.ui.files.ModelFileActions;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;

/**
 * File > New Model: a model from one of the templates (blank, Purdue reference architecture, ...), written to a new
 * file and opened with its first diagram. Creating and writing run with a progress monitor and can be cancelled;
 * nothing is left on disk then.
 */
public class NewModelWizard extends Wizard {

    private final NewModelPage page = new NewModelPage();
    private OpenModel created;

    public NewModelWizard() {
        setWindowTitle("New Model");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    public NewModelPage getModelPage() {
        return page;
    }

    /** The model the wizard opened (null before Finish). */
    public OpenModel getCreated() {
        return created;
    }

    @Override
    public boolean performFinish() {
        String templateId = page.templateId();
        String modelName = page.modelName();
        Path file = page.file();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + file.getFileName(), 3);
                try {
                    progress.subTask("Building the " + ModelTemplates.find(templateId).orElseThrow().name());
                    ArchitectureModel model = ModelTemplates.create(templateId);
                    if (!modelName.isBlank()) {
                        model.setName(modelName);
                    }
                    progress.worked(1);
                    checkCanceled(progress);
                    progress.subTask("Writing " + file);
                    Files.createDirectories(file.getParent());
                    if (Files.exists(file)) {
                        throw new java.io.IOException(file + " exists already; choose another name");
                    }
                    ModelFiles.save(model, file);
                    progress.worked(1);
                } catch (java.io.IOException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            page.setErrorMessage(cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            page.setErrorMessage("Cancelled; nothing was created.");
            return false;
        }
        try {
            created = OpenModels.get().open(file);
        } catch (ModelLoadException e) {
            ErrorDialog.openError(getShell(), "New Model", "Cannot open the new model", Status.error(e.getMessage(), e));
            return false;
        }
        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (workbenchPage != null) {
            ModelFileActions.openFirstDiagram(workbenchPage, created);
        }
        page.rememberFolder();
        return true;
    }

    private static void checkCanceled(SubMonitor progress) throws InterruptedException {
        if (progress.isCanceled()) {
            throw new InterruptedException();
        }
    }
}
