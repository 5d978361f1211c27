package org.itot.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itot.export.drawing.DrawingExport;
import org.itot.model.ArchitectureModel;
import org.itot.render.DiagramPainter;
import org.itot.testing.ChildJvm;
import org.itot.testing.KillLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Drawing exports that die: a child JVM writing the SVG of a diagram again and again is killed with
 * SIGKILL at random moments; the file is always a whole, parseable SVG of some version, never older
 * than the one before.
 */
class DrawingExportKillTest {

    private static final Pattern VERSION = Pattern.compile("Overview version (\\d+)");

    @TempDir
    Path folder;

    @Test
    void killDuringSvgExportLeavesTheOldOrTheNewFileWhole() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs SIGKILL semantics");
        Path svg = folder.resolve("overview.svg");
        ProcessBuilder child = ChildJvm.commandWithAllBundles(DrawingExportChild.class,
                List.of(DrawingExport.class, DiagramPainter.class, ArchitectureModel.class), svg.toString(), "SVG");
        KillLoop.Result result = KillLoop.run(child, svg, 15, 2, KillLoop.HANG_GUARD_SECONDS, file -> {
            Document document = Fixtures.parse(Files.readAllBytes(file));
            String title = Fixtures.elements(document, "title").findFirst().orElseThrow().getTextContent();
            Matcher version = VERSION.matcher(title);
            assertTrue(version.matches(), title);
            return Long.parseLong(version.group(1));
        });
        System.out.printf("kill during SVG export: %d kills (%d during a write) in %d ms%n", result.kills(),
                result.killsDuringWrite(), result.millis());
    }
}
