package org.itot.export.drawing.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Diagram;
import org.itot.render.DiagramPainter;

/**
 * A diagram as a one-page vector PDF painted by the same {@link DiagramPainter} as the screen: one
 * diagram unit is one point (times {@code scale}), so the page is exactly the drawing's size.
 */
public final class PdfExport {

    private PdfExport() {
    }

    public static void write(Diagram diagram, OutputStream out, double scale, Map<? extends EObject, Integer> severities)
            throws IOException {
        DiagramPainter.Bounds bounds = DiagramPainter.bounds(diagram);
        float width = (float) (bounds.width() * scale);
        float height = (float) (bounds.height() * scale);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfFonts fonts = PdfFonts.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfCanvas canvas = new PdfCanvas(content, fonts, height);
                canvas.scale(scale);
                canvas.translate(-bounds.x(), -bounds.y());
                DiagramPainter.paint(diagram, canvas, severities);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(diagram.getName());
            info.setCreator("ITOT Architect");
            document.save(out);
        }
    }
}
