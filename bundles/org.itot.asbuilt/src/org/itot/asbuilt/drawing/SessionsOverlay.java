package org.itot.asbuilt.drawing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.asbuilt.TrafficReconciliation.UndocumentedSession;
import org.itot.asbuilt.net.Ip;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.render.Canvas;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.OverlayFigures;
import org.itot.render.OverlayFigures.Box;
import org.itot.render.OverlayFigures.LegendLine;
import org.itot.render.OverlayFigures.Line;
import org.itot.render.Rgb;
import org.itot.render.TextMetrics;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;

/**
 * The sessions a reconciliation saw that no flow documents, drawn dashed over the diagram between the boxes of their
 * ends: the asset's box, else its zone's when the asset is not on the diagram. An unknown host is a small dashed box
 * with its address inside its zone's box. Sessions with an end on no box of the diagram are counted
 * ({@link #notDrawn}), not guessed. Headless, so the editor and every export (SVG, PNG, PDF, draw.io, {@code itot
 * reconcile --drawing}) draw the same layer, with a legend saying what the dashes are and how many were left out.
 */
public final class SessionsOverlay implements DiagramOverlay {

    /** Violet: apart from the flows' blue, the conduits' grey, the findings' red and orange and the path magenta. */
    public static final Rgb COLOUR = Rgb.of(0x7b2cbf);
    public static final double[] DASH = { 7, 4 };
    /** The key of a host box in {@link OverlayFigures}: this prefix and the address. */
    public static final String HOST_KEY = "host:";
    private static final double HOST_WIDTH = 86;
    private static final double HOST_HEIGHT = 18;

    /** A zone box's title bar, which a host box must leave readable. */
    private static final double ZONE_TITLE_HEIGHT = 32;
    private static final double LINE_WIDTH = 2;

    private final List<UndocumentedSession> sessions;

    public SessionsOverlay(List<UndocumentedSession> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    public List<UndocumentedSession> sessions() {
        return sessions;
    }

    /** The sessions of which an end has no box on this diagram. */
    public int notDrawn(DiagramGeometry geometry) {
        return layout(geometry, 1).offDiagram;
    }

    @Override
    public OverlayFigures figures(DiagramGeometry geometry) {
        Layout layout = layout(geometry, 1);
        List<LegendLine> legend = new ArrayList<>();
        legend.add(new LegendLine("Dashed: undocumented session seen in the traffic, no flow in the model documents it ("
                + layout.lines.size() + " drawn)", COLOUR, DASH.clone()));
        if (layout.offDiagram > 0) {
            legend.add(new LegendLine(layout.offDiagram + " undocumented session(s) left out: an end is on no box of "
                    + "this diagram", null, null));
        }
        if (layout.sameBox > 0) {
            legend.add(new LegendLine(layout.sameBox + " undocumented session(s) left out: both ends in the same box "
                    + "(their zone's, the assets not being on this diagram)", null, null));
        }
        if (!layout.hosts.isEmpty()) {
            legend.add(new LegendLine("? address: a host the model does not know, in the zone whose subnet holds it",
                    null, null));
        }
        if (layout.groupedHosts > 0) {
            legend.add(new LegendLine("? address +n: n more unknown hosts sharing the box, their zone having no room "
                    + "for another (" + layout.groupedHosts + " in all)", null, null));
        }
        return new OverlayFigures(layout.hosts, layout.lines, legend);
    }

    @Override
    public void paint(DiagramGeometry geometry, Canvas canvas, DiagramPainter.Viewport viewport) {
        // Zoomed out, lines and labels keep their size on screen, so the sessions stay visible over a whole plant.
        double grow = 1 / Math.min(1, Math.max(0.2, viewport.scale()));
        Layout layout = layout(geometry, grow);
        canvas.setStroke(COLOUR);
        canvas.setFill(COLOUR);
        canvas.setLineWidth(1.5 * grow);
        canvas.setDash(DASH[0] * grow, DASH[1] * grow);
        canvas.setFont(9 * grow, false);
        for (Box host : layout.hosts) {
            Bounds box = host.bounds();
            canvas.setFill(Rgb.of(0xffffff));
            canvas.fillRect(box.x(), box.y(), box.width(), box.height());
            canvas.strokeRect(box.x(), box.y(), box.width(), box.height());
            canvas.setFill(COLOUR);
            canvas.drawText(host.label(), box.x() + 4 * grow, box.y() + 13 * grow);
        }
        canvas.setLineWidth(LINE_WIDTH * grow);
        canvas.setFont(9 * grow, true);
        for (Line line : layout.lines) {
            double[] points = line.points();
            canvas.strokeLine(points[0], points[1], points[2], points[3]);
            arrowHead(canvas, points, 8 * grow);
        }
        // Labels last, on white, so that no line, zone title or asset name runs through a service's name.
        for (Line line : layout.lines) {
            double[] points = line.points();
            double x = (points[0] + points[2]) / 2 + 4;
            double y = (points[1] + points[3]) / 2 - 4;
            TextMetrics text = canvas.measure(line.label());
            canvas.setFill(Rgb.of(0xffffff));
            canvas.fillRect(x - 2, y - text.ascent() - 1, text.width() + 4, text.height() + 2);
            canvas.setFill(COLOUR);
            canvas.drawText(line.label(), x, y);
        }
    }

    /** Where the host boxes and the session lines go, and what was left out, with boxes sized for {@code grow}. */
    private Layout layout(DiagramGeometry geometry, double grow) {
        Map<EObject, Bounds> boxes = boxesByElement(geometry);
        Map<Ip, HostBox> hostBoxes = hostBoxes(boxes, grow);
        Layout layout = new Layout();
        Map<Object, Bounds> hostsByKey = new HashMap<>();
        for (HostBox host : new LinkedHashSet<>(hostBoxes.values())) {
            layout.hosts.add(new Box(host.key, host.bounds, host.label(), COLOUR, DASH.clone()));
            hostsByKey.put(host.key, host.bounds);
            layout.groupedHosts += host.addresses.size() - 1;
        }
        for (UndocumentedSession session : sessions) {
            Object from = end(boxes, hostBoxes, session.source(), session.sourceZone(), session.sourceAddress());
            Object to = end(boxes, hostBoxes, session.target(), session.targetZone(), session.targetAddress());
            if (from == null || to == null) {
                layout.offDiagram++;
                continue;
            }
            Bounds fromBox = from instanceof String ? hostsByKey.get(from) : boxes.get(from);
            Bounds toBox = to instanceof String ? hostsByKey.get(to) : boxes.get(to);
            if (fromBox == toBox) {
                layout.sameBox++;
                continue;
            }
            String service = session.port() < 0 ? session.transport() : session.transport() + "/" + session.port();
            layout.lines.add(new Line(from, to, between(fromBox, toBox), service, COLOUR, LINE_WIDTH, DASH.clone(),
                    true));
        }
        return layout;
    }

    private static final class Layout {
        final List<Box> hosts = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        int offDiagram;
        int sameBox;
        int groupedHosts;
    }

    /** The box of one unknown host, or of several of one zone once the zone has no room for another box. */
    private static final class HostBox {
        final String key;
        final Bounds bounds;
        final List<Ip> addresses = new ArrayList<>();

        HostBox(Ip first, Bounds bounds) {
            this.key = HOST_KEY + first;
            this.bounds = bounds;
            addresses.add(first);
        }

        String label() {
            return addresses.size() == 1 ? "? " + addresses.get(0)
                    : "? " + addresses.get(0) + " +" + (addresses.size() - 1);
        }
    }

    /** The element each visible node view shows, with its box. */
    private static Map<EObject, Bounds> boxesByElement(DiagramGeometry geometry) {
        Map<EObject, Bounds> boxes = new HashMap<>();
        for (Map.Entry<NodeView, Bounds> entry : geometry.nodes().entrySet()) {
            if (entry.getKey().getElement() != null) {
                boxes.putIfAbsent(entry.getKey().getElement(), entry.getValue());
            }
        }
        return boxes;
    }

    /**
     * A small box per unknown host inside its zone's box, on free ground; once the zone has none left, the zone's
     * further hosts share its last box, which says how many it holds. A zone with no room for even one box gets it
     * right under its own box.
     */
    private Map<Ip, HostBox> hostBoxes(Map<EObject, Bounds> boxes, double grow) {
        Map<Ip, HostBox> hosts = new LinkedHashMap<>();
        Map<Zone, HostBox> lastInZone = new HashMap<>();
        List<Bounds> placed = new ArrayList<>();
        List<Object[]> ends = new ArrayList<>();
        for (UndocumentedSession session : sessions) {
            if (session.source() == null) {
                ends.add(new Object[] { session.sourceAddress(), session.sourceZone() });
            }
            if (session.target() == null) {
                ends.add(new Object[] { session.targetAddress(), session.targetZone() });
            }
        }
        for (Object[] end : ends) {
            Ip address = (Ip) end[0];
            Zone zone = (Zone) end[1];
            Bounds zoneBox = zone == null ? null : boxes.get(zone);
            if (hosts.containsKey(address) || zoneBox == null) {
                continue;
            }
            double width = Math.min(HOST_WIDTH * grow, zoneBox.width() / 2);
            double height = Math.min(HOST_HEIGHT * grow, zoneBox.height() / 3);
            Bounds corner = new Bounds(zoneBox.right() - width - 6, zoneBox.bottom() - height - 6, width, height);
            Optional<Bounds> spot = freeSpot(zoneBox, corner, boxes.values(), placed);
            HostBox last = lastInZone.get(zone);
            if (spot.isEmpty() && last != null) {
                last.addresses.add(address);
                hosts.put(address, last);
                continue;
            }
            // A zone packed with assets: its first host's box goes just below it, else (no room there either) over
            // its corner.
            HostBox host = new HostBox(address,
                    spot.or(() -> belowZone(zoneBox, corner, boxes.values(), placed)).orElse(corner));
            placed.add(host.bounds);
            lastInZone.put(zone, host);
            hosts.put(address, host);
        }
        return hosts;
    }

    /**
     * The spot for a host box inside its zone's box that covers no other box, searched from the bottom right corner
     * (where a zone's grid usually leaves room) leftwards, then upwards; empty when the zone is full. A host box
     * drawn over an asset hid the asset's name in the handed-over drawing.
     */
    private static Optional<Bounds> freeSpot(Bounds zoneBox, Bounds size, Collection<Bounds> taken,
            Collection<Bounds> hostsPlaced) {
        double stepX = Math.max(8, size.width() / 4);
        double stepY = Math.max(4, size.height() / 2);
        List<Bounds> inZone = new ArrayList<>();
        for (Bounds box : taken) {
            if (box != zoneBox && !box.encloses(zoneBox) && box.intersects(zoneBox, 0)) {
                inZone.add(box);
            }
        }
        inZone.addAll(hostsPlaced);
        for (double y = zoneBox.bottom() - size.height() - 6; y >= zoneBox.y() + ZONE_TITLE_HEIGHT; y -= stepY) {
            for (double x = zoneBox.right() - size.width() - 6; x >= zoneBox.x() + 4; x -= stepX) {
                Bounds candidate = new Bounds(x, y, size.width(), size.height());
                if (inZone.stream().noneMatch(box -> box.intersects(candidate, 3))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A spot for a host box right under its zone's box, from its right end leftwards, on ground no other box covers
     * (the boxes enclosing it, a parent zone's, aside): for a zone whose assets leave no room inside.
     */
    private static Optional<Bounds> belowZone(Bounds zoneBox, Bounds size, Collection<Bounds> taken,
            Collection<Bounds> hostsPlaced) {
        double stepX = Math.max(8, size.width() / 4);
        double y = zoneBox.bottom() + 4;
        for (double x = zoneBox.right() - size.width(); x >= zoneBox.x(); x -= stepX) {
            Bounds candidate = new Bounds(x, y, size.width(), size.height());
            boolean free = taken.stream().noneMatch(box -> !box.encloses(candidate) && box.intersects(candidate, 3))
                    && hostsPlaced.stream().noneMatch(box -> box.intersects(candidate, 3));
            if (free) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * What an end of a session is drawn on: the asset, else its zone when the asset is not on the diagram, else (an
     * unknown host) the key of its box; null when there is none.
     */
    private static Object end(Map<EObject, Bounds> boxes, Map<Ip, HostBox> hosts, EObject asset, Zone zone,
            Ip address) {
        if (asset != null) {
            return boxes.containsKey(asset) ? asset : zone != null && boxes.containsKey(zone) ? zone : null;
        }
        return hosts.containsKey(address) ? hosts.get(address).key : null;
    }

    /** From border to border of the two boxes, along the line between their centres. */
    static double[] between(Bounds from, Bounds to) {
        double[] a = DiagramGeometry.border(from, new double[] { to.centreX(), to.centreY() });
        double[] b = DiagramGeometry.border(to, new double[] { from.centreX(), from.centreY() });
        return new double[] { a[0], a[1], b[0], b[1] };
    }

    private static void arrowHead(Canvas canvas, double[] line, double size) {
        double dx = line[2] - line[0];
        double dy = line[3] - line[1];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        canvas.save();
        canvas.setDash();
        canvas.fillPolygon(line[2], line[3], line[2] - ux * size - uy * size / 2, line[3] - uy * size + ux * size / 2,
                line[2] - ux * size + uy * size / 2, line[3] - uy * size - ux * size / 2);
        canvas.restore();
    }
}
