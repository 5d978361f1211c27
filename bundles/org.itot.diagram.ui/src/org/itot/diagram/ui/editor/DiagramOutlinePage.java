package org.itot.diagram.ui.editor;

import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.Rgb;
import org.itot.render.style.DiagramStyle;

/**
 * The Outline view of a diagram: the whole drawing as a thumbnail with the editor's visible area as a frame; click or
 * drag in it to move the editor there.
 */
final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private final DiagramViewer viewer;
    private final Runnable viewChanged = this::redraw;
    private Canvas thumbnail;
    private SwtResources resources;

    DiagramOutlinePage(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void createControl(Composite parent) {
        thumbnail = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        resources = new SwtResources(parent.getDisplay());
        thumbnail.addPaintListener(e -> {
            Rectangle client = thumbnail.getClientArea();
            e.gc.setBackground(resources.colourOf(DiagramStyle.BACKGROUND));
            e.gc.fillRectangle(client);
            Bounds extent = DiagramPainter.bounds(viewer.getDiagram());
            double scale = scale(extent, client);
            SwtCanvas canvas = new SwtCanvas(e.gc, resources);
            canvas.scale(scale);
            canvas.translate(-extent.x(), -extent.y());
            DiagramPainter.paint(viewer.getDiagram(), canvas, Map.of(), new DiagramPainter.Viewport(null, scale));
            Bounds visible = viewer.visibleArea();
            canvas.setStroke(Rgb.of(0x1a73e8));
            canvas.setLineWidth(2 / scale);
            canvas.strokeRect(visible.x(), visible.y(), visible.width(), visible.height());
        });
        thumbnail.addListener(SWT.MouseDown, this::scrollEditor);
        thumbnail.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                scrollEditor(e);
            }
        });
        thumbnail.addListener(SWT.Dispose, e -> resources.dispose());
        viewer.addViewListener(viewChanged);
    }

    private static double scale(Bounds extent, Rectangle client) {
        return Math.max(0.005, Math.min(client.width / extent.width(), client.height / extent.height()));
    }

    private void scrollEditor(Event e) {
        Bounds extent = DiagramPainter.bounds(viewer.getDiagram());
        double scale = scale(extent, thumbnail.getClientArea());
        viewer.centreOn(extent.x() + e.x / scale, extent.y() + e.y / scale);
    }

    private void redraw() {
        if (thumbnail != null && !thumbnail.isDisposed()) {
            thumbnail.redraw();
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
