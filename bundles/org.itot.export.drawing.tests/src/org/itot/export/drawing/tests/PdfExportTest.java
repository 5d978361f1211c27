package org.itot.export.drawing.tests;

import static org.itot.export.drawing.tests.Fixtures.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.itot.render.Rgb;
import org.itot.render.java2d.PngExport;
import org.itot.render.style.DiagramStyle;
import org.junit.jupiter.api.Test;

/** The PDF back-end: one vector page the drawing's size, searchable names, and it renders like the PNG. */
class PdfExportTest {

    private final ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Diagram overview = purdue.getDiagrams().get(0);

    @Test
    void onePageTheSizeOfTheDiagram() throws Exception {
        Bounds bounds = DiagramPainter.bounds(overview);
        try (PDDocument pdf = Loader.loadPDF(export(overview, DrawingFormat.PDF, DrawingOptions.DEFAULT))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(bounds.width(), page.getWidth(), 0.01);
            assertEquals(bounds.height(), page.getHeight(), 0.01);
            assertEquals("Purdue overview", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void scaleChangesThePageSize() throws Exception {
        Bounds bounds = DiagramPainter.bounds(overview);
        try (PDDocument pdf = Loader.loadPDF(export(overview, DrawingFormat.PDF, DrawingOptions.DEFAULT.withScale(0.5)))) {
            assertEquals(bounds.width() / 2, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void hugeDrawingsKeepTheirSizeThroughUserUnit() throws Exception {
        ArchitectureModel model = Fixtures.hostileModel();
        Diagram diagram = model.getDiagrams().get(0);
        diagram.getNodes().get(1).setX(30_000); // the bottom zone far to the right: over 30,000 units wide
        Bounds bounds = DiagramPainter.bounds(diagram);
        try (PDDocument pdf = Loader.loadPDF(export(diagram, DrawingFormat.PDF, DrawingOptions.DEFAULT))) {
            var page = pdf.getPage(0);
            assertEquals(3, page.getUserUnit(), 0.0);
            assertTrue(page.getMediaBox().getWidth() <= org.itot.export.drawing.pdf.PdfExport.MAX_PAGE_SIDE);
            assertEquals(bounds.width(), page.getMediaBox().getWidth() * page.getUserUnit(), 0.05);
            assertTrue(new PDFTextStripper().getText(pdf).contains(Fixtures.PLAIN_ZONE));
        }
    }

    @Test
    void namesAreSearchableText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(overview, DrawingFormat.PDF, DrawingOptions.DEFAULT))) {
            String text = new PDFTextStripper().getText(pdf);
            for (Zone zone : purdue.getZones()) {
                assertTrue(text.contains(zone.getName()), zone.getName() + " not in:\n" + text);
            }
            for (String asset : List.of("Jump server", "Dosing PLC", "Plant historian", "Level 3.5")) {
                assertTrue(text.contains(asset), asset + " not in:\n" + text);
            }
        }
    }

    @Test
    void rendersWithTheColoursOfThePng() throws Exception {
        Bounds bounds = DiagramPainter.bounds(overview);
        BufferedImage png = PngExport.render(overview, 1, java.util.Map.of());
        BufferedImage page;
        try (PDDocument pdf = Loader.loadPDF(export(overview, DrawingFormat.PDF, DrawingOptions.DEFAULT))) {
            page = new PDFRenderer(pdf).renderImage(0, 1);
        }
        assertEquals(png.getWidth(), page.getWidth());
        assertEquals(png.getHeight(), page.getHeight());
        for (NodeView view : overview.getNodes()) {
            Zone zone = (Zone) view.getElement();
            // Bottom right of the zone body, inside the padding; then the band left of the zone.
            int x = (int) (view.getX() + view.getWidth() - 30 - bounds.x());
            int y = (int) (view.getY() + view.getHeight() - 8 - bounds.y());
            assertEquals(DiagramStyle.zone(zone.getKind()).fill(), Rgb.of(page.getRGB(x, y) & 0xffffff), zone.getName());
            assertEquals(Rgb.of(png.getRGB(x, y) & 0xffffff), Rgb.of(page.getRGB(x, y) & 0xffffff), zone.getName());
            int bandX = (int) (view.getX() - 5 - bounds.x());
            assertEquals(DiagramStyle.band(zone.getPurdueLevel()).fill(), Rgb.of(page.getRGB(bandX, y) & 0xffffff),
                    "band behind " + zone.getName());
        }
    }

    @Test
    void hostileAndUnprintableNamesDoNotBreakTheExport() throws Exception {
        ArchitectureModel model = Fixtures.hostileModel();
        model.getZones().get(1).setName("\u5236\u5fa1 cell \ud83d\udd25");
        Diagram diagram = model.getDiagrams().get(0);
        try (PDDocument pdf = Loader.loadPDF(export(diagram, DrawingFormat.PDF, DrawingOptions.DEFAULT))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(Fixtures.HOSTILE_ZONE), text);
            assertTrue(text.contains("cell"), text);
            assertTrue(text.contains("Line PLC"), text);
        }
    }
}
