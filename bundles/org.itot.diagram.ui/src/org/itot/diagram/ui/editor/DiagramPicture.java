package org.itot.diagram.ui.editor;

import java.util.List;
import java.util.function.ObjDoubleConsumer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.style.DiagramStyle;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;

/**
 * What the viewer's canvas shows: the diagram (findings, highlight, grid) painted by {@link DiagramPainter} into the
 * cached {@link StaticLayer} and copied from it for each damaged area, with the overlays (selection, the tools'
 * feedback) painted on top every time.
 */
final class DiagramPicture {

    private final DiagramViewer viewer;
    private final Canvas canvas;
    private final DiagramViewport viewport;
    private final DiagramLayers layers;
    private final ObjDoubleConsumer<SwtCanvas> overlays;
    private final SwtResources resources;
    private final StaticLayer staticLayer;

    /** @param overlays paints the selection and feedback on a canvas in diagram coordinates; the double is a pixel */
    DiagramPicture(DiagramViewer viewer, Canvas canvas, DiagramViewport viewport, DiagramLayers layers,
            ObjDoubleConsumer<SwtCanvas> overlays) {
        this.viewer = viewer;
        this.canvas = canvas;
        this.viewport = viewport;
        this.layers = layers;
        this.overlays = overlays;
        resources = new SwtResources(canvas.getDisplay());
        staticLayer = new StaticLayer(canvas);
    }

    /** The cached diagram is stale (layers, findings or highlight changed); zoom, scroll and model are in its key. */
    void invalidate() {
        staticLayer.invalidate();
    }

    /**
     * Paints the device rectangle {@code damaged} of the canvas (an SWT paint event's area) as it looks now: the
     * diagram copied from the {@link StaticLayer} (painted afresh when stale), selection and feedback on top.
     */
    void paint(GC gc, Rectangle damaged) {
        Rectangle client = canvas.getClientArea();
        List<Object> key = List.of(viewer.getZoom(), viewport.originX(), viewport.originY(), viewer.geometry());
        staticLayer.copy(gc, damaged, client, key, image -> paintDiagram(image, new Rectangle(0, 0, client.width,
                client.height)));
        paintOverlays(gc, damaged);
    }

    /** Everything, freshly painted, into the GC's clipping (an image of the canvas's size: tests, snapshots). */
    void print(GC gc) {
        Rectangle all = gc.getClipping();
        paintDiagram(gc, all);
        paintOverlays(gc, all);
    }

    /** The diagram, findings, highlight and grid in the device rectangle {@code area}, culled to it. */
    private void paintDiagram(GC gc, Rectangle area) {
        gc.setBackground(resources.colourOf(DiagramStyle.BACKGROUND));
        gc.fillRectangle(area);
        SwtCanvas painter = painterFor(gc, area);
        Bounds visible = toDiagram(area);
        DiagramPainter.paint(viewer.geometry(), painter, layers.severities(),
                new DiagramPainter.Viewport(visible, viewer.getZoom()), viewer::isEdgeShown, layers.highlight(),
                layers.overlays());
        layers.paintGrid(painter, visible, viewer.getZoom());
    }

    /** Selection and the tools' feedback over the device rectangle {@code area}. */
    private void paintOverlays(GC gc, Rectangle area) {
        SwtCanvas painter = painterFor(gc, area);
        painter.setDash();
        overlays.accept(painter, 1 / viewer.getZoom());
        painter.setDash();
    }

    /** A canvas in diagram coordinates at the current zoom and scroll, clipped to the device rectangle. */
    private SwtCanvas painterFor(GC gc, Rectangle area) {
        SwtCanvas painter = new SwtCanvas(gc, resources);
        painter.scale(viewer.getZoom());
        painter.translate(-viewport.originX(), -viewport.originY());
        Bounds visible = toDiagram(area);
        painter.clipRect(visible.x(), visible.y(), visible.width(), visible.height());
        return painter;
    }

    private Bounds toDiagram(Rectangle area) {
        double zoom = viewer.getZoom();
        return new Bounds(viewport.originX() + area.x / zoom, viewport.originY() + area.y / zoom, area.width / zoom,
                area.height / zoom);
    }

    void dispose() {
        staticLayer.dispose();
        resources.dispose();
    }
}
