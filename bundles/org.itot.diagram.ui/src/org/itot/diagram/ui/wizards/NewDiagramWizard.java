package org.itot.diagram.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.itot.diagram.edit.DiagramCreation;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.Diagram;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;

/**
 * File > New Diagram: an empty diagram, or one of chosen zones with their assets, conduits and flows, laid out by
 * Purdue level. The layout is computed in the background with a progress monitor (cancel leaves the model as it
 * was); adding the diagram is one undoable step, then it opens in an editor.
 */
public class NewDiagramWizard extends Wizard {

    private final NewDiagramPage page;
    private final IWorkbenchPage workbenchPage;
    private Diagram created;

    /**
     * @param current the model to preselect (the active editor's or the explorer's), may be null
     */
    public NewDiagramWizard(IWorkbenchPage workbenchPage, OpenModel current) {
        this.workbenchPage = workbenchPage;
        this.page = new NewDiagramPage(current);
        setWindowTitle("New Diagram");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    public NewDiagramPage getDiagramPage() {
        return page;
    }

    /** The diagram added on Finish (null before). */
    public Diagram getCreated() {
        return created;
    }

    @Override
    public boolean performFinish() {
        OpenModel model = page.model();
        String name = page.diagramName();
        List<Zone> zones = page.chosenZones();
        Command[] command = new Command[1];
        try {
            getContainer().run(true, true, monitor -> {
                // The model may not change while the layout reads it; the wizard is modal, validation only reads.
                ModelCommandStack stack = ModelEditing.commandStackFor(model.model());
                stack.lock().readLock().lock();
                try {
                    // One unit of work per zone, so the bar is determinate and Cancel is honoured between zones.
                    command[0] = zones.isEmpty() ? DiagramEditing.emptyDiagram(model.domain(), model.model(), name)
                            : DiagramCreation.plan(model.domain(), model.model(), name, zones, true, monitor)
                                    .command();
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } finally {
                    stack.lock().readLock().unlock();
                }
                if (monitor.isCanceled()) {
                    throw new InterruptedException();
                }
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            // The layout declares no exception: whatever arrives here is a failure nobody planned for (an Error).
            Throwable cause = e.getCause() == null ? e : e.getCause();
            InternalErrors.report("Laying out " + name, cause);
            page.setErrorMessage("Cannot create the diagram: " + cause);
            return false;
        } catch (InterruptedException e) {
            page.setErrorMessage("Cancelled; the model is unchanged.");
            return false;
        }
        int before = model.model().getDiagrams().size();
        if (!command[0].canExecute()) {
            page.setErrorMessage("Cannot create the diagram.");
            return false;
        }
        model.domain().getCommandStack().execute(command[0]);
        created = model.model().getDiagrams().get(before);
        if (workbenchPage != null) {
            try {
                workbenchPage.openEditor(new DiagramEditorInput(model.file(), created.getId(), created.getName()),
                        DiagramEditorInput.EDITOR_ID);
            } catch (PartInitException e) {
                ErrorDialog.openError(getShell(), "New Diagram", "Cannot open " + name, e.getStatus());
            }
        }
        return true;
    }
}
