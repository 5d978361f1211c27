package org.itot.diagram.ui.swt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.Rgb;
import org.itot.render.style.DiagramStyle;
import org.itot.ui.swt.SwtCanvas;
import org.itot.ui.swt.SwtResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SwtCanvasTest {

    /**
     * A singular cairo matrix (an oval or rounded corner of zero size) breaks the GC for everything drawn after it;
     * at thumbnail scale the painter must leave the GC usable.
     */
    @ParameterizedTest
    @ValueSource(doubles = { 1, 0.25, 0.05, 0.01 })
    void thePurdueDiagramPaintsAtAnyScaleAndLeavesTheGcUsable(double scale) {
        Display display = Display.getDefault();
        Diagram diagram = ModelTemplates.create(ModelTemplates.PURDUE).getDiagrams().get(0);
        Image image = new Image(display, 400, 300);
        GC gc = new GC(image);
        SwtResources resources = new SwtResources(display);
        try {
            Bounds extent = DiagramPainter.bounds(diagram);
            SwtCanvas canvas = new SwtCanvas(gc, resources);
            canvas.scale(scale);
            canvas.translate(-extent.x(), -extent.y());
            DiagramPainter.paint(diagram, canvas, Map.of());
            gc.setBackground(resources.colourOf(DiagramStyle.ERROR));
            gc.fillRectangle(390, 290, 10, 10);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        resources.dispose();
        RGB corner = data.palette.getRGB(data.getPixel(395, 295));
        Rgb expected = DiagramStyle.ERROR;
        assertEquals(new RGB(expected.red(), expected.green(), expected.blue()), corner);
    }
}
