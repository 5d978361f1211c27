package org.itot.export.drawing.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Diagram;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.render.DrawingPage;
import org.itot.render.geometry.Bounds;
import org.itot.render.LabelText;

/**
 * A diagram as a one-page vector PDF painted by the same {@link DiagramPainter} as the screen: one
 * diagram unit is one point (times {@code scale}), so the page is exactly the drawing's size.
 * Pages above the 14,400-unit side PDF readers accept are written smaller with a matching
 * {@code UserUnit} (PDF 1.6), so they keep their true size.
 */
public final class PdfExport {

    /** The largest page side Acrobat and others accept, in default user-space units. */
    public static final float MAX_PAGE_SIDE = 14_400;

    private PdfExport() {
    }

    public static void write(Diagram diagram, OutputStream out, double scale, Map<? extends EObject, Integer> severities)
            throws IOException {
        write(diagram, out, scale, severities, List.of());
    }

    /** As {@link #write(Diagram, OutputStream, double, Map)} with other features' layers and their legend below. */
    public static void write(Diagram diagram, OutputStream out, double scale, Map<? extends EObject, Integer> severities,
            List<DiagramOverlay> overlays) throws IOException {
        DrawingPage drawing = DrawingPage.of(diagram, overlays);
        Bounds bounds = drawing.bounds();
        double width = bounds.width() * scale;
        double height = bounds.height() * scale;
        float userUnit = (float) Math.max(1, Math.ceil(Math.max(width, height) / MAX_PAGE_SIDE));
        width /= userUnit;
        height /= userUnit;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            if (userUnit > 1) {
                page.setUserUnit(userUnit);
                document.setVersion(Math.max(document.getVersion(), 1.6f));
            }
            document.addPage(page);
            PdfFonts fonts = PdfFonts.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfCanvas canvas = new PdfCanvas(content, fonts, height);
                canvas.scale(scale / userUnit);
                canvas.translate(-bounds.x(), -bounds.y());
                drawing.paint(canvas, severities, DiagramPainter.Viewport.ALL);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(diagram.getName() == null ? null : LabelText.neutralise(diagram.getName()));
            info.setCreator("ITOT Architect");
            document.save(out);
        }
    }
}
