package org.itot.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.itot.model.ArchitectureModel;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.report.ReportWriter.Format;
import org.itot.validation.engine.ModelFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder of the Purdue template: content, self-containment, reproducibility, bad output folders. */
class ReportWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    @TempDir
    Path temp;

    private Path saved(ArchitectureModel model) throws IOException {
        Path file = temp.resolve("plant.itot");
        ModelFiles.save(model, file);
        return file;
    }

    private static ReportWriter.Options options(List<ReportStandard> standards) {
        return new ReportWriter.Options("1.2.3.test", DATE, standards, EnumSet.allOf(Format.class),
                ModelFindings.Configuration.builtInOnly());
    }

    private ReportWriter.Result write(ArchitectureModel model, Path folder) throws Exception {
        return ReportWriter.write(ModelFiles.load(saved(model)), temp.resolve("plant.itot"), folder,
                options(List.of(ReportStandard.values())));
    }

    @Test
    void pdfHasSearchableSrsZoneNamesBookmarksAndEmbeddedFonts() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        ReportWriter.Result result = write(model, temp.resolve("report"));
        assertEquals(List.of(temp.resolve("report/index.html"), temp.resolve("report/report.pdf")), result.files());
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("report/report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("SR 5.1"), "SR 5.1 is searchable");
            assertTrue(text.contains("SR 7.8"), "the last SR is there");
            assertTrue(text.contains("ZCR 7"));
            assertTrue(text.contains("R2.3"), "NERC CIP-005 was asked for");
            for (Zone zone : model.getAllZones()) {
                assertTrue(text.contains(zone.getName()), "zone " + zone.getName() + " is named in the PDF");
            }
            assertNotNull(pdf.getDocumentCatalog().getDocumentOutline(), "bookmarks");
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertTrue(bookmarks.contains("Executive summary"), bookmarks.toString());
            assertTrue(bookmarks.contains("IEC 62443-3-3 system requirements"), bookmarks.toString());
            assertEquals(result.pages(), pdf.getNumberOfPages());
            for (var name : pdf.getPage(1).getResources().getFontNames()) {
                PDFont font = pdf.getPage(1).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void htmlIsSelfContainedWithContentsAnchorsAndPrintStyles() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        write(model, temp.resolve("report"));
        String html = Files.readString(temp.resolve("report/index.html"), StandardCharsets.UTF_8);
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no outside style sheet");
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)").matcher(html).find(), "links are anchors only");
        assertFalse(html.contains("url(http"), "no outside resource in CSS");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<nav class=\"toc\""));
        assertTrue(html.contains("<svg"), "diagrams inline");
        for (Zone zone : model.getAllZones()) {
            assertTrue(html.contains("id=\"" + ReportContent.zoneAnchor(zone) + "\""), "anchor of " + zone.getId());
        }
        // Every in-page link has its target.
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (links.find()) {
            assertTrue(html.contains("id=\"" + links.group(1) + "\""), "target of #" + links.group(1));
        }
        assertTrue(html.contains("id=\"finding-"), "an anchor per finding");
        assertTrue(html.indexOf("Executive summary") < html.indexOf("id=\"diagrams\"")
                && html.indexOf("id=\"diagrams\"") < html.indexOf("id=\"zones\"")
                && html.indexOf("id=\"zones\"") < html.indexOf("id=\"iec62443-3-3\"")
                && html.indexOf("id=\"iec62443-3-3\"") < html.indexOf("id=\"findings\"")
                && html.indexOf("id=\"findings\"") < html.indexOf("id=\"paths\"")
                && html.indexOf("id=\"paths\"") < html.indexOf("id=\"attack\"")
                && html.indexOf("id=\"attack\"") < html.indexOf("id=\"registers\"")
                && html.indexOf("id=\"registers\"") < html.indexOf("id=\"rules\""), "the issue's order");
    }

    @Test
    void sameModelAndDateGiveByteIdenticalFiles() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Path file = saved(model);
        ReportWriter.write(ModelFiles.load(file), file, temp.resolve("a"), options(ReportStandard.defaults()));
        ReportWriter.write(ModelFiles.load(file), file, temp.resolve("b"), options(ReportStandard.defaults()));
        for (Format format : Format.values()) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(format.fileName())),
                    Files.readAllBytes(temp.resolve("b").resolve(format.fileName())), format.fileName());
        }
        // The date is what changes the bytes: it is on the title page and in the PDF's dates.
        ReportWriter.Options later = new ReportWriter.Options("1.2.3.test", DATE.plusDays(1),
                ReportStandard.defaults(), EnumSet.allOf(Format.class), ModelFindings.Configuration.builtInOnly());
        ReportWriter.write(ModelFiles.load(file), file, temp.resolve("c"), later);
        assertFalse(Files.readString(temp.resolve("a/index.html")).equals(Files.readString(temp.resolve(
                "c/index.html"))));
    }

    @Test
    void titlePageNamesTheModelFileDigest() throws Exception {
        Path file = saved(ModelTemplates.create(ModelTemplates.PURDUE));
        ReportWriter.write(ModelFiles.load(file), file, temp.resolve("r"), options(ReportStandard.defaults()));
        String html = Files.readString(temp.resolve("r/index.html"));
        assertTrue(html.contains(ReportWriter.digest(file)));
        assertTrue(html.contains("1.2.3.test"));
        assertTrue(html.contains("2026-12-07"));
    }

    @Test
    void aDiagramTooLargeForThePageIsScaledWithANote() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        NodeView first = model.getDiagrams().get(0).getNodes().get(0);
        first.setX(first.getX() + 20_000); // the drawing becomes 20,000 units wide
        ReportWriter.Result result = write(model, temp.resolve("big"));
        ReportDocument.Figure figure = result.document().blocks().stream()
                .filter(ReportDocument.Figure.class::isInstance).map(ReportDocument.Figure.class::cast).findFirst()
                .orElseThrow();
        assertTrue(figure.scale() * 20_000 <= PdfReport.FIGURE_WIDTH + 1, "fits the page width");
        assertNotNull(figure.note());
        assertTrue(Files.readString(temp.resolve("big/index.html")).contains("Scaled to"));
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("big/report.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Scaled to"));
        }
    }

    @Test
    void aFolderThatCannotBeCreatedFailsClearlyAndLeavesNothing() throws Exception {
        Path file = saved(ModelTemplates.create(ModelTemplates.PURDUE));
        Path missing = temp.resolve("no/such/folder/report");
        IOException error = assertThrows(IOException.class, () -> ReportWriter.write(ModelFiles.load(file), file,
                missing, options(ReportStandard.defaults())));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        Path aFile = temp.resolve("taken");
        Files.writeString(aFile, "x");
        error = assertThrows(IOException.class, () -> ReportWriter.write(ModelFiles.load(file), file, aFile,
                options(ReportStandard.defaults())));
        assertTrue(error.getMessage().contains("is a file"), error.getMessage());
        assertEquals("x", Files.readString(aFile));
    }

    @Test
    void aReadOnlyParentFailsClearlyAndLeavesNothingHalfWritten() throws Exception {
        Path file = saved(ModelTemplates.create(ModelTemplates.PURDUE));
        Path parent = temp.resolve("readonly");
        try (org.itot.testing.ReadOnlyFolder folder = org.itot.testing.ReadOnlyFolder.mount(parent, f -> {
        })) {
            org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "mounting needs Linux and root");
            IOException error = assertThrows(IOException.class, () -> ReportWriter.write(ModelFiles.load(file),
                    file, parent.resolve("report"), options(ReportStandard.defaults())));
            assertTrue(error.getMessage().contains(parent.resolve("report").toString()), error.getMessage());
            try (Stream<Path> left = Files.list(parent)) {
                assertEquals(0, left.count(), "nothing half-written");
            }
        }
    }

    @Test
    void anExistingReportIsReplacedWholeAndNoTemporaryFolderRemains() throws Exception {
        Path file = saved(ModelTemplates.create(ModelTemplates.PURDUE));
        Path folder = temp.resolve("report");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("stale.txt"), "old");
        ReportWriter.write(ModelFiles.load(file), file, folder, options(ReportStandard.defaults()));
        assertFalse(Files.exists(folder.resolve("stale.txt")), "the folder is the new report, nothing else");
        assertTrue(Files.exists(folder.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .toList(), "no temporary folder left");
        }
    }

    /** The folder gets the permissions of any folder the user creates (umask), not a temporary folder's 700. */
    @Test
    void theReportFolderHasTheUsualPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "POSIX permissions");
        Path file = saved(ModelTemplates.create(ModelTemplates.PURDUE));
        ReportWriter.write(ModelFiles.load(file), file, temp.resolve("r"), options(ReportStandard.defaults()));
        Path reference = Files.createDirectory(temp.resolve("reference"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(temp.resolve("r")));
    }

    @Test
    void anUnreadableModelFileIsNamed() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Path gone = temp.resolve("gone.itot");
        IOException error = assertThrows(IOException.class, () -> ReportWriter.write(model, gone,
                temp.resolve("r"), options(ReportStandard.defaults())));
        assertTrue(error.getMessage().contains("gone.itot"), error.getMessage());
        assertFalse(Files.exists(temp.resolve("r")));
    }
}
