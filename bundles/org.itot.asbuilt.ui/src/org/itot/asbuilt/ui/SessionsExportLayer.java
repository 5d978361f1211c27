package org.itot.asbuilt.ui;

import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.itot.asbuilt.TrafficReconciliation.UndocumentedSession;
import org.itot.asbuilt.drawing.SessionsOverlay;
import org.itot.diagram.ui.editor.DiagramEditor;
import org.itot.export.ui.DrawingLayers;
import org.itot.model.Diagram;
import org.itot.ui.models.OpenModel;

/**
 * Offers File &gt; Export the undocumented sessions of the model's last reconciliation as a layer of the exported
 * drawings ("Include observed sessions"), ticked when an editor of the diagram shows them now, so the exported
 * drawing is the one on screen.
 */
public final class SessionsExportLayer implements DrawingLayers.Provider {

    @Override
    public DrawingLayers.Offer offer(OpenModel model, Diagram diagram) {
        Reconciliations.Run run = Reconciliations.of(model);
        if (run == null || run.traffic().undocumentedSessions().isEmpty()) {
            return null;
        }
        List<UndocumentedSession> sessions = run.traffic().undocumentedSessions();
        return new DrawingLayers.Offer("Include observed sessions (" + sessions.size()
                + " undocumented, drawn dashed, from the last reconciliation)", isShown(model, diagram),
                new SessionsOverlay(sessions));
    }

    /** Whether an open editor of the diagram (of any of the model's diagrams for null) shows the sessions layer. */
    static boolean isShown(OpenModel model, Diagram diagram) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return false;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof DiagramEditor editor && editor.getModel() == model
                            && editor.getViewer() != null
                            && (diagram == null || editor.getViewer().getDiagram() == diagram)
                            && editor.getViewer().layers().getOverlay(ReconciliationView.OVERLAY_KEY) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
