package org.itot.model.resource.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.itot.model.ArchitectureModel;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More of the hostile-file corpus (the first part is {@link HostileModelFileTest}): entity and DTD
 * tricks, XInclude, cycles, absurd sizes and encodings. Each file, generated here, is refused with
 * file, position and remedy, or loads whole, within a bounded time.
 */
class HostileModelCorpusTest {

    private static final String HEAD = HostileModelFileTest.HEAD;
    private static final String TAIL = HostileModelFileTest.TAIL;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("external DTD", "<?xml version=\"1.0\"?>\n<!DOCTYPE m SYSTEM \"http://192.0.2.1/evil.dtd\">\n"
                        + HEAD.substring(HEAD.indexOf('\n') + 1) + "/>\n", "DOCTYPE"),
                Arguments.of("parameter entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY % p SYSTEM "
                        + "\"file:///etc/passwd\"> %p;]>\n" + HEAD.substring(HEAD.indexOf('\n') + 1) + "/>\n", "DOCTYPE"),
                Arguments.of("quadratic blow-up entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY a \""
                        + "x".repeat(50_000) + "\">]>\n" + HEAD.substring(HEAD.indexOf('\n') + 1) + " name=\""
                        + "&a;".repeat(5_000) + "\"/>\n", "DOCTYPE"),
                Arguments.of("XInclude", HEAD + ">\n  <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                        + "href=\"file:///etc/passwd\" parse=\"text\"/>\n" + TAIL, "line 3, column"),
                Arguments.of("processing instruction stylesheet", "<?xml version=\"1.0\"?>\n<?xml-stylesheet "
                        + "href=\"http://192.0.2.1/x.xsl\"?>\n" + HEAD.substring(HEAD.indexOf('\n') + 1) + " colour=\"x\"/>\n",
                        "colour"),
                Arguments.of("nesting a hundred thousand deep", HEAD + ">\n  <zones xmi:id=\"z\">"
                        + "<subZones>".repeat(100_000) + "</subZones>".repeat(100_000) + "</zones>\n" + TAIL,
                        "nested deeper than 100 levels"),
                Arguments.of("sub-zone that is its own ancestor", HEAD + ">\n  <zones xmi:id=\"z\" id=\"Z-1\">\n"
                        + "    <subZones href=\"#z\"/>\n  </zones>\n" + TAIL, "line 4, column"),
                Arguments.of("sub-zone that is a link, reason", HEAD + ">\n  <zones xmi:id=\"z\" id=\"Z-1\">\n"
                        + "    <subZones href=\"#z\"/>\n  </zones>\n" + TAIL, "holds in 'subZones' a link ('"),
                Arguments.of("two zones containing each other", HEAD + ">\n  <zones xmi:id=\"a\" id=\"Z-A\" subZones=\"b\"/>\n"
                        + "  <zones xmi:id=\"b\" id=\"Z-B\" subZones=\"a\"/>\n" + TAIL,
                        "line 3, column"),
                Arguments.of("duplicate ids on different kinds", HEAD + ">\n  <zones xmi:id=\"x\" id=\"Z-1\">\n"
                        + "    <assets xmi:id=\"x\" id=\"A-1\"/>\n  </zones>\n" + TAIL, "given to two elements"),
                Arguments.of("dangling conduit end", HEAD + ">\n  <zones xmi:id=\"z\" id=\"Z-1\"/>\n"
                        + "  <conduits xmi:id=\"c\" id=\"C-1\" zones=\"z nowhere\"/>\n" + TAIL, "points to no element"),
                Arguments.of("number too large", HEAD + ">\n  <diagrams xmi:id=\"d\">\n    <nodes xmi:id=\"n\" "
                        + "x=\"99999999999999999999\"/>\n  </diagrams>\n" + TAIL, "line 4, column"),
                Arguments.of("older format that does not exist", HEAD.replace("name=\"Plant\"",
                        "formatVersion=\"0.0\" name=\"Plant\"") + " colour=\"x\"/>\n", "line 2, column"),
                Arguments.of("format version with a huge number", HEAD.replace("name=\"Plant\"",
                        "formatVersion=\"99999999999999999999.1\" name=\"Plant\"") + "/>\n", "line 2, column"),
                Arguments.of("declared UTF-16, written as UTF-8", HEAD.replace("UTF-8", "UTF-16") + "/>\n", "line"),
                Arguments.of("unknown encoding", HEAD.replace("UTF-8", "X-NOTHING-9") + "/>\n",
                        "line 1, column 1: the file declares the character encoding 'X-NOTHING-9'"),
                Arguments.of("invalid UTF-8 bytes", HEAD + " description=\"\u00ff\u00fe\"/>\n", "line"),
                Arguments.of("a million attributes", HEAD + " " + manyAttributes(200_000) + "/>\n", "line 2, column"),
                Arguments.of("NUL character reference", HEAD + " description=\"a&#0;b\"/>\n", "line 2, column"));
    }

    private static String manyAttributes(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("a").append(i).append("=\"x\" ");
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFileIsRefusedClearlyInBoundedTime(String name, String content, String expected) throws IOException {
        Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".itot");
        byte[] bytes = name.startsWith("invalid UTF-8") ? content.getBytes(StandardCharsets.ISO_8859_1)
                : content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        ModelLoadException error = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(file)));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + error.getMessage());
        assertFalse(error.getRemedy().isBlank(), error.getMessage());
        assertFalse(error.getMessage().contains("root:x:0:0"), "nothing of a local file may leak into the message");
    }

    @Test
    void hugeButValidStringsLoadWholeInBoundedTime() throws Exception {
        // 40 MB of description: within the size limit, so the model must load, completely and quickly.
        Path file = folder.resolve("huge-string.itot");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEAD + " description=\"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40 * 1024 * 1024 / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("\"/>\n".getBytes(StandardCharsets.UTF_8));
        }
        ArchitectureModel model = assertTimeoutPreemptively(BOUND, () -> ModelFiles.load(file));
        assertEquals(40 * 1024 * 1024, model.getDescription().length());
    }

    @Test
    void manyElementsLoadWholeInBoundedTime() throws Exception {
        StringBuilder text = new StringBuilder(HEAD).append(">\n  <zones xmi:id=\"z\" id=\"Z-1\">\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("    <assets xmi:id=\"a").append(i).append("\" id=\"A-").append(i).append("\"/>\n");
        }
        text.append("  </zones>\n").append(TAIL);
        Path file = Files.writeString(folder.resolve("many.itot"), text);
        ArchitectureModel model = assertTimeoutPreemptively(BOUND, () -> ModelFiles.load(file));
        assertEquals(100_000, model.getZones().get(0).getAssets().size());
    }
}
