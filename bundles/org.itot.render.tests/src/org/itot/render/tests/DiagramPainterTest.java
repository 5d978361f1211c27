package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.Rgb;
import org.itot.render.java2d.PngExport;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renders the Purdue template's overview and checks colours where its elements must be. */
class DiagramPainterTest {

    private ArchitectureModel model;
    private Diagram diagram;

    @BeforeEach
    void purdueTemplate() {
        model = ModelTemplates.create(ModelTemplates.PURDUE);
        diagram = model.getDiagrams().get(0);
    }

    @Test
    void zonesAreFilledWithTheirKindsColour() {
        Render render = new Render(diagram, Map.of());
        for (NodeView view : diagram.getNodes()) {
            Zone zone = (Zone) view.getElement();
            // Bottom right of the body, inside the padding below and beside the assets.
            Rgb expected = DiagramStyle.zone(zone.getKind()).fill();
            assertEquals(expected, render.at(view.getX() + view.getWidth() - 30, view.getY() + view.getHeight() - 8),
                    zone.getName());
        }
        NodeView idmz = zoneView("Z-IDMZ");
        assertEquals(Rgb.of(0xfde7bf), render.at(idmz.getX() + idmz.getWidth() - 30, idmz.getY() + idmz.getHeight() - 8));
    }

    @Test
    void levelBandsSitBehindTheZonesOfTheirLevel() {
        Render render = new Render(diagram, Map.of());
        for (NodeView view : diagram.getNodes()) {
            Zone zone = (Zone) view.getElement();
            Rgb band = DiagramStyle.band(zone.getPurdueLevel()).fill();
            assertEquals(band, render.at(view.getX() - 5, view.getY() + view.getHeight() / 2.0), zone.getName());
        }
        assertNotEquals(DiagramStyle.band(zoneOf("Z-IDMZ").getPurdueLevel()).fill(),
                DiagramStyle.band(zoneOf("Z-OPS").getPurdueLevel()).fill(), "iDMZ and level 3 bands must differ");
    }

    @Test
    void backgroundOutsideTheBandsIsWhite() {
        Render render = new Render(diagram, Map.of());
        Bounds bounds = render.bounds;
        assertEquals(DiagramStyle.BACKGROUND, render.at(bounds.x() + 2, bounds.y() + 2));
        assertEquals(DiagramStyle.BACKGROUND, render.at(bounds.right() - 2, bounds.bottom() - 2));
        NodeView enterprise = zoneView("Z-ENT");
        NodeView idmz = zoneView("Z-IDMZ");
        double gap = (enterprise.getY() + enterprise.getHeight() + idmz.getY()) / 2.0;
        assertEquals(DiagramStyle.BACKGROUND, render.at(bounds.x() + 60, gap), "the gap between two bands");
    }

    @Test
    void errorFindingGivesRedBadgeAndBorderWarningOrange() {
        NodeView plcView = assetView("CTL-PLC-01");
        Asset plc = (Asset) plcView.getElement();
        double badgeX = absoluteX(plcView) + plcView.getWidth() - 8;
        double badgeY = absoluteY(plcView) + 3;

        Render clean = new Render(diagram, Map.of());
        assertNotEquals(DiagramStyle.ERROR, clean.at(badgeX, badgeY));

        Render withError = new Render(diagram, Map.of(plc, Diagnostic.ERROR));
        assertEquals(DiagramStyle.ERROR, withError.at(badgeX, badgeY));
        assertEquals(DiagramStyle.ERROR, withError.at(absoluteX(plcView) + 40, absoluteY(plcView)), "red border");

        Render withWarning = new Render(diagram, Map.of(plc, Diagnostic.WARNING));
        assertEquals(DiagramStyle.WARNING, withWarning.at(badgeX, badgeY));

        Render withInfo = new Render(diagram, Map.of(plc, Diagnostic.INFO));
        assertEquals(clean.at(badgeX, badgeY), withInfo.at(badgeX, badgeY), "info findings get no badge");
    }

    @Test
    void collapsedZoneHidesItsAssetsAndTheirBadges() {
        NodeView plcView = assetView("CTL-PLC-01");
        NodeView control = (NodeView) plcView.eContainer();
        control.setCollapsed(true);
        double badgeX = absoluteX(plcView) + plcView.getWidth() - 8;
        double badgeY = absoluteY(plcView) + 3;

        Render render = new Render(diagram, Map.of(plcView.getElement(), Diagnostic.ERROR));

        assertEquals(DiagramStyle.zone(zoneOf("Z-CTL").getKind()).fill(), render.at(badgeX, badgeY));
    }

    @Test
    void severitiesComeFromADiagnosticsFirstDataObjectHighestWins() {
        Asset plc = (Asset) assetView("CTL-PLC-01").getElement();
        Asset hmi = (Asset) assetView("SUP-HMI-01").getElement();
        BasicDiagnostic root = new BasicDiagnostic();
        root.add(new BasicDiagnostic(Diagnostic.WARNING, "test", 1, "warning", new Object[] { plc }));
        root.add(new BasicDiagnostic(Diagnostic.ERROR, "test", 2, "error", new Object[] { plc, hmi }));
        root.add(new BasicDiagnostic(Diagnostic.INFO, "test", 3, "info", new Object[] { hmi }));

        Map<EObject, Integer> severities = DiagramPainter.severities(root);

        assertEquals(Map.of(plc, Diagnostic.ERROR, hmi, Diagnostic.INFO), severities);
    }

    @Test
    void danglingViewsAreMarkedNotFatal() {
        ItotFactory factory = ItotFactory.eINSTANCE;
        Zone deleted = factory.createZone();
        deleted.setName("Deleted zone");
        NodeView orphan = node(deleted, 20, 2000, 200, 80);
        NodeView empty = node(null, 300, 2000, 200, 80);
        EdgeView edge = factory.createEdgeView();
        edge.setSource(orphan);
        edge.setTarget(empty);
        EdgeView unanchored = factory.createEdgeView();
        unanchored.setElement(model.getConduits().get(0));
        diagram.getNodes().add(orphan);
        diagram.getNodes().add(empty);
        diagram.getEdges().add(edge);
        diagram.getEdges().add(unanchored);

        Render render = assertDoesNotThrow(() -> new Render(diagram, Map.of()));

        for (NodeView view : List.of(orphan, empty)) {
            assertEquals(DiagramStyle.MISSING_FILL, render.at(view.getX() + 4, view.getY() + 10));
            assertEquals(DiagramStyle.MISSING, render.at(view.getX() + 2, view.getY()), "dashed red border");
        }
    }

    @Test
    void notesAreDrawnWithTheirFill() {
        NoteView note = ItotFactory.eINSTANCE.createNoteView();
        note.setText("Vendor access only through the jump server.\nReviewed 2026.");
        note.setX(20);
        note.setY(2000);
        note.setWidth(220);
        note.setHeight(70);
        diagram.getNodes().add(note);

        Render render = new Render(diagram, Map.of());

        assertEquals(DiagramStyle.NOTE_FILL, render.at(note.getX() + 200, note.getY() + 60));
    }

    @Test
    void paintingLeavesTheModelUntouched() {
        ArchitectureModel before = EcoreUtil.copy(model);
        List<Notification> notifications = new ArrayList<>();
        model.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    notifications.add(notification);
                }
            }
        });
        Asset plc = (Asset) assetView("CTL-PLC-01").getElement();

        new Render(diagram, Map.of(plc, Diagnostic.ERROR));
        DiagramPainter.bounds(diagram);

        assertTrue(notifications.isEmpty(), () -> "painting changed the model: " + notifications);
        model.eAdapters().clear();
        assertTrue(EcoreUtil.equals(before, model), "the model after painting differs from before");
    }

    @Test
    void boundsCoverEveryViewAndTheBandGutter() {
        Bounds bounds = DiagramPainter.bounds(diagram);
        for (NodeView view : diagram.getNodes()) {
            assertTrue(bounds.contains(view.getX(), view.getY()));
            assertTrue(bounds.contains(view.getX() + view.getWidth(), view.getY() + view.getHeight()));
            assertTrue(view.getX() - bounds.x() >= DiagramStyle.BAND_GUTTER, "room for band labels");
        }
        Bounds empty = DiagramPainter.bounds(ItotFactory.eINSTANCE.createDiagram());
        assertTrue(empty.width() > 0 && empty.height() > 0);
        assertFalse(empty.contains(-1, -1));
    }

    private NodeView zoneView(String id) {
        return diagram.getNodes().stream().filter(view -> id.equals(((ModelElement) view.getElement()).getId()))
                .findFirst().orElseThrow();
    }

    private Zone zoneOf(String id) {
        return (Zone) zoneView(id).getElement();
    }

    private NodeView assetView(String id) {
        return diagram.getNodes().stream().flatMap(zone -> zone.getChildren().stream())
                .filter(view -> id.equals(view.getElement().getId())).findFirst().orElseThrow();
    }

    private static double absoluteX(NodeView view) {
        return view.getX() + (view.eContainer() instanceof NodeView parent ? absoluteX(parent) : 0);
    }

    private static double absoluteY(NodeView view) {
        return view.getY() + (view.eContainer() instanceof NodeView parent ? absoluteY(parent) : 0);
    }

    private static NodeView node(ModelElement element, int x, int y, int width, int height) {
        NodeView view = ItotFactory.eINSTANCE.createNodeView();
        view.setElement(element);
        view.setX(x);
        view.setY(y);
        view.setWidth(width);
        view.setHeight(height);
        return view;
    }

    /** A rendered diagram at scale 1, read back in diagram coordinates. */
    private static final class Render {
        final Bounds bounds;
        final BufferedImage image;

        Render(Diagram diagram, Map<? extends EObject, Integer> severities) {
            bounds = DiagramPainter.bounds(diagram);
            image = PngExport.render(diagram, 1, severities);
        }

        Rgb at(double x, double y) {
            return Rgb.of(image.getRGB((int) Math.floor(x - bounds.x()), (int) Math.floor(y - bounds.y())) & 0xffffff);
        }
    }
}
