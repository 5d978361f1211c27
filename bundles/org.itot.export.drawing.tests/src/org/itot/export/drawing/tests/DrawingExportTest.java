package org.itot.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.ExportCancelledException;
import org.itot.export.drawing.ExportMonitor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files: PNG scale, atomic writes, refusing to overwrite, several diagrams with progress and cancel. */
class DrawingExportTest {

    @TempDir
    Path folder;

    private final ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
    private final Diagram overview = purdue.getDiagrams().get(0);

    @Test
    void pngScaleChangesThePixelSize() throws Exception {
        Bounds bounds = DiagramPainter.bounds(overview);
        BufferedImage normal = png(DrawingOptions.DEFAULT);
        BufferedImage half = png(DrawingOptions.DEFAULT.withScale(0.5));
        BufferedImage double_ = png(DrawingOptions.DEFAULT.withScale(2));
        assertEquals((int) Math.ceil(bounds.width()), normal.getWidth());
        assertEquals((int) Math.ceil(bounds.height()), normal.getHeight());
        assertEquals((int) Math.ceil(bounds.width() / 2), half.getWidth());
        assertEquals((int) Math.ceil(bounds.width() * 2), double_.getWidth());
        assertEquals((int) Math.ceil(bounds.height() * 2), double_.getHeight());
    }

    private BufferedImage png(DrawingOptions options) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(Fixtures.export(overview, DrawingFormat.PNG, options)));
    }

    @ParameterizedTest
    @EnumSource(DrawingFormat.class)
    void writesTheFileAtomicallyAndLeavesNoTemporaryFile(DrawingFormat format) throws Exception {
        Path file = folder.resolve("sub/overview." + format.extension());
        DrawingExport.write(overview, format, file, DrawingOptions.DEFAULT);
        byte[] bytes = Files.readAllBytes(file);
        String start = new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1);
        String expected = switch (format) {
        case SVG, DRAWIO -> "<?xml ve";
        case PNG -> "\u0089PNG\r\n\u001a\n";
        case PDF -> "%PDF-1.";
        };
        assertTrue(start.startsWith(expected), format + " file starts with " + start);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "only the file itself, no temporary file");
        }
    }

    @Test
    void sameDiagramGivesTheSameBytes() throws Exception {
        for (DrawingFormat format : List.of(DrawingFormat.SVG, DrawingFormat.DRAWIO)) {
            assertArrayEquals(Fixtures.export(overview, format, DrawingOptions.DEFAULT),
                    Fixtures.export(overview, format, DrawingOptions.DEFAULT), format + " must be reproducible");
        }
    }

    @Test
    void refusesToOverwriteUnlessAllowed() throws Exception {
        Path file = folder.resolve("overview.svg");
        Files.writeString(file, "keep me");
        assertThrows(FileAlreadyExistsException.class,
                () -> DrawingExport.write(overview, DrawingFormat.SVG, file, DrawingOptions.DEFAULT));
        assertEquals("keep me", Files.readString(file));
        DrawingExport.write(overview, DrawingFormat.SVG, file, DrawingOptions.DEFAULT.withOverwrite(true));
        assertTrue(Files.readString(file).startsWith("<?xml"));
    }

    @Test
    void allDiagramsGoIntoOneFolderWithSafeUniqueNames() throws Exception {
        addCopy("Purdue overview");
        addCopy("../Level 0: pumps?");
        addCopy("");
        List<String> progress = new ArrayList<>();
        ExportMonitor monitor = (done, total, name) -> progress.add(done + "/" + total + " " + name);

        List<Path> written = DrawingExport.writeAll(purdue.getDiagrams(), DrawingFormat.DRAWIO, folder.resolve("out"),
                DrawingOptions.DEFAULT, monitor);

        assertEquals(List.of("Purdue-overview.drawio", "Purdue-overview-2.drawio", "Level-0-pumps.drawio",
                "diagram.drawio"), written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : written) {
            assertEquals(folder.resolve("out"), file.getParent());
            assertTrue(Files.size(file) > 100);
        }
        assertEquals(List.of("0/4 Purdue overview", "1/4 Purdue overview", "2/4 ../Level 0: pumps?", "3/4 ", "4/4 null"),
                progress);
    }

    @Test
    void writingAllRefusesBeforeWritingAnythingWhenAFileExists() throws Exception {
        addCopy("Second");
        Files.writeString(folder.resolve("Second.svg"), "keep me");
        assertThrows(FileAlreadyExistsException.class, () -> DrawingExport.writeAll(purdue.getDiagrams(),
                DrawingFormat.SVG, folder, DrawingOptions.DEFAULT, ExportMonitor.NONE));
        assertTrue(Files.notExists(folder.resolve("Purdue-overview.svg")));
        assertEquals("keep me", Files.readString(folder.resolve("Second.svg")));
    }

    @Test
    void cancellingStopsBeforeTheNextDiagramAndKeepsWhatIsDone() throws Exception {
        addCopy("Second");
        addCopy("Third");
        ExportMonitor cancelAfterFirst = new ExportMonitor() {
            private int calls;

            @Override
            public void progress(int done, int total, String diagramName) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 1;
            }
        };
        ExportCancelledException cancelled = assertThrows(ExportCancelledException.class,
                () -> DrawingExport.writeAll(purdue.getDiagrams(), DrawingFormat.PDF, folder, DrawingOptions.DEFAULT,
                        cancelAfterFirst));
        assertEquals(List.of(folder.resolve("Purdue-overview.pdf")), cancelled.written());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void unknownDiagramNamesTheKnownOnes() {
        addCopy("Level 1 detail");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DrawingExport.find(purdue.getDiagrams(), "Nope"));
        assertEquals("no diagram named 'Nope' (known: 'Purdue overview', 'Level 1 detail')", error.getMessage());
        assertEquals("Level 1 detail", DrawingExport.find(purdue.getDiagrams(), "Level 1 detail").getName());
        assertEquals(overview, DrawingExport.find(purdue.getDiagrams(), overview.getId()));
    }

    @Test
    void formatsAreFoundByTheirWord() {
        for (DrawingFormat format : DrawingFormat.values()) {
            assertEquals(format, DrawingFormat.of(format.word()).orElseThrow());
        }
        assertTrue(DrawingFormat.of("xlsx").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> DrawingOptions.DEFAULT.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> DrawingOptions.DEFAULT.withScale(Double.NaN));
    }

    private void addCopy(String name) {
        Diagram copy = EcoreUtil.copy(overview);
        copy.setId(null);
        copy.setName(name);
        purdue.getDiagrams().add(copy);
    }
}
