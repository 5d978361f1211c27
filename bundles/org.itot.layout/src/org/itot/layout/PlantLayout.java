package org.itot.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.itot.layout.LayoutResult.Bounds;
import org.itot.layout.LayoutResult.Point;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;

/**
 * The layout of whole-plant diagrams: each zone's assets in a grid shaped to the zone, sub-zones packed below them,
 * top-level zones in Purdue bands (one band per level, outside the plant first) whose rows wrap at a page width chosen
 * so the page stays within {@link #MAX_ASPECT}:1 either way; then every edge is routed orthogonally, inside a zone
 * through the gutters between its grid's columns and rows (never across an asset), between top-level boxes through the
 * gaps between rows, edges between the same two top-level boxes on one shared track (a bundle).
 * <p>
 * Why not ELK Layered for this: it places nodes by their edges, and the assets of a zone rarely connect to each
 * other, so a plant came out as one very long row per band (303,931 x 70,008 units for 2,000 assets) and took
 * 45-70 s. Packing boxes is linear work; ELK stays as the measured baseline ({@link DiagramLayout#computeWithElk}).
 */
public final class PlantLayout {

    /** The widest (or tallest) a whole diagram may be, as width over height or height over width. */
    public static final double MAX_ASPECT = 4.0;
    /** The page shape the band wrapping aims at: a landscape screen or sheet. */
    static final double PAGE_ASPECT = 1.6;
    /** Width over height a zone's asset grid aims at, first; wide boxes read better in a band. */
    static final double ZONE_ASPECT = 1.5;
    /** The zone shapes tried, widest last, while the page comes out taller than wide. */
    private static final double[] ZONE_ASPECTS = { ZONE_ASPECT, 3, 6, 12, 24 };
    /** Space between two Purdue bands, wide enough for the routing tracks of the edges crossing it. */
    public static final int BAND_GAP = 64;
    /** Space between two rows of one band, also a routing channel. */
    public static final int ROW_GAP = 48;
    /** Space between two boxes side by side, and between grid cells. */
    static final int SPACING = 24;
    /** Distance between two parallel bundles in a channel. */
    static final int TRACK_SPACING = 4;
    private static final int UNBANDED = Integer.MAX_VALUE;

    private final Map<NodeView, Bounds> relative = new LinkedHashMap<>();
    private final Map<NodeView, int[]> sizes = new IdentityHashMap<>();
    /** Where each child of a zone sits in the zone's grid or shelves, for routing around its siblings. */
    private final Map<NodeView, Slot> slots = new IdentityHashMap<>();
    /** Per zone with children: what it holds and the free line just below its asset grid. */
    private final Map<NodeView, Arrangement> arrangements = new IdentityHashMap<>();
    private final IProgressMonitor progress;
    private final double zoneAspect;
    private final boolean reporting;

    private PlantLayout(IProgressMonitor progress, double zoneAspect, boolean reporting) {
        this.progress = progress;
        this.zoneAspect = zoneAspect;
        this.reporting = reporting;
    }

    /**
     * Lays the diagram out without touching it. Reports one unit of work per zone view and one for the routing.
     *
     * @throws OperationCanceledException when the monitor is cancelled; nothing has changed then
     */
    public static LayoutResult compute(Diagram diagram, IProgressMonitor monitor) {
        int zones = 0;
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && isContainer(view)) {
                zones++;
            }
        }
        // Plain IProgressMonitor calls rather than SubMonitor, whose tracing needs OSGi classes: the layout also runs
        // as plain Java (benchmarks, other tools).
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Laying out " + zones + (zones == 1 ? " zone" : " zones"), zones + 2);
        // Few zones per band stack into a tall strip with square zone grids; wider grids then give a better page.
        // Each try is linear work, and the progress counts the first only.
        PlantLayout layout = null;
        List<Row> rows = null;
        double bestScore = Double.MAX_VALUE;
        for (double zoneAspect : ZONE_ASPECTS) {
            PlantLayout candidate = new PlantLayout(progress, zoneAspect, layout == null);
            List<Row> candidateRows = candidate.placeTopLevel(diagram.getNodes());
            double score = candidateRows.isEmpty() ? 0 : pageScore(page(candidateRows));
            if (score < bestScore - 1e-9) {
                layout = candidate;
                rows = candidateRows;
                bestScore = score;
            }
            if (candidateRows.isEmpty() || page(candidateRows)[0] >= page(candidateRows)[1]) {
                break; // landscape already: wider zones would only widen it
            }
        }
        checkCancelled(progress);
        progress.worked(1);
        Map<NodeView, Placement> placements = layout.absolute(rows);
        Map<EdgeView, List<Point>> routes = layout.route(diagram.getEdges(), placements, rows);
        progress.worked(1);
        progress.done();
        return new LayoutResult(layout.relative, routes);
    }

    /** A zone view, or any view holding other views: laid out as a box with a title bar and its children inside. */
    private static boolean isContainer(NodeView view) {
        return !view.getChildren().isEmpty() || view.getElement() instanceof Zone;
    }

    private void worked() {
        if (reporting) {
            progress.worked(1);
        }
    }

    /** How far a page is from {@link #PAGE_ASPECT}, as the distance of the logarithms; 0 is best. */
    private static double pageScore(int[] page) {
        return Math.abs(Math.log((double) page[0] / page[1] / PAGE_ASPECT));
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    // ---- sizes and placement inside zones -------------------------------------------------------------------------

    /** Sizes a view and places its children relative to it; returns width and height. */
    private int[] size(NodeView view) {
        int[] size;
        if (!view.getChildren().isEmpty()) {
            checkCancelled(progress);
            size = arrangeChildren(view);
            worked();
        } else if (view.getElement() instanceof Zone) {
            size = new int[] { DiagramGraph.EMPTY_ZONE_WIDTH, DiagramGraph.EMPTY_ZONE_HEIGHT };
            worked();
        } else if (view instanceof NoteView) {
            size = new int[] { Math.max(DiagramGraph.NOTE_MIN_WIDTH, DiagramGraph.storedWidth(view)),
                    Math.max(DiagramGraph.NOTE_MIN_HEIGHT, DiagramGraph.storedHeight(view)) };
        } else {
            size = new int[] { Math.max(DiagramGraph.NODE_MIN_WIDTH, DiagramGraph.storedWidth(view)),
                    Math.max(DiagramGraph.NODE_MIN_HEIGHT, DiagramGraph.storedHeight(view)) };
        }
        sizes.put(view, size);
        return size;
    }

    /**
     * The leaves (assets, notes) in a grid of equal cells whose columns make the grid about {@code zoneAspect} times as wide as high;
     * sub-zones below it, packed in rows of about the same width.
     */
    private int[] arrangeChildren(NodeView zone) {
        List<NodeView> leaves = new ArrayList<>();
        List<NodeView> boxes = new ArrayList<>();
        for (NodeView child : zone.getChildren()) {
            (isContainer(child) ? boxes : leaves).add(child);
        }
        int left = DiagramGraph.ZONE_PADDING;
        int top = DiagramGraph.TITLE_BAR_HEIGHT + DiagramGraph.ZONE_PADDING;
        int gridWidth = 0;
        int gridHeight = 0;
        if (!leaves.isEmpty()) {
            int cellWidth = 0;
            int cellHeight = 0;
            for (NodeView leaf : leaves) {
                int[] size = size(leaf);
                cellWidth = Math.max(cellWidth, size[0]);
                cellHeight = Math.max(cellHeight, size[1]);
            }
            int n = leaves.size();
            int columns = (int) Math.round(Math.sqrt(zoneAspect * n * (cellHeight + SPACING) / (cellWidth + SPACING)));
            columns = Math.max(1, Math.min(n, columns));
            int rows = (n + columns - 1) / columns;
            for (int i = 0; i < n; i++) {
                NodeView leaf = leaves.get(i);
                int[] size = sizes.get(leaf);
                int column = i % columns;
                int row = i / columns;
                int cellX = left + column * (cellWidth + SPACING);
                int cellY = top + row * (cellHeight + SPACING);
                relative.put(leaf, new Bounds(cellX, cellY, size[0], size[1]));
                // The gutters around the cell; outside the grid, the middle of the zone's padding.
                int gutterX = cellX + cellWidth + (column == columns - 1 ? DiagramGraph.ZONE_PADDING : SPACING) / 2;
                int aboveY = cellY - (row == 0 ? DiagramGraph.ZONE_PADDING : SPACING) / 2;
                int belowY = cellY + cellHeight + (row == rows - 1 ? DiagramGraph.ZONE_PADDING : SPACING) / 2;
                slots.put(leaf, new Slot(true, row, gutterX, aboveY, belowY, row == 0, row == rows - 1));
            }
            gridWidth = columns * cellWidth + (columns - 1) * SPACING;
            gridHeight = rows * cellHeight + (rows - 1) * SPACING;
        }
        int packedWidth = 0;
        int packedHeight = 0;
        if (!boxes.isEmpty()) {
            long area = 0;
            int widest = 0;
            for (NodeView box : boxes) {
                int[] size = size(box);
                area += (long) (size[0] + SPACING) * (size[1] + SPACING);
                widest = Math.max(widest, size[0]);
            }
            int width = Math.max(Math.max(gridWidth, widest), (int) Math.sqrt(area * zoneAspect));
            int boxTop = top + (leaves.isEmpty() ? 0 : gridHeight + SPACING);
            List<Row> rows = shelves(boxes, width, SPACING);
            int y = 0;
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int x = 0;
                for (NodeView box : row.views) {
                    int[] size = sizes.get(box);
                    relative.put(box, new Bounds(left + x, boxTop + y, size[0], size[1]));
                    slots.put(box, new Slot(false, r, 0, boxTop + y - SPACING / 2, boxTop + y + row.height + SPACING / 2,
                            r == 0, r == rows.size() - 1));
                    x += size[0] + SPACING;
                }
                packedWidth = Math.max(packedWidth, row.width);
                y += row.height + SPACING;
            }
            packedHeight = y - SPACING + (leaves.isEmpty() ? 0 : gridHeight + SPACING);
        } else {
            packedHeight = gridHeight;
        }
        arrangements.put(zone, new Arrangement(!leaves.isEmpty(), !boxes.isEmpty(),
                top + gridHeight + DiagramGraph.ZONE_PADDING / 2));
        int width = Math.max(DiagramGraph.EMPTY_ZONE_WIDTH, 2 * DiagramGraph.ZONE_PADDING + Math.max(gridWidth, packedWidth));
        int height = Math.max(DiagramGraph.EMPTY_ZONE_HEIGHT, top + packedHeight + DiagramGraph.ZONE_PADDING);
        return new int[] { width, height };
    }

    /**
     * Where a child lies in its zone, relative to the zone: in the asset grid or in the sub-zone shelves below it, in
     * which row (first, last), and the free lines around it: the gutter right of its grid column, and the gutters
     * above and below its row (for a grid's first or last row, the middle of the zone's padding).
     */
    private record Slot(boolean inGrid, int row, int gutterX, int aboveY, int belowY, boolean firstRow,
            boolean lastRow) {
    }

    /** What a zone holds, and the free line between its asset grid and its sub-zones, relative to the zone. */
    private record Arrangement(boolean hasGrid, boolean hasBoxes, int belowGridY) {
    }

    /** One row of boxes side by side; top-level rows also know their band and place. */
    private static final class Row {
        final List<NodeView> views = new ArrayList<>();
        int width;
        int height;
        int band;
        int y;
        int gapAbove;
        /** Extra space between the boxes of a row stretched to the page width. */
        int spread;
    }

    /** Rows of boxes in the given order, a new row when the next box would pass {@code maxWidth}. */
    private List<Row> shelves(List<NodeView> views, int maxWidth, int spacing) {
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (NodeView view : views) {
            int[] size = sizes.get(view);
            if (row == null || row.width + spacing + size[0] > maxWidth) {
                row = new Row();
                rows.add(row);
            } else {
                row.width += spacing;
            }
            row.views.add(view);
            row.width += size[0];
            row.height = Math.max(row.height, size[1]);
        }
        return rows;
    }

    // ---- bands and page --------------------------------------------------------------------------------------------

    /**
     * Top-level views by Purdue band, each band wrapped into rows at one page width for all bands; the width is the
     * candidate whose page comes closest to {@link #PAGE_ASPECT}. When no width keeps the page within
     * {@link #MAX_ASPECT} (a few narrow bands), rows are widened or heightened until it does.
     */
    private List<Row> placeTopLevel(List<NodeView> topLevel) {
        TreeMap<Integer, List<NodeView>> bands = new TreeMap<>();
        int widest = 0;
        long totalWidth = 0;
        for (NodeView view : topLevel) {
            int[] size = size(view);
            bands.computeIfAbsent(bandOf(view.getElement()), band -> new ArrayList<>()).add(view);
            widest = Math.max(widest, size[0]);
            totalWidth += size[0] + SPACING;
        }
        if (topLevel.isEmpty()) {
            return List.of();
        }
        List<Row> best = null;
        double bestScore = Double.MAX_VALUE;
        int steps = 64;
        for (int step = 0; step <= steps; step++) {
            int width = (int) Math.round(widest * Math.pow((double) totalWidth / widest, (double) step / steps));
            List<Row> rows = wrap(bands, Math.max(widest, width));
            double score = pageScore(page(rows));
            if (score < bestScore - 1e-9) {
                bestScore = score;
                best = rows;
            }
        }
        fitAspect(best);
        return best;
    }

    private List<Row> wrap(TreeMap<Integer, List<NodeView>> bands, int width) {
        List<Row> all = new ArrayList<>();
        int y = DiagramGraph.DIAGRAM_MARGIN;
        boolean first = true;
        for (Map.Entry<Integer, List<NodeView>> band : bands.entrySet()) {
            List<Row> rows = shelves(band.getValue(), width, SPACING);
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                row.band = band.getKey();
                row.gapAbove = first ? 0 : i == 0 ? BAND_GAP : ROW_GAP;
                y += row.gapAbove;
                row.y = y;
                y += row.height;
                first = false;
                all.add(row);
            }
        }
        return all;
    }

    /** Page width and height, margins included. */
    private static int[] page(List<Row> rows) {
        int width = 0;
        for (Row row : rows) {
            width = Math.max(width, row.width);
        }
        Row last = rows.get(rows.size() - 1);
        return new int[] { width + 2 * DiagramGraph.DIAGRAM_MARGIN, last.y + last.height + DiagramGraph.DIAGRAM_MARGIN };
    }

    /**
     * Widens the page when no wrapping keeps it within {@link #MAX_ASPECT} (zones grow, which they may; rows of
     * assets or notes get wider gaps instead, so a stored size never changes and arranging again changes nothing), or
     * heightens it by wider gaps between rows.
     */
    private void fitAspect(List<Row> rows) {
        int[] page = page(rows);
        double limit = MAX_ASPECT * 0.95; // a margin for rounding and the exporters' page borders
        if (page[1] > page[0] * limit) {
            int wanted = (int) Math.ceil(page[1] / limit) - 2 * DiagramGraph.DIAGRAM_MARGIN;
            for (Row row : rows) {
                List<NodeView> zones = row.views.stream().filter(PlantLayout::isContainer).toList();
                int extra = wanted - row.width;
                if (extra <= 0) {
                    continue;
                }
                if (!zones.isEmpty()) {
                    for (NodeView zone : zones) {
                        sizes.get(zone)[0] += extra / zones.size();
                    }
                    row.width += extra / zones.size() * zones.size();
                } else if (row.views.size() > 1) {
                    row.spread = extra / (row.views.size() - 1);
                    row.width += row.spread * (row.views.size() - 1);
                }
            }
        } else if (page[0] > page[1] * limit) {
            int extra = ((int) Math.ceil(page[0] / limit) - page[1]) / rows.size() + 1;
            int shift = 0;
            for (Row row : rows) {
                shift += extra;
                row.y += shift;
            }
        }
    }

    /** Top-level zones go to their level's band, and so do assets shown outside their zone; notes come last. */
    private static int bandOf(ModelElement element) {
        if (element instanceof Zone zone) {
            return DiagramGraph.band(zone.getPurdueLevel());
        }
        if (element instanceof Asset asset && asset.getZone() != null) {
            return DiagramGraph.band(asset.getZone().getPurdueLevel());
        }
        return UNBANDED;
    }

    // ---- absolute places and routes --------------------------------------------------------------------------------

    /** Where a view ended up in diagram coordinates, its parent view (null at top level) and its top-level row. */
    private record Placement(int x, int y, int width, int height, int row, NodeView topLevel, NodeView parent) {
        int centreX() {
            return x + width / 2;
        }

        int centreY() {
            return y + height / 2;
        }

        int right() {
            return x + width;
        }

        int bottom() {
            return y + height;
        }
    }

    private Map<NodeView, Placement> absolute(List<Row> rows) {
        Map<NodeView, Placement> placements = new IdentityHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int x = DiagramGraph.DIAGRAM_MARGIN;
            for (NodeView view : row.views) {
                int[] size = sizes.get(view);
                relative.put(view, new Bounds(x, row.y, size[0], size[1]));
                place(view, null, x, row.y, r, view, placements);
                x += size[0] + SPACING + row.spread;
            }
        }
        return placements;
    }

    private void place(NodeView view, NodeView parent, int x, int y, int row, NodeView topLevel,
            Map<NodeView, Placement> placements) {
        int[] size = sizes.get(view);
        placements.put(view, new Placement(x, y, size[0], size[1], row, topLevel, parent));
        for (NodeView child : view.getChildren()) {
            Bounds bounds = relative.get(child);
            place(child, view, x + bounds.x(), y + bounds.y(), row, topLevel, placements);
        }
    }

    /**
     * Orthogonal routes that cross no box other than their ends and the zones holding them. Inside a zone, an end
     * leaves an asset through the gutter right of its grid column and runs along the gutters (between grid rows,
     * between the grid and the sub-zones, down the zone's right padding) to the border of its top-level box; two assets
     * of one grid are joined through the gutters between them. Between top-level boxes: to the next row (or the one
     * before), along a track in the gap between the two rows; further, along the gap next to the source's row to a lane
     * right of the page, along the lane to the gap next to the target's row. Boxes in one row are joined under the
     * lower of the two. Every pair of top-level boxes gets its own track in a gap and its own lane, shared by all edges
     * between them, and all edges of a gutter run on its middle line, so parallel flows run as one bundle.
     */
    private Map<EdgeView, List<Point>> route(List<EdgeView> edges, Map<NodeView, Placement> placements, List<Row> rows) {
        Map<EdgeView, List<Point>> routes = new LinkedHashMap<>();
        Router router = new Router(rows);
        for (EdgeView edge : edges) {
            Placement source = placements.get(edge.getSource());
            Placement target = placements.get(edge.getTarget());
            if (source == null || target == null || edge.getSource() == edge.getTarget()
                    || isAncestor(edge.getSource(), edge.getTarget()) || isAncestor(edge.getTarget(), edge.getSource())) {
                continue;
            }
            routes.put(edge, route(edge.getSource(), edge.getTarget(), placements, router));
        }
        return routes;
    }

    private List<Point> route(NodeView sourceView, NodeView targetView, Map<NodeView, Placement> placements,
            Router router) {
        Placement source = placements.get(sourceView);
        Placement target = placements.get(targetView);
        Slot sourceSlot = slots.get(sourceView);
        Slot targetSlot = slots.get(targetView);
        List<Point> points = new ArrayList<>(10);
        if (source.parent() != null && source.parent() == target.parent() && sourceSlot.inGrid() && targetSlot.inGrid()) {
            Placement parent = placements.get(source.parent());
            int sourceGutter = parent.x() + sourceSlot.gutterX();
            int targetGutter = parent.x() + targetSlot.gutterX();
            add(points, source.right(), source.centreY());
            add(points, sourceGutter, source.centreY());
            if (sourceGutter != targetGutter) {
                int gutterY = parent.y() + (targetSlot.row() < sourceSlot.row() ? sourceSlot.aboveY() : sourceSlot.belowY());
                add(points, sourceGutter, gutterY);
                add(points, targetGutter, gutterY);
            }
            add(points, targetGutter, target.centreY());
            add(points, target.right(), target.centreY());
            return List.copyOf(points);
        }
        Placement sourceTop = placements.get(source.topLevel());
        int rowDiff = target.row() - source.row();
        boolean sourceDown;
        boolean targetFromAbove;
        if (source.topLevel() == target.topLevel() || rowDiff == 0) {
            sourceDown = true;
            targetFromAbove = false;
        } else {
            sourceDown = rowDiff > 0;
            targetFromAbove = rowDiff > 0;
        }
        List<Point> out = escape(sourceView, sourceDown, placements);
        List<Point> in = escape(targetView, !targetFromAbove, placements);
        int outX = out.get(out.size() - 1).x();
        int inX = in.get(in.size() - 1).x();
        points.addAll(out);
        if (source.topLevel() == target.topLevel()) {
            int channel = sourceTop.bottom() + SPACING / 2;
            add(points, outX, channel);
            add(points, inX, channel);
        } else if (Math.abs(rowDiff) <= 1) {
            // boundary b is the gap between row b-1 and row b; in one row, the gap below it
            int boundary = rowDiff > 0 ? target.row() : target.row() + 1;
            int channel = router.channel(source, target, boundary);
            add(points, outX, channel);
            add(points, inX, channel);
        } else {
            int outChannel = router.channel(source, target, sourceDown ? source.row() + 1 : source.row());
            int inChannel = router.channel(source, target, sourceDown ? target.row() : target.row() + 1);
            int lane = router.lane(source, target);
            add(points, outX, outChannel);
            add(points, lane, outChannel);
            add(points, lane, inChannel);
            add(points, inX, inChannel);
        }
        for (int i = in.size() - 1; i >= 0; i--) {
            add(points, in.get(i).x(), in.get(i).y());
        }
        return List.copyOf(points);
    }

    /**
     * The way out of a view to the bottom (or top) border of its top-level box, through the gutters of every zone it
     * lies in: first point on the view's border, last on the top-level box's border.
     */
    private List<Point> escape(NodeView view, boolean down, Map<NodeView, Placement> placements) {
        List<Point> points = new ArrayList<>(8);
        Placement placement = placements.get(view);
        Slot slot = slots.get(view);
        int x;
        if (slot != null && slot.inGrid()) {
            // out of the asset's right side into its column's gutter, along the gutter out of the grid
            Placement parent = placements.get(placement.parent());
            Arrangement arrangement = arrangements.get(placement.parent());
            int gutterX = parent.x() + slot.gutterX();
            add(points, placement.right(), placement.centreY());
            add(points, gutterX, placement.centreY());
            if (!down) {
                add(points, gutterX, parent.y());
            } else if (!arrangement.hasBoxes()) {
                add(points, gutterX, parent.bottom());
            } else {
                int belowGrid = parent.y() + arrangement.belowGridY();
                int rightPadding = parent.right() - DiagramGraph.ZONE_PADDING / 2;
                add(points, gutterX, belowGrid);
                add(points, rightPadding, belowGrid);
                add(points, rightPadding, parent.bottom());
            }
            view = placement.parent();
            placement = parent;
            slot = slots.get(view);
            x = points.get(points.size() - 1).x();
        } else {
            x = placement.centreX();
            add(points, x, down ? placement.bottom() : placement.y());
        }
        // out of each sub-zone: along the gutter next to its shelf to the parent's right padding, and out of the parent
        while (placement.parent() != null) {
            Placement parent = placements.get(placement.parent());
            Arrangement arrangement = arrangements.get(placement.parent());
            int rightPadding = parent.right() - DiagramGraph.ZONE_PADDING / 2;
            if (down && slot.lastRow()) {
                add(points, x, parent.bottom());
            } else if (!down && slot.firstRow() && !arrangement.hasGrid()) {
                add(points, x, parent.y());
            } else {
                int gutterY = parent.y() + (down ? slot.belowY() : slot.aboveY());
                add(points, x, gutterY);
                add(points, rightPadding, gutterY);
                add(points, rightPadding, down ? parent.bottom() : parent.y());
                x = rightPadding;
            }
            view = placement.parent();
            placement = parent;
            slot = slots.get(view);
        }
        return points;
    }

    /** The tracks handed out so far: one per pair of top-level boxes in each gap, and one lane per pair. */
    private static final class Router {
        /** Lanes right of the page; more pairs than this share lanes. */
        private static final int LANES = 24;

        private record Track(NodeView from, NodeView to, int boundary) {
        }

        private final List<Row> rows;
        private final Map<Track, Integer> tracks = new HashMap<>();
        private final Map<Integer, Integer> tracksPerGap = new HashMap<>();
        private final Map<Track, Integer> lanes = new HashMap<>();
        private final int busX;

        Router(List<Row> rows) {
            this.rows = rows;
            int right = 0;
            for (Row row : rows) {
                right = Math.max(right, DiagramGraph.DIAGRAM_MARGIN + row.width);
            }
            busX = right + SPACING / 2;
        }

        /** The x of the pair's lane right of the page. */
        int lane(Placement source, Placement target) {
            return busX + TRACK_SPACING * (lanes.computeIfAbsent(new Track(source.topLevel(), target.topLevel(), -1),
                    key -> lanes.size()) % LANES);
        }

        /** The y of the pair's track in the gap above row {@code boundary} (below the last row when past it). */
        int channel(Placement source, Placement target, int boundary) {
            Row above = rows.get(boundary - 1);
            int start = above.y + above.height;
            int size = boundary < rows.size() ? rows.get(boundary).y - start : BAND_GAP;
            int track = tracks.computeIfAbsent(new Track(source.topLevel(), target.topLevel(), boundary),
                    key -> tracksPerGap.merge(boundary, 1, Integer::sum) - 1);
            int capacity = Math.max(1, (size - 2 * TRACK_SPACING) / TRACK_SPACING);
            return start + TRACK_SPACING + (track % capacity) * TRACK_SPACING;
        }
    }

    /** Appends a point, dropping repeats and merging a straight run into one segment. */
    private static void add(List<Point> points, int x, int y) {
        Point point = new Point(x, y);
        int n = points.size();
        if (n > 0 && points.get(n - 1).equals(point)) {
            return;
        }
        if (n >= 2) {
            Point a = points.get(n - 2);
            Point b = points.get(n - 1);
            boolean straight = (a.x() == b.x() && b.x() == x && (b.y() - a.y()) * (y - b.y()) > 0)
                    || (a.y() == b.y() && b.y() == y && (b.x() - a.x()) * (x - b.x()) > 0);
            if (straight) {
                points.set(n - 1, point);
                return;
            }
        }
        points.add(point);
    }

    private static boolean isAncestor(NodeView candidate, NodeView view) {
        for (Object parent = view.eContainer(); parent instanceof NodeView parentView; parent = parentView.eContainer()) {
            if (parentView == candidate) {
                return true;
            }
        }
        return false;
    }
}
