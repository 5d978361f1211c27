package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.query.SecurityLevels;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.style.Band;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which texts the painter draws at a given zoom, recorded from the canvas: the Purdue overview at
 * the scale Fit gives in the default window (1400 x 900: about 0.34, measured on the screenshot)
 * and maximised (1600 x 1000: about 0.42) keeps its zone names, band titles, SL badges and asset
 * names legible; zoomed out further, zones say how many assets they hold; at 100 % everything is
 * there at its own size.
 */
class LevelOfDetailTest {

    private Diagram diagram;

    @BeforeEach
    void purdueOverview() {
        diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = { 0.34, 0.39, 0.42, 0.47 })
    void atFitTitlesBadgesAndAssetNamesStayLegible(double scale) {
        List<RecordingCanvas.Text> texts = paint(scale);

        for (Zone zone : zones()) {
            assertDrawn(texts, piece(zone.getName()), DiagramPainter.TITLE_PIXELS, scale, "zone " + zone.getName());
            if (zone.getSlTarget() != null) {
                String sl = "SL " + SecurityLevels.scalar(zone.getSlTarget());
                assertDrawn(texts, sl::equals, DiagramPainter.BADGE_PIXELS, scale, sl + " of " + zone.getName());
            }
        }
        for (Band band : bands()) {
            assertDrawn(texts, text -> text.equals(band.title()) || text.equals(band.shortTitle()),
                    DiagramPainter.TITLE_PIXELS, scale, "band " + band.title());
        }
        for (Asset asset : assets()) {
            assertDrawn(texts, piece(asset.getName()), DiagramPainter.NAME_PIXELS, scale, "asset " + asset.getName());
        }
        assertFalse(texts.stream().anyMatch(text -> text.text().endsWith(" assets")), "no counts while names fit");
        Set<String> typeLabels = assets().stream().map(a -> DiagramStyle.asset(a.getType()).label())
                .collect(Collectors.toSet());
        assertFalse(texts.stream().anyMatch(text -> !text.bold() && typeLabels.contains(text.text())),
                "asset types are left out when the names had to be scaled up");
    }

    @Test
    void zoomedFarOutZonesCountTheirAssets() {
        double scale = 0.2;
        List<RecordingCanvas.Text> texts = paint(scale);

        for (NodeView view : diagram.getNodes()) {
            Zone zone = (Zone) view.getElement();
            assertDrawn(texts, piece(zone.getName()), DiagramPainter.TITLE_PIXELS, scale, "zone " + zone.getName());
            long assets = view.getChildren().stream().filter(child -> child.getElement() instanceof Asset).count();
            String count = assets + (assets == 1 ? " asset" : " assets");
            if (view.getWidth() * scale >= 160) { // two zones side by side at 20 % have room for their names only
                assertDrawn(texts, count::equals, DiagramPainter.TITLE_PIXELS, scale, count + " in " + zone.getName());
            }
        }
        for (Asset asset : assets()) {
            assertFalse(texts.stream().anyMatch(text -> text.text().equals(asset.getName())),
                    asset.getName() + " is drawn where its box cannot hold it");
        }
    }

    @Test
    void zoomedFarOutAZoneSaysHowManyOfItsAssetsHaveTheWorstFinding() {
        NodeView widest = diagram.getNodes().stream().max(java.util.Comparator.comparingInt(NodeView::getWidth))
                .orElseThrow();
        List<Asset> held = widest.getChildren().stream().map(NodeView::getElement).filter(Asset.class::isInstance)
                .map(Asset.class::cast).toList();
        Map<Asset, Integer> severities = Map.of(held.get(0), org.eclipse.emf.common.util.Diagnostic.ERROR,
                held.get(1), org.eclipse.emf.common.util.Diagnostic.WARNING);
        RecordingCanvas canvas = new RecordingCanvas();
        DiagramPainter.paint(diagram, canvas, severities, new Viewport(null, 0.2));

        String expected = held.size() + " assets, 1 error";
        assertTrue(canvas.texts().stream().anyMatch(text -> text.text().equals(expected)),
                expected + " in " + canvas.texts().stream().map(RecordingCanvas.Text::text).toList());
    }

    @Test
    void atFullSizeEverythingIsDrawnAtItsOwnSize() {
        List<RecordingCanvas.Text> texts = paint(1);

        for (Zone zone : zones()) {
            assertTrue(texts.contains(new RecordingCanvas.Text(zone.getName(), 13, true)), zone.getName());
        }
        for (Band band : bands()) {
            assertTrue(texts.contains(new RecordingCanvas.Text(band.title(), 15, true)), band.title());
            assertTrue(texts.stream().anyMatch(text -> text.size() == 11 && band.subtitle().startsWith(text.text())),
                    band.subtitle());
        }
        for (Asset asset : assets()) {
            assertTrue(texts.stream().anyMatch(text -> text.size() == 10.5 && piece(asset.getName()).test(text.text())),
                    asset.getName());
            String type = DiagramStyle.asset(asset.getType()).label();
            assertTrue(texts.stream()
                    .anyMatch(text -> text.size() == 9.5 && !text.bold() && piece(type).test(text.text())), type);
        }
        assertFalse(texts.stream().anyMatch(text -> text.text().endsWith(" assets")));
    }

    private List<RecordingCanvas.Text> paint(double scale) {
        RecordingCanvas canvas = new RecordingCanvas();
        DiagramPainter.paint(diagram, canvas, Map.of(), new Viewport(null, scale));
        return canvas.texts();
    }

    /** Some text that {@code matches} is drawn at least {@code pixels} device pixels high. */
    private static void assertDrawn(List<RecordingCanvas.Text> texts, Predicate<String> matches, double pixels,
            double scale, String what) {
        assertTrue(texts.stream().anyMatch(text -> matches.test(text.text()) && text.size() * scale >= pixels - 1e-9),
                () -> what + " is not drawn " + pixels + " px high: " + texts);
    }

    /** The name or a first piece of it (a wrapped first line, or cut with an ellipsis), at least two characters. */
    private static Predicate<String> piece(String name) {
        return text -> {
            String shown = text.endsWith("\u2026") ? text.substring(0, text.length() - 1) : text;
            return shown.length() >= Math.min(2, name.length()) && name.startsWith(shown);
        };
    }

    private List<Zone> zones() {
        return diagram.getNodes().stream().map(view -> (Zone) view.getElement()).toList();
    }

    private List<Band> bands() {
        Set<Band> used = zones().stream().map(zone -> DiagramStyle.band(zone.getPurdueLevel()))
                .collect(Collectors.toSet());
        return DiagramStyle.BANDS.stream().filter(used::contains).toList();
    }

    private List<Asset> assets() {
        return diagram.getNodes().stream().flatMap(view -> view.getChildren().stream())
                .map(child -> child.getElement()).filter(Asset.class::isInstance).map(Asset.class::cast).toList();
    }
}
