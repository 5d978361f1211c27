package org.itot.export.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.ExportMonitor;
import org.itot.export.drawing.SafeFileName;
import org.itot.model.ArchitectureModel;
import org.itot.model.Diagram;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names made from diagram names ({@code itot export --all}, the Export wizard) are safe on every platform. */
class SafeFileNameTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "CON | CON-diagram",
        "nul | nul-diagram",
        "Prn | Prn-diagram",
        "aux.backup | aux-diagram.backup",
        "NUL.tar.gz | NUL-diagram.tar.gz",
        "com1 | com1-diagram",
        "COM9.svg | COM9-diagram.svg",
        "lpt5 | lpt5-diagram",
        "LPT\u00b9 | LPT\u00b9-diagram",
        "com\u00b3.x | com\u00b3-diagram.x",
        "'  con  ' | con-diagram",
        "Console | Console",
        "COM10 | COM10",
        "nuller.png | nuller.png",
        "../../etc/passwd | etc-passwd",
        "a<b>c:d\"e?g*h\\i/j | a-b-c-d-e-g-h-i-j",
        "Pumps\u202Egpj.exe | Pumps-gpj.exe",
        "P\u200BL\u200DC\uFEFF | P-L-C",
        "'...' | diagram",
        "'trailing dots...' | trailing-dots",
        "'\u00a0' | diagram",
    })
    void namesAreSafe(String name, String expected) {
        assertEquals(expected, SafeFileName.of(name, "diagram"));
    }

    @Test
    void nullAndNothingLeftGiveTheFallback() {
        assertEquals("diagram", SafeFileName.of(null, "diagram"));
        assertEquals("diagram", SafeFileName.of("\u202E\u200B", "diagram"));
    }

    @Test
    void composedAndDecomposedAccentsGiveTheSameName() {
        assertEquals("Pumpe-S\u00fcd", SafeFileName.of("Pumpe Su\u0308d", "diagram"));
        assertEquals("Pumpe-S\u00fcd", SafeFileName.of("Pumpe S\u00fcd", "diagram"));
    }

    @Test
    void longNamesAreCutToEightyCharactersAndTwoHundredBytesWithoutSplittingACharacter() {
        assertEquals("k".repeat(80), SafeFileName.of("k".repeat(100_000), "diagram"));
        String wide = "\uD840\uDC00".repeat(300); // a CJK letter outside the BMP: 2 chars, 4 UTF-8 bytes
        String safe = SafeFileName.of(wide, "diagram");
        assertEquals("\uD840\uDC00".repeat(50), safe);
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= 200);
    }

    @Test
    void exportingAllDiagramsWritesReservedNamesUnderSafeDistinctFiles() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        Diagram overview = model.getDiagrams().get(0);
        overview.setName("CON");
        for (String name : List.of("con", "nul.svg", "k".repeat(100_000))) {
            Diagram copy = EcoreUtil.copy(overview);
            copy.setId(null);
            copy.setName(name);
            model.getDiagrams().add(copy);
        }

        List<Path> written = DrawingExport.writeAll(model.getDiagrams(), DrawingFormat.SVG, folder,
                DrawingOptions.DEFAULT, ExportMonitor.NONE);

        assertEquals(List.of("CON-diagram.svg", "con-diagram-2.svg", "nul-diagram.svg.svg", "k".repeat(80) + ".svg"),
                written.stream().map(file -> file.getFileName().toString()).toList());
        for (Path file : written) {
            assertTrue(Files.size(file) > 1000, file + " is written");
        }
    }
}
