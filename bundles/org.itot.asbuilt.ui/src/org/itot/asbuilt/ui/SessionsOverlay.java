package org.itot.asbuilt.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.asbuilt.TrafficReconciliation.UndocumentedSession;
import org.itot.asbuilt.net.Ip;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.render.Canvas;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;

/**
 * The sessions a reconciliation saw that no flow documents, drawn dashed over the diagram between the boxes of their
 * ends: the asset's box, else its zone's when the asset is not on the diagram. An unknown host is a small dashed box
 * with its address inside its zone's box. Sessions with an end on no box of the diagram are counted
 * ({@link #notDrawn}), not guessed.
 */
public final class SessionsOverlay implements DiagramOverlay {

    /** Violet: apart from the flows' blue, the conduits' grey, the findings' red and orange and the path magenta. */
    public static final Rgb COLOUR = Rgb.of(0x7b2cbf);
    static final double[] DASH = { 7, 4 };
    private static final double HOST_WIDTH = 86;
    private static final double HOST_HEIGHT = 18;

    private final List<UndocumentedSession> sessions;

    public SessionsOverlay(List<UndocumentedSession> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    public List<UndocumentedSession> sessions() {
        return sessions;
    }

    /** The sessions of which an end has no box on this diagram. */
    public int notDrawn(DiagramGeometry geometry) {
        Map<EObject, Bounds> boxes = boxesByElement(geometry);
        Map<Ip, Bounds> hosts = hostBoxes(boxes, 1);
        int count = 0;
        for (UndocumentedSession session : sessions) {
            if (end(boxes, hosts, session.source(), session.sourceZone(), session.sourceAddress()) == null
                    || end(boxes, hosts, session.target(), session.targetZone(), session.targetAddress()) == null) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void paint(DiagramGeometry geometry, Canvas canvas, DiagramPainter.Viewport viewport) {
        Map<EObject, Bounds> boxes = boxesByElement(geometry);
        // Zoomed out, lines and labels keep their size on screen, so the sessions stay visible over a whole plant.
        double grow = 1 / Math.min(1, Math.max(0.2, viewport.scale()));
        double[] dash = { DASH[0] * grow, DASH[1] * grow };
        Map<Ip, Bounds> hosts = hostBoxes(boxes, grow);
        canvas.setStroke(COLOUR);
        canvas.setFill(COLOUR);
        canvas.setLineWidth(1.5 * grow);
        canvas.setDash(dash);
        canvas.setFont(9 * grow, false);
        for (Map.Entry<Ip, Bounds> host : hosts.entrySet()) {
            Bounds box = host.getValue();
            canvas.setFill(Rgb.of(0xffffff));
            canvas.fillRect(box.x(), box.y(), box.width(), box.height());
            canvas.strokeRect(box.x(), box.y(), box.width(), box.height());
            canvas.setFill(COLOUR);
            canvas.drawText("? " + host.getKey(), box.x() + 4 * grow, box.y() + 13 * grow);
        }
        canvas.setLineWidth(2 * grow);
        canvas.setFont(9 * grow, true);
        for (UndocumentedSession session : sessions) {
            Bounds from = end(boxes, hosts, session.source(), session.sourceZone(), session.sourceAddress());
            Bounds to = end(boxes, hosts, session.target(), session.targetZone(), session.targetAddress());
            if (from == null || to == null || from == to) {
                continue;
            }
            double[] line = between(from, to);
            canvas.strokeLine(line[0], line[1], line[2], line[3]);
            arrowHead(canvas, line, 8 * grow);
            String service = session.port() < 0 ? session.transport() : session.transport() + "/" + session.port();
            canvas.drawText(service, (line[0] + line[2]) / 2 + 4, (line[1] + line[3]) / 2 - 4);
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

    /** A small box per unknown host, stacked upwards from the bottom right corner inside its zone's box. */
    private Map<Ip, Bounds> hostBoxes(Map<EObject, Bounds> boxes, double grow) {
        Map<Ip, Bounds> hosts = new LinkedHashMap<>();
        Map<Zone, Integer> stacked = new HashMap<>();
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
            int index = stacked.merge(zone, 1, Integer::sum) - 1;
            double width = Math.min(HOST_WIDTH * grow, zoneBox.width() / 2);
            double height = Math.min(HOST_HEIGHT * grow, zoneBox.height() / 3);
            hosts.put(address, new Bounds(zoneBox.right() - width - 6, zoneBox.bottom() - (height + 4) * (index + 1) - 2,
                    width, height));
        }
        return hosts;
    }

    private static Bounds end(Map<EObject, Bounds> boxes, Map<Ip, Bounds> hosts, EObject asset, Zone zone, Ip address) {
        if (asset != null) {
            Bounds box = boxes.get(asset);
            return box != null ? box : zone == null ? null : boxes.get(zone);
        }
        return hosts.get(address);
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
