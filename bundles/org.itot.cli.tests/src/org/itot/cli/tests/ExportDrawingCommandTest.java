package org.itot.cli.tests;

import static org.itot.cli.tests.CliRun.itot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.resource.ModelFiles;
import org.itot.model.template.ModelTemplates;
import org.itot.render.DiagramPainter;
import org.itot.render.geometry.Bounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code itot export svg|png|pdf|drawio}: files written, diagrams chosen, and every way it refuses. */
class ExportDrawingCommandTest {

    @TempDir
    Path folder;

    private Path model;
    private Bounds bounds;

    @BeforeEach
    void purdueModelWithTwoDiagrams() throws IOException {
        ArchitectureModel purdue = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram second = EcoreUtil.copy(purdue.getDiagrams().get(0));
        second.setId("D-SECOND");
        second.setName("Control / detail");
        purdue.getDiagrams().add(second);
        bounds = DiagramPainter.bounds(purdue.getDiagrams().get(0));
        model = folder.resolve("plant.itot");
        ModelFiles.save(purdue, model);
    }

    @ParameterizedTest
    @CsvSource({ "svg, <?xml version", "pdf, %PDF-1.", "drawio, <?xml version", "png, \u0089PNG" })
    void eachFormatWritesTheFirstDiagram(String format, String start) throws IOException {
        Path file = folder.resolve("overview." + format);
        CliRun run = itot("export", format, model.toString(), "-o", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals("Wrote " + file + " (diagram 'Purdue overview')\n", run.out());
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).startsWith(start), format);
        if (!format.equals("png") && !format.equals("pdf")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.contains("Enterprise IT"), "zone name in the " + format);
            assertTrue(text.contains(format.equals("svg") ? "<svg " : "<mxGraphModel "), format);
        }
    }

    @Test
    void pngScaleSetsThePixelSize() throws IOException {
        Path normal = folder.resolve("normal.png");
        Path large = folder.resolve("large.png");
        assertEquals(0, itot("export", "png", model.toString(), "-o", normal.toString()).status());
        CliRun run = itot("export", "png", model.toString(), "--scale", "2", "-o", large.toString());
        assertEquals(0, run.status(), run.err());
        BufferedImage one = ImageIO.read(normal.toFile());
        BufferedImage two = ImageIO.read(large.toFile());
        assertEquals((int) Math.ceil(bounds.width()), one.getWidth());
        assertEquals((int) Math.ceil(bounds.width() * 2), two.getWidth());
        assertEquals((int) Math.ceil(bounds.height() * 2), two.getHeight());
    }

    @Test
    void diagramOptionPicksByName() throws IOException {
        Path file = folder.resolve("detail.drawio");
        CliRun run = itot("export", "drawio", "--diagram", "Control / detail", model.toString(), "-o", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("Wrote " + file + " (diagram 'Control / detail')\n", run.out());
        assertTrue(Files.readString(file).contains("name=\"Control / detail\""));
    }

    @Test
    void allWritesOneFilePerDiagramIntoTheFolder() throws IOException {
        Path out = folder.resolve("drawings");
        CliRun run = itot("export", "svg", model.toString(), "--all", "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("Wrote " + out.resolve("Purdue-overview.svg") + " (diagram 'Purdue overview')",
                "Wrote " + out.resolve("Control-detail.svg") + " (diagram 'Control / detail')",
                "2 svg files in " + out), run.out().lines().toList());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".svg")).count());
        }
        CliRun again = itot("export", "svg", model.toString(), "--all", "-o", out.toString());
        assertEquals(2, again.status());
        assertEquals("itot export: " + out.resolve("Purdue-overview.svg") + " already exists; add --force to overwrite it\n",
                again.err());
        assertEquals(0, itot("export", "svg", model.toString(), "--all", "-o", out.toString(), "--force").status());
    }

    @Test
    void unknownDiagramListsTheNames() {
        CliRun run = itot("export", "pdf", model.toString(), "--diagram", "Nope", "-o", folder.resolve("x.pdf").toString());
        assertEquals(2, run.status());
        assertEquals("itot export: " + model + " has no diagram named 'Nope' (known: 'Purdue overview', "
                + "'Control / detail')\n", run.err());
        assertTrue(Files.notExists(folder.resolve("x.pdf")));
    }

    @Test
    void unwritableOutputIsAFailure() throws IOException {
        Path missing = folder.resolve("missing/x.svg");
        CliRun run = itot("export", "svg", model.toString(), "-o", missing.toString());
        assertEquals(1, run.status());
        assertEquals("itot export: cannot write " + missing + ": folder " + missing.getParent() + " does not exist\n",
                run.err());
        Path aFile = Files.writeString(folder.resolve("a-file"), "x");
        CliRun all = itot("export", "png", model.toString(), "--all", "-o", aFile.resolve("sub").toString());
        assertEquals(1, all.status(), all.err());
        assertTrue(all.err().startsWith("itot export: cannot write " + aFile.resolve("sub") + ": "), all.err());
    }

    @Test
    void badModelIsBadInput() throws IOException {
        Path truncated = folder.resolve("truncated.itot");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(model), 2000));
        CliRun run = itot("export", "svg", truncated.toString(), "-o", folder.resolve("t.svg").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("itot export: ") && run.err().contains("truncated.itot"), run.err());
        CliRun missing = itot("export", "svg", folder.resolve("nothing.itot").toString(), "-o", "t.svg");
        assertEquals(2, missing.status());
        assertEquals("itot export: model " + folder.resolve("nothing.itot") + " does not exist or is not a file\n",
                missing.err());
    }

    @Test
    void existingFileIsKeptWithoutForce() throws IOException {
        Path file = Files.writeString(folder.resolve("keep.pdf"), "keep me");
        CliRun run = itot("export", "pdf", model.toString(), "-o", file.toString());
        assertEquals(2, run.status());
        assertEquals("itot export: " + file + " already exists; add --force to overwrite it\n", run.err());
        assertEquals("keep me", Files.readString(file));
        assertEquals(0, itot("export", "pdf", model.toString(), "-o", file.toString(), "--force").status());
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bmp @m -o @o | itot export: unknown format 'bmp' (known: excel, svg, png, pdf, drawio)",
        "svg -o @o | itot export: no model given; usage: itot export svg MODEL.itot -o FILE.svg",
        "svg @m | itot export: no output file; give -o FILE.svg",
        "svg @m --all | itot export: no output folder; give -o FOLDER",
        "svg @m --all --diagram x -o @o | itot export: --diagram and --all exclude each other",
        "drawio @m --scale 2 -o @o | itot export: --scale does not apply to drawio (draw.io zooms itself)",
        "png @m --scale 0 -o @o | itot export: --scale takes a number above 0 and up to 100, such as 2 or 0.5, not '0'",
        "png @m --scale big -o @o | itot export: --scale takes a number above 0 and up to 100, such as 2 or 0.5, not 'big'",
        "png @m --scale 50 -o @o | px, more than 20000 px; use a smaller scale",
        "svg @m @m -o @o | itot export: one model at a time",
        "svg @m --frobnicate -o @o | itot export: unknown option '--frobnicate'",
    })
    void usageErrorsExitTwo(String args, String error) {
        String[] words = args.replace("@o", folder.resolve("out.x").toString()).replace("@m", model.toString())
                .split(" ");
        String[] full = new String[words.length + 1];
        full[0] = "export";
        System.arraycopy(words, 0, full, 1, words.length);
        CliRun run = itot(full);
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(error), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(Files.notExists(folder.resolve("out.x")));
    }

    @Test
    void helpExplainsTheFormats() {
        CliRun help = itot("help", "export");
        assertEquals(0, help.status());
        for (String expected : List.of("svg", "png", "pdf", "drawio", "--diagram NAME", "--all", "--scale FACTOR",
                "--force")) {
            assertTrue(help.out().contains(expected), expected + " missing from:\n" + help.out());
        }
    }
}
