package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;

/** What the editor does with the selection besides gestures: delete, copy, paste, duplicate, nudge, undo, find. */
public final class DiagramActions {

    private final DiagramViewer viewer;
    private List<NodeView> clipboard = List.of();

    DiagramActions(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    public boolean removeSelectionFromDiagram() {
        return viewer.execute(DiagramEditing.removeFromDiagram(viewer.getDomain(), viewer.getDiagram(),
                viewer.getSelection()));
    }

    public boolean deleteSelectionFromModel() {
        List<EObject> elements = viewer.getSelectedElements().stream()
                .filter(e -> e instanceof ModelElement && !(e instanceof Diagram)).toList();
        List<EObject> notes = viewer.getSelection().stream().filter(NoteView.class::isInstance).toList();
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Delete from Model");
        if (!elements.isEmpty()) {
            command.append(DiagramEditing.deleteFromModel(viewer.getDomain(), elements));
        }
        if (!notes.isEmpty()) {
            command.append(DiagramEditing.removeFromDiagram(viewer.getDomain(), viewer.getDiagram(), notes));
        }
        return viewer.execute(command);
    }

    public void selectAll() {
        viewer.setSelection(viewer.geometry().nodes().keySet());
    }

    /** Copies the selected assets and notes for Paste (zones and connections are not duplicated). */
    public void copy() {
        clipboard = viewer.selectedNodes().stream().filter(DiagramActions::copyable).toList();
    }

    /** Whether Copy has something: an asset or a note is selected. */
    public boolean canCopy() {
        return viewer.selectedNodes().stream().anyMatch(DiagramActions::copyable);
    }

    private static boolean copyable(NodeView view) {
        return view instanceof NoteView || view.getElement() instanceof Asset;
    }

    public boolean paste() {
        return selectingNew(() -> viewer.execute(DiagramEditing.duplicate(viewer.getDomain(), viewer.getDiagram(),
                pastable(), 2 * viewer.layers().getGridSize())));
    }

    /** Whether Paste has something: copied views still on this diagram (an undo may have removed them). */
    public boolean canPaste() {
        return !pastable().isEmpty();
    }

    private List<NodeView> pastable() {
        return clipboard.stream().filter(v -> DiagramEditing.diagramOf(v) == viewer.getDiagram()).toList();
    }

    /** Ctrl+D: copies of the selected assets and notes beside their originals (the zone grows), selected. */
    public boolean duplicate() {
        return selectingNew(() -> viewer.execute(DiagramEditing.duplicateBeside(viewer.getDomain(),
                viewer.getDiagram(), viewer.selectedNodes(), 2 * viewer.layers().getGridSize())));
    }

    /** Runs an edit that adds views and selects the views it added. */
    private boolean selectingNew(java.util.function.BooleanSupplier edit) {
        Set<NodeView> before = new LinkedHashSet<>(viewer.geometry().boxes().keySet());
        if (!edit.getAsBoolean()) {
            return false;
        }
        List<NodeView> added = new ArrayList<>(viewer.geometry().boxes().keySet());
        added.removeAll(before);
        viewer.setSelection(added);
        return true;
    }

    public void undo() {
        CommandStack stack = viewer.getDomain().getCommandStack();
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    public void redo() {
        CommandStack stack = viewer.getDomain().getCommandStack();
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    /** Arrow keys: moves the selected boxes by a step. */
    void nudge(int dx, int dy) {
        Map<NodeView, int[]> positions = new LinkedHashMap<>();
        for (NodeView node : viewer.selection().topLevelNodes()) {
            positions.put(node, new int[] { node.getX() + dx, node.getY() + dy });
        }
        if (!positions.isEmpty()) {
            viewer.execute(DiagramEditing.move(viewer.getDomain(), viewer.getDiagram(), positions));
        }
    }

    /**
     * Find in diagram: the shown elements whose name or id contains the text (ignoring case), in drawing order. The
     * first is selected and brought into view; the status line says how many there are.
     */
    public List<NodeView> find(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<NodeView> found = new ArrayList<>();
        for (NodeView node : viewer.geometry().nodes().keySet()) {
            String name = node instanceof NoteView note ? note.getText()
                    : node.getElement() instanceof ModelElement element ? element.getName() + " " + element.getId()
                            : null;
            if (name != null && name.toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(node);
            }
        }
        if (found.isEmpty()) {
            viewer.status("Nothing on this diagram matches \"" + text.strip() + "\".");
            return found;
        }
        viewer.setSelection(found);
        viewer.showArea(List.of(found.get(0)));
        viewer.status(found.size() == 1 ? "1 match" : found.size() + " matches, all selected");
        return found;
    }
}
