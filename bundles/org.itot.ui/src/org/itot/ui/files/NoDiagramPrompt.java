package org.itot.ui.files;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.itot.ui.explorer.ModelExplorerView;
import org.itot.ui.models.OpenModel;

/**
 * A model opened without any diagram (for example one written by {@code itot new --synthetic}) would otherwise show
 * nothing: it is selected in the Model Explorer and a non-modal question offers to create its overview diagram. Not
 * Now leaves the model as it is; File > New Diagram and the explorer's New Diagram of Selected Zones stay at hand.
 */
public final class NoDiagramPrompt extends MessageDialog {

    public static final String TITLE = "No Diagram";
    public static final int CREATE = 0;

    private final ModelExplorerView explorer;
    private final OpenModel model;

    private NoDiagramPrompt(Shell shell, ModelExplorerView explorer, OpenModel model) {
        super(shell, TITLE, null, question(model), QUESTION, CREATE, "&Create Overview Diagram", "&Not Now");
        this.explorer = explorer;
        this.model = model;
        // Non-modal: the user may first look at the model in the explorer, the question stays until answered.
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | getDefaultOrientation());
        setBlockOnOpen(false);
    }

    private static String question(OpenModel model) {
        int zones = model.model().getZones().size();
        int assets = model.model().getZones().stream().mapToInt(zone -> zone.getAssets().size()).sum();
        return model.file().getFileName() + " has no diagram yet. Its " + zones + (zones == 1 ? " zone" : " zones")
                + " and " + assets + (assets == 1 ? " asset" : " assets") + " are listed in the Model Explorer.\n\n"
                + "Create an overview diagram of all zones, laid out by Purdue level? (Edit > Undo removes it again.)";
    }

    /** Selects the model in the Model Explorer and asks; returns the open question (tests answer it). */
    public static NoDiagramPrompt show(IWorkbenchPage page, OpenModel model) {
        ModelExplorerView explorer;
        try {
            explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
        } catch (PartInitException e) {
            ILog.of(NoDiagramPrompt.class).log(e.getStatus());
            return null;
        }
        explorer.revealModel(model);
        NoDiagramPrompt prompt = new NoDiagramPrompt(page.getWorkbenchWindow().getShell(), explorer, model);
        prompt.open();
        return prompt;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        super.buttonPressed(buttonId);
        if (buttonId == CREATE && model.model().getDiagrams().isEmpty() && !explorer.getViewer().getControl().isDisposed()) {
            explorer.newOverviewDiagram(model.model());
        }
    }
}
