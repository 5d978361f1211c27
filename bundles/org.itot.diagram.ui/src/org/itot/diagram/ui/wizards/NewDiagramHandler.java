package org.itot.diagram.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.itot.ui.files.ModelFileActions;

/** File > New Diagram...: for the current model (active editor or explorer selection), or one chosen in the wizard. */
public final class NewDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        var current = ModelFileActions.current(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
        new WizardDialog(window.getShell(), new NewDiagramWizard(window.getActivePage(), current.orElse(null))).open();
        return null;
    }
}
