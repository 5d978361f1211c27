package org.itot.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;

/**
 * The Purdue bands are derived from where the top-level zones are (each band spans its zones from top to bottom, as
 * the painter draws it), so two bands must never share a height: a Level 1 zone placed beside an Enterprise zone would
 * otherwise draw the Level 1 band over the Enterprise band. {@link #plan} says where top-level zones must go so that no
 * two bands overlap: zones just placed join the row of their band (or open a new row between the bands above and below
 * it), and bands further down move down as a whole to make room.
 */
public final class Banding {

    /** Space kept between two bands, besides their padding. */
    public static final int GAP = 20;

    private Banding() {
    }

    /** A top-level zone view with its band and its box (absolute, as top-level views are stored). */
    private record Placed(NodeView view, Band band, int x, int y, int width, int height) {

        int bottom() {
            return y + height;
        }

        Placed at(int newX, int newY) {
            return new Placed(view, band, newX, newY, width, height);
        }
    }

    /** The band a top-level view's zone lies in, or null (not a zone, or a zone that is gone). */
    public static Band bandOf(Diagram diagram, NodeView view) {
        return view.eContainer() == diagram && view.getElement() instanceof Zone zone && !zone.eIsProxy()
                && EcoreUtil.getRootContainer(zone) == EcoreUtil.getRootContainer(diagram)
                        ? DiagramStyle.band(zone.getPurdueLevel())
                        : null;
    }

    /** The vertical span {top, bottom} of each band with its padding, from the zones' current places. */
    public static Map<Band, int[]> spans(Diagram diagram) {
        return spans(placed(diagram));
    }

    /** Whether any two bands of the diagram overlap. */
    public static boolean overlapping(Diagram diagram) {
        return overlapping(spans(diagram));
    }

    private static boolean overlapping(Map<Band, int[]> spans) {
        List<int[]> list = new ArrayList<>(spans.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (list.get(i)[0] < list.get(j)[1] && list.get(j)[0] < list.get(i)[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * New positions {x, y} for top-level zone views so that no two bands overlap, or an empty map if none overlap.
     * {@code placed} are the views the user just created, moved or grew: those are the ones that join their band's row;
     * all others keep their place within their band, and bands move down as a whole.
     */
    public static Map<NodeView, int[]> plan(Diagram diagram, Collection<NodeView> placed) {
        List<Placed> zones = placed(diagram);
        if (!overlapping(spans(zones))) {
            return Map.of();
        }
        Set<NodeView> movers = Set.copyOf(placed);
        List<Placed> staying = new ArrayList<>(zones.stream().filter(z -> !movers.contains(z.view())).toList());
        List<Placed> result = new ArrayList<>(staying);
        for (Placed mover : zones.stream().filter(z -> movers.contains(z.view())).toList()) {
            Placed joined = join(mover, result);
            result.add(joined);
        }
        result = stack(result);
        Map<NodeView, int[]> positions = new LinkedHashMap<>();
        for (Placed zone : result) {
            NodeView view = zone.view();
            if (zone.x() != view.getX() || zone.y() != view.getY()) {
                positions.put(view, new int[] { zone.x(), zone.y() });
            }
        }
        return positions;
    }

    /** Puts a zone just placed into its band's row: beside the row's zones, or in a new row between the bands. */
    private static Placed join(Placed mover, List<Placed> others) {
        Map<Band, int[]> spans = spans(others);
        int pad = (int) DiagramStyle.BAND_PADDING;
        int[] own = spans.get(mover.band());
        if (own != null) {
            boolean inside = mover.y() >= own[0] + pad && mover.y() < own[1] - pad;
            Placed candidate = inside ? mover : mover.at(mover.x(), own[0] + pad);
            return beside(candidate, others);
        }
        // A band of its own: a row below the nearest band above it in the Purdue order, or above all of them.
        int rank = DiagramStyle.BANDS.indexOf(mover.band());
        Integer below = null;
        int top = Integer.MAX_VALUE;
        for (Map.Entry<Band, int[]> entry : spans.entrySet()) {
            top = Math.min(top, entry.getValue()[0]);
            if (DiagramStyle.BANDS.indexOf(entry.getKey()) < rank) {
                below = below == null ? entry.getValue()[1] : Math.max(below, entry.getValue()[1]);
            }
        }
        Map<Band, int[]> alone = spans(List.of(mover));
        if (!overlapping(merge(spans, alone)) || inOrder(rank, alone.get(mover.band()), spans)) {
            return mover; // where it is, or where the bands below make room for it
        }
        int y = below != null ? below + GAP + pad : top - GAP - pad - mover.height();
        return mover.at(mover.x(), y);
    }

    /** Whether the bands above in the Purdue order start above {@code span} and the ones below start below it. */
    private static boolean inOrder(int rank, int[] span, Map<Band, int[]> spans) {
        for (Map.Entry<Band, int[]> entry : spans.entrySet()) {
            int other = DiagramStyle.BANDS.indexOf(entry.getKey());
            if (other < rank ? entry.getValue()[0] >= span[0] : entry.getValue()[0] <= span[0]) {
                return false;
            }
        }
        return true;
    }

    /** Moves a zone right of the zones of its band it would overlap. */
    private static Placed beside(Placed zone, List<Placed> others) {
        Placed current = zone;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Placed other : others) {
                if (other.view() != zone.view() && current.x() < other.x() + other.width()
                        && other.x() < current.x() + current.width() && current.y() < other.bottom()
                        && other.y() < current.bottom()) {
                    current = current.at(other.x() + other.width() + GAP, current.y());
                    moved = true;
                }
            }
        }
        return current;
    }

    /** Bands from top to bottom (by their top): each band that reaches into the one above moves down as a whole. */
    private static List<Placed> stack(List<Placed> zones) {
        List<Placed> result = new ArrayList<>(zones);
        for (int guard = 0; guard < DiagramStyle.BANDS.size() && overlapping(spans(result)); guard++) {
            Map<Band, int[]> spans = spans(result);
            List<Band> order = new ArrayList<>(spans.keySet());
            order.sort(Comparator.<Band>comparingInt(b -> spans.get(b)[0])
                    .thenComparingInt(b -> DiagramStyle.BANDS.indexOf(b)));
            int floor = Integer.MIN_VALUE;
            Map<Band, Integer> shifts = new LinkedHashMap<>();
            for (Band band : order) {
                int[] span = spans.get(band);
                int shift = floor == Integer.MIN_VALUE ? 0 : Math.max(0, floor + GAP - span[0]);
                shifts.put(band, shift);
                floor = span[1] + shift;
            }
            List<Placed> shifted = new ArrayList<>();
            for (Placed zone : result) {
                shifted.add(zone.at(zone.x(), zone.y() + shifts.getOrDefault(zone.band(), 0)));
            }
            result = shifted;
        }
        return result;
    }

    static Map<Band, int[]> merge(Map<Band, int[]> a, Map<Band, int[]> b) {
        Map<Band, int[]> merged = new LinkedHashMap<>(a);
        b.forEach((band, span) -> merged.merge(band, span,
                (x, y) -> new int[] { Math.min(x[0], y[0]), Math.max(x[1], y[1]) }));
        return merged;
    }

    private static List<Placed> placed(Diagram diagram) {
        List<Placed> zones = new ArrayList<>();
        for (NodeView view : diagram.getNodes()) {
            Band band = bandOf(diagram, view);
            if (band != null && view.getWidth() > 0 && view.getHeight() > 0) {
                zones.add(new Placed(view, band, view.getX(), view.getY(), view.getWidth(), view.getHeight()));
            }
        }
        return zones;
    }

    private static Map<Band, int[]> spans(List<Placed> zones) {
        int pad = (int) DiagramStyle.BAND_PADDING;
        Map<Band, int[]> spans = new LinkedHashMap<>();
        for (Placed zone : zones) {
            spans.merge(zone.band(), new int[] { zone.y() - pad, zone.bottom() + pad },
                    (a, c) -> new int[] { Math.min(a[0], c[0]), Math.max(a[1], c[1]) });
        }
        return spans;
    }
}
