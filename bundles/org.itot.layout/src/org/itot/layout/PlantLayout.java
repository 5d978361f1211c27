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
 * so the page stays within {@link #MAX_ASPECT}:1 either way; then every edge is routed orthogonally through the gaps
 * between rows, edges between the same two top-level boxes on one shared track (a bundle).
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
        Map<EdgeView, List<Point>> routes = route(diagram.getEdges(), placements, rows);
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
                relative.put(leaf, new Bounds(left + (i % columns) * (cellWidth + SPACING),
                        top + (i / columns) * (cellHeight + SPACING), size[0], size[1]));
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
            for (Row row : rows) {
                int x = 0;
                for (NodeView box : row.views) {
                    int[] size = sizes.get(box);
                    relative.put(box, new Bounds(left + x, boxTop + y, size[0], size[1]));
                    x += size[0] + SPACING;
                }
                packedWidth = Math.max(packedWidth, row.width);
                y += row.height + SPACING;
            }
            packedHeight = y - SPACING + (leaves.isEmpty() ? 0 : gridHeight + SPACING);
        } else {
            packedHeight = gridHeight;
        }
        int width = Math.max(DiagramGraph.EMPTY_ZONE_WIDTH, 2 * DiagramGraph.ZONE_PADDING + Math.max(gridWidth, packedWidth));
        int height = Math.max(DiagramGraph.EMPTY_ZONE_HEIGHT, top + packedHeight + DiagramGraph.ZONE_PADDING);
        return new int[] { width, height };
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

    /** Where a view ended up in diagram coordinates, and the top-level row it lies in. */
    private record Placement(int x, int y, int width, int height, int row, NodeView topLevel) {
        int centreX() {
            return x + width / 2;
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
                place(view, x, row.y, r, view, placements);
                x += size[0] + SPACING + row.spread;
            }
        }
        return placements;
    }

    private void place(NodeView view, int x, int y, int row, NodeView topLevel, Map<NodeView, Placement> placements) {
        int[] size = sizes.get(view);
        placements.put(view, new Placement(x, y, size[0], size[1], row, topLevel));
        for (NodeView child : view.getChildren()) {
            Bounds bounds = relative.get(child);
            place(child, x + bounds.x(), y + bounds.y(), row, topLevel, placements);
        }
    }

    /**
     * Orthogonal routes through the gaps between rows, never through a top-level box other than the ends' own. To the
     * next row (or the one before): out of the source's bottom (top) border, along a track in the gap between the two
     * rows, into the target's top (bottom) border. Further: along the gap next to the source's row to a lane right
     * of the page, along the lane to the gap next to the target's row, and in. Boxes in one row are joined under the
     * lower of the two. Every pair of top-level boxes gets its own track in a gap and its own lane, shared by all edges
     * between them, so parallel flows run as one bundle.
     */
    private static Map<EdgeView, List<Point>> route(List<EdgeView> edges, Map<NodeView, Placement> placements,
            List<Row> rows) {
        Map<EdgeView, List<Point>> routes = new LinkedHashMap<>();
        Router router = new Router(rows);
        for (EdgeView edge : edges) {
            Placement source = placements.get(edge.getSource());
            Placement target = placements.get(edge.getTarget());
            if (source == null || target == null || edge.getSource() == edge.getTarget()
                    || isAncestor(edge.getSource(), edge.getTarget()) || isAncestor(edge.getTarget(), edge.getSource())) {
                continue;
            }
            routes.put(edge, router.route(source, target));
        }
        return routes;
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

        List<Point> route(Placement source, Placement target) {
            List<Point> points = new ArrayList<>(6);
            int rowDiff = target.row() - source.row();
            if (source.topLevel() == target.topLevel()) {
                int channel = Math.max(source.bottom(), target.bottom()) + SPACING / 2;
                add(points, source.centreX(), source.bottom());
                add(points, source.centreX(), channel);
                add(points, target.centreX(), channel);
                add(points, target.centreX(), target.bottom());
            } else if (Math.abs(rowDiff) <= 1) {
                // boundary b is the gap between row b-1 and row b; in one row, the gap below it
                int boundary = rowDiff > 0 ? target.row() : target.row() + 1;
                int channel = channel(source, target, boundary);
                add(points, source.centreX(), rowDiff < 0 ? source.y() : source.bottom());
                add(points, source.centreX(), channel);
                add(points, target.centreX(), channel);
                add(points, target.centreX(), rowDiff > 0 ? target.y() : target.bottom());
            } else {
                boolean down = rowDiff > 0;
                int out = channel(source, target, down ? source.row() + 1 : source.row());
                int in = channel(source, target, down ? target.row() : target.row() + 1);
                int lane = busX + TRACK_SPACING * (lanes.computeIfAbsent(
                        new Track(source.topLevel(), target.topLevel(), -1), key -> lanes.size()) % LANES);
                add(points, source.centreX(), down ? source.bottom() : source.y());
                add(points, source.centreX(), out);
                add(points, lane, out);
                add(points, lane, in);
                add(points, target.centreX(), in);
                add(points, target.centreX(), down ? target.y() : target.bottom());
            }
            return List.copyOf(points);
        }

        /** The y of the pair's track in the gap above row {@code boundary} (below the last row when past it). */
        private int channel(Placement source, Placement target, int boundary) {
            Row above = rows.get(boundary - 1);
            int start = above.y + above.height;
            int size = boundary < rows.size() ? rows.get(boundary).y - start : BAND_GAP;
            int track = tracks.computeIfAbsent(new Track(source.topLevel(), target.topLevel(), boundary),
                    key -> tracksPerGap.merge(boundary, 1, Integer::sum) - 1);
            int capacity = Math.max(1, (size - 2 * TRACK_SPACING) / TRACK_SPACING);
            return start + TRACK_SPACING + (track % capacity) * TRACK_SPACING;
        }
    }

    private static void add(List<Point> points, int x, int y) {
        Point point = new Point(x, y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
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
