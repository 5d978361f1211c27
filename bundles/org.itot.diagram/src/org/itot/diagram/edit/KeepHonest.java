package org.itot.diagram.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.Diagram;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.render.style.Band;

/**
 * An edit of a diagram followed, in the same undoable step, by what keeps the picture honest: every zone that holds a
 * view the edit created, moved or resized grows to enclose it (up to the top-level zone), and top-level zones of
 * different Purdue bands are moved apart so no two bands overlap (see {@link Banding}). The follow-ups are computed
 * after the edit ran, from where it left the views, and are undone and redone with it. {@link #report()} says what was
 * moved besides the edit, for the status line.
 */
public final class KeepHonest extends CompoundCommand {

    private final EditingDomain domain;
    private final Diagram diagram;
    private String report = "";

    public KeepHonest(EditingDomain domain, Diagram diagram, Command edit) {
        super(CompoundCommand.LAST_COMMAND_ALL, edit.getLabel(), edit.getDescription());
        this.domain = domain;
        this.diagram = diagram;
        append(edit);
    }

    @Override
    public void execute() {
        Map<NodeView, List<Object>> before = snapshot();
        super.execute();
        Set<NodeView> changed = changedSince(before);
        Set<NodeView> grown = new LinkedHashSet<>();
        for (NodeView zone : ZoneFitting.holders(changed)) {
            Command grow = ZoneFitting.grow(domain, zone);
            if (grow != null && grow.canExecute()) {
                appendAndExecute(grow);
                grown.add(zone);
            }
        }
        changed.addAll(grown);
        Set<NodeView> placed = new LinkedHashSet<>();
        for (NodeView view : changed) {
            NodeView top = view;
            while (top.eContainer() instanceof NodeView parent) {
                top = parent;
            }
            placed.add(top);
        }
        Map<NodeView, int[]> positions = Banding.plan(diagram, placed);
        if (!positions.isEmpty()) {
            Command reband = DiagramEditing.move(domain, diagram, positions);
            if (reband.canExecute()) {
                appendAndExecute(reband);
                report = describe(positions.keySet(), placed);
            }
        }
    }

    /** What was moved besides the edit ("" if nothing), for the status line. */
    public String report() {
        return report;
    }

    private String describe(Set<NodeView> moved, Set<NodeView> placed) {
        List<String> names = new ArrayList<>();
        for (NodeView view : moved) {
            if (placed.contains(view) && view.getElement() instanceof ModelElement element) {
                Band band = Banding.bandOf(diagram, view);
                names.add(element.getName() + " into the " + (band == null ? "its" : band.title()) + " band");
            }
        }
        int others = moved.size() - names.size();
        String text = names.isEmpty() ? "" : "Moved " + String.join(", ", names);
        if (others > 0) {
            text += (text.isEmpty() ? "Moved " : "; moved ") + others + (others == 1 ? " zone" : " zones")
                    + " down to make room";
        }
        return text + " (Purdue bands never overlap).";
    }

    /** The place, size and parent of every node view of the diagram. */
    private Map<NodeView, List<Object>> snapshot() {
        Map<NodeView, List<Object>> state = new HashMap<>();
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view) {
                state.put(view, state(view));
            }
        }
        return state;
    }

    private static List<Object> state(NodeView view) {
        return List.of(view.getX(), view.getY(), view.getWidth(), view.getHeight(),
                System.identityHashCode(view.eContainer()));
    }

    private Set<NodeView> changedSince(Map<NodeView, List<Object>> before) {
        Set<NodeView> changed = new LinkedHashSet<>();
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && !state(view).equals(before.get(view))) {
                changed.add(view);
            }
        }
        return changed;
    }
}
