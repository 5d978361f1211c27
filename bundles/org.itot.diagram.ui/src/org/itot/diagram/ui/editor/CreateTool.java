package org.itot.diagram.ui.editor;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.NodeView;
import org.itot.render.geometry.Bounds;
import org.itot.ui.swt.SwtCanvas;

/**
 * A palette tool that makes a box (zone, asset, note): a ghost of the new box follows the pointer, a click creates it
 * there. An asset must land in a zone; a zone clicked inside a zone becomes its sub-zone. The zone that receives the
 * box grows to hold it. Shift keeps the tool for the next box.
 */
final class CreateTool extends Tool {

    private final PaletteEntry entry;
    private boolean pointerInside;

    CreateTool(DiagramViewer viewer, PaletteEntry entry) {
        super(viewer);
        this.entry = entry;
    }

    @Override
    Tool press(double x, double y, int stateMask) {
        pressedAt(x, y);
        return this; // creation happens on release, where the ghost was last shown
    }

    @Override
    void drag(double x, double y, int stateMask) {
        hover(x, y);
    }

    @Override
    void hover(double x, double y) {
        pointerInside = true;
        follow(x, y);
    }

    /** The pointer left the canvas: no ghost. */
    void exited() {
        pointerInside = false;
        viewer.redraw();
    }

    @Override
    void release(double x, double y, int stateMask) {
        create(viewer, entry, x, y);
        if ((stateMask & SWT.SHIFT) == 0) {
            viewer.setTool(null);
        }
    }

    /**
     * Creates what the entry makes with its top left corner at the diagram point (snapped), inside the top-most zone
     * there, and selects it; false (with the reason in the status line) when it cannot be made there.
     */
    static boolean create(DiagramViewer viewer, PaletteEntry entry, double x, double y) {
        NodeView parent = entry.kind() == PaletteEntry.Kind.NOTE ? null
                : viewer.geometry().nodeAt(x, y, Set.of(), true); // notes belong to the diagram itself
        if (entry.kind() == PaletteEntry.Kind.ASSET && parent == null) {
            viewer.refuse("An asset is created inside a zone: click into a zone.");
            return false;
        }
        Bounds parentBounds = parent == null ? null : viewer.geometry().bounds(parent);
        double left = viewer.snap(x);
        double top = viewer.snap(y);
        int relativeX = (int) Math.round(parentBounds == null ? left : Math.max(0, left - parentBounds.x()));
        int relativeY = (int) Math.round(parentBounds == null ? top : Math.max(0, top - parentBounds.y()));
        Command create = DiagramEditing.create(viewer.getDomain(), viewer.getDiagram(), entry, parent, relativeX,
                relativeY);
        if (!viewer.execute(create)) {
            return false;
        }
        List<NodeView> siblings = parent == null ? viewer.getDiagram().getNodes() : parent.getChildren();
        viewer.selection().set(List.of(siblings.get(siblings.size() - 1)));
        return true;
    }

    @Override
    void paintFeedback(SwtCanvas painter, double unit) {
        if (!pointerInside) {
            return;
        }
        NodeView parent = viewer.geometry().nodeAt(pointerX, pointerY, Set.of(), true);
        boolean allowed = entry.kind() != PaletteEntry.Kind.ASSET || parent != null;
        painter.setStroke(allowed ? DiagramSelection.COLOUR : MoveTool.REFUSED);
        painter.setLineWidth(unit);
        painter.setDash(4 * unit, 3 * unit);
        painter.strokeRect(viewer.snap(pointerX), viewer.snap(pointerY), entry.width(), entry.height());
        if (allowed && parent != null) {
            Bounds zone = viewer.geometry().bounds(parent);
            painter.setDash();
            painter.setStroke(MoveTool.DROP_TARGET);
            painter.setLineWidth(2 * unit);
            painter.strokeRect(zone.x(), zone.y(), zone.width(), zone.height());
        }
    }

    @Override
    void cancel() {
        pointerInside = false;
    }
}
