package org.itot.diagram.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.NodeView;
import org.itot.ui.swt.SwtCanvas;

/**
 * Hands the canvas's mouse to the current tool: the selection tool or the palette's create or connect tool; the
 * middle button (or Alt with the selection tool) pans; the wheel scrolls, Ctrl+wheel zooms about the pointer. A press
 * picks the tool that follows the drag until the release.
 */
final class ToolDispatcher {

    private final DiagramViewer viewer;
    private final InPlaceEditTool inPlaceEdit;
    private PaletteEntry paletteEntry;
    /** The tool for the next gesture. */
    private Tool tool;
    /** The tool following the current drag (from press to release), or null. */
    private Tool dragging;

    ToolDispatcher(DiagramViewer viewer, InPlaceEditTool inPlaceEdit) {
        this.viewer = viewer;
        this.inPlaceEdit = inPlaceEdit;
        this.tool = new SelectTool(viewer);
        Canvas canvas = viewer.getControl();
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        canvas.addListener(SWT.MouseExit, e -> {
            if (tool instanceof CreateTool create) {
                create.exited();
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, this::mouseWheel);
    }

    PaletteEntry paletteEntry() {
        return paletteEntry;
    }

    void setTool(PaletteEntry entry) {
        if (dragging != null) {
            dragging.cancel();
            dragging = null;
        }
        tool.cancel();
        paletteEntry = entry;
        tool = entry == null ? new SelectTool(viewer)
                : entry.kind().isConnection() ? new ConnectTool(viewer, entry) : new CreateTool(viewer, entry);
    }

    void paintFeedback(SwtCanvas painter, double unit) {
        (dragging != null ? dragging : tool).paintFeedback(painter, unit);
    }

    private void mouseDown(Event e) {
        viewer.getControl().setFocus();
        inPlaceEdit.commit();
        double x = viewer.toDiagramX(e.x);
        double y = viewer.toDiagramY(e.y);
        if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.MOD3) != 0 && paletteEntry == null)) {
            dragging = new PanTool(viewer).press(x, y, e.stateMask);
        } else if (e.button == 1) {
            dragging = tool.press(x, y, e.stateMask);
        }
    }

    private void mouseMove(Event e) {
        double x = viewer.toDiagramX(e.x);
        double y = viewer.toDiagramY(e.y);
        if (dragging != null) {
            dragging.drag(x, y, e.stateMask);
        } else {
            tool.hover(x, y);
        }
    }

    private void mouseUp(Event e) {
        Tool finished = dragging;
        dragging = null;
        if (finished != null && (e.button == 1 || finished instanceof PanTool)) {
            finished.release(viewer.toDiagramX(e.x), viewer.toDiagramY(e.y), e.stateMask);
        }
        viewer.redraw();
    }

    private void mouseDoubleClick(Event e) {
        if (paletteEntry != null || e.button != 1) {
            return;
        }
        NodeView node = viewer.geometry().nodeAt(viewer.toDiagramX(e.x), viewer.toDiagramY(e.y));
        if (node != null) {
            viewer.setSelection(List.of(node));
            inPlaceEdit.start(node);
        }
    }

    private void mouseWheel(Event e) {
        e.doit = false;
        if ((e.stateMask & SWT.MOD1) != 0) {
            viewer.setZoom(viewer.getZoom() * (e.count > 0 ? 1.1 : 1 / 1.1), e.x, e.y);
            return;
        }
        double step = 40 / viewer.getZoom() * (e.count > 0 ? -1 : 1);
        if ((e.stateMask & SWT.SHIFT) != 0) {
            viewer.viewport().scrollBy(step, 0);
        } else {
            viewer.viewport().scrollBy(0, step);
        }
    }
}
