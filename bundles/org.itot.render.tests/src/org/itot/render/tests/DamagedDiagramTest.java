package org.itot.render.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.ItotFactory;
import org.itot.model.NodeView;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.DiagramPainter.Viewport;
import org.itot.render.Rgb;
import org.itot.render.java2d.Java2dCanvas;
import org.itot.render.java2d.PngExport;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged diagrams (hand-edited files, views of deleted elements, broken bounds) paint with the
 * damage marked and never throw; painting only a viewport gives the same pixels as a full paint.
 */
class DamagedDiagramTest {

    private static final ItotFactory FACTORY = ItotFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void anEdgeWithAMissingEndIsDrawnAsAMarkedStub() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        NodeView zone = diagram.getNodes().get(diagram.getNodes().size() - 1);
        EdgeView broken = FACTORY.createEdgeView();
        broken.setElement(model.getConduits().get(0));
        broken.setSource(zone);
        diagram.getEdges().add(broken);

        BufferedImage image = assertDoesNotThrow(() -> PngExport.render(diagram, 1, Map.of()));

        Bounds bounds = DiagramPainter.bounds(diagram);
        double x = zone.getX() + zone.getWidth() / 2.0 - 0.5;
        assertEquals(DiagramStyle.MISSING, at(image, bounds, x, zone.getY() + zone.getHeight() + 3),
                "the stub below the remaining end is drawn in the missing colour");
    }

    @Test
    void boxesWithBrokenBoundsAreDrawnClampedAndMarked() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        Bounds before = DiagramPainter.bounds(diagram);
        NodeView negative = view(diagram, (int) before.x() + 400, (int) before.bottom() + 40, -5, 0);
        negative.setElement(model.getZones().get(0).getAssets().get(0));
        NodeView far = view(diagram, 2_000_000_000, -2_000_000_000, 150, 60);
        EdgeView wild = FACTORY.createEdgeView();
        wild.setSource(negative);
        wild.setTarget(far);
        wild.getBendpoints().add(bendpoint(Integer.MAX_VALUE, Integer.MIN_VALUE));
        diagram.getEdges().add(wild);

        Bounds bounds = DiagramPainter.bounds(diagram);
        BufferedImage image = assertDoesNotThrow(() -> PngExport.render(diagram, 1, Map.of()));

        assertTrue(bounds.width() < before.width() + 1000 && bounds.height() < before.height() + 1000,
                "absurd coordinates must not blow up the drawing: " + bounds);
        assertEquals(DiagramStyle.ASSET_FILL, at(image, bounds, negative.getX() + 30, negative.getY() + 44),
                "a box without size is drawn at the clamped size");
        assertEquals(DiagramStyle.MISSING, at(image, bounds, negative.getX() - 1, negative.getY() - 3.5),
                "and framed by the dashed mark");
        assertEquals(DiagramStyle.MISSING_FILL, at(image, bounds, negative.getX() - 2, negative.getY() + 48 + 5),
                "with its 'invalid bounds' label below");
    }

    @Test
    void paintingAViewportGivesTheSamePixelsAsAFullPaint() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram diagram = model.getDiagrams().get(0);
        ViewportPixels.assertViewportsMatchFullPaint(diagram);
    }

    @Test
    void zoomedFarOutTheZoneBodiesKeepTheirFill() {
        Diagram diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);
        NodeView zone = diagram.getNodes().get(0);
        Bounds bounds = DiagramPainter.bounds(diagram);
        double scale = 0.2;
        BufferedImage image = new BufferedImage((int) (bounds.width() * scale) + 1, (int) (bounds.height() * scale) + 1,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Java2dCanvas canvas = new Java2dCanvas(graphics);
        canvas.scale(scale);
        canvas.translate(-bounds.x(), -bounds.y());
        DiagramPainter.paint(diagram, canvas, Map.of(), new Viewport(null, scale));
        graphics.dispose();

        Rgb body = Rgb.of(image.getRGB((int) ((zone.getX() + zone.getWidth() - 30 - bounds.x()) * scale),
                (int) ((zone.getY() + zone.getHeight() - 10 - bounds.y()) * scale)) & 0xffffff);
        assertEquals(DiagramStyle.zone(((org.itot.model.Zone) zone.getElement()).getKind()).fill(), body);
        assertFalse(scale * 9.5 >= DiagramPainter.MIN_TEXT_PIXELS, "the scale must be below the text threshold");
    }

    /** Load a hand-damaged file, paint it: nothing in the model changes and a save writes the same bytes. */
    @Test
    void openingAndPaintingADamagedFileNeverChangesTheModel() throws Exception {
        Path original = folder.resolve("plant.itot");
        ModelFiles.save(ModelTemplates.create(ModelTemplates.PURDUE), original);
        String text = Files.readString(original);
        Matcher assetView = Pattern.compile("(<children [^>]*element=\")([^\"]+)\"").matcher(text);
        assertTrue(assetView.find());
        String damaged = text.substring(0, assetView.start(2)) + "deleted-by-hand" + text.substring(assetView.end(2))
                .replaceFirst("width=\"\\d+\"", "width=\"-40\"");
        Path file = Files.writeString(folder.resolve("damaged.itot"), damaged);

        ArchitectureModel model = ModelFiles.load(file);
        assertEquals(1, ModelFiles.warnings(model).size());
        Path before = folder.resolve("before.itot");
        ModelFiles.save(model, before);
        List<Notification> notifications = new ArrayList<>();
        model.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                    notifications.add(notification);
                }
            }
        });

        for (Diagram diagram : model.getDiagrams()) {
            assertDoesNotThrow(() -> PngExport.render(diagram, 1, Map.of()));
            DiagramPainter.bounds(diagram);
        }

        assertEquals(List.of(), notifications, "painting changed the model");
        assertFalse(model.eResource().isModified());
        Path after = folder.resolve("after.itot");
        ModelFiles.save(model, after);
        assertEquals(Files.readString(before), Files.readString(after));
    }

    private static NodeView view(Diagram diagram, int x, int y, int width, int height) {
        NodeView view = FACTORY.createNodeView();
        view.setX(x);
        view.setY(y);
        view.setWidth(width);
        view.setHeight(height);
        diagram.getNodes().add(view);
        return view;
    }

    private static org.itot.model.Bendpoint bendpoint(int x, int y) {
        org.itot.model.Bendpoint point = FACTORY.createBendpoint();
        point.setX(x);
        point.setY(y);
        return point;
    }

    private static Rgb at(BufferedImage image, Bounds bounds, double x, double y) {
        return Rgb.of(image.getRGB((int) Math.floor(x - bounds.x()), (int) Math.floor(y - bounds.y())) & 0xffffff);
    }
}
