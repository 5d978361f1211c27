package org.itot.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;
import org.itot.model.edit.command.change.MoveAssetToZoneCommand;
import org.itot.model.edit.command.create.AddAssetToZoneCommand;
import org.itot.model.edit.command.create.AddFlowCommand;
import org.itot.model.edit.command.create.ConnectZonesCommand;
import org.itot.model.edit.command.create.CreateZoneCommand;
import org.itot.model.edit.command.delete.DeleteElementsCommand;

/**
 * The diagram's edit operations as EMF commands for the model's one command stack, so that a diagram gesture and its
 * model change are undone together. Coordinates given here are relative to the view's parent view, as stored.
 */
public final class DiagramEditing {

    private static final ItotPackage PACKAGE = ItotPackage.eINSTANCE;

    private DiagramEditing() {
    }

    /**
     * Creates what a palette tool makes (a zone, an asset or a note) with its view at {@code x, y} inside
     * {@code parent} (null = the diagram itself). An asset needs a zone view as parent; otherwise the command cannot
     * execute, which the editor shows as a refused drop.
     */
    public static Command create(EditingDomain domain, Diagram diagram, PaletteEntry entry, NodeView parent, int x,
            int y) {
        NodeView view = entry.kind() == PaletteEntry.Kind.NOTE ? ItotFactory.eINSTANCE.createNoteView()
                : ItotFactory.eINSTANCE.createNodeView();
        view.setX(x);
        view.setY(y);
        view.setWidth(entry.width());
        view.setHeight(entry.height());
        Zone parentZone = parent != null && parent.getElement() instanceof Zone zone ? zone : null;
        Command semantic;
        switch (entry.kind()) {
        case ZONE -> {
            ArchitectureModel model = (ArchitectureModel) EcoreUtil.getRootContainer(diagram);
            CreateZoneCommand zone = parentZone == null
                    ? new CreateZoneCommand(domain, model, entry.zoneKind(), entry.level())
                    : new CreateZoneCommand(domain, parentZone, entry.zoneKind(), entry.level());
            zone.named(entry.label().replaceAll(" \\(.*\\)$", ""));
            view.setElement(zone.getZone());
            semantic = zone;
        }
        case ASSET -> {
            if (parentZone == null) {
                return UnexecutableCommand.INSTANCE;
            }
            AddAssetToZoneCommand asset = new AddAssetToZoneCommand(domain, parentZone, entry.assetType())
                    .named(entry.label());
            view.setElement(asset.getAsset());
            semantic = asset;
        }
        case NOTE -> {
            ((NoteView) view).setText("Note");
            semantic = null;
        }
        default -> {
            return UnexecutableCommand.INSTANCE;
        }
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Create " + entry.label());
        if (semantic != null) {
            command.append(semantic);
        }
        command.append(addView(domain, diagram, parent, view));
        return command;
    }

    /**
     * Connects two views with a new conduit (zone to zone) or flow (asset to asset, a read by default; the user
     * refines it in the Properties view) and its edge view.
     */
    public static Command connect(EditingDomain domain, Diagram diagram, PaletteEntry.Kind kind, NodeView source,
            NodeView target) {
        if (!canConnect(kind, source, target)) {
            return UnexecutableCommand.INSTANCE;
        }
        ModelElement element;
        Command semantic;
        if (kind == PaletteEntry.Kind.CONDUIT) {
            ConnectZonesCommand conduit = new ConnectZonesCommand(domain, (Zone) source.getElement(),
                    (Zone) target.getElement());
            element = conduit.getConduit();
            semantic = conduit;
        } else {
            AddFlowCommand flow = new AddFlowCommand(domain, (Asset) source.getElement(), (Asset) target.getElement(),
                    null, FlowOperation.READ);
            element = flow.getFlow();
            semantic = flow;
        }
        EdgeView edge = ItotFactory.eINSTANCE.createEdgeView();
        edge.setElement(element);
        edge.setSource(source);
        edge.setTarget(target);
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
                kind == PaletteEntry.Kind.CONDUIT ? "Create Conduit" : "Create Flow");
        command.append(semantic);
        command.append(AddCommand.create(domain, diagram, PACKAGE.getDiagram_Edges(), edge));
        return command;
    }

    /** Whether a connection tool may join these two views: two different zones, or two different assets. */
    public static boolean canConnect(PaletteEntry.Kind kind, NodeView source, NodeView target) {
        if (source == null || target == null || source == target) {
            return false;
        }
        EObject from = source.getElement();
        EObject to = target.getElement();
        if (kind == PaletteEntry.Kind.CONDUIT) {
            return from instanceof Zone && to instanceof Zone && from != to;
        }
        return kind == PaletteEntry.Kind.FLOW && from instanceof Asset && to instanceof Asset && from != to;
    }

    /**
     * Moves node views to new positions (relative to their parents). Edges whose two ends move together keep their
     * shape; edges with one end moved lose their bendpoints and run straight until the next Arrange All.
     */
    public static Command move(EditingDomain domain, Diagram diagram, Map<NodeView, int[]> positions) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Move");
        Map<NodeView, int[]> deltas = new HashMap<>();
        positions.forEach((view, xy) -> {
            command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_X(), xy[0]));
            command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_Y(), xy[1]));
            deltas.put(view, new int[] { xy[0] - view.getX(), xy[1] - view.getY() });
        });
        appendEdgeFollowUp(domain, diagram, deltas, command);
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Gives a node view new bounds (relative to its parent); a box is at least 20 x 20. */
    public static Command setBounds(EditingDomain domain, Diagram diagram, NodeView view, int x, int y, int width,
            int height) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Resize");
        command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_X(), x));
        command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_Y(), y));
        command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_Width(), Math.max(20, width)));
        command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_Height(), Math.max(20, height)));
        appendStraighten(domain, diagram, Set.of(view), false, command);
        return command;
    }

    /**
     * Drops an asset's view into another zone's view: the asset moves to that zone in the model, its view becomes a
     * child of the zone's view at {@code x, y}, its views on other diagrams that show the target zone move there too,
     * and its views on diagrams that do not are removed, so no diagram shows an asset inside a zone it left.
     */
    public static Command moveAssetToZone(EditingDomain domain, NodeView assetView, NodeView zoneView, int x, int y) {
        if (!(assetView.getElement() instanceof Asset asset) || !(zoneView.getElement() instanceof Zone zone)
                || asset.getZone() == zone) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, MoveAssetToZoneCommand.LABEL);
        command.append(new MoveAssetToZoneCommand(domain, asset, zone));
        command.append(reparentView(domain, assetView, zoneView, x, y));
        ArchitectureModel model = (ArchitectureModel) EcoreUtil.getRootContainer(asset);
        for (Diagram other : model.getDiagrams()) {
            for (NodeView view : viewsOf(other, asset)) {
                if (view == assetView) {
                    continue;
                }
                NodeView target = viewsOf(other, zone).stream().findFirst().orElse(null);
                if (target == null) {
                    // As moveAssetsToZone does: never show an asset inside a zone it no longer belongs to.
                    command.append(removeFromDiagram(domain, other, List.of(view)));
                } else if (view.eContainer() != target) {
                    command.append(reparentView(domain, view, target, view.getX(), view.getY()));
                }
            }
        }
        appendStraighten(domain, diagramOf(assetView), Set.of(assetView), true, command);
        return command;
    }

    /**
     * Moves assets to another zone from outside any diagram (the Model Explorer), as one undoable step: each asset
     * moves in the model, and on every diagram its view follows. Where the diagram shows the target zone, the view
     * moves into that zone's view at a free place; where it does not, the view is removed with its edges, as it would
     * otherwise show the asset inside a zone it no longer belongs to.
     */
    public static Command moveAssetsToZone(EditingDomain domain, Collection<Asset> assets, Zone zone) {
        List<Asset> moving = assets.stream().filter(a -> a != null && a.getZone() != null && a.getZone() != zone)
                .distinct().toList();
        if (zone == null || moving.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, MoveAssetToZoneCommand.LABEL);
        moving.forEach(asset -> command.append(new MoveAssetToZoneCommand(domain, asset, zone)));
        ArchitectureModel model = (ArchitectureModel) EcoreUtil.getRootContainer(zone);
        for (Diagram diagram : model.getDiagrams()) {
            NodeView target = viewsOf(diagram, zone).stream().findFirst().orElse(null);
            List<int[]> taken = new ArrayList<>();
            if (target != null) {
                target.getChildren().forEach(child -> taken.add(boxOf(child)));
            }
            Set<NodeView> moved = new LinkedHashSet<>();
            List<NodeView> removed = new ArrayList<>();
            for (Asset asset : moving) {
                for (NodeView view : viewsOf(diagram, asset)) {
                    if (target == null) {
                        removed.add(view);
                        continue;
                    }
                    int[] place = freePlace(target, taken, view.getWidth(), view.getHeight());
                    taken.add(new int[] { place[0], place[1], view.getWidth(), view.getHeight() });
                    command.append(reparentView(domain, view, target, place[0], place[1]));
                    moved.add(view);
                }
            }
            if (!removed.isEmpty()) {
                command.append(removeFromDiagram(domain, diagram, removed));
            }
            appendStraighten(domain, diagram, moved, true, command);
        }
        return command;
    }

    /** {@link #moveAssetsToZone(EditingDomain, Collection, Zone)} for one asset. */
    public static Command moveAssetToZone(EditingDomain domain, Asset asset, Zone zone) {
        return moveAssetsToZone(domain, asset == null ? List.of() : List.of(asset), zone);
    }

    /**
     * The first grid position inside a zone's view where a box of this size keeps clear of the boxes already
     * {@code taken} there, or the zone's first slot when it is full (the user rearranges, or runs Arrange All).
     */
    private static int[] freePlace(NodeView zoneView, List<int[]> taken, int width, int height) {
        int left = 20;
        int top = 40;
        for (int y = top; y + height <= Math.max(top + height, zoneView.getHeight() - 10); y += 10) {
            for (int x = left; x + width <= Math.max(left + width, zoneView.getWidth() - 10); x += 10) {
                int cx = x;
                int cy = y;
                if (taken.stream().allMatch(box -> cx + width + 10 <= box[0] || box[0] + box[2] + 10 <= cx
                        || cy + height + 10 <= box[1] || box[1] + box[3] + 10 <= cy)) {
                    return new int[] { x, y };
                }
            }
        }
        return new int[] { left, top };
    }

    private static int[] boxOf(NodeView view) {
        return new int[] { view.getX(), view.getY(), view.getWidth(), view.getHeight() };
    }

    /** Removes views from the diagram only (the elements stay in the model), with the edges attached to them. */
    public static Command removeFromDiagram(EditingDomain domain, Diagram diagram, Collection<? extends EObject> views) {
        Set<EObject> removed = new LinkedHashSet<>();
        for (EObject view : views) {
            if (view instanceof NodeView || view instanceof EdgeView) {
                removed.add(view);
            }
        }
        if (removed.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<NodeView> nodes = new LinkedHashSet<>();
        removed.stream().filter(NodeView.class::isInstance).map(NodeView.class::cast).forEach(nodes::add);
        for (EdgeView edge : diagram.getEdges()) {
            if (isInsideAny(edge.getSource(), nodes) || isInsideAny(edge.getTarget(), nodes)) {
                removed.add(edge);
            }
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Remove from Diagram");
        for (EObject view : EcoreUtil.filterDescendants(removed)) {
            command.append(RemoveCommand.create(domain, view.eContainer(), view.eContainmentFeature(), view));
        }
        return command;
    }

    /** Deletes the elements from the model, with everything depending on them and all their views on every diagram. */
    public static Command deleteFromModel(EditingDomain domain, Collection<? extends EObject> elements) {
        return new DeleteElementsCommand(domain, new ArrayList<>(elements));
    }

    public static Command rename(EditingDomain domain, ModelElement element, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.equals(element.getName())) {
            return UnexecutableCommand.INSTANCE;
        }
        Command set = SetCommand.create(domain, element, PACKAGE.getModelElement_Name(), trimmed);
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Rename");
        command.append(set);
        return command;
    }

    public static Command setNoteText(EditingDomain domain, NoteView note, String text) {
        return SetCommand.create(domain, note, PACKAGE.getNoteView_Text(), text);
    }

    /**
     * Copies of the assets and notes shown by {@code views}, each in the same zone as its original, with a fresh id,
     * "copy" in its name and its view offset by {@code offset}. Zones and connections are not duplicated.
     */
    public static Command duplicate(EditingDomain domain, Diagram diagram, Collection<NodeView> views, int offset) {
        return duplicate(domain, diagram, views, view -> new int[] { view.getX() + offset, view.getY() + offset });
    }

    /**
     * Copies as {@link #duplicate(EditingDomain, Diagram, Collection, int)}, each placed beside its original: to its
     * right with {@code gap} between them, at the same height (its zone grows to hold it in the editor).
     */
    public static Command duplicateBeside(EditingDomain domain, Diagram diagram, Collection<NodeView> views, int gap) {
        return duplicate(domain, diagram, views, view -> new int[] { view.getX() + view.getWidth() + gap, view.getY() });
    }

    private static Command duplicate(EditingDomain domain, Diagram diagram, Collection<NodeView> views,
            java.util.function.Function<NodeView, int[]> place) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Duplicate");
        for (NodeView view : views) {
            NodeView parent = view.eContainer() instanceof NodeView p ? p : null;
            NodeView copyView = view instanceof NoteView note ? copyNote(note) : ItotFactory.eINSTANCE.createNodeView();
            int[] xy = place.apply(view);
            copyView.setX(xy[0]);
            copyView.setY(xy[1]);
            copyView.setWidth(view.getWidth());
            copyView.setHeight(view.getHeight());
            if (view.getElement() instanceof Asset asset && asset.getZone() != null) {
                CopyAssetCommand copy = new CopyAssetCommand(domain, asset, asset.getZone());
                copyView.setElement(copy.getElement());
                command.append(copy);
            } else if (!(view instanceof NoteView)) {
                continue;
            }
            command.append(addView(domain, diagram, parent, copyView));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Copies of assets in a zone (pasted in the Model Explorer), each with a fresh id and "copy" in its name, shown on
     * no diagram yet.
     */
    public static Command copyAssets(EditingDomain domain, Collection<Asset> assets, Zone zone) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Paste");
        for (Asset asset : assets) {
            if (zone != null && EcoreUtil.getRootContainer(asset) == EcoreUtil.getRootContainer(zone)) {
                command.append(new CopyAssetCommand(domain, asset, zone));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Shows existing model elements on the diagram (dragged from the Model Explorer): a zone as a top-level box at the
     * drop point, an asset inside the view of its zone (which must be on the diagram). Elements already shown are
     * skipped.
     */
    public static Command show(EditingDomain domain, Diagram diagram, Collection<? extends EObject> elements, int x,
            int y) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Show on Diagram");
        int offset = 0;
        for (EObject element : elements) {
            if (!viewsOf(diagram, element).isEmpty()) {
                continue;
            }
            NodeView view = ItotFactory.eINSTANCE.createNodeView();
            view.setElement((ModelElement) element);
            if (element instanceof Zone) {
                view.setX(x + offset);
                view.setY(y + offset);
                view.setWidth(360);
                view.setHeight(200);
                command.append(addView(domain, diagram, null, view));
            } else if (element instanceof Asset asset) {
                NodeView zoneView = viewsOf(diagram, asset.getZone()).stream().findFirst().orElse(null);
                if (zoneView == null) {
                    continue;
                }
                view.setX(20 + offset);
                view.setY(40 + offset);
                view.setWidth(150);
                view.setHeight(60);
                command.append(addView(domain, diagram, zoneView, view));
            } else {
                continue;
            }
            offset += 20;
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * A new diagram showing the given zones with their assets, the conduits between them and the flows between their
     * assets, arranged by Purdue level: a per-zone view, or a path such as remote access from the vendor to the PLCs.
     * The diagram is laid out before it is added, so creating it is one undoable step.
     */
    public static Command newDiagram(EditingDomain domain, ArchitectureModel model, String name,
            Collection<Zone> zones) {
        return DiagramCreation.plan(domain, model, name, zones, true, null).command();
    }

    /** A new, empty diagram to draw on (New Diagram without zones); one undoable step. */
    public static Command emptyDiagram(EditingDomain domain, ArchitectureModel model, String name) {
        Diagram diagram = ItotFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
        diagram.setId(freshDiagramId(model));
        return AddCommand.create(domain, model, PACKAGE.getArchitectureModel_Diagrams(), diagram);
    }

    /** The zone and every zone it shares a conduit with: the neighbourhood an engineer reviews a zone in. */
    public static List<Zone> zoneAndNeighbours(ArchitectureModel model, Zone zone) {
        Set<Zone> zones = new LinkedHashSet<>();
        zones.add(zone);
        for (org.itot.model.Conduit conduit : model.getConduits()) {
            if (conduit.getZones().contains(zone)) {
                zones.addAll(conduit.getZones());
            }
        }
        return new ArrayList<>(zones);
    }

    static String freshDiagramId(ArchitectureModel model) {
        Set<String> used = new LinkedHashSet<>();
        model.getDiagrams().forEach(d -> used.add(d.getId()));
        int n = model.getDiagrams().size() + 1;
        while (used.contains(String.format("D-%03d", n))) {
            n++;
        }
        return String.format("D-%03d", n);
    }

    /** The node views of a diagram that show an element, at any depth. */
    public static List<NodeView> viewsOf(Diagram diagram, EObject element) {
        List<NodeView> views = new ArrayList<>();
        if (element == null) {
            return views;
        }
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && view.getElement() == element) {
                views.add(view);
            }
        }
        return views;
    }

    /** The diagram a view belongs to. */
    public static Diagram diagramOf(EObject view) {
        for (EObject current = view; current != null; current = current.eContainer()) {
            if (current instanceof Diagram diagram) {
                return diagram;
            }
        }
        return null;
    }

    private static Command addView(EditingDomain domain, Diagram diagram, NodeView parent, NodeView view) {
        return parent == null ? AddCommand.create(domain, diagram, PACKAGE.getDiagram_Nodes(), view)
                : AddCommand.create(domain, parent, PACKAGE.getNodeView_Children(), view);
    }

    private static Command reparentView(EditingDomain domain, NodeView view, NodeView newParent, int x, int y) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
        EReference containment = view.eContainmentFeature();
        command.append(RemoveCommand.create(domain, view.eContainer(), containment, view));
        command.append(AddCommand.create(domain, newParent, PACKAGE.getNodeView_Children(), view));
        command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_X(), x));
        command.append(SetCommand.create(domain, view, PACKAGE.getNodeView_Y(), y));
        return command;
    }

    /**
     * Bendpoints are absolute: an edge whose ends both move by the same delta is shifted with them; an edge with only
     * one end moved is straightened (its bendpoints would otherwise pull it back to where the box was).
     */
    private static void appendEdgeFollowUp(EditingDomain domain, Diagram diagram, Map<NodeView, int[]> deltas,
            CompoundCommand command) {
        for (EdgeView edge : diagram.getEdges()) {
            if (edge.getBendpoints().isEmpty()) {
                continue;
            }
            int[] source = effectiveDelta(edge.getSource(), deltas);
            int[] target = effectiveDelta(edge.getTarget(), deltas);
            if (source == null && target == null) {
                continue;
            }
            if (source != null && target != null && source[0] == target[0] && source[1] == target[1]) {
                for (Bendpoint point : edge.getBendpoints()) {
                    command.append(SetCommand.create(domain, point, PACKAGE.getBendpoint_X(), point.getX() + source[0]));
                    command.append(SetCommand.create(domain, point, PACKAGE.getBendpoint_Y(), point.getY() + source[1]));
                }
            } else {
                command.append(straighten(domain, edge));
            }
        }
    }

    /** Straightens the edges attached to {@code views} (and, with {@code nested}, to views inside them). */
    private static void appendStraighten(EditingDomain domain, Diagram diagram, Set<NodeView> views, boolean nested,
            CompoundCommand command) {
        for (EdgeView edge : diagram.getEdges()) {
            boolean attached = nested ? isInsideAny(edge.getSource(), views) || isInsideAny(edge.getTarget(), views)
                    : views.contains(edge.getSource()) || views.contains(edge.getTarget());
            if (attached && !edge.getBendpoints().isEmpty()) {
                command.append(straighten(domain, edge));
            }
        }
    }

    private static Command straighten(EditingDomain domain, EdgeView edge) {
        return RemoveCommand.create(domain, edge, PACKAGE.getEdgeView_Bendpoints(), new ArrayList<>(edge.getBendpoints()));
    }

    private static int[] effectiveDelta(NodeView view, Map<NodeView, int[]> deltas) {
        for (Object current = view; current instanceof NodeView node; current = node.eContainer()) {
            int[] delta = deltas.get(node);
            if (delta != null) {
                return delta;
            }
        }
        return null;
    }

    private static boolean isInsideAny(NodeView view, Set<NodeView> views) {
        for (Object current = view; current instanceof NodeView node; current = node.eContainer()) {
            if (views.contains(node)) {
                return true;
            }
        }
        return false;
    }

    private static NoteView copyNote(NoteView note) {
        NoteView copy = ItotFactory.eINSTANCE.createNoteView();
        copy.setText(note.getText());
        return copy;
    }

}