package org.itot.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.layout.LayoutResult.Bounds;
import org.itot.layout.LayoutResult.Point;
import org.itot.model.Bendpoint;
import org.itot.model.Diagram;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.NodeView;

/**
 * "Arrange All": lays a diagram out ({@link PlantLayout} says how) and applies the
 * result as one undoable command on the model's command stack. Node bounds are stored relative to
 * the parent view; an edge's bendpoints are its whole route in absolute diagram coordinates, the
 * first on the source's border and the last on the target's border.
 */
public final class DiagramLayout {

    public static final String COMMAND_LABEL = "Arrange All";

    private static final ItotPackage NOTATION = ItotPackage.eINSTANCE;

    private DiagramLayout() {
    }

    /**
     * Lays the diagram out without touching it ({@link PlantLayout} says how); views with missing elements are laid out
     * as plain boxes. The diagram is read under its model's read lock (when it has a command stack), so a layout on a
     * background thread never reads a diagram an edit is half-way through.
     */
    public static LayoutResult compute(Diagram diagram) {
        return compute(diagram, new NullProgressMonitor());
    }

    /**
     * As {@link #compute(Diagram)}, reporting one unit of work per zone to the monitor (null for none), so a long
     * layout shows a determinate bar.
     *
     * @throws OperationCanceledException when the monitor is cancelled; the diagram is untouched
     */
    public static LayoutResult compute(Diagram diagram, IProgressMonitor monitor) {
        Objects.requireNonNull(diagram, "diagram");
        try (ModelEditing.ReadAccess access = ModelEditing.readAccess(diagram)) {
            return PlantLayout.compute(diagram, monitor);
        }
    }

    /**
     * The layout ELK Layered alone gives the same diagram ({@link DiagramGraph} says how): Arrange All before plant
     * layouts, kept as the baseline the benchmark measures against.
     */
    public static LayoutResult computeWithElk(Diagram diagram) {
        Objects.requireNonNull(diagram, "diagram");
        DiagramGraph graph;
        try (ModelEditing.ReadAccess access = ModelEditing.readAccess(diagram)) {
            graph = DiagramGraph.build(diagram);
        }
        ElkLayout.layout(graph.root());
        return graph.result();
    }

    /**
     * The command that applies a layout computed with a progress monitor (see {@link #compute(Diagram,
     * IProgressMonitor)}); cancelling throws before anything is built.
     */
    public static Command createLayoutCommand(EditingDomain domain, Diagram diagram, IProgressMonitor monitor) {
        Objects.requireNonNull(domain, "domain");
        return createCommand(domain, compute(diagram, monitor));
    }

    /**
     * One command that moves, resizes and reroutes every view to its computed place. Only what
     * changes is set, so when the diagram is already arranged (or empty) the command has nothing
     * to do and cannot execute, and no empty step lands on the undo stack.
     */
    public static Command createLayoutCommand(EditingDomain domain, Diagram diagram) {
        Objects.requireNonNull(domain, "domain");
        return createCommand(domain, compute(diagram));
    }

    /**
     * The command that applies an already computed layout. It compares with the views' current places under the
     * model's read lock, so it can be built on any thread.
     */
    public static Command createCommand(EditingDomain domain, LayoutResult result) {
        EObject anyView = !result.bounds().isEmpty() ? result.bounds().keySet().iterator().next()
                : !result.routes().isEmpty() ? result.routes().keySet().iterator().next() : null;
        try (ModelEditing.ReadAccess access = anyView == null ? null : ModelEditing.readAccess(anyView)) {
            return commandFor(domain, result);
        }
    }

    private static Command commandFor(EditingDomain domain, LayoutResult result) {
        CompoundCommand command = new CompoundCommand(COMMAND_LABEL,
                "Lays the diagram out by Purdue level with routed connections");
        for (Map.Entry<NodeView, Bounds> entry : result.bounds().entrySet()) {
            NodeView view = entry.getKey();
            Bounds bounds = entry.getValue();
            set(command, domain, view, NOTATION.getNodeView_X(), view.getX(), bounds.x());
            set(command, domain, view, NOTATION.getNodeView_Y(), view.getY(), bounds.y());
            set(command, domain, view, NOTATION.getNodeView_Width(), view.getWidth(), bounds.width());
            set(command, domain, view, NOTATION.getNodeView_Height(), view.getHeight(), bounds.height());
        }
        for (Map.Entry<EdgeView, List<Point>> entry : result.routes().entrySet()) {
            EdgeView view = entry.getKey();
            List<Point> route = entry.getValue();
            if (!sameRoute(view.getBendpoints(), route)) {
                List<Bendpoint> bendpoints = new ArrayList<>(route.size());
                for (Point point : route) {
                    Bendpoint bendpoint = ItotFactory.eINSTANCE.createBendpoint();
                    bendpoint.setX(point.x());
                    bendpoint.setY(point.y());
                    bendpoints.add(bendpoint);
                }
                command.append(SetCommand.create(domain, view, NOTATION.getEdgeView_Bendpoints(), bendpoints));
            }
        }
        return command;
    }

    private static void set(CompoundCommand command, EditingDomain domain, NodeView view, EAttribute feature,
            int current, int wanted) {
        if (current != wanted) {
            command.append(SetCommand.create(domain, view, feature, wanted));
        }
    }

    private static boolean sameRoute(List<Bendpoint> bendpoints, List<Point> route) {
        if (bendpoints.size() != route.size()) {
            return false;
        }
        for (int i = 0; i < route.size(); i++) {
            if (bendpoints.get(i).getX() != route.get(i).x() || bendpoints.get(i).getY() != route.get(i).y()) {
                return false;
            }
        }
        return true;
    }
}
