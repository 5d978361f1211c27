package org.itot.diagram.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The viewer's keys. In the workbench, keys bound to the Edit commands (Ctrl+Z, Ctrl+C, Delete, F2...) run
 * DiagramEditHandlers and never get here; this serves the viewer without a workbench (its tests) with the same
 * actions, and the keys only the canvas has (arrows, Esc, zoom).
 */
final class DiagramKeys {

    private final DiagramViewer viewer;
    private final DiagramActions actions;

    DiagramKeys(DiagramViewer viewer, DiagramActions actions) {
        this.viewer = viewer;
        this.actions = actions;
    }

    void keyDown(Event e) {
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        int step = shift ? 1 : viewer.layers().getGridSize();
        switch (e.keyCode) {
        case SWT.ARROW_LEFT -> actions.nudge(-step, 0);
        case SWT.ARROW_RIGHT -> actions.nudge(step, 0);
        case SWT.ARROW_UP -> actions.nudge(0, -step);
        case SWT.ARROW_DOWN -> actions.nudge(0, step);
        case SWT.DEL -> {
            if (shift) {
                actions.deleteSelectionFromModel();
            } else {
                actions.removeSelectionFromDiagram();
            }
        }
        case SWT.F2 -> viewer.renameSelection();
        case SWT.ESC -> viewer.cancel();
        default -> {
            if ((e.stateMask & SWT.MOD1) == 0 || !modified(Character.toLowerCase((char) e.keyCode), shift)) {
                return;
            }
        }
        }
        e.doit = false;
    }

    /** Ctrl+key; false if the key means nothing here. */
    private boolean modified(char key, boolean shift) {
        switch (key) {
        case 'a' -> actions.selectAll();
        case 'c' -> actions.copy();
        case 'v' -> actions.paste();
        case 'd' -> actions.duplicate();
        case 'z' -> {
            if (shift) {
                actions.redo();
            } else {
                actions.undo();
            }
        }
        case 'y' -> actions.redo();
        case '=', '+' -> viewer.setZoom(viewer.getZoom() * 1.25);
        case '-' -> viewer.setZoom(viewer.getZoom() / 1.25);
        case '0' -> viewer.setZoom(1);
        case 'f' -> {
            if (!shift) {
                return false; // Ctrl+F is Find, the editor's command
            }
            viewer.zoomToFit();
        }
        default -> {
            return false;
        }
        }
        return true;
    }
}
