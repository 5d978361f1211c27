package org.itot.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.ExportCancelledException;
import org.itot.export.drawing.ExportMonitor;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.ItotPackage;
import org.itot.model.NodeView;
import org.itot.model.Zone;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.itot.testing.CancelAfter;
import org.itot.testing.EditStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drawings next to edits and their cancel: exporting every diagram into a folder while another thread renames a
 * zone through the command stack gives well-formed drawings that all show the same revision of the model (the export
 * holds the model's read lock for the whole set); a cancel stops before the next diagram and leaves only complete
 * files, the ones not reached as they were.
 */
class ConcurrentDrawingExportTest {

    private static final int DIAGRAMS = 5;
    private static final int EXPORTS = 15;
    private static final Pattern REVISION = Pattern.compile("Zone rev (\\d+)");

    @TempDir
    Path folder;

    @Test
    void everyDrawingOfOneExportShowsTheSameModelStateWhileEditsRun() throws Exception {
        ArchitectureModel model = modelWithDiagrams();
        Zone zone = shownZone(model);
        EditingDomain domain = ModelEditing.domainFor(model);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        stack.execute(SetCommand.create(domain, zone, ItotPackage.Literals.MODEL_ELEMENT__NAME, "Zone rev 0"));
        NodeView view = model.getDiagrams().get(0).getNodes().get(0);
        EditStream edits = EditStream.start("editor", Duration.ofMillis(1), i -> {
            stack.execute(SetCommand.create(domain, zone, ItotPackage.Literals.MODEL_ELEMENT__NAME,
                    "Zone rev " + (i + 1)));
            stack.execute(SetCommand.create(domain, view, ItotPackage.Literals.NODE_VIEW__X, view.getX() + 1));
        });
        List<Integer> editsDuring = new ArrayList<>();
        List<Integer> startedAt = new ArrayList<>();
        try {
            for (int i = 0; i < EXPORTS; i++) {
                int before = edits.edits();
                startedAt.add(before);
                List<Path> files = DrawingExport.writeAll(model.getDiagrams(), DrawingFormat.SVG,
                        folder.resolve("export-" + i), DrawingOptions.DEFAULT, ExportMonitor.NONE);
                int after = edits.edits();
                editsDuring.add(after - before);
                assertEquals(DIAGRAMS, files.size());
                Set<Integer> revisions = new TreeSet<>();
                for (Path file : files) {
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()); // well-formed
                    Matcher matcher = REVISION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    assertTrue(matcher.find(), file + " does not show the renamed zone");
                    revisions.add(Integer.parseInt(matcher.group(1)));
                }
                assertEquals(1, revisions.size(), "export " + i + " mixes model states: revisions " + revisions);
                int revision = revisions.iterator().next();
                assertTrue(revision >= before && revision <= after + 1,
                        "export " + i + " shows revision " + revision + ", edits were at " + before + ".." + after);
                assertTrue(edits.isRunning(), "the edit stream failed");
            }
        } finally {
            int made = edits.stop();
            System.out.printf("drawings next to edits: %d exports of %d diagrams, %d edits interleaved (%s)%n",
                    EXPORTS, DIAGRAMS, made * 2, editsDuring);
            assertEquals("Zone rev " + made, zone.getName(), "every rename was applied");
        }
        assertTrue(EditStream.changedBetween(startedAt) >= EXPORTS / 2, "edits ran between the exports: " + startedAt);
    }

    @Test
    void aCancelledExportOfAllDiagramsStopsBeforeTheNextAndLeavesOnlyCompleteFiles() throws Exception {
        ArchitectureModel model = modelWithDiagrams();
        Path target = folder.resolve("drawings");
        DrawingOptions overwrite = DrawingOptions.DEFAULT.withOverwrite(true);
        List<Path> files = DrawingExport.writeAll(model.getDiagrams(), DrawingFormat.SVG, target, overwrite,
                ExportMonitor.NONE);
        List<byte[]> previous = new ArrayList<>();
        for (Path file : files) {
            previous.add(Files.readAllBytes(file));
        }
        shownZone(model).setName("Renamed after the first export");
        List<Path> reference = DrawingExport.writeAll(model.getDiagrams(), DrawingFormat.SVG,
                folder.resolve("reference"), overwrite, ExportMonitor.NONE);

        for (int cancelAt = 1; cancelAt <= DIAGRAMS; cancelAt++) {
            CancelAfter monitor = new CancelAfter(cancelAt);
            ExportCancelledException cancelled = assertThrows(ExportCancelledException.class,
                    () -> DrawingExport.writeAll(model.getDiagrams(), DrawingFormat.SVG, target, overwrite,
                            cancelling(monitor)));
            assertEquals(1, monitor.pollsAfterCancel(), "diagrams written after the cancel at " + cancelAt);
            assertEquals(cancelAt - 1, cancelled.written().size());
            assertEquals(names(files), names(target), "a partial or temporary file was left (cancel at "
                    + cancelAt + ")");
            for (int d = 0; d < DIAGRAMS; d++) {
                byte[] expected = d < cancelAt - 1 ? Files.readAllBytes(reference.get(d)) : previous.get(d);
                assertArrayEquals(expected, Files.readAllBytes(files.get(d)), "diagram " + d + " after a cancel at "
                        + cancelAt + (d < cancelAt - 1 ? " is not the complete new drawing" : " is not the previous one"));
            }
            // restore the previous drawings for the next round
            for (int d = 0; d < DIAGRAMS; d++) {
                Files.write(files.get(d), previous.get(d));
            }
        }
        assertFalse(names(target).stream().anyMatch(name -> name.endsWith(".tmp")));
    }

    private static ExportMonitor cancelling(CancelAfter monitor) {
        return new ExportMonitor() {
            @Override
            public void progress(int done, int total, String diagramName) {
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        };
    }

    /** The Purdue template in a resource (so it has a command stack), with copies of its overview diagram. */
    private static ArchitectureModel modelWithDiagrams() {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        new ResourceSetImpl().createResource(URI.createURI("memory:/plant.itot")).getContents().add(model);
        Diagram overview = model.getDiagrams().get(0);
        for (int i = 2; i <= DIAGRAMS; i++) {
            Diagram copy = EcoreUtil.copy(overview);
            copy.setId(overview.getId() + "-" + i);
            copy.setName(overview.getName() + " " + i);
            model.getDiagrams().add(copy);
        }
        assertEquals(DIAGRAMS, model.getDiagrams().size());
        return model;
    }

    /** A zone the overview diagram shows. */
    private static Zone shownZone(ArchitectureModel model) {
        return model.getDiagrams().get(0).getNodes().stream().map(NodeView::getElement)
                .filter(Zone.class::isInstance).map(Zone.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the overview diagram shows no zone"));
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(path -> path.getFileName().toString()).sorted().toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
