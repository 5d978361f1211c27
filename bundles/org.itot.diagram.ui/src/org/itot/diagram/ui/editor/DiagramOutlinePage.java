package org.itot.diagram.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.itot.model.Conduit;
import org.itot.model.EdgeView;
import org.itot.model.Flow;
import org.itot.model.NodeView;
import org.itot.render.DiagramPainter;
import org.itot.render.Rgb;
import org.itot.render.geometry.Bounds;
import org.itot.render.geometry.DiagramGeometry;
import org.itot.render.style.DiagramStyle;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;

/**
 * The Outline view of a diagram: the whole drawing as a thumbnail with the editor's visible area as a frame; click or
 * drag in it to move the editor there. Flows are drawn as bundles, one line per pair of top-level boxes (the route of
 * its first flow, wider for more flows), so the thumbnail stays cheap with thousands of flows and still shows which
 * zones talk; they follow the editor's Flows and Conduits layers, and a notice at the bottom says what the flows
 * shown stand for or why none are. The thumbnail is painted once per diagram change, layer change or resize and kept
 * as an image; scrolling the editor only moves the frame.
 */
final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    /** A line standing for every drawn flow between two top-level boxes (or inside one). */
    record Bundle(double[] route, int flows) {
    }

    /** What the cached thumbnail shows; a new geometry means the diagram changed. */
    private record Key(DiagramGeometry geometry, boolean flows, boolean conduits, int width, int height) {
    }

    private final DiagramViewer viewer;
    private final Runnable viewChanged = this::redraw;
    private Canvas thumbnail;
    private SwtResources resources;
    private Image cached;
    private Key cachedKey;

    DiagramOutlinePage(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void createControl(Composite parent) {
        thumbnail = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        resources = new SwtResources(parent.getDisplay());
        thumbnail.addPaintListener(e -> {
            Rectangle client = thumbnail.getClientArea();
            Image image = thumbnailImage();
            if (image == null) {
                return;
            }
            e.gc.drawImage(image, 0, 0);
            Bounds extent = viewer.geometry().extent();
            double scale = scale(extent, client);
            SwtCanvas canvas = new SwtCanvas(e.gc, resources);
            canvas.save();
            canvas.scale(scale);
            canvas.translate(-extent.x(), -extent.y());
            Bounds visible = viewer.visibleArea();
            canvas.setStroke(Rgb.of(0x1a73e8));
            canvas.setLineWidth(2 / scale);
            canvas.strokeRect(visible.x(), visible.y(), visible.width(), visible.height());
            canvas.restore();
            String notice = notice();
            if (notice != null) {
                Point size = e.gc.textExtent(notice);
                e.gc.setForeground(resources.colourOf(DiagramStyle.TEXT));
                e.gc.setBackground(resources.colourOf(DiagramStyle.BACKGROUND));
                e.gc.drawText(notice, 4, Math.max(0, client.height - size.y - 4), false);
            }
        });
        thumbnail.addListener(SWT.MouseDown, this::scrollEditor);
        thumbnail.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                scrollEditor(e);
            }
        });
        thumbnail.addListener(SWT.Dispose, e -> {
            disposeCache();
            resources.dispose();
        });
        viewer.addViewListener(viewChanged);
    }

    /** The thumbnail without the frame, painted afresh only when the diagram, the layers or the size changed. */
    Image thumbnailImage() {
        Rectangle client = thumbnail.getClientArea();
        if (client.width <= 0 || client.height <= 0) {
            return null;
        }
        DiagramLayers layers = viewer.layers();
        Key key = new Key(viewer.geometry(), layers.isShowingFlows(), layers.isShowingConduits(), client.width,
                client.height);
        if (!key.equals(cachedKey) || cached == null || cached.isDisposed()) {
            disposeCache();
            cached = new Image(thumbnail.getDisplay(), client.width, client.height);
            GC gc = new GC(cached);
            try {
                paintThumbnail(gc, client, key);
            } finally {
                gc.dispose();
            }
            cachedKey = key;
        }
        return cached;
    }

    private void paintThumbnail(GC gc, Rectangle client, Key key) {
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setBackground(resources.colourOf(DiagramStyle.BACKGROUND));
        gc.fillRectangle(client);
        DiagramGeometry geometry = key.geometry();
        Bounds extent = geometry.extent();
        double scale = scale(extent, client);
        SwtCanvas canvas = new SwtCanvas(gc, resources);
        canvas.scale(scale);
        canvas.translate(-extent.x(), -extent.y());
        // Zones, assets and conduits by the painter; flows, one by one a smear of sub-pixel lines, as bundles.
        DiagramPainter.paint(geometry, canvas, Map.of(), new DiagramPainter.Viewport(null, scale),
                edge -> !(edge.getElement() instanceof Flow)
                        && (key.conduits() || !(edge.getElement() instanceof Conduit)), Set.of());
        if (key.flows()) {
            canvas.setStroke(DiagramStyle.FLOW.colour());
            canvas.setDash();
            for (Bundle bundle : flowBundles()) {
                canvas.setLineWidth((bundle.flows() > 100 ? 3 : bundle.flows() > 10 ? 2 : 1) / scale);
                canvas.strokePolyline(bundle.route());
            }
        }
    }

    /** The flows drawn on the diagram, one bundle per pair of top-level boxes, in diagram order. */
    List<Bundle> flowBundles() {
        DiagramGeometry geometry = viewer.geometry();
        Map<NodeView, Integer> order = new IdentityHashMap<>();
        for (NodeView top : geometry.diagram().getNodes()) {
            order.put(top, order.size());
        }
        Map<List<Integer>, double[]> routes = new LinkedHashMap<>();
        Map<List<Integer>, Integer> counts = new LinkedHashMap<>();
        for (EdgeView edge : geometry.routedEdges()) {
            Integer from = order.get(topLevel(edge.getSource()));
            Integer to = order.get(topLevel(edge.getTarget()));
            if (edge.getElement() instanceof Flow && from != null && to != null) {
                List<Integer> pair = List.of(Math.min(from, to), Math.max(from, to));
                routes.putIfAbsent(pair, geometry.route(edge));
                counts.merge(pair, 1, Integer::sum);
            }
        }
        List<Bundle> bundles = new ArrayList<>(routes.size());
        routes.forEach((pair, route) -> bundles.add(new Bundle(route, counts.get(pair))));
        return bundles;
    }

    /** What the flows on the thumbnail stand for, or why there are none; null for a diagram without flows. */
    String notice() {
        DiagramGeometry geometry = viewer.geometry();
        long flows = geometry.diagram().getEdges().stream().filter(edge -> edge.getElement() instanceof Flow).count();
        if (flows > 0 && !viewer.layers().isShowingFlows()) {
            return "Flows hidden: the Flows layer is off";
        }
        if (flows > 0) {
            int bundles = flowBundles().size();
            return flows + (flows == 1 ? " flow" : " flows") + " as " + bundles + (bundles == 1 ? " line" : " lines")
                    + " between zones";
        }
        long summarising = geometry.diagram().getEdges().stream()
                .filter(edge -> !geometry.summarisedFlows().flows(edge).isEmpty()).count();
        if (summarising > 0) {
            return "Flows summarised by " + summarising + (summarising == 1 ? " conduit" : " conduits")
                    + " (labelled \"n flows\")";
        }
        return null;
    }

    private static NodeView topLevel(NodeView view) {
        NodeView top = view;
        while (top != null && top.eContainer() instanceof NodeView parent) {
            top = parent;
        }
        return top;
    }

    private static double scale(Bounds extent, Rectangle client) {
        return Math.max(0.005, Math.min(client.width / extent.width(), client.height / extent.height()));
    }

    private void scrollEditor(Event e) {
        Bounds extent = viewer.geometry().extent();
        double scale = scale(extent, thumbnail.getClientArea());
        viewer.centreOn(extent.x() + e.x / scale, extent.y() + e.y / scale);
    }

    private void redraw() {
        if (thumbnail != null && !thumbnail.isDisposed()) {
            thumbnail.redraw();
        }
    }

    private void disposeCache() {
        if (cached != null) {
            cached.dispose();
            cached = null;
            cachedKey = null;
        }
    }

    @Override
    public Control getControl() {
        return thumbnail;
    }

    @Override
    public void setFocus() {
        thumbnail.setFocus();
    }

    @Override
    public void dispose() {
        viewer.removeViewListener(viewChanged);
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // The thumbnail has no selection of its own.
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // The thumbnail has no selection of its own.
    }

    @Override
    public void setSelection(ISelection selection) {
        // The thumbnail has no selection of its own.
    }
}
