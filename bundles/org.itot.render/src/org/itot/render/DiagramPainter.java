package org.itot.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Asset;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevels;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.geometry.SummarisedFlows;
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.EdgeStyle;
import org.itot.render.style.Icons;
import org.itot.render.style.ZoneStyle;

/**
 * Paints a {@link Diagram} on a {@link Canvas} as {@link DiagramStyle} describes it: Purdue bands
 * derived from the zones' levels, zones as titled containers, assets with icon, name and type,
 * notes, edges with labels, and finding badges. It only reads the model. Views of missing elements,
 * edges with a missing end and boxes with broken bounds are drawn marked, never skipped silently.
 * Given the visible area, it draws only what reaches into it (the editor's viewport or damage).
 */
public final class DiagramPainter {

    static final String MISSING_LABEL = "missing element";
    static final String MISSING_END_LABEL = "missing end";
    static final String INVALID_BOUNDS_LABEL = "invalid bounds";
    /** How far a badge, a selection-free outline or an arrow head reaches outside its box or route. */
    private static final double DECORATION_MARGIN = 12;
    /** How far an edge label may reach from its route's bounding box before it is culled. */
    private static final double LABEL_MARGIN = 160;
    /**
     * Below this height in device pixels, text drawn at its own size (notes, marks) is
     * left out, and so are icons and arrow heads.
     */
    public static final double MIN_TEXT_PIXELS = 4;
    private static final double SMALLEST_FONT = 9.5;
    /** Zone names, band titles and asset counts are drawn at least this many device pixels high. */
    public static final double TITLE_PIXELS = 10.5;
    /** SL badges are drawn at least this many device pixels high. */
    public static final double BADGE_PIXELS = 9;
    /**
     * Asset names are drawn at least this many device pixels high: below their own size, alone in
     * their box and scaled up, while a line fits; when none of a zone's assets fits, the zone shows
     * how many assets it holds instead.
     */
    public static final double NAME_PIXELS = 8;
    /** Zone kinds, band subtitles and edge labels only from this height at their own size. */
    public static final double SECONDARY_PIXELS = 6.5;
    /** Edge labels are cut to this width: a label is a name, not a place for a document. */
    static final double MAX_EDGE_LABEL_WIDTH = 320;
    /** Room for a band's title in the gutter left of the zones. */
    private static final double BAND_TITLE_ROOM = DiagramStyle.BAND_GUTTER - 10;

    static final double BAND_TITLE_FONT = 15;
    static final double ZONE_TITLE_FONT = 13;
    static final double BADGE_FONT = 11;
    static final double ASSET_NAME_FONT = 10.5;
    static final double ASSET_TYPE_FONT = 9.5;
    static final double SECONDARY_FONT = 11;
    static final double EDGE_LABEL_FONT = 10;

    private final Canvas canvas;
    private final Diagram diagram;
    private final Map<? extends EObject, Integer> severities;
    private final Predicate<EdgeView> edgeLayer;
    /** Elements of the highlight overlay (an attack path); empty for none. */
    private final Set<? extends EObject> highlight;
    /** Other features' layers, painted last in this order. */
    private final List<DiagramOverlay> overlays;
    private final Viewport viewport;
    /** Where everything is: the same boxes the editor hit-tests. */
    private final DiagramGeometry geometry;
    /** Null: paint everything. */
    private final Bounds visible;
    /** Device pixels per diagram unit: decides each text's level of detail. */
    private final double scale;
    /** False when zoomed out so far that text at its own size would be illegible: such text and icons are left out. */
    private final boolean detail;
    private final EObject modelRoot;
    /** Text widths per font and text: labels repeat ("Ag", asset types) and measuring is not free. */
    private final Map<String, TextMetrics> metrics = new HashMap<>();
    private String fontKey = "";
    private final Deque<String> savedFontKeys = new ArrayDeque<>();

    private DiagramPainter(Diagram diagram, DiagramGeometry geometry, Canvas canvas,
            Map<? extends EObject, Integer> severities, Viewport viewport, Predicate<EdgeView> edgeLayer,
            Set<? extends EObject> highlight, List<DiagramOverlay> overlays) {
        this.diagram = diagram;
        this.viewport = viewport;
        this.overlays = List.copyOf(overlays);
        this.geometry = geometry;
        this.canvas = canvas;
        this.severities = severities;
        this.visible = viewport.area();
        this.scale = viewport.scale();
        this.detail = viewport.scale() * SMALLEST_FONT >= MIN_TEXT_PIXELS;
        this.modelRoot = EcoreUtil.getRootContainer(diagram);
        this.edgeLayer = edgeLayer;
        this.highlight = highlight;
    }

    /** Paints without findings. */
    public static void paint(Diagram diagram, Canvas canvas) {
        paint(diagram, canvas, Map.of());
    }

    /**
     * @param severities EMF {@link Diagnostic} severity per element; errors and warnings get a badge
     */
    public static void paint(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities) {
        paint(diagram, canvas, severities, Viewport.ALL);
    }

    /**
     * Paints what reaches into the viewport's area (diagram coordinates; the canvas's transform
     * already maps them to the device); everything else is skipped. The editor passes its viewport,
     * or the damaged region while dragging, and clips the canvas to it. The scale chooses the level
     * of detail per element: zone names, band titles and asset counts are drawn at least
     * {@value #TITLE_PIXELS} device pixels high, SL badges {@value #BADGE_PIXELS}; asset names at
     * least {@value #NAME_PIXELS}, alone in their box, while a line fits, else the zone says how many
     * assets it holds; zone kinds, band subtitles and edge labels from {@value #SECONDARY_PIXELS}
     * at their own size; asset types with the full asset only; notes, icons and arrow heads from
     * {@value #MIN_TEXT_PIXELS}.
     */
    public static void paint(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities,
            Viewport viewport) {
        paint(diagram, canvas, severities, viewport, edge -> true);
    }

    /**
     * As {@link #paint(Diagram, Canvas, Map, Viewport)}, drawing only the edge views {@code edgeLayer} accepts (the
     * editor's layer toggles hide flows or conduits).
     */
    public static void paint(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities,
            Viewport viewport, Predicate<EdgeView> edgeLayer) {
        paint(diagram, canvas, severities, viewport, edgeLayer, Set.of());
    }

    /**
     * As {@link #paint(Diagram, Canvas, Map, Viewport, Predicate)}, with an overlay layer on top that
     * highlights the views of {@code highlight} (e.g. the zones, conduits, flows and assets of one attack
     * path): a translucent band along their edges and a ring round their boxes, drawn even for edges
     * the layer toggles hide, so the whole path shows.
     */
    public static void paint(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities,
            Viewport viewport, Predicate<EdgeView> edgeLayer, Set<? extends EObject> highlight) {
        paint(DiagramGeometry.of(diagram), canvas, severities, viewport, edgeLayer, highlight);
    }

    /**
     * As {@link #paint(Diagram, Canvas, Map, Viewport, Predicate, Set)} with the diagram's geometry already computed
     * (the editor's, which it also hit-tests, so what is drawn and what is hit are the same boxes).
     */
    public static void paint(DiagramGeometry geometry, Canvas canvas, Map<? extends EObject, Integer> severities,
            Viewport viewport, Predicate<EdgeView> edgeLayer, Set<? extends EObject> highlight) {
        paint(geometry, canvas, severities, viewport, edgeLayer, highlight, List.of());
    }

    /**
     * As {@link #paint(DiagramGeometry, Canvas, Map, Viewport, Predicate, Set)}, with other features' layers painted
     * over everything, in the list's order, each with the canvas's state saved and restored around it.
     */
    public static void paint(DiagramGeometry geometry, Canvas canvas, Map<? extends EObject, Integer> severities,
            Viewport viewport, Predicate<EdgeView> edgeLayer, Set<? extends EObject> highlight,
            List<DiagramOverlay> overlays) {
        new DiagramPainter(geometry.diagram(), geometry, canvas, severities, viewport, edgeLayer, highlight, overlays)
                .paintAll();
    }

    /**
     * What a paint covers: {@code area} in diagram coordinates ({@code null} for all of the diagram)
     * and {@code scale}, device pixels per diagram unit, which decides the level of detail.
     */
    public record Viewport(Bounds area, double scale) {

        /** All of the diagram in full detail, as an export draws it. */
        public static final Viewport ALL = new Viewport(null, 1);

        public Viewport {
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("scale must be a positive number, got " + scale);
            }
        }
    }

    /** The highest severity per element found in a validation result (each child's first data object). */
    public static Map<EObject, Integer> severities(Diagnostic diagnostic) {
        Map<EObject, Integer> result = new HashMap<>();
        collect(diagnostic, result);
        return result;
    }

    private static void collect(Diagnostic diagnostic, Map<EObject, Integer> into) {
        List<?> data = diagnostic.getData();
        if (data != null && !data.isEmpty() && data.get(0) instanceof EObject element) {
            into.merge(element, diagnostic.getSeverity(), Math::max);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, into);
        }
    }

    /** The drawing's extent: every view and bendpoint, a margin, and the band-label gutter on the left. */
    public static Bounds bounds(Diagram diagram) {
        return DiagramGeometry.of(diagram).extent();
    }

    private void paintAll() {
        Bounds extent = geometry.extent();
        save();
        canvas.setFill(DiagramStyle.BACKGROUND);
        Bounds background = visible == null ? extent : intersection(extent, visible);
        if (background != null) {
            canvas.fillRect(background.x(), background.y(), background.width(), background.height());
        }
        paintBands(extent);
        for (NodeView node : diagram.getNodes()) {
            paintNode(node, null);
        }
        // Lines first, all lines of one look in one call, then what sits on them (arrow heads, labels, badges): drawing
        // calls, not lines, are what costs on Java2D (issue 17: 5,000 edges), and no line crosses a label.
        Map<EdgeView, double[]> drawn = new LinkedHashMap<>();
        Map<LineStyle, List<double[]>> lines = new LinkedHashMap<>();
        for (EdgeView edge : diagram.getEdges()) {
            double[] points = edgeLayer.test(edge) ? edgeLine(edge, lines) : null;
            if (points != null) {
                drawn.put(edge, points);
            }
        }
        // Only diagonal lines are anti-aliased at all; a laid-out diagram has none and need not be measured.
        boolean diagonals = lines.values().stream().flatMap(List::stream)
                .anyMatch(line -> !LineLook.isAxisAligned(line));
        canvas.setTangle(diagonals && edgesAreATangle());
        lines.forEach((style, polylines) -> {
            canvas.setStroke(style.colour());
            canvas.setLineWidth(style.width());
            canvas.setDash(style.dash().stream().mapToDouble(Double::doubleValue).toArray());
            canvas.strokePolylines(polylines);
        });
        canvas.setTangle(false);
        canvas.setDash();
        drawn.forEach(this::paintEdgeDecorations);
        for (Map.Entry<NodeView, Bounds> entry : geometry.nodes().entrySet()) {
            if (isVisible(entry.getValue(), DECORATION_MARGIN)) {
                paintBadge(entry.getKey().getElement(), entry.getValue());
                if (geometry.isClamped(entry.getKey())) {
                    paintClampedMark(entry.getValue());
                }
            }
        }
        if (!highlight.isEmpty()) {
            paintHighlight();
        }
        for (DiagramOverlay overlay : overlays) {
            save();
            overlay.paint(geometry, canvas, viewport);
            restore();
        }
        restore();
    }

    /**
     * Whether the edge lines of the diagram (those the layer shows) are a tangle ({@link LineLook#isTangle}) over its
     * whole extent: decided for the diagram, not for the part painted, so that a repainted region looks like its
     * surroundings, and the same at every zoom.
     */
    private boolean edgesAreATangle() {
        double ink = 0;
        for (EdgeView edge : geometry.routedEdges()) {
            if (edgeLayer.test(edge)) {
                ModelElement element = edge.getElement();
                double width = isPresent(element) ? DiagramStyle.edge(element).width() : 2;
                ink += LineLook.length(geometry.route(edge)) * width;
            }
        }
        Bounds extent = geometry.extent();
        return LineLook.isTangle(ink, extent.width() * extent.height());
    }

    /** The overlay layer: what {@link #highlight} names, over everything else. */
    private void paintHighlight() {
        save();
        canvas.setAlpha(DiagramStyle.HIGHLIGHT_ALPHA);
        canvas.setStroke(DiagramStyle.HIGHLIGHT);
        canvas.setDash();
        canvas.setLineWidth(DiagramStyle.HIGHLIGHT_WIDTH);
        for (EdgeView edge : diagram.getEdges()) {
            Bounds source = edge.getSource() == null ? null : geometry.box(edge.getSource());
            Bounds target = edge.getTarget() == null ? null : geometry.box(edge.getTarget());
            if (source != null && target != null && highlight.contains(edge.getElement())) {
                double[] points = route(edge, source, target);
                if (points.length >= 4 && reachesVisible(points, edge)) {
                    canvas.strokePolyline(points);
                }
            }
        }
        for (Map.Entry<NodeView, Bounds> entry : geometry.nodes().entrySet()) {
            Bounds b = entry.getValue();
            if (highlight.contains(entry.getKey().getElement()) && isVisible(b, DECORATION_MARGIN)) {
                double pad = DiagramStyle.HIGHLIGHT_WIDTH / 2;
                canvas.strokeRoundRect(b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad, 8);
            }
        }
        restore();
    }

    private boolean isVisible(Bounds b, double margin) {
        return visible == null || b.intersects(visible, margin);
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double left = Math.max(a.x(), b.x());
        double top = Math.max(a.y(), b.y());
        double right = Math.min(a.right(), b.right());
        double bottom = Math.min(a.bottom(), b.bottom());
        return right > left && bottom > top ? new Bounds(left, top, right - left, bottom - top) : null;
    }

    private void paintBands(Bounds extent) {
        Map<Band, double[]> spans = geometry.bandSpans();
        double pad = DiagramStyle.BAND_PADDING;
        // One form for all bands: "L3" under "Level 3.5" reads as a different kind of thing.
        setFont(atLeast(BAND_TITLE_FONT, TITLE_PIXELS), true);
        boolean shortTitles = spans.keySet().stream()
                .anyMatch(band -> measure(band.title()).width() > BAND_TITLE_ROOM);
        for (Band band : DiagramStyle.BANDS) {
            double[] span = spans.get(band);
            if (span == null) {
                continue;
            }
            double top = span[0] - pad;
            double height = span[1] - span[0] + 2 * pad;
            if (!isVisible(new Bounds(extent.x(), top, extent.width(), height), 0)) {
                continue;
            }
            canvas.setFill(band.fill());
            canvas.fillRect(extent.x() + 6, top, extent.width() - 12, height);
            canvas.setFill(band.labelColour());
            canvas.fillRect(extent.x() + 6, top, 4, height);
            paintBandLabel(band, shortTitles, extent.x() + 20, top, height);
        }
    }

    /**
     * The band's title at least {@link #TITLE_PIXELS} high, in its short form ("L3.5") when the long
     * one does not fit the gutter; the subtitle only while it is legible at its own size.
     */
    private void paintBandLabel(Band band, boolean shortTitle, double x, double top, double height) {
        setFont(atLeast(BAND_TITLE_FONT, TITLE_PIXELS), true);
        String title = shortTitle ? band.shortTitle() : band.title();
        TextMetrics metrics = measure(title);
        if (metrics.height() > height || metrics.width() > BAND_TITLE_ROOM) {
            return; // "L…" would tell nobody anything
        }
        double baseline = top + DiagramStyle.BAND_PADDING + metrics.ascent() + 6;
        canvas.drawText(title, x, baseline);
        if (!legible(SECONDARY_FONT, SECONDARY_PIXELS)) {
            return;
        }
        setFont(SECONDARY_FONT, false);
        double subtitleBaseline = baseline + metrics.descent() + measure(band.subtitle()).ascent() + 2;
        for (String line : wrap(band.subtitle(), DiagramStyle.BAND_GUTTER - 30, 2)) {
            canvas.drawText(line, x, subtitleBaseline);
            subtitleBaseline += 14;
        }
    }

    /** The font size that makes text of {@code size} at least {@code pixels} device pixels high. */
    private double atLeast(double size, double pixels) {
        return Math.max(size, pixels / scale);
    }

    /** Whether text of {@code size} is at least {@code pixels} device pixels high at this scale. */
    private boolean legible(double size, double pixels) {
        return size * scale >= pixels;
    }

    private void paintNode(NodeView node, ZoneStyle parentZone) {
        Bounds b = geometry.box(node);
        ModelElement element = node.getElement();
        ZoneStyle childZone = element instanceof Zone zone && isPresent(zone) ? DiagramStyle.zone(zone.getKind())
                : parentZone;
        // Children are visited even when their parent is culled: hand-edited children may lie outside it.
        if (!isVisible(b, DECORATION_MARGIN)) {
            // nothing of this view reaches the visible area
        } else if (node instanceof NoteView note) {
            paintNote(note, b);
        } else if (!isPresent(element)) {
            paintMissing(b);
        } else if (element instanceof Zone zone) {
            paintZone(node, zone, childZone, b);
        } else if (element instanceof Asset asset) {
            paintAsset(asset, parentZone, b);
        } else {
            paintGeneric(element, b);
        }
        if (!node.isCollapsed()) {
            boolean counted = countsAssets(node);
            for (NodeView child : node.getChildren()) {
                if (!(counted && isAssetView(child))) {
                    paintNode(child, childZone);
                }
            }
        }
    }

    /**
     * Whether a zone shows "12 assets" instead of its assets: when zoomed out so far that no asset
     * box can hold a line of its name at {@link #NAME_PIXELS}, the boxes would be empty.
     */
    boolean countsAssets(NodeView node) {
        if (!(node.getElement() instanceof Zone) || !isPresent(node.getElement())) {
            return false;
        }
        boolean any = false;
        for (NodeView child : node.getChildren()) {
            if (isAssetView(child)) {
                any = true;
                if (nameSize(geometry.box(child)) > 0) {
                    return false;
                }
            }
        }
        return any;
    }

    private boolean isAssetView(NodeView view) {
        return !(view instanceof NoteView) && view.getElement() instanceof Asset asset && isPresent(asset);
    }

    private long assetCount(NodeView node) {
        return node.getChildren().stream().filter(this::isAssetView).count();
    }

    /**
     * The font size of an asset's name in its box: its own size when legible, else scaled up to
     * {@link #NAME_PIXELS}; 0 when a line at that size does not fit the box.
     */
    private double nameSize(Bounds b) {
        double size = atLeast(ASSET_NAME_FONT, NAME_PIXELS);
        if (size == ASSET_NAME_FONT) {
            return size;
        }
        save();
        setFont(size, true);
        TextMetrics line = measure("Ag");
        restore();
        return line.height() + 2 <= b.height() && b.width() - 8 >= 4 * size ? size : 0;
    }

    private void paintZone(NodeView node, Zone zone, ZoneStyle style, Bounds b) {
        double radius = DiagramStyle.ZONE_RADIUS;
        // Zoomed out, the name is drawn larger than the bar was made for: the bar grows to hold it.
        setFont(atLeast(ZONE_TITLE_FONT, TITLE_PIXELS), true);
        double titleHeight = Math.min(Math.max(DiagramStyle.ZONE_TITLE_HEIGHT, measure("Ag").height() + 6), b.height());
        canvas.setDash();
        canvas.setFill(style.fill());
        canvas.fillRoundRect(b.x(), b.y(), b.width(), b.height(), radius);
        save();
        canvas.clipRect(b.x(), b.y(), b.width(), titleHeight);
        canvas.setFill(style.titleBar());
        canvas.fillRoundRect(b.x(), b.y(), b.width(), b.height(), radius);
        restore();
        canvas.setStroke(findingColourOr(zone, style.border()));
        canvas.setLineWidth(severityOf(zone) >= Diagnostic.WARNING ? 3 : 1.5);
        canvas.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), radius);

        save();
        canvas.clipRect(b.x(), b.y(), b.width(), titleHeight);
        double right = b.right() - 12;
        double middle = b.y() + titleHeight / 2;
        String note = zoneNote(node);
        boolean noteInBody = note != null && fitsBody(note, b, titleHeight);
        if (zone.getSlTarget() != null) {
            String sl = "SL " + SecurityLevels.scalar(zone.getSlTarget());
            setFont(atLeast(BADGE_FONT, BADGE_PIXELS), true);
            TextMetrics m = measure(sl);
            double pillHeight = Math.max(18, m.height() + 4);
            double pillWidth = m.width() + pillHeight * 0.75;
            if (pillHeight <= titleHeight && pillWidth <= (right - b.x()) / 3) {
                double pillTop = middle - pillHeight / 2;
                canvas.setFill(style.titleText());
                canvas.fillRoundRect(right - pillWidth, pillTop, pillWidth, pillHeight, pillHeight / 2);
                canvas.setFill(style.titleBar());
                canvas.drawText(sl, right - pillWidth + (pillWidth - m.width()) / 2,
                        middle + (m.ascent() - m.descent()) / 2);
                right -= pillWidth + 10;
            }
        }
        canvas.setFill(style.titleText());
        if (note != null && !noteInBody) {
            // No room below the bar: the count goes into it, beside the name.
            setFont(atLeast(ZONE_TITLE_FONT, TITLE_PIXELS), true);
            String name = fit(label(zone), right - b.x() - 12);
            double nameWidth = name.equals(label(zone)) ? measure(name).width() : Double.MAX_VALUE;
            setFont(atLeast(SECONDARY_FONT, TITLE_PIXELS), false);
            TextMetrics m = measure(note);
            if (nameWidth + m.width() + 24 <= right - b.x()) { // the name comes first
                canvas.drawText(note, right - m.width(), middle + (m.ascent() - m.descent()) / 2);
                right -= m.width() + 12;
            }
        }
        // The kind only when the name does not already say it ("Site operations  Site operations").
        String kind = DiagramStyle.zoneKindLabel(zone.getKind());
        if (legible(SECONDARY_FONT, SECONDARY_PIXELS)
                && !label(zone).toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            setFont(SECONDARY_FONT, false);
            TextMetrics kindMetrics = measure(kind);
            canvas.drawText(kind, right - kindMetrics.width(),
                    middle + (kindMetrics.ascent() - kindMetrics.descent()) / 2);
            right -= kindMetrics.width() + 12;
        }
        setFont(atLeast(ZONE_TITLE_FONT, TITLE_PIXELS), true);
        String name = fit(label(zone), right - b.x() - 12);
        if (!name.equals(LabelText.ELLIPSIS)) {
            TextMetrics nameMetrics = measure(name);
            canvas.drawText(name, b.x() + 12, middle + (nameMetrics.ascent() - nameMetrics.descent()) / 2);
        }
        restore();
        if (noteInBody) {
            setFont(atLeast(SECONDARY_FONT, TITLE_PIXELS), false);
            TextMetrics m = measure(note);
            double bodyHeight = b.height() - titleHeight;
            canvas.setFill(DiagramStyle.TEXT_MUTED);
            canvas.drawText(note, b.x() + 12, b.y() + titleHeight + Math.min(bodyHeight / 2, m.height() + 4)
                    + (m.ascent() - m.descent()) / 2);
        }
    }

    /**
     * What a zone says about the assets it does not show: how many it hides (collapsed) or holds (zoomed out), and
     * then how many of them have the worst finding ("12 assets, 2 errors"), so a zoomed-out plant still shows where
     * the problems are.
     */
    private String zoneNote(NodeView node) {
        String summary;
        if (node.isCollapsed() && !node.getChildren().isEmpty()) {
            summary = node.getChildren().size() + " hidden";
        } else if (countsAssets(node)) {
            long count = assetCount(node);
            summary = count + (count == 1 ? " asset" : " assets");
        } else {
            return null;
        }
        int worst = Diagnostic.OK;
        int worstCount = 0;
        for (NodeView child : node.getChildren()) {
            int severity = isAssetView(child) ? severityOf(child.getElement()) : Diagnostic.OK;
            if (severity > worst) {
                worst = severity;
                worstCount = 0;
            }
            worstCount += severity == worst ? 1 : 0;
        }
        if (worst >= Diagnostic.ERROR) {
            summary += ", " + worstCount + (worstCount == 1 ? " error" : " errors");
        } else if (worst >= Diagnostic.WARNING) {
            summary += ", " + worstCount + (worstCount == 1 ? " warning" : " warnings");
        }
        return summary;
    }

    private boolean fitsBody(String note, Bounds b, double titleHeight) {
        save();
        setFont(atLeast(SECONDARY_FONT, TITLE_PIXELS), false);
        TextMetrics m = measure(note);
        restore();
        return m.height() + 4 <= b.height() - titleHeight && m.width() <= b.width() - 24;
    }

    private void paintAsset(Asset asset, ZoneStyle zone, Bounds b) {
        Rgb accent = zone == null ? DiagramStyle.TEXT_MUTED : zone.border().darker(0.15);
        DiagramStyle.AssetLook look = DiagramStyle.asset(asset.getType());
        canvas.setDash();
        canvas.setFill(DiagramStyle.ASSET_FILL);
        canvas.fillRoundRect(b.x(), b.y(), b.width(), b.height(), DiagramStyle.ASSET_RADIUS);
        canvas.setStroke(findingColourOr(asset, DiagramStyle.ASSET_BORDER));
        canvas.setLineWidth(severityOf(asset) >= Diagnostic.WARNING ? 2.5 : 1);
        canvas.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), DiagramStyle.ASSET_RADIUS);

        double nameSize = nameSize(b);
        if (nameSize == 0) {
            return;
        }
        if (nameSize > ASSET_NAME_FONT) {
            paintScaledName(asset, b, nameSize);
            return;
        }
        double iconSize = Math.min(28, Math.max(0, b.height() - 12));
        Icons.paint(canvas, look.icon(), b.x() + 8, b.y() + (b.height() - iconSize) / 2, iconSize, accent);

        save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        double textX = b.x() + iconSize + 16;
        double textWidth = b.right() - 6 - textX;
        setFont(ASSET_TYPE_FONT, false);
        TextMetrics typeMetrics = measure("Ag");
        setFont(ASSET_NAME_FONT, true);
        TextMetrics lineMetrics = measure("Ag");
        double lineHeight = lineMetrics.height();
        int maxLines = (int) Math.max(1, Math.min(3, (b.height() - typeMetrics.height() - 8) / lineHeight));
        List<String> nameLines = wrap(label(asset), textWidth, maxLines);
        double blockHeight = nameLines.size() * lineHeight + typeMetrics.height() + 2;
        double baseline = b.y() + (b.height() - blockHeight) / 2 + lineMetrics.ascent();
        canvas.setFill(DiagramStyle.TEXT);
        for (String line : nameLines) {
            canvas.drawText(line, textX, baseline);
            baseline += lineHeight;
        }
        setFont(ASSET_TYPE_FONT, false);
        canvas.setFill(DiagramStyle.TEXT_MUTED);
        canvas.drawText(fit(look.label(), textWidth), textX, baseline - lineMetrics.ascent() + typeMetrics.ascent() + 2);
        restore();
    }

    /** Zoomed out: the name alone, larger than its own size so that it stays legible; no icon, no type. */
    private void paintScaledName(Asset asset, Bounds b, double size) {
        save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        setFont(size, true);
        double lineHeight = measure("Ag").height();
        int maxLines = (int) Math.max(1, Math.min(3, (b.height() - 2) / lineHeight));
        List<String> lines = wrap(label(asset), b.width() - 8, maxLines);
        double baseline = b.y() + (b.height() - lines.size() * lineHeight) / 2 + measure("Ag").ascent();
        canvas.setFill(DiagramStyle.TEXT);
        for (String line : lines) {
            canvas.drawText(line, b.x() + (b.width() - measure(line).width()) / 2, baseline);
            baseline += lineHeight;
        }
        restore();
    }

    private void paintNote(NoteView note, Bounds b) {
        double fold = Math.min(12, Math.min(b.width(), b.height()) / 3);
        double[] outline = { b.x(), b.y(), b.right() - fold, b.y(), b.right(), b.y() + fold, b.right(), b.bottom(),
                b.x(), b.bottom() };
        canvas.setDash();
        canvas.setFill(DiagramStyle.NOTE_FILL);
        canvas.fillPolygon(outline);
        canvas.setStroke(DiagramStyle.NOTE_BORDER);
        canvas.setLineWidth(1);
        canvas.strokePolygon(outline);
        canvas.strokePolyline(b.right() - fold, b.y(), b.right() - fold, b.y() + fold, b.right(), b.y() + fold);
        if (!detail) {
            return;
        }
        save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        setFont(11, false);
        canvas.setFill(DiagramStyle.TEXT);
        TextMetrics m = measure("Ag");
        double baseline = b.y() + 8 + m.ascent();
        String text = note.getText() == null ? "" : LabelText.neutralise(note.getText());
        // Lines below the box are clipped away: wrap only as many as it shows.
        int linesLeft = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(b.height() / (m.height() + 2))));
        for (String paragraph : text.split("\n", linesLeft + 1)) {
            if (linesLeft <= 0) {
                break;
            }
            for (String line : wrap(paragraph, b.width() - 16 - fold / 2, linesLeft)) {
                linesLeft--;
                canvas.drawText(line, b.x() + 8, baseline);
                baseline += m.height() + 2;
            }
        }
        restore();
    }

    private void paintGeneric(ModelElement element, Bounds b) {
        canvas.setDash();
        canvas.setFill(DiagramStyle.ASSET_FILL);
        canvas.fillRoundRect(b.x(), b.y(), b.width(), b.height(), DiagramStyle.ASSET_RADIUS);
        canvas.setStroke(findingColourOr(element, DiagramStyle.ASSET_BORDER));
        canvas.setLineWidth(1);
        canvas.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), DiagramStyle.ASSET_RADIUS);
        centredLabel(label(element), b, DiagramStyle.TEXT, null);
    }

    /** A view whose element is gone: hatched box with a cross, so the user sees and can remove it. */
    private void paintMissing(Bounds b) {
        canvas.setFill(DiagramStyle.MISSING_FILL);
        canvas.fillRect(b.x(), b.y(), b.width(), b.height());
        canvas.setStroke(DiagramStyle.MISSING);
        canvas.setLineWidth(2);
        canvas.setDash(6, 4);
        canvas.strokeRect(b.x(), b.y(), b.width(), b.height());
        canvas.setDash();
        canvas.setLineWidth(1);
        canvas.setAlpha(0.35);
        canvas.strokeLine(b.x(), b.y(), b.right(), b.bottom());
        canvas.strokeLine(b.x(), b.bottom(), b.right(), b.y());
        canvas.setAlpha(1);
        centredLabel(MISSING_LABEL, b, DiagramStyle.MISSING, DiagramStyle.MISSING_FILL);
    }

    /** A name in the middle of a box, scaled up as asset names are while it fits the box's height. */
    private void centredLabel(String text, Bounds b, Rgb colour, Rgb background) {
        save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        setFont(atLeast(11, NAME_PIXELS), true);
        String fitted = fit(text, b.width() - 8);
        TextMetrics m = measure(fitted);
        if (m.height() > b.height() || fitted.equals(LabelText.ELLIPSIS)) {
            restore();
            return;
        }
        double x = b.x() + (b.width() - m.width()) / 2;
        double baseline = b.y() + (b.height() + m.ascent() - m.descent()) / 2;
        if (background != null) {
            canvas.setFill(background);
            canvas.fillRect(x - 4, baseline - m.ascent() - 1, m.width() + 8, m.height() + 2);
        }
        canvas.setFill(colour);
        canvas.drawText(fitted, x, baseline);
        restore();
    }

    /** How an edge's line looks, the key by which lines are drawn together. */
    private record LineStyle(Rgb colour, double width, List<Double> dash) {
    }

    /**
     * The line of an edge view, added to {@code lines} under its look; its route if it reaches into the visible area,
     * else null (an edge with a missing end is painted on the spot, as before, and gives null).
     */
    private double[] edgeLine(EdgeView edge, Map<LineStyle, List<double[]>> lines) {
        Bounds source = edge.getSource() == null ? null : geometry.box(edge.getSource());
        Bounds target = edge.getTarget() == null ? null : geometry.box(edge.getTarget());
        if (source == null || target == null) {
            paintBrokenEdge(edge, source, target);
            return null;
        }
        double[] points = route(edge, source, target);
        if (points.length < 4 || !reachesVisible(points, edge)) {
            return null;
        }
        ModelElement element = edge.getElement();
        boolean present = isPresent(element);
        EdgeStyle style = present ? DiagramStyle.edge(element) : DiagramStyle.CONDUIT.withDash(6, 4);
        LineStyle look = new LineStyle(present ? findingColourOr(element, style.colour()) : DiagramStyle.MISSING,
                present ? style.width() : 2, Arrays.stream(style.dash()).boxed().toList());
        lines.computeIfAbsent(look, key -> new ArrayList<>()).add(points);
        return points;
    }

    /** The arrow head, label and finding badge of an edge view whose line {@link #edgeLine} collected. */
    private void paintEdgeDecorations(EdgeView edge, double[] points) {
        ModelElement element = edge.getElement();
        boolean present = isPresent(element);
        EdgeStyle style = present ? DiagramStyle.edge(element) : DiagramStyle.CONDUIT;
        Rgb colour = present ? findingColourOr(element, style.colour()) : DiagramStyle.MISSING;
        if (style.arrow() && detail) {
            paintArrowHead(points, colour, style.width());
        }
        String label = present ? edgeLabel(edge, geometry.summarisedFlows()) : MISSING_LABEL;
        if (!label.isEmpty()) {
            paintEdgeLabel(label, points, edge, colour);
        }
        if (present) {
            int middle = (points.length / 4) * 2;
            double mx = (points[middle - 2] + points[middle]) / 2;
            double my = (points[middle - 1] + points[middle + 1]) / 2;
            paintBadge(element, new Bounds(mx - 40, my - 10, 80, 20));
        }
    }

    /**
     * An edge view whose source or target view is gone: what is left of its route (the remaining
     * end, its bendpoints), dashed in the missing colour with a "missing end" label; a stub below the
     * remaining end when nothing else is left. An edge with neither end nor bendpoints has nothing to
     * draw; rule DIA-03 and the load warnings report it.
     */
    private void paintBrokenEdge(EdgeView edge, Bounds source, Bounds target) {
        List<double[]> points = new ArrayList<>();
        for (Bendpoint point : edge.getBendpoints()) {
            if (DiagramGeometry.isSane(point)) {
                points.add(new double[] { point.getX(), point.getY() });
            }
        }
        Bounds end = source != null ? source : target;
        if (end != null) {
            double[] toward = points.isEmpty() ? new double[] { centreX(end), end.bottom() + 40 }
                    : points.get(source != null ? 0 : points.size() - 1);
            double[] anchor = border(end, toward);
            if (points.isEmpty()) {
                points.add(anchor);
                points.add(toward);
            } else if (source != null) {
                points.add(0, anchor);
            } else {
                points.add(anchor);
            }
        }
        if (points.size() < 2) {
            return;
        }
        double[] flat = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            flat[2 * i] = points.get(i)[0];
            flat[2 * i + 1] = points.get(i)[1];
        }
        if (!reachesVisible(flat, edge)) {
            return;
        }
        canvas.setStroke(DiagramStyle.MISSING);
        canvas.setLineWidth(2);
        canvas.setDash(6, 4);
        canvas.strokePolyline(flat);
        canvas.setDash();
        paintEdgeLabel(MISSING_END_LABEL, flat, edge, DiagramStyle.MISSING);
    }

    /** A box whose stored bounds are broken, drawn clamped: a dashed outline and a label say so. */
    private void paintClampedMark(Bounds b) {
        canvas.setStroke(DiagramStyle.MISSING);
        canvas.setLineWidth(2);
        canvas.setDash(4, 3);
        canvas.strokeRect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6);
        canvas.setDash();
        if (!detail) {
            return;
        }
        setFont(10, true);
        TextMetrics m = measure(INVALID_BOUNDS_LABEL);
        canvas.setFill(DiagramStyle.MISSING_FILL);
        canvas.fillRect(b.x() - 3, b.bottom() + 3, m.width() + 8, m.height() + 2);
        canvas.setFill(DiagramStyle.MISSING);
        canvas.drawText(INVALID_BOUNDS_LABEL, b.x() + 1, b.bottom() + 4 + m.ascent());
    }

    /**
     * Whether any segment's box meets the visible area (exact for the orthogonal routes of a layout,
     * generous for diagonals), or the label at the route's middle may.
     */
    private boolean reachesVisible(double[] points, EdgeView edge) {
        if (visible == null) {
            return true;
        }
        int middle = (points.length / 4) * 2;
        double labelX = (points[middle - 2] + points[middle]) / 2 + edge.getLabelOffsetX();
        double labelY = (points[middle - 1] + points[middle + 1]) / 2 + edge.getLabelOffsetY();
        if (new Bounds(labelX, labelY, 0, 0).intersects(visible, LABEL_MARGIN)) {
            return true;
        }
        for (int i = 2; i < points.length; i += 2) {
            if (segmentMeets(points[i - 2], points[i - 1], points[i], points[i + 1], DECORATION_MARGIN)) {
                return true;
            }
        }
        return false;
    }

    /** Liang-Barsky: whether the segment passes through the visible area grown by {@code margin}. */
    private boolean segmentMeets(double x1, double y1, double x2, double y2, double margin) {
        double[] p = { x1 - x2, x2 - x1, y1 - y2, y2 - y1 };
        double[] q = { x1 - (visible.x() - margin), visible.right() + margin - x1, y1 - (visible.y() - margin),
                visible.bottom() + margin - y1 };
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave;
    }

    private static double[] route(EdgeView edge, Bounds source, Bounds target) {
        return DiagramGeometry.route(edge, source, target);
    }

    private static double centreX(Bounds b) {
        return b.x() + b.width() / 2;
    }

    private static double[] border(Bounds b, double[] toward) {
        return DiagramGeometry.border(b, toward);
    }

    private void paintArrowHead(double[] points, Rgb colour, double width) {
        int n = points.length;
        double tipX = points[n - 2];
        double tipY = points[n - 1];
        double angle = Math.atan2(tipY - points[n - 3], tipX - points[n - 4]);
        double length = 8 + 2 * width;
        double spread = Math.toRadians(24);
        canvas.setFill(colour);
        canvas.fillPolygon(tipX, tipY, tipX - length * Math.cos(angle - spread), tipY - length * Math.sin(angle - spread),
                tipX - length * Math.cos(angle + spread), tipY - length * Math.sin(angle + spread));
    }

    private void paintEdgeLabel(String label, double[] points, EdgeView edge, Rgb colour) {
        int middle = (points.length / 4) * 2;
        double mx = (points[middle - 2] + points[middle]) / 2 + edge.getLabelOffsetX();
        double my = (points[middle - 1] + points[middle + 1]) / 2 + edge.getLabelOffsetY();
        if (!legible(EDGE_LABEL_FONT, SECONDARY_PIXELS) || !isVisible(new Bounds(mx, my, 0, 0), LABEL_MARGIN)) {
            return;
        }
        setFont(EDGE_LABEL_FONT, false);
        label = fit(label, MAX_EDGE_LABEL_WIDTH);
        TextMetrics m = measure(label);
        double width = m.width() + 12;
        double height = m.height() + 6;
        canvas.setFill(DiagramStyle.BACKGROUND);
        canvas.fillRoundRect(mx - width / 2, my - height / 2, width, height, 4);
        canvas.setStroke(colour);
        canvas.setLineWidth(1);
        canvas.strokeRoundRect(mx - width / 2, my - height / 2, width, height, 4);
        canvas.setFill(DiagramStyle.TEXT);
        canvas.drawText(label, mx - m.width() / 2, my + (m.ascent() - m.descent()) / 2);
    }

    /**
     * The label painted on an edge view whose element is present: "n flows" first when the edge summarises flows (so
     * that a long list of devices never cuts the count off), then {@link #edgeLabel(ModelElement)}. Every export
     * labels edges with this text.
     */
    public static String edgeLabel(EdgeView edge, SummarisedFlows summarised) {
        String label = edgeLabel(edge.getElement());
        String count = summarised.label(edge);
        return count.isEmpty() ? label : label.isEmpty() ? count : count + "  \u00b7  " + label;
    }

    /** The label painted on an edge of this element (other exporters show the same text). */
    public static String edgeLabel(ModelElement element) {
        if (element instanceof Conduit conduit) {
            String devices = conduit.getEnforcedBy().stream().map(DiagramPainter::label)
                    .collect(Collectors.joining(", "));
            String medium = conduit.getMedium().getLiteral().toUpperCase(java.util.Locale.ROOT);
            return devices.isEmpty() ? medium : devices + "  \u00b7  " + medium;
        }
        if (element instanceof Flow flow) {
            return flow.getProtocol() == null ? label(flow) : label(flow.getProtocol());
        }
        return label(element);
    }

    private void paintBadge(EObject element, Bounds b) {
        Rgb colour = DiagramStyle.findingColour(severityOf(element));
        if (colour == null) {
            return;
        }
        double size = 18;
        double x = b.right() - size + 6;
        double y = b.y() - 6;
        canvas.setDash();
        canvas.setFill(colour);
        canvas.fillOval(x, y, size, size);
        if (!detail) {
            return; // a coloured dot is all that can be seen at this scale
        }
        canvas.setStroke(DiagramStyle.BACKGROUND);
        canvas.setLineWidth(1.5);
        canvas.strokeOval(x, y, size, size);
        canvas.setFill(DiagramStyle.BACKGROUND);
        canvas.fillRect(x + size / 2 - 1.2, y + 4, 2.4, 6.5);
        canvas.fillRect(x + size / 2 - 1.2, y + 12, 2.4, 2.4);
    }

    private int severityOf(EObject element) {
        Integer severity = element == null ? null : severities.get(element);
        return severity == null ? Diagnostic.OK : severity;
    }

    private Rgb findingColourOr(EObject element, Rgb otherwise) {
        Rgb colour = DiagramStyle.findingColour(severityOf(element));
        return colour == null ? otherwise : colour;
    }

    /** Present = set, resolved, and in the same model (containment tree) as the diagram. */
    private boolean isPresent(EObject element) {
        return element != null && !element.eIsProxy() && EcoreUtil.getRootContainer(element) == modelRoot;
    }

    /** The canvas's save and restore, which also keep the font the text cache is keyed on. */
    private void save() {
        canvas.save();
        savedFontKeys.push(fontKey);
    }

    private void restore() {
        canvas.restore();
        fontKey = savedFontKeys.pop();
    }

    private void setFont(double size, boolean bold) {
        canvas.setFont(size, bold);
        fontKey = size + (bold ? "b" : "") + "\u0000";
    }

    private TextMetrics measure(String text) {
        return metrics.computeIfAbsent(fontKey + text, key -> canvas.measure(text));
    }

    /**
     * The name painted for an element: its name, else its id, else its type; bidi controls and
     * zero-width characters shown as escapes ({@link LabelText#neutralise}).
     */
    public static String label(EObject element) {
        if (element instanceof ModelElement named) {
            if (named.getName() != null && !named.getName().isBlank()) {
                return LabelText.neutralise(named.getName());
            }
            if (named.getId() != null) {
                return LabelText.neutralise(named.getId());
            }
        }
        return element.eClass().getName();
    }

    /** The text cut with an ellipsis to fit {@code width} in the current font. */
    private String fit(String text, double width) {
        return LabelText.fit(text, width, this::widthOf);
    }

    /**
     * Word-wraps into at most {@code maxLines}, breaking at spaces and after slashes, and within
     * words too long for a line; the last line is cut with an ellipsis if the text does not fit.
     */
    private List<String> wrap(String text, double width, int maxLines) {
        return LabelText.wrap(text, width, maxLines, this::widthOf);
    }

    private double widthOf(String text) {
        return measure(text).width();
    }

}
