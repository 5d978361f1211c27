package org.itot.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.itot.layout.DiagramGraph;
import org.itot.layout.DiagramLayout;
import org.itot.layout.LayoutResult;
import org.itot.layout.LayoutResult.Bounds;
import org.itot.layout.LayoutResult.Point;
import org.itot.layout.PlantLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.resource.ItotModelSetup;
import org.itot.model.template.ModelTemplates;
import org.itot.model.template.SyntheticPlant;
import org.itot.testing.CancelAfter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plant-scale layout: pages within 4:1, every view inside its parent, no overlapping zones or bands, sub-zones nested,
 * orthogonal routes, determinate progress and cancel; on synthetic plants of several sizes and on the Purdue template.
 */
class PlantLayoutTest {

    private static final ItotFactory FACTORY = ItotFactory.eINSTANCE;

    @BeforeAll
    static void setUp() {
        ItotModelSetup.init();
    }

    @ParameterizedTest
    @ValueSource(ints = { 40, 200, 1000, 2000 })
    void syntheticPlantsFitAPageWithEveryAssetInsideItsZone(int assets) {
        ArchitectureModel model = SyntheticPlant.generate(assets, 1);
        Diagram diagram = plantDiagram(model, 300);

        LayoutResult result = DiagramLayout.compute(diagram);

        assertPageWithin4To1(result, diagram);
        assertContainedAndApart(result, diagram);
        assertBandsApartInPurdueOrder(result, diagram);
        assertOrthogonalRoutesBetweenBorders(result, diagram);
        assertEquals(assets, countAssets(diagram), "every asset has a view");
    }

    @Test
    void purdueTemplateFitsAPage() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);

        LayoutResult result = DiagramLayout.compute(diagram);

        assertPageWithin4To1(result, diagram);
        assertContainedAndApart(result, diagram);
        assertBandsApartInPurdueOrder(result, diagram);
        assertOrthogonalRoutesBetweenBorders(result, diagram);
    }

    @Test
    void oneZonePerBandGivesWiderZonesRatherThanATallStrip() {
        // The Purdue template has one zone per level: square zone grids stacked in eight bands made a 1:3.9 strip.
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);

        LayoutResult result = DiagramLayout.compute(diagram);

        int[] page = page(result, diagram);
        assertTrue(page[1] <= page[0] * 1.5, "page " + page[0] + " x " + page[1] + " is a tall strip");
        assertBandsApartInPurdueOrder(result, diagram);
        assertContainedAndApart(result, diagram);
    }

    @Test
    void zonesOfOneLevelWrapIntoSeveralRows() {
        ArchitectureModel model = SyntheticPlant.generate(2000, 1);
        Diagram diagram = plantDiagram(model, 0);

        LayoutResult result = DiagramLayout.compute(diagram);

        Map<Integer, List<Bounds>> byBand = new TreeMap<>();
        for (NodeView view : diagram.getNodes()) {
            byBand.computeIfAbsent(band(view), b -> new ArrayList<>()).add(result.bounds().get(view));
        }
        boolean wrapped = byBand.values().stream().anyMatch(zones -> zones.stream().map(Bounds::y).distinct().count() > 1);
        assertTrue(wrapped, "the band with most zones must wrap into rows rather than grow to one long row");
    }

    @Test
    void aFewNarrowBandsStillGiveAPageWithin4To1() {
        // One small zone per level: eight bands one box wide would be a tall strip.
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.BLANK);
        Diagram diagram = FACTORY.createDiagram();
        for (PurdueLevel level : PurdueLevel.VALUES) {
            Zone zone = FACTORY.createZone();
            zone.setName(level.getLiteral());
            zone.setPurdueLevel(level);
            model.getZones().add(zone);
            diagram.getNodes().add(view(zone));
        }
        model.getDiagrams().add(diagram);

        LayoutResult result = DiagramLayout.compute(diagram);

        assertPageWithin4To1(result, diagram);
        assertBandsApartInPurdueOrder(result, diagram);
        assertContainedAndApart(result, diagram);
    }

    @Test
    void subZonesNestInsideTheirParentZone() {
        ArchitectureModel model = SyntheticPlant.generate(200, 1);
        Zone parent = model.getZones().get(model.getZones().size() - 1);
        Zone cell = FACTORY.createZone();
        cell.setName("Cell A");
        cell.setPurdueLevel(parent.getPurdueLevel());
        parent.getSubZones().add(cell);
        Zone inner = FACTORY.createZone();
        inner.setName("Safety");
        inner.setPurdueLevel(parent.getPurdueLevel());
        cell.getSubZones().add(inner);
        // Move a few assets into the sub-zones, so they hold assets as well as a zone.
        List<Asset> moved = new ArrayList<>(parent.getAssets().subList(0, Math.min(4, parent.getAssets().size())));
        cell.getAssets().addAll(moved.subList(0, moved.size() / 2));
        inner.getAssets().addAll(moved.subList(moved.size() / 2, moved.size()));
        Diagram diagram = plantDiagram(model, 50);

        LayoutResult result = DiagramLayout.compute(diagram);

        NodeView parentView = viewOf(diagram, parent);
        NodeView cellView = viewOf(diagram, cell);
        NodeView innerView = viewOf(diagram, inner);
        assertEquals(parentView, cellView.eContainer(), "the sub-zone's view is inside its parent's view");
        assertEquals(cellView, innerView.eContainer());
        assertInside(result.bounds().get(cellView), result.bounds().get(parentView), "Cell A", parent.getName());
        assertInside(result.bounds().get(innerView), result.bounds().get(cellView), "Safety", "Cell A");
        assertContainedAndApart(result, diagram);
        assertPageWithin4To1(result, diagram);
    }

    @Test
    void assetsOfAZoneFormAGridShapedToTheZone() {
        ArchitectureModel model = SyntheticPlant.generate(2000, 1);
        Diagram diagram = plantDiagram(model, 0);

        LayoutResult result = DiagramLayout.compute(diagram);

        NodeView biggest = diagram.getNodes().stream().max((a, b) -> a.getChildren().size() - b.getChildren().size())
                .orElseThrow();
        assertTrue(biggest.getChildren().size() >= 20, "the test needs a zone with many assets");
        long columns = biggest.getChildren().stream().map(child -> result.bounds().get(child).x()).distinct().count();
        long rows = biggest.getChildren().stream().map(child -> result.bounds().get(child).y()).distinct().count();
        assertTrue(columns > 1 && rows > 1, "a grid, not a row or a column: " + columns + " x " + rows);
        Bounds zone = result.bounds().get(biggest);
        double aspect = (double) zone.width() / zone.height();
        assertTrue(aspect >= 0.5 && aspect <= 3, "the zone's grid is shaped to a box, not a strip: " + aspect);
    }

    @Test
    void bundledRoutesBetweenTwoZonesShareOneTrack() {
        ArchitectureModel model = SyntheticPlant.generate(200, 1);
        Diagram diagram = plantDiagram(model, 400);

        LayoutResult result = DiagramLayout.compute(diagram);

        // A route's tracks: its horizontal segments outside both top-level boxes, in the gaps between rows.
        Map<String, List<List<Integer>>> tracksByZonePair = new HashMap<>();
        for (EdgeView edge : diagram.getEdges()) {
            List<Point> route = result.routes().get(edge);
            NodeView from = topLevel(edge.getSource());
            NodeView to = topLevel(edge.getTarget());
            if (edge.getElement() instanceof Flow && route != null && from != to) {
                Bounds a = result.bounds().get(from);
                Bounds b = result.bounds().get(to);
                List<Integer> tracks = new ArrayList<>();
                for (int i = 1; i < route.size(); i++) {
                    int y = route.get(i).y();
                    boolean inA = y >= a.y() && y <= a.y() + a.height();
                    boolean inB = y >= b.y() && y <= b.y() + b.height();
                    if (route.get(i - 1).y() == y && !inA && !inB) {
                        tracks.add(y);
                    }
                }
                if (!tracks.isEmpty()) { // else its ends lie one above the other and it crosses the gap straight
                    tracksByZonePair.computeIfAbsent(name(from) + ">" + name(to), key -> new ArrayList<>()).add(tracks);
                }
            }
        }
        assertTrue(tracksByZonePair.values().stream().anyMatch(tracks -> tracks.size() > 1),
                "the test needs parallel flows between two zones");
        tracksByZonePair.forEach((pair, tracks) -> assertEquals(1, tracks.stream().distinct().count(),
                () -> "flows " + pair + " run as one bundle on one track, not on " + tracks));
    }

    @Test
    void routesInsideAZoneGoThroughTheGuttersAndCrossNoOtherAsset() {
        ArchitectureModel model = SyntheticPlant.generate(2000, 1);
        Diagram diagram = plantDiagram(model, 1000);
        // Flows across the biggest zones' grids: corner to corner, along a row and along a column.
        List<NodeView> zones = new ArrayList<>(diagram.getNodes());
        zones.sort((a, b) -> b.getChildren().size() - a.getChildren().size());
        for (NodeView zone : zones.subList(0, 5)) {
            List<NodeView> assets = zone.getChildren();
            for (int i = 0; i < assets.size() / 2; i += 3) {
                diagram.getEdges().add(edge(null, assets.get(i), assets.get(assets.size() - 1 - i)));
                diagram.getEdges().add(edge(null, assets.get(assets.size() - 1 - i), assets.get(i + 1)));
            }
        }

        LayoutResult result = DiagramLayout.compute(diagram);

        assertOrthogonalRoutesBetweenBorders(result, diagram);
        int inGrid = assertRoutesCrossNoOtherAsset(result, diagram);
        assertTrue(inGrid >= 100, "the test needs many routes between assets of one grid in different rows and columns: "
                + inGrid);
    }

    @Test
    void routesOutOfSubZonesCrossNoOtherAsset() {
        ArchitectureModel model = SyntheticPlant.generate(200, 1);
        Zone parent = model.getZones().get(model.getZones().size() - 1);
        List<Asset> moved = new ArrayList<>(parent.getAssets().subList(0, 12));
        Zone cellA = subZone(parent, "Cell A", moved.subList(0, 4));
        subZone(parent, "Cell B", moved.subList(4, 8));
        subZone(cellA, "Safety", moved.subList(8, 12));
        Diagram diagram = plantDiagram(model, 1000);
        // Every sub-zone asset to and from an asset of the parent's grid, of another zone and of another sub-zone.
        Map<EObject, NodeView> views = new HashMap<>();
        diagram.eAllContents().forEachRemaining(o -> {
            if (o instanceof NodeView view) {
                views.put(view.getElement(), view);
            }
        });
        Asset elsewhere = model.getZones().get(0).getAssets().get(0);
        for (int i = 0; i < moved.size(); i++) {
            NodeView view = views.get(moved.get(i));
            diagram.getEdges().add(edge(null, view, views.get(parent.getAssets().get(i))));
            diagram.getEdges().add(edge(null, views.get(parent.getAssets().get(i + 1)), view));
            diagram.getEdges().add(edge(null, view, views.get(elsewhere)));
            diagram.getEdges().add(edge(null, views.get(elsewhere), view));
            diagram.getEdges().add(edge(null, view, views.get(moved.get((i + 5) % moved.size()))));
        }

        LayoutResult result = DiagramLayout.compute(diagram);

        assertContainedAndApart(result, diagram);
        assertOrthogonalRoutesBetweenBorders(result, diagram);
        assertRoutesCrossNoOtherAsset(result, diagram);
    }

    private static Zone subZone(Zone parent, String name, List<Asset> assets) {
        Zone zone = FACTORY.createZone();
        zone.setName(name);
        zone.setPurdueLevel(parent.getPurdueLevel());
        parent.getSubZones().add(zone);
        zone.getAssets().addAll(assets);
        return zone;
    }

    @Test
    void progressIsOneUnitPerZoneAndCancelStopsTheLayout() {
        ArchitectureModel model = SyntheticPlant.generate(1000, 1);
        Diagram diagram = plantDiagram(model, 0);
        int zones = model.getAllZones().size();
        int[] worked = { 0 };
        int[] total = { 0 };
        DiagramLayout.compute(diagram, new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                total[0] = totalWork;
            }

            @Override
            public void worked(int work) {
                worked[0] += work;
            }
        });
        assertTrue(total[0] > 0, "a determinate task, not UNKNOWN");
        assertEquals(total[0], worked[0], "all announced work is reported");

        CancelAfter cancel = new CancelAfter(3);
        Diagram before = org.eclipse.emf.ecore.util.EcoreUtil.copy(diagram);
        assertThrows(OperationCanceledException.class, () -> DiagramLayout.compute(diagram, cancel));
        assertTrue(cancel.polls() < zones, "cancelled after a few zones, not at the end (" + cancel.polls() + " polls)");
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(before, diagram), "a cancelled layout changes nothing");
    }

    @Test
    void theSameDiagramAlwaysGetsTheSameLayout() {
        ArchitectureModel model = SyntheticPlant.generate(500, 3);
        Diagram diagram = plantDiagram(model, 200);
        assertEquals(DiagramLayout.compute(diagram), DiagramLayout.compute(diagram));
    }

    // ---- assertions ----------------------------------------------------------------------------------------------

    static int[] page(LayoutResult result, Diagram diagram) {
        int width = 0;
        int height = 0;
        for (NodeView view : diagram.getNodes()) {
            Bounds b = result.bounds().get(view);
            width = Math.max(width, b.x() + b.width());
            height = Math.max(height, b.y() + b.height());
        }
        return new int[] { width, height };
    }

    static void assertPageWithin4To1(LayoutResult result, Diagram diagram) {
        int width = page(result, diagram)[0];
        int height = page(result, diagram)[1];
        double aspect = (double) width / height;
        String page = width + " x " + height;
        assertTrue(aspect <= PlantLayout.MAX_ASPECT && 1 / aspect <= PlantLayout.MAX_ASPECT,
                () -> "page " + page + " is beyond 4:1");
    }

    /** Children inside their parent below its title bar, siblings never overlapping. */
    static void assertContainedAndApart(LayoutResult result, Diagram diagram) {
        assertApart(result, diagram.getNodes());
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView parent && !parent.getChildren().isEmpty()) {
                Bounds box = result.bounds().get(parent);
                assertApart(result, parent.getChildren());
                for (NodeView child : parent.getChildren()) {
                    Bounds b = result.bounds().get(child);
                    assertTrue(b.x() >= 0 && b.y() >= DiagramGraph.TITLE_BAR_HEIGHT && b.x() + b.width() <= box.width()
                            && b.y() + b.height() <= box.height(),
                            () -> name(child) + " must lie inside " + name(parent) + " below its title bar");
                }
            }
        }
    }

    private static void assertApart(LayoutResult result, List<NodeView> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            Bounds a = result.bounds().get(siblings.get(i));
            assertTrue(a.width() > 0 && a.height() > 0);
            for (int j = i + 1; j < siblings.size(); j++) {
                Bounds b = result.bounds().get(siblings.get(j));
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
                        || b.y() + b.height() <= a.y();
                int first = i;
                int second = j;
                assertTrue(apart, () -> name(siblings.get(first)) + " overlaps " + name(siblings.get(second)));
            }
        }
    }

    /** The vertical extent of each band's zones is disjoint from every other band's, in Purdue order top to bottom. */
    static void assertBandsApartInPurdueOrder(LayoutResult result, Diagram diagram) {
        TreeMap<Integer, int[]> extents = new TreeMap<>();
        for (NodeView view : diagram.getNodes()) {
            if (view.getElement() instanceof Zone) {
                Bounds b = result.bounds().get(view);
                extents.merge(band(view), new int[] { b.y(), b.y() + b.height() },
                        (x, y) -> new int[] { Math.min(x[0], y[0]), Math.max(x[1], y[1]) });
            }
        }
        int previousBottom = Integer.MIN_VALUE;
        for (Map.Entry<Integer, int[]> band : extents.entrySet()) {
            int top = band.getValue()[0];
            int bottom = previousBottom;
            assertTrue(top >= previousBottom, () -> "band " + band.getKey() + " starts at " + top
                    + " inside the band above, which ends at " + bottom);
            previousBottom = band.getValue()[1];
        }
    }

    static void assertOrthogonalRoutesBetweenBorders(LayoutResult result, Diagram diagram) {
        Map<NodeView, int[]> absolute = new HashMap<>();
        for (NodeView view : diagram.getNodes()) {
            absolute(result, view, 0, 0, absolute);
        }
        for (EdgeView edge : diagram.getEdges()) {
            List<Point> route = result.routes().get(edge);
            assertTrue(route != null && route.size() >= 2, () -> "edge of " + name(edge.getSource()) + " has no route");
            assertOnBorder(route.get(0), absolute.get(edge.getSource()));
            assertOnBorder(route.get(route.size() - 1), absolute.get(edge.getTarget()));
            for (int i = 1; i < route.size(); i++) {
                Point from = route.get(i - 1);
                Point to = route.get(i);
                assertTrue(from.x() == to.x() || from.y() == to.y(), () -> "segment " + from + " - " + to
                        + " is not orthogonal");
            }
        }
    }

    /**
     * No segment of any route passes through the inside of an asset's box other than its own ends' (touching a border
     * is allowed). Returns how many routes join two assets of one grid in different rows and columns.
     */
    static int assertRoutesCrossNoOtherAsset(LayoutResult result, Diagram diagram) {
        Map<NodeView, int[]> absolute = new HashMap<>();
        for (NodeView view : diagram.getNodes()) {
            absolute(result, view, 0, 0, absolute);
        }
        List<NodeView> assets = absolute.keySet().stream().filter(view -> view.getElement() instanceof Asset).toList();
        int inGrid = 0;
        for (EdgeView edge : diagram.getEdges()) {
            List<Point> route = result.routes().get(edge);
            if (route == null) {
                continue;
            }
            int[] source = absolute.get(edge.getSource());
            int[] target = absolute.get(edge.getTarget());
            if (edge.getSource().eContainer() == edge.getTarget().eContainer() && edge.getSource().eContainer() instanceof NodeView
                    && source[0] != target[0] && source[1] != target[1]) {
                inGrid++;
            }
            for (NodeView asset : assets) {
                if (asset == edge.getSource() || asset == edge.getTarget()) {
                    continue;
                }
                int[] box = absolute.get(asset);
                for (int i = 1; i < route.size(); i++) {
                    Point from = route.get(i - 1);
                    Point to = route.get(i);
                    boolean crosses = Math.max(from.x(), to.x()) > box[0] && Math.min(from.x(), to.x()) < box[0] + box[2]
                            && Math.max(from.y(), to.y()) > box[1] && Math.min(from.y(), to.y()) < box[1] + box[3];
                    assertTrue(!crosses, () -> "the route " + name(edge.getSource()) + " > " + name(edge.getTarget())
                            + " " + route + " crosses " + name(asset) + " " + java.util.Arrays.toString(box));
                }
            }
        }
        return inGrid;
    }

    private static void absolute(LayoutResult result, NodeView view, int x, int y, Map<NodeView, int[]> into) {
        Bounds b = result.bounds().get(view);
        into.put(view, new int[] { x + b.x(), y + b.y(), b.width(), b.height() });
        for (NodeView child : view.getChildren()) {
            absolute(result, child, x + b.x(), y + b.y(), into);
        }
    }

    private static void assertOnBorder(Point point, int[] box) {
        boolean withinX = point.x() >= box[0] && point.x() <= box[0] + box[2];
        boolean withinY = point.y() >= box[1] && point.y() <= box[1] + box[3];
        boolean onHorizontal = withinX && (point.y() == box[1] || point.y() == box[1] + box[3]);
        boolean onVertical = withinY && (point.x() == box[0] || point.x() == box[0] + box[2]);
        assertTrue(onHorizontal || onVertical, () -> point + " is not on the border of " + java.util.Arrays.toString(box));
    }

    private static void assertInside(Bounds child, Bounds parent, String childName, String parentName) {
        assertTrue(child.x() >= 0 && child.y() >= DiagramGraph.TITLE_BAR_HEIGHT
                && child.x() + child.width() <= parent.width() && child.y() + child.height() <= parent.height(),
                () -> childName + " must lie inside " + parentName);
    }

    // ---- fixtures -------------------------------------------------------------------------------------------------

    /** Every top-level zone with its sub-zones and assets, an edge per conduit and the first {@code flows} flows. */
    static Diagram plantDiagram(ArchitectureModel model, int flows) {
        Diagram diagram = FACTORY.createDiagram();
        diagram.setId("D-PLANT");
        Map<EObject, NodeView> views = new HashMap<>();
        for (Zone zone : model.getZones()) {
            diagram.getNodes().add(zoneView(zone, views));
        }
        model.getDiagrams().add(diagram);
        for (Conduit conduit : model.getConduits()) {
            diagram.getEdges().add(edge(conduit, views.get(conduit.getZones().get(0)),
                    views.get(conduit.getZones().get(1))));
        }
        int added = 0;
        for (Flow flow : model.getFlows()) {
            if (added++ >= flows) {
                break;
            }
            diagram.getEdges().add(edge(flow, views.get(flow.getSource()), views.get(flow.getTarget())));
        }
        return diagram;
    }

    private static NodeView zoneView(Zone zone, Map<EObject, NodeView> views) {
        NodeView view = view(zone);
        views.put(zone, view);
        for (Asset asset : zone.getAssets()) {
            NodeView assetView = view(asset);
            views.put(asset, assetView);
            view.getChildren().add(assetView);
        }
        for (Zone subZone : zone.getSubZones()) {
            view.getChildren().add(zoneView(subZone, views));
        }
        return view;
    }

    private static NodeView view(ModelElement element) {
        NodeView view = FACTORY.createNodeView();
        view.setElement(element);
        return view;
    }

    private static EdgeView edge(ModelElement element, NodeView source, NodeView target) {
        EdgeView edge = FACTORY.createEdgeView();
        edge.setElement(element);
        edge.setSource(source);
        edge.setTarget(target);
        return edge;
    }

    private static NodeView viewOf(Diagram diagram, EObject element) {
        for (var contents = diagram.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof NodeView view && view.getElement() == element) {
                return view;
            }
        }
        throw new AssertionError("no view of " + element);
    }

    private static NodeView topLevel(NodeView view) {
        NodeView top = view;
        while (top.eContainer() instanceof NodeView parent) {
            top = parent;
        }
        return top;
    }

    private static int countAssets(Diagram diagram) {
        int[] count = { 0 };
        diagram.eAllContents().forEachRemaining(o -> count[0] += o instanceof NodeView v && v.getElement() instanceof Asset ? 1 : 0);
        return count[0];
    }

    private static int band(NodeView view) {
        return DiagramGraph.band(((Zone) view.getElement()).getPurdueLevel());
    }

    private static String name(NodeView view) {
        return view.getElement() instanceof ModelElement element ? element.getName() : "view without element";
    }
}
