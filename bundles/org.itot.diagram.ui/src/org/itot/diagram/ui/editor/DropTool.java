package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.graphics.Point;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.ui.swt.SwtCanvas;

/**
 * What is dragged onto the canvas from elsewhere (SWT drag and drop): zones and assets from the Model Explorer are
 * shown where they are dropped; a tool dragged from the palette creates its box there, with the same ghost as a
 * click.
 */
final class DropTool {

    private final DiagramViewer viewer;
    /** The palette tool being dragged over the canvas, for its ghost; null otherwise. */
    private CreateTool ghost;

    DropTool(DiagramViewer viewer) {
        this.viewer = viewer;
        DropTarget target = new DropTarget(viewer.getControl(), DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
        target.setTransfer(LocalSelectionTransfer.getTransfer());
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
                PaletteEntry entry = paletteEntry();
                ghost = entry == null || entry.kind().isConnection() ? null : new CreateTool(viewer, entry);
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
                if (ghost != null) {
                    Point point = viewer.getControl().toControl(event.x, event.y);
                    ghost.hover(viewer.toDiagramX(point.x), viewer.toDiagramY(point.y));
                }
            }

            @Override
            public void dragLeave(DropTargetEvent event) {
                clearGhost();
            }

            @Override
            public void drop(DropTargetEvent event) {
                clearGhost();
                Point point = viewer.getControl().toControl(event.x, event.y);
                DropTool.this.drop(LocalSelectionTransfer.getTransfer().getSelection(), viewer.toDiagramX(point.x),
                        viewer.toDiagramY(point.y));
            }
        });
    }

    private void clearGhost() {
        if (ghost != null) {
            ghost = null;
            viewer.redraw();
        }
    }

    private static PaletteEntry paletteEntry() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged
                && dragged.size() == 1 && dragged.getFirstElement() instanceof PaletteEntry entry ? entry : null;
    }

    /** Drops what was dragged at the diagram point; false if nothing changed. */
    boolean drop(Object dragged, double x, double y) {
        if (!(dragged instanceof IStructuredSelection selection)) {
            return false;
        }
        if (selection.size() == 1 && selection.getFirstElement() instanceof PaletteEntry entry) {
            if (entry.kind().isConnection()) {
                viewer.refuse(entry.label() + " is drawn from one box to another: click it, then drag on the diagram.");
                return false;
            }
            boolean created = CreateTool.create(viewer, entry, x, y);
            viewer.setTool(null); // as after a click: back to selecting, the new box selected
            return created;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object item : selection.toList()) {
            if (item instanceof EObject element) {
                elements.add(element);
            }
        }
        return showElements(elements, x, y);
    }

    /** Shows existing elements of this model at the point (zones) or in their zone's box (assets). */
    boolean showElements(List<EObject> elements, double x, double y) {
        EObject root = EcoreUtil.getRootContainer(viewer.getDiagram());
        List<EObject> ours = elements.stream().filter(e -> EcoreUtil.getRootContainer(e) == root).toList();
        return viewer.execute(DiagramEditing.show(viewer.getDomain(), viewer.getDiagram(), ours,
                (int) Math.round(viewer.snap(x)), (int) Math.round(viewer.snap(y))));
    }

    void paintFeedback(SwtCanvas painter, double unit) {
        if (ghost != null) {
            ghost.paintFeedback(painter, unit);
        }
    }
}
