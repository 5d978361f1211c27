package org.itot.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.query.ViewBounds;
import org.itot.layout.LayoutResult.Bounds;
import org.itot.layout.LayoutResult.Point;

/**
 * The ELK graph of one diagram and the way back from it: one ELK node per node view (zone views
 * as containers of their child views), one ELK edge per edge view whose ends are both shown.
 * Building it only reads the notation; {@link #result()} reads ELK's answer once it has run.
 */
public final class DiagramGraph {

    /** Smallest box of an asset (or of any other leaf view) after a layout. */
    public static final int NODE_MIN_WIDTH = 140;
    public static final int NODE_MIN_HEIGHT = 56;
    /** Height of a zone's title bar, kept free of children. */
    public static final int TITLE_BAR_HEIGHT = 24;
    /** Space between a zone's border (below the title bar) and its children. */
    public static final int ZONE_PADDING = 12;
    /** Size of a zone without children, enough for its title and an empty body. */
    public static final int EMPTY_ZONE_WIDTH = 200;
    public static final int EMPTY_ZONE_HEIGHT = 80;
    public static final int NOTE_MIN_WIDTH = 80;
    public static final int NOTE_MIN_HEIGHT = 40;
    static final int DIAGRAM_MARGIN = 20;
    static final double NODE_SPACING = 24;
    static final double LAYER_SPACING = 40;
    /** Width over height a zone's asset grid aims at; wide boxes read better in a band. */
    static final double ZONE_COLUMNS_PER_ROW = 1.5;

    private final ElkNode root;
    private final Map<NodeView, ElkNode> nodes = new LinkedHashMap<>();
    private final Map<EdgeView, ElkEdge> edges = new LinkedHashMap<>();

    private DiagramGraph(ElkNode root) {
        this.root = root;
    }

    /**
     * Maps a diagram to a fresh ELK graph with our options: layered, downwards, hierarchy included,
     * orthogonal routes, top-level views partitioned by Purdue band (see {@link #band(PurdueLevel)}).
     * Views whose element is missing become plain nodes; edge views without both ends shown, or
     * joining a view to one of its own ancestors, are left out.
     */
    public static DiagramGraph build(Diagram diagram) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setIdentifier(diagram.getId() != null ? diagram.getId() : "diagram");
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(DIAGRAM_MARGIN));
        // ELK's partitioning keeps the nodes of each band in a hash set, so without help zones of one
        // band swap places from one run to the next. Semi-interactive crossing minimisation starts
        // every layer in the order of the nodes' positions, here the views' order in the diagram.
        // (ELK's considerModelOrder gives the same stability but sorts long-edge dummies
        // quadratically: 3.7 s instead of about 0.6 s for 1,000 assets and 1,000 flows.)
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, true);
        DiagramGraph graph = new DiagramGraph(root);
        setSpacing(root);
        int order = 0;
        for (NodeView view : diagram.getNodes()) {
            ElkNode node = graph.addNode(root, view);
            node.setProperty(CoreOptions.POSITION, new KVector(order++, 0));
            Integer band = bandOf(view.getElement());
            if (band != null) {
                node.setProperty(LayeredOptions.PARTITIONING_PARTITION, band);
            }
        }
        for (EdgeView view : diagram.getEdges()) {
            ElkNode source = graph.nodes.get(view.getSource());
            ElkNode target = graph.nodes.get(view.getTarget());
            if (source != null && target != null && !isAncestor(source, target) && !isAncestor(target, source)) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
                edge.setIdentifier(identifier(view.getElement(), "edge " + graph.edges.size()));
                graph.edges.put(view, edge);
            }
        }
        return graph;
    }

    /**
     * The partition of a Purdue level: 0 for level 5 down to 6 for level 0; zones outside the plant
     * (Internet, cloud, vendors) get -1 so they sit above the enterprise.
     */
    public static int band(PurdueLevel level) {
        return switch (level) {
        case EXTERNAL -> -1;
        case LEVEL_5 -> 0;
        case LEVEL_4 -> 1;
        case LEVEL_35 -> 2;
        case LEVEL_3 -> 3;
        case LEVEL_2 -> 4;
        case LEVEL_1 -> 5;
        case LEVEL_0 -> 6;
        };
    }

    /** The graph ELK lays out; the layout writes its positions, sizes and routes into it. */
    public ElkNode root() {
        return root;
    }

    /** How many ELK nodes the graph has, containers included. */
    public int nodeCount() {
        return nodes.size();
    }

    /** Reads the laid-out positions and routes, rounded to whole pixels. */
    public LayoutResult result() {
        Map<NodeView, Bounds> bounds = new LinkedHashMap<>();
        nodes.forEach((view, node) -> bounds.put(view, new Bounds((int) Math.round(node.getX()),
                (int) Math.round(node.getY()), (int) Math.round(node.getWidth()), (int) Math.round(node.getHeight()))));
        Map<EdgeView, List<Point>> routes = new LinkedHashMap<>();
        edges.forEach((view, edge) -> routes.put(view, route(edge)));
        return new LayoutResult(bounds, routes);
    }

    private ElkNode addNode(ElkNode parent, NodeView view) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setIdentifier(identifier(view.getElement(), "node " + nodes.size()));
        nodes.put(view, node);
        if (!view.getChildren().isEmpty()) {
            node.setProperty(CoreOptions.PADDING,
                    new ElkPadding(TITLE_BAR_HEIGHT + ZONE_PADDING, ZONE_PADDING, ZONE_PADDING, ZONE_PADDING));
            node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(EMPTY_ZONE_WIDTH, EMPTY_ZONE_HEIGHT));
            // Assets of a zone rarely connect to each other, so plain layering would put them all in
            // one row; bounding the row length gives a grid that keeps zones and bands compact.
            node.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
            node.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND,
                    (int) Math.ceil(Math.sqrt(ZONE_COLUMNS_PER_ROW * view.getChildren().size())));
            setSpacing(node);
            node.setDimensions(EMPTY_ZONE_WIDTH, EMPTY_ZONE_HEIGHT);
            for (NodeView child : view.getChildren()) {
                addNode(node, child);
            }
        } else if (view.getElement() instanceof Zone) {
            node.setDimensions(EMPTY_ZONE_WIDTH, EMPTY_ZONE_HEIGHT);
        } else if (view instanceof NoteView) {
            node.setDimensions(Math.max(NOTE_MIN_WIDTH, storedWidth(view)), Math.max(NOTE_MIN_HEIGHT, storedHeight(view)));
        } else {
            node.setDimensions(Math.max(NODE_MIN_WIDTH, storedWidth(view)), Math.max(NODE_MIN_HEIGHT, storedHeight(view)));
        }
        return node;
    }

    /** The stored size a layout keeps (grown to the minimum); broken bounds count as no size at all. */
    static int storedWidth(NodeView view) {
        return ViewBounds.isValid(view) ? view.getWidth() : 0;
    }

    static int storedHeight(NodeView view) {
        return ViewBounds.isValid(view) ? view.getHeight() : 0;
    }

    private static void setSpacing(ElkNode node) {
        node.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    }

    /** Top-level zones go to their level's band, and so do assets shown outside their zone. */
    private static Integer bandOf(ModelElement element) {
        if (element instanceof Zone zone) {
            return band(zone.getPurdueLevel());
        }
        if (element instanceof Asset asset && asset.getZone() != null) {
            return band(asset.getZone().getPurdueLevel());
        }
        return null;
    }

    /** The route in absolute coordinates: ELK gives edge points relative to the edge's containing node. */
    private static List<Point> route(ElkEdge edge) {
        if (edge.getSections().isEmpty()) {
            return List.of();
        }
        double offsetX = 0;
        double offsetY = 0;
        // The root's own position is the diagram's origin, so it is not added.
        for (ElkNode container = edge.getContainingNode(); container.getParent() != null;
                container = container.getParent()) {
            offsetX += container.getX();
            offsetY += container.getY();
        }
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            add(points, section.getStartX() + offsetX, section.getStartY() + offsetY);
            for (ElkBendPoint bend : section.getBendPoints()) {
                add(points, bend.getX() + offsetX, bend.getY() + offsetY);
            }
            add(points, section.getEndX() + offsetX, section.getEndY() + offsetY);
        }
        return Collections.unmodifiableList(points);
    }

    private static void add(List<Point> points, double x, double y) {
        Point point = new Point((int) Math.round(x), (int) Math.round(y));
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    private static boolean isAncestor(ElkNode candidate, ElkNode node) {
        for (ElkNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == candidate) {
                return true;
            }
        }
        return false;
    }

    private static String identifier(EObject element, String fallback) {
        return element instanceof ModelElement named && named.getId() != null ? named.getId() : fallback;
    }
}
