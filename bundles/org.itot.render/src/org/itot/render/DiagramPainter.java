package org.itot.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;
import org.itot.render.style.EdgeStyle;
import org.itot.render.style.Icons;
import org.itot.render.style.ZoneStyle;

/**
 * Paints a {@link Diagram} on a {@link Canvas} as {@link DiagramStyle} describes it: Purdue bands
 * derived from the zones' levels, zones as titled containers, assets with icon, name and type,
 * notes, edges with labels, and finding badges. It only reads the model.
 */
public final class DiagramPainter {

    /** A rectangle in diagram coordinates. */
    public record Bounds(double x, double y, double width, double height) {

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public boolean contains(double px, double py) {
            return px >= x && py >= y && px < right() && py < bottom();
        }
    }

    static final double MARGIN = 20;
    /**
     * A word with the spaces after it, or a piece ending in a slash followed by at least three
     * letters ("operations/supervisory" may break, "I/O" may not): the places a label may break.
     */
    private static final Pattern WORD = Pattern.compile("[^ /]+/(?=[^ /]{3})|(?:[^ /]|/(?![^ /]{3}))+ *| +");
    static final String MISSING_LABEL = "missing element";

    private final Canvas canvas;
    private final Diagram diagram;
    private final Map<? extends EObject, Integer> severities;
    private final Predicate<EdgeView> edgeLayer;
    private final Map<NodeView, Bounds> absolute = new HashMap<>();

    private DiagramPainter(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities,
            Predicate<EdgeView> edgeLayer) {
        this.diagram = diagram;
        this.canvas = canvas;
        this.severities = severities;
        this.edgeLayer = edgeLayer;
    }

    /** Paints without findings. */
    public static void paint(Diagram diagram, Canvas canvas) {
        paint(diagram, canvas, Map.of());
    }

    /**
     * @param severities EMF {@link Diagnostic} severity per element; errors and warnings get a badge
     */
    public static void paint(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities) {
        paint(diagram, canvas, severities, edge -> true);
    }

    /**
     * @param edgeLayer which edge views to draw (the editor's layer toggles hide flows or conduits)
     */
    public static void paint(Diagram diagram, Canvas canvas, Map<? extends EObject, Integer> severities,
            Predicate<EdgeView> edgeLayer) {
        new DiagramPainter(diagram, canvas, severities, edgeLayer).paintAll();
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
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        Map<NodeView, Bounds> views = new LinkedHashMap<>();
        for (NodeView node : diagram.getNodes()) {
            collectAbsolute(node, 0, 0, views);
        }
        for (Bounds b : views.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (EdgeView edge : diagram.getEdges()) {
            for (Bendpoint point : edge.getBendpoints()) {
                minX = Math.min(minX, point.getX());
                minY = Math.min(minY, point.getY());
                maxX = Math.max(maxX, point.getX());
                maxY = Math.max(maxY, point.getY());
            }
        }
        if (minX > maxX) {
            return new Bounds(0, 0, 2 * MARGIN, 2 * MARGIN);
        }
        double left = minX - MARGIN - DiagramStyle.BAND_GUTTER;
        double top = minY - MARGIN;
        return new Bounds(left, top, maxX + MARGIN - left, maxY + MARGIN - top);
    }

    private static void collectAbsolute(NodeView node, double offsetX, double offsetY, Map<NodeView, Bounds> into) {
        Bounds b = new Bounds(offsetX + node.getX(), offsetY + node.getY(), Math.max(0, node.getWidth()),
                Math.max(0, node.getHeight()));
        into.put(node, b);
        for (NodeView child : node.getChildren()) {
            collectAbsolute(child, b.x(), b.y(), into);
        }
    }

    private void paintAll() {
        for (NodeView node : diagram.getNodes()) {
            collectAbsolute(node, 0, 0, absolute);
        }
        Bounds extent = bounds(diagram);
        canvas.save();
        canvas.setFill(DiagramStyle.BACKGROUND);
        canvas.fillRect(extent.x(), extent.y(), extent.width(), extent.height());
        paintBands(extent);
        for (NodeView node : diagram.getNodes()) {
            paintNode(node, null);
        }
        for (EdgeView edge : diagram.getEdges()) {
            if (edgeLayer.test(edge)) {
                paintEdge(edge);
            }
        }
        for (Map.Entry<NodeView, Bounds> entry : absolute.entrySet()) {
            if (!insideCollapsed(entry.getKey())) {
                paintBadge(entry.getKey().getElement(), entry.getValue());
            }
        }
        canvas.restore();
    }

    private static boolean insideCollapsed(NodeView view) {
        return view.eContainer() instanceof NodeView parent && (parent.isCollapsed() || insideCollapsed(parent));
    }

    private void paintBands(Bounds extent) {
        Map<Band, double[]> spans = new LinkedHashMap<>();
        for (NodeView node : diagram.getNodes()) {
            if (node.getElement() instanceof Zone zone && isPresent(zone)) {
                Bounds b = absolute.get(node);
                spans.merge(DiagramStyle.band(zone.getPurdueLevel()), new double[] { b.y(), b.bottom() },
                        (a, c) -> new double[] { Math.min(a[0], c[0]), Math.max(a[1], c[1]) });
            }
        }
        double pad = DiagramStyle.BAND_PADDING;
        for (Band band : DiagramStyle.BANDS) {
            double[] span = spans.get(band);
            if (span == null) {
                continue;
            }
            double top = span[0] - pad;
            double height = span[1] - span[0] + 2 * pad;
            canvas.setFill(band.fill());
            canvas.fillRect(extent.x() + 6, top, extent.width() - 12, height);
            canvas.setFill(band.labelColour());
            canvas.fillRect(extent.x() + 6, top, 4, height);
            canvas.setFont(15, true);
            TextMetrics title = canvas.measure(band.title());
            double baseline = top + pad + title.ascent() + 6;
            canvas.drawText(band.title(), extent.x() + 20, baseline);
            canvas.setFont(11, false);
            double subtitleBaseline = baseline + title.descent() + canvas.measure(band.subtitle()).ascent() + 2;
            for (String line : wrap(band.subtitle(), DiagramStyle.BAND_GUTTER - 30, 2)) {
                canvas.drawText(line, extent.x() + 20, subtitleBaseline);
                subtitleBaseline += 14;
            }
        }
    }

    private void paintNode(NodeView node, ZoneStyle parentZone) {
        Bounds b = absolute.get(node);
        ModelElement element = node.getElement();
        ZoneStyle childZone = parentZone;
        if (node instanceof NoteView note) {
            paintNote(note, b);
        } else if (!isPresent(element)) {
            paintMissing(b);
        } else if (element instanceof Zone zone) {
            childZone = DiagramStyle.zone(zone.getKind());
            paintZone(node, zone, childZone, b);
        } else if (element instanceof Asset asset) {
            paintAsset(asset, parentZone, b);
        } else {
            paintGeneric(element, b);
        }
        if (!node.isCollapsed()) {
            for (NodeView child : node.getChildren()) {
                paintNode(child, childZone);
            }
        }
    }

    private void paintZone(NodeView node, Zone zone, ZoneStyle style, Bounds b) {
        double radius = DiagramStyle.ZONE_RADIUS;
        double titleHeight = Math.min(DiagramStyle.ZONE_TITLE_HEIGHT, b.height());
        canvas.setDash();
        canvas.setFill(style.fill());
        canvas.fillRoundRect(b.x(), b.y(), b.width(), b.height(), radius);
        canvas.save();
        canvas.clipRect(b.x(), b.y(), b.width(), titleHeight);
        canvas.setFill(style.titleBar());
        canvas.fillRoundRect(b.x(), b.y(), b.width(), b.height(), radius);
        canvas.restore();
        canvas.setStroke(findingColourOr(zone, style.border()));
        canvas.setLineWidth(severityOf(zone) >= Diagnostic.WARNING ? 3 : 1.5);
        canvas.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), radius);

        canvas.save();
        canvas.clipRect(b.x(), b.y(), b.width(), titleHeight);
        double right = b.right() - 12;
        if (zone.getSlTarget() != null) {
            String sl = "SL " + SecurityLevels.scalar(zone.getSlTarget());
            canvas.setFont(11, true);
            TextMetrics m = canvas.measure(sl);
            double pillWidth = m.width() + 14;
            double pillTop = b.y() + (titleHeight - 18) / 2;
            canvas.setFill(style.titleText());
            canvas.fillRoundRect(right - pillWidth, pillTop, pillWidth, 18, 9);
            canvas.setFill(style.titleBar());
            canvas.drawText(sl, right - pillWidth + 7, pillTop + 9 + (m.ascent() - m.descent()) / 2);
            right -= pillWidth + 10;
        }
        // The kind only when the name does not already say it ("Site operations  Site operations").
        String kind = DiagramStyle.zoneKindLabel(zone.getKind());
        if (label(zone).toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            kind = "";
        }
        canvas.setFont(11, false);
        TextMetrics kindMetrics = canvas.measure(kind);
        double middle = b.y() + titleHeight / 2;
        canvas.setFill(style.titleText());
        canvas.drawText(kind, right - kindMetrics.width(), middle + (kindMetrics.ascent() - kindMetrics.descent()) / 2);
        right -= kindMetrics.width() + 12;
        canvas.setFont(13, true);
        String name = fit(label(zone), right - b.x() - 12);
        TextMetrics nameMetrics = canvas.measure(name);
        canvas.drawText(name, b.x() + 12, middle + (nameMetrics.ascent() - nameMetrics.descent()) / 2);
        canvas.restore();
        if (node.isCollapsed() && !node.getChildren().isEmpty()) {
            canvas.setFont(11, false);
            canvas.setFill(DiagramStyle.TEXT_MUTED);
            canvas.drawText(node.getChildren().size() + " hidden", b.x() + 12, b.y() + titleHeight + 16);
        }
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

        double iconSize = Math.min(28, Math.max(0, b.height() - 12));
        Icons.paint(canvas, look.icon(), b.x() + 8, b.y() + (b.height() - iconSize) / 2, iconSize, accent);

        canvas.save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        double textX = b.x() + iconSize + 16;
        double textWidth = b.right() - 6 - textX;
        canvas.setFont(9.5, false);
        TextMetrics typeMetrics = canvas.measure("Ag");
        canvas.setFont(10.5, true);
        TextMetrics lineMetrics = canvas.measure("Ag");
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
        canvas.setFont(9.5, false);
        canvas.setFill(DiagramStyle.TEXT_MUTED);
        canvas.drawText(fit(look.label(), textWidth), textX, baseline - lineMetrics.ascent() + typeMetrics.ascent() + 2);
        canvas.restore();
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
        canvas.save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        canvas.setFont(11, false);
        canvas.setFill(DiagramStyle.TEXT);
        TextMetrics m = canvas.measure("Ag");
        double baseline = b.y() + 8 + m.ascent();
        String text = note.getText() == null ? "" : note.getText();
        for (String paragraph : text.split("\n", -1)) {
            for (String line : wrap(paragraph, b.width() - 16 - fold / 2, Integer.MAX_VALUE)) {
                canvas.drawText(line, b.x() + 8, baseline);
                baseline += m.height() + 2;
            }
        }
        canvas.restore();
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

    private void centredLabel(String text, Bounds b, Rgb colour, Rgb background) {
        canvas.save();
        canvas.clipRect(b.x(), b.y(), b.width(), b.height());
        canvas.setFont(11, true);
        String fitted = fit(text, b.width() - 8);
        TextMetrics m = canvas.measure(fitted);
        double x = b.x() + (b.width() - m.width()) / 2;
        double baseline = b.y() + (b.height() + m.ascent() - m.descent()) / 2;
        if (background != null) {
            canvas.setFill(background);
            canvas.fillRect(x - 4, baseline - m.ascent() - 1, m.width() + 8, m.height() + 2);
        }
        canvas.setFill(colour);
        canvas.drawText(fitted, x, baseline);
        canvas.restore();
    }

    private void paintEdge(EdgeView edge) {
        Bounds source = edge.getSource() == null ? null : absolute.get(edge.getSource());
        Bounds target = edge.getTarget() == null ? null : absolute.get(edge.getTarget());
        if (source == null || target == null) {
            return; // nothing to anchor it to; the editor reports such edges
        }
        ModelElement element = edge.getElement();
        boolean present = isPresent(element);
        EdgeStyle style = present ? DiagramStyle.edge(element) : DiagramStyle.CONDUIT.withDash(6, 4);
        double[] points = route(edge, source, target);
        if (points.length < 4) {
            return;
        }
        Rgb colour = present ? findingColourOr(element, style.colour()) : DiagramStyle.MISSING;
        canvas.setStroke(colour);
        canvas.setLineWidth(present ? style.width() : 2);
        canvas.setDash(style.dash());
        canvas.strokePolyline(points);
        canvas.setDash();
        if (style.arrow()) {
            paintArrowHead(points, colour, style.width());
        }
        String label = present ? edgeLabel(element) : MISSING_LABEL;
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

    private static double[] route(EdgeView edge, Bounds source, Bounds target) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] { centreX(source), centreY(source) });
        for (Bendpoint point : edge.getBendpoints()) {
            points.add(new double[] { point.getX(), point.getY() });
        }
        points.add(new double[] { centreX(target), centreY(target) });
        points.set(0, border(source, points.get(1)));
        points.set(points.size() - 1, border(target, points.get(points.size() - 2)));
        double[] flat = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            flat[2 * i] = points.get(i)[0];
            flat[2 * i + 1] = points.get(i)[1];
        }
        return flat;
    }

    private static double centreX(Bounds b) {
        return b.x() + b.width() / 2;
    }

    private static double centreY(Bounds b) {
        return b.y() + b.height() / 2;
    }

    /** Where the line from the box's centre towards {@code toward} leaves the box. */
    private static double[] border(Bounds b, double[] toward) {
        double cx = centreX(b);
        double cy = centreY(b);
        double dx = toward[0] - cx;
        double dy = toward[1] - cy;
        if (dx == 0 && dy == 0) {
            return new double[] { cx, cy };
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (b.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (b.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new double[] { cx + dx * s, cy + dy * s };
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
        canvas.setFont(10, false);
        TextMetrics m = canvas.measure(label);
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
        return element != null && !element.eIsProxy()
                && EcoreUtil.getRootContainer(element) == EcoreUtil.getRootContainer(diagram);
    }

    /** The name painted for an element: its name, else its id, else its type. */
    public static String label(EObject element) {
        if (element instanceof ModelElement named) {
            if (named.getName() != null && !named.getName().isBlank()) {
                return named.getName();
            }
            if (named.getId() != null) {
                return named.getId();
            }
        }
        return element.eClass().getName();
    }

    /** The text cut with an ellipsis to fit {@code width} in the current font. */
    private String fit(String text, double width) {
        if (canvas.measure(text).width() <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && canvas.measure(cut + "\u2026").width() > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "\u2026";
    }

    /**
     * Word-wraps into at most {@code maxLines}, breaking at spaces and after slashes; the last line
     * is cut with an ellipsis if the text does not fit.
     */
    private List<String> wrap(String text, double width, int maxLines) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        List<String> lines = new ArrayList<>();
        String line = "";
        for (int i = 0; i < words.size(); i++) {
            String candidate = line + words.get(i);
            if (line.isEmpty() || canvas.measure(candidate.stripTrailing()).width() <= width) {
                line = candidate;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(fit((line + String.join("", words.subList(i, words.size()))).stripTrailing(), width));
                return lines;
            }
            lines.add(fit(line.stripTrailing(), width));
            line = words.get(i);
        }
        lines.add(fit(line.stripTrailing(), width));
        return lines;
    }

}
