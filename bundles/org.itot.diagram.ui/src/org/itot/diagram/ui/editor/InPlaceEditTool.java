package org.itot.diagram.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.render.geometry.Bounds;

/**
 * Renames in place (F2 or double-click): a text field over the box; Enter applies (a note: Ctrl+Enter), Esc cancels,
 * leaving the field applies.
 */
final class InPlaceEditTool {

    private final DiagramViewer viewer;
    private Text field;

    InPlaceEditTool(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    /** The open field (tests type into it), or null. */
    Text field() {
        return field;
    }

    void start(NodeView node) {
        commit();
        Bounds b = viewer.geometry().bounds(node);
        boolean note = node instanceof NoteView;
        if (b == null || (!note && !(node.getElement() instanceof ModelElement))) {
            return;
        }
        String current = note ? ((NoteView) node).getText() : ((ModelElement) node.getElement()).getName();
        field = new Text(viewer.getControl(), note ? SWT.MULTI | SWT.WRAP | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
        field.setText(current == null ? "" : current);
        double zoom = viewer.getZoom();
        int width = (int) Math.max(120, b.width() * zoom);
        int height = note ? (int) Math.max(40, b.height() * zoom) : field.computeSize(width, SWT.DEFAULT).y;
        field.setBounds(viewer.toDeviceX(b.x()), viewer.toDeviceY(b.y()), width, height);
        field.selectAll();
        field.setFocus();
        field.setData(node);
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                close();
                e.doit = false;
            } else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (!note || (e.stateMask & SWT.MOD1) != 0)) {
                commit();
                e.doit = false;
            }
        });
        field.addListener(SWT.FocusOut, e -> commit());
    }

    /** Applies the text (one undoable rename) and closes the field; nothing if none is open or nothing changed. */
    void commit() {
        if (field == null || field.isDisposed()) {
            field = null;
            return;
        }
        NodeView node = (NodeView) field.getData();
        String text = field.getText();
        close();
        if (node instanceof NoteView note) {
            if (!text.equals(note.getText())) {
                viewer.execute(DiagramEditing.setNoteText(viewer.getDomain(), note, text));
            }
        } else if (node.getElement() instanceof ModelElement element && !text.strip().equals(element.getName())
                && !text.isBlank()) {
            viewer.execute(DiagramEditing.rename(viewer.getDomain(), element, text));
        }
    }

    private void close() {
        Text closing = field;
        field = null;
        if (closing != null && !closing.isDisposed()) {
            closing.dispose();
        }
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().setFocus();
        }
    }
}
