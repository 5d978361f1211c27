package org.itot.diagram.ui.editor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.itot.diagram.edit.ZoneFitting;
import org.itot.model.NodeView;
import org.itot.ui.explorer.ModelExplorerView;

/** The diagram editor's commands on the selection beyond the Edit menu: arrange, shrink, find, show elsewhere. */
public final class DiagramEditorCommands {

    private final DiagramEditor editor;
    private String lastFind = "";

    DiagramEditorCommands(DiagramEditor editor) {
        this.editor = editor;
    }

    /** The contents of the selected zones (or of the zones of the selected boxes) in a grid, each zone fitted. */
    public void arrangeSelection() {
        viewer().execute(ZoneFitting.arrange(viewer().getDomain(), selectedZoneViews()));
    }

    /** The selected zones (or the zones of the selected boxes) shrink round what they hold. */
    public void shrinkToFit() {
        viewer().execute(ZoneFitting.shrinkToFit(viewer().getDomain(), selectedZoneViews()));
    }

    private List<NodeView> selectedZoneViews() {
        Set<NodeView> zones = new LinkedHashSet<>();
        for (NodeView view : viewer().selectedNodes()) {
            NodeView zone = ZoneFitting.isZone(view) ? view : view.eContainer() instanceof NodeView parent ? parent : null;
            if (ZoneFitting.isZone(zone)) {
                zones.add(zone);
            }
        }
        return List.copyOf(zones);
    }

    /** Ctrl+F: asks for (part of) a name or id and selects what matches on this diagram. */
    public void find() {
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Find in Diagram",
                "Name or id (or part of it) of the zones, assets and notes to select:", lastFind, null);
        if (dialog.open() == Window.OK) {
            lastFind = dialog.getValue();
            viewer().actions().find(lastFind);
        }
    }

    /** Shows the selected elements in the Model Explorer, opening it if needed. */
    public void showInModelExplorer() {
        try {
            if (editor.getSite().getPage().showView(ModelExplorerView.ID) instanceof ModelExplorerView explorer) {
                explorer.getViewer().setSelection(new StructuredSelection(viewer().getSelectedElements()), true);
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(editor.getSite().getShell(), "Show in Model Explorer", e.getMessage(), e.getStatus());
        }
    }

    private DiagramViewer viewer() {
        return editor.getViewer();
    }
}
