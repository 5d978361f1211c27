package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.Zone;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model files are untrusted input: every kind of broken or hostile file is refused with a message
 * that names the file, the position and the problem, and never yields a half-read model.
 */
class HostileModelFileTest {

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<itot:ArchitectureModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:itot=\"" + ItotPackage.eNS_URI + "\""
            + " xmi:id=\"root\" name=\"Plant\"";
    static final String TAIL = "</itot:ArchitectureModel>\n";

    @TempDir
    Path folder;

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("unknown attribute", HEAD + " colour=\"red\"/>\n",
                        new String[] {"line 2, column", "an ArchitectureModel has no attribute or element 'colour'",
                                "remove 'colour'"}),
                Arguments.of("unknown element", HEAD + ">\n  <gadgets xmi:id=\"g\"/>\n" + TAIL,
                        new String[] {"line 3, column", "no attribute or element 'gadgets'"}),
                Arguments.of("unknown element type", HEAD + ">\n  <zones xmi:id=\"z\" xsi:type=\"itot:Spaceship\"/>\n" + TAIL,
                        new String[] {"line 3, column", "'Spaceship' is not a kind of element"}),
                Arguments.of("illegal enumeration value", HEAD + ">\n  <zones xmi:id=\"z\" purdueLevel=\"9\"/>\n" + TAIL,
                        new String[] {"line 3, column", "'9' is not a valid purdueLevel of a Zone",
                                "one of 0, 1, 2, 3, 3.5, 4, 5, external"}),
                Arguments.of("illegal number", HEAD + ">\n  <diagrams xmi:id=\"d\">\n    <nodes xmi:id=\"n\" x=\"left\"/>\n"
                        + "  </diagrams>\n" + TAIL,
                        new String[] {"line 4, column", "'left' is not a valid x of a NodeView (expected a whole number)"}),
                Arguments.of("reference to the wrong kind of element", HEAD + ">\n  <zones xmi:id=\"z\" id=\"Z-1\">\n"
                        + "    <assets xmi:id=\"a\" patchSource=\"z\"/>\n  </zones>\n" + TAIL,
                        new String[] {"line 4, column", "'patchSource' of an Asset must refer to an Asset, not to Zone 'Z-1'"}),
                Arguments.of("dangling reference", HEAD + ">\n  <zones xmi:id=\"z\">\n"
                        + "    <assets xmi:id=\"a\" patchSource=\"gone\"/>\n  </zones>\n" + TAIL,
                        new String[] {"line 4, column", "the reference 'gone' in 'patchSource' points to no element"}),
                Arguments.of("duplicate xmi:id", HEAD + ">\n  <zones xmi:id=\"z\" id=\"Z-1\"/>\n  <zones xmi:id=\"z\" id=\"Z-2\"/>\n"
                        + TAIL, new String[] {"the xmi:id 'z' is given to two elements", "Zone 'Z-1'", "Zone 'Z-2'"}),
                Arguments.of("wrong namespace", "<?xml version=\"1.0\"?>\n<m:ArchitectureModel xmlns:m=\"http://example.org/other\"/>\n",
                        new String[] {"line 2, column", "not an ITOT Architect model", "'http://example.org/other'"}),
                Arguments.of("no namespace", "<?xml version=\"1.0\"?>\n<ArchitectureModel name=\"x\"/>\n",
                        new String[] {"line 2, column", "not an ITOT Architect model"}),
                Arguments.of("wrong root type", "<?xml version=\"1.0\"?>\n<itot:Zone xmlns:itot=\"" + ItotPackage.eNS_URI + "\"/>\n",
                        new String[] {"line 2, column", "the root element is <itot:Zone>", "one ArchitectureModel at its root"}),
                Arguments.of("several roots", "<?xml version=\"1.0\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                        + " xmlns:itot=\"" + ItotPackage.eNS_URI + "\">\n  <itot:ArchitectureModel/>\n  <itot:ArchitectureModel/>\n</xmi:XMI>\n",
                        new String[] {"line 2, column", "not an ITOT Architect model"}),
                Arguments.of("truncated", HEAD + ">\n  <zones xmi:id=\"z\">\n    <assets xmi:id=\"a\" name=\"Fil",
                        new String[] {"line 4, column", "the file ends in the middle of the model"}),
                Arguments.of("truncated after an element", HEAD + ">\n  <zones xmi:id=\"z\">\n    <assets xmi:id=\"a\"/>\n",
                        new String[] {"line 5", "the file ends in the middle of the model"}),
                Arguments.of("empty", "", new String[] {"the file is empty"}),
                Arguments.of("zip archive", "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml",
                        new String[] {"line 1, column 1", "it is not XML text"}),
                Arguments.of("newer major format", HEAD.replace("name=\"Plant\"", "formatVersion=\"2.0\" name=\"Plant\"")
                        + " hologram=\"yes\"/>\n", new String[] {"line 2, column",
                                "written by a newer ITOT Architect (format 2.0); this version reads up to 1.x",
                                "Open it with a newer ITOT Architect"}),
                Arguments.of("newer minor format with unknown content", HEAD.replace("name=\"Plant\"",
                        "formatVersion=\"1.9\" name=\"Plant\"") + " hologram=\"yes\"/>\n", new String[] {"line 2, column",
                                "no attribute or element 'hologram'", "the file has format 1.9, newer than"}),
                Arguments.of("format version that is no version", HEAD.replace("name=\"Plant\"",
                        "formatVersion=\"latest\" name=\"Plant\"") + "/>\n",
                        new String[] {"line 2, column", "the formatVersion 'latest' is not a format version"}),
                Arguments.of("XML 1.1 with terminal escapes in a name", HEAD.replace("<?xml version=\"1.0\"",
                        "<?xml version=\"1.1\"").replace("name=\"Plant\"", "name=\"&#27;[2J&#27;]0;owned&#7;Plant\"")
                        + "/>\n", new String[] {"line 1, column 1", "the file is XML 1.1; model files are XML 1.0",
                                "change version=\"1.1\" to version=\"1.0\""}),
                Arguments.of("nesting too deep", HEAD + ">\n  <zones xmi:id=\"z\">" + "<subZones>".repeat(150)
                        + "</subZones>".repeat(150) + "</zones>\n" + TAIL,
                        new String[] {"line 3, column", "elements are nested deeper than 100 levels"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsRefusedWithFilePositionAndProblem(String name, String content, String[] expected) throws IOException {
        Path file = write(name.replace(' ', '-') + ".itot", content);
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertEquals(file, error.getFile());
        for (String fragment : expected) {
            assertTrue(error.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + error.getMessage());
        }
        assertFalse(error.getRemedy().isBlank(), "every message says what to do");
    }

    @Test
    void externalEntityIsRefusedAndNothingLeaks() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        Path file = write("xxe.itot", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<itot:ArchitectureModel xmlns:itot=\"" + ItotPackage.eNS_URI + "\" name=\"&x;\"/>\n");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().contains("line 2, column"), error.getMessage());
        assertTrue(error.getMessage().contains("contains a DOCTYPE declaration"), error.getMessage());
        assertFalse(error.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = write("laughs.itot", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [" + entities + "]>\n"
                + "<itot:ArchitectureModel xmlns:itot=\"" + ItotPackage.eNS_URI + "\" name=\"&a10;\"/>\n");
        ModelLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(file)));
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    /**
     * JDK 24 and later count escaped characters against entity limits of 100,000: a model whose
     * descriptions say "P&ID" often enough was saved and then refused with JAXP00010003. Save and load
     * must round-trip far more than that on the JDK the tests run on (the product's, Java 25).
     */
    @Test
    void textWithHundredsOfThousandsOfEscapedCharactersSurvivesSaveAndLoad() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        // EMF escapes & < " in attributes: 5 escaped characters per repetition, 5,000 per description.
        String description = "P&ID <rev \"A\"> & 'B' ".repeat(1_000);
        List<String> expected = new ArrayList<>();
        int index = 0;
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element) {
                element.setDescription(description + index++);
                expected.add(element.getDescription());
            }
        }
        // Enough elements that the file holds well over 200,000 escaped characters.
        while (expected.size() * 5_000L < 250_000) {
            Zone zone = ItotFactory.eINSTANCE.createZone();
            zone.setId("ESC-" + expected.size());
            zone.setDescription(description + index++);
            model.getZones().add(zone);
            expected.add(zone.getDescription());
        }
        Path file = folder.resolve("escaped.itot");
        ModelFiles.save(model, file);
        String saved = Files.readString(file);
        long escapes = Stream.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;")
                .mapToLong(entity -> saved.split(entity, -1).length - 1).sum();
        assertTrue(escapes > 200_000, "the file holds only " + escapes + " escaped characters");

        ArchitectureModel loaded = ModelFiles.load(file);
        List<String> descriptions = new ArrayList<>();
        for (var contents = loaded.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement element) {
                descriptions.add(element.getDescription());
            }
        }
        assertEquals(expected, descriptions, "on Java " + Runtime.version());
    }

    /** One attribute alone above the JDK's 100,000 per-entity limit, as a hand-made file. */
    @Test
    void oneAttributeWithMoreThanTheJdkLimitOfEscapesLoads() throws Exception {
        String name = "&amp;&lt;&quot;&gt;".repeat(40_000);
        Path file = write("one-attribute.itot", HEAD.replace("name=\"Plant\"", "name=\"" + name + "\"") + "/>\n");
        ArchitectureModel model = ModelFiles.load(file);
        assertEquals("&<\">".repeat(40_000), model.getName(), "on Java " + Runtime.version());
    }

    /** The attribute form of a link into another file names its line too. */
    @Test
    void referenceAttributeIntoAnotherFileNamesItsLine() throws Exception {
        Path file = write("href-attribute.itot", HEAD + ">\n  <zones xmi:id=\"z\">\n    <assets xmi:id=\"a\" id=\"A-1\"/>\n"
                + "    <assets xmi:id=\"b\" id=\"A-2\" patchSource=\"other.itot#x\"/>\n  </zones>\n" + TAIL);
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().contains("href-attribute.itot, line 5, column"), error.getMessage());
        assertTrue(error.getMessage().contains("in another file; a model file must be self-contained"), error.getMessage());
    }

    /**
     * Waivers and registers name elements by their human id: two elements with one id load (the
     * product itself may have saved them so) with a warning per clash that names both lines.
     */
    @Test
    void elementsSharingAnIdLoadWithAWarningThatNamesBothLines() throws Exception {
        Path file = write("shared-id.itot", HEAD + ">\n  <zones xmi:id=\"z\" id=\"Z-1\">\n"
                + "    <assets xmi:id=\"a\" id=\"PLC-01\"/>\n  </zones>\n  <zones xmi:id=\"y\" id=\"Z-2\">\n"
                + "    <assets xmi:id=\"b\" id=\"Z-1\"/>\n    <assets xmi:id=\"c\" id=\"PLC-01\"/>\n  </zones>\n" + TAIL);
        ArchitectureModel model = ModelFiles.load(file);
        List<String> warnings = ModelFiles.warnings(model).stream().map(Object::toString).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(file + ", line 7, column"), warnings.get(0));
        assertTrue(warnings.get(0).contains("an Asset has the id 'Z-1', which a Zone on line 3 has already"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith(file + ", line 8, column"), warnings.get(1));
        assertTrue(warnings.get(1).contains("an Asset has the id 'PLC-01', which an Asset on line 4 has already"),
                warnings.get(1));
        assertTrue(warnings.get(1).contains("Give each element its own id"), warnings.get(1));
    }

    @Test
    void binaryGarbageIsNotXml() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(62443).nextBytes(garbage);
        garbage[0] = 0x7f;
        Path file = folder.resolve("garbage.itot");
        Files.write(file, garbage);
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(error.getMessage().contains("this is not an ITOT Architect model: it is not XML text"),
                error.getMessage());
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        assertNull(System.getProperty(ModelFiles.MAX_BYTES_PROPERTY), "the test needs the heap-derived limit");
        long limit = ModelFiles.maxBytes();
        assertEquals(ModelFiles.maxBytesForHeap(Runtime.getRuntime().maxMemory()), limit);
        Path file = sparse("huge.itot", limit + 1);
        try {
            long start = System.nanoTime();
            ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_000, "took " + millis + " ms: the limit must apply before reading");
            int heap = ModelFiles.heapGigabytesFor(limit + 1);
            assertTrue(error.getMessage().matches("(?s).*ITOT Architect opens model files up to \\d+ MB with its Java "
                    + "heap of \\d+ MB \\(a model needs up to 8 times its file size.*"), error.getMessage());
            assertTrue(error.getMessage().contains("give ITOT Architect a heap of at least " + heap
                    + " GB: ITOT_CLI_HEAP=" + heap + "g for itot commands, ITOT_VMARGS=-Xmx" + heap
                    + "g for the desktop"), error.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void sizeLimitFollowsTheHeapAndOpensTheEstate() {
        // itot new --synthetic 100000 writes 239,383,388 bytes: the default 2 GB heap must open it.
        long estate = 239_383_388L;
        assertTrue(ModelFiles.maxBytesForHeap(2L << 30) >= estate, () -> "2 GB heap opens only "
                + ModelFiles.maxBytesForHeap(2L << 30));
        assertEquals(2, ModelFiles.heapGigabytesFor(estate));
        // Half the heap, half the file; a small heap still opens real plants (the 10,000-asset one is 23 MB).
        assertEquals(ModelFiles.maxBytesForHeap(2L << 30) / 2, ModelFiles.maxBytesForHeap(1L << 30));
        assertTrue(ModelFiles.maxBytesForHeap(256L << 20) >= 24_000_000L);
        // One Java array holds the file: beyond 2 GB no heap helps.
        assertEquals(Integer.MAX_VALUE - 16, ModelFiles.maxBytesForHeap(64L << 30));
    }

    @Test
    void sizeLimitPropertyOverridesTheHeapAndSaysSo() throws IOException {
        Path file = sparse("set.itot", 2048);
        System.setProperty(ModelFiles.MAX_BYTES_PROPERTY, "1024");
        try {
            assertEquals(1024, ModelFiles.maxBytes());
            ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
            assertTrue(error.getMessage().contains("ITOT Architect opens model files up to 1 KB (set by -D"
                    + ModelFiles.MAX_BYTES_PROPERTY + ")"), error.getMessage());
            assertTrue(error.getMessage().contains("raise -D" + ModelFiles.MAX_BYTES_PROPERTY + " to at least 2048"),
                    error.getMessage());
        } finally {
            System.clearProperty(ModelFiles.MAX_BYTES_PROPERTY);
            Files.delete(file);
        }
    }

    @Test
    void fileBeyondWhatOneArrayHoldsIsToldToBeSplit() throws IOException {
        Path file = sparse("beyond.itot", (long) Integer.MAX_VALUE + 1);
        System.setProperty(ModelFiles.MAX_BYTES_PROPERTY, Long.toString(Long.MAX_VALUE));
        try {
            assertEquals(Integer.MAX_VALUE - 16, ModelFiles.maxBytes());
            ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
            assertTrue(error.getMessage().contains("split it into several models"), error.getMessage());
        } finally {
            System.clearProperty(ModelFiles.MAX_BYTES_PROPERTY);
            Files.delete(file);
        }
    }

    private Path sparse(String name, long length) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(length);
        }
        return file;
    }

    @Test
    void sizeLimitIsConfigurable() throws Exception {
        ArchitectureModel model = EveryFeatureModel.build();
        Path file = folder.resolve("limit.itot");
        ModelFiles.save(model, file);
        long size = Files.size(file);

        assertEquals(model.getName(), ModelFiles.load(file, size).getName());
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file, size - 1));
        assertTrue(error.getMessage().contains("ITOT Architect opens model files up to"), error.getMessage());
    }

    @Test
    void missingFileAndFolderAreReportedAsSuch() throws IOException {
        ModelLoadException missing = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(folder.resolve("nothing.itot")));
        assertTrue(missing.getMessage().contains("nothing.itot: the file does not exist"), missing.getMessage());
        ModelLoadException directory = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Files.createDirectory(folder.resolve("dir.itot"))));
        assertTrue(directory.getMessage().contains("this is a folder, not a model file"), directory.getMessage());
    }

    @Test
    void referenceIntoAnotherFileIsRefusedWithoutOpeningIt() throws Exception {
        Path other = fifo("other.itot");
        Path file = write("href.itot", HEAD + ">\n  <zones xmi:id=\"z\">\n    <assets xmi:id=\"a\" id=\"A-1\">\n"
                + "      <patchSource href=\"other.itot#x\"/>\n    </assets>\n  </zones>\n" + TAIL);
        ModelLoadException error = loadWithoutBlockingOn(other, file);
        assertTrue(error.getMessage().contains("Asset 'A-1' refers through 'patchSource' to"), error.getMessage());
        assertTrue(error.getMessage().contains("href.itot, line 5, column"), error.getMessage());
        assertTrue(error.getMessage().contains("other.itot#x' in another file; a model file must be self-contained"),
                error.getMessage());
    }

    @Test
    void foreignNamespaceIsNotFetched() throws Exception {
        Path ecore = fifo("foreign.ecore");
        Path file = write("foreign.itot", HEAD + ">\n  <zones xmi:id=\"z\" xsi:type=\"e:Foo\" xmlns:e=\"" + ecore.toUri()
                + "\"/>\n" + TAIL);
        ModelLoadException error = loadWithoutBlockingOn(ecore, file);
        assertTrue(error.getMessage().contains("line 3, column"), error.getMessage());
        assertTrue(error.getMessage().contains("'Foo' is not a kind of element ITOT Architect knows"), error.getMessage());
    }

    @Test
    void schemaLocationIsNotFetched() throws Exception {
        Path schema = fifo("schema.ecore");
        Path file = write("schema.itot", HEAD + " xsi:schemaLocation=\"" + ItotPackage.eNS_URI + " " + schema.toUri()
                + "\"/>\n");
        // Harmless once nothing is fetched: the model loads, and the pipe was never opened.
        ArchitectureModel model = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ModelFiles.load(file));
        assertEquals("Plant", model.getName());
    }

    /**
     * A named pipe blocks whoever opens it for reading until a writer comes, so a load that tried
     * to open the referenced file would hang: the timeout proves it never did.
     */
    private static ModelLoadException loadWithoutBlockingOn(Path pipe, Path file) {
        try {
            return assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(file)));
        } finally {
            releaseReaders(pipe);
        }
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "named pipes need Linux");
        Path pipe = folder.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return pipe;
    }

    /**
     * Unblocks a reader stuck on the pipe after a failed test. Opening a pipe for reading and
     * writing never blocks on Linux, and it gives a stuck reader the writer it waits for.
     */
    private static void releaseReaders(Path pipe) {
        try (FileChannel channel = FileChannel.open(pipe, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0}));
        } catch (IOException e) {
            // the pipe is gone: nobody can be stuck on it
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
