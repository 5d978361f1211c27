package org.itot.asbuilt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itot.asbuilt.traffic.ReadSummary;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficReadException;
import org.itot.asbuilt.traffic.TrafficReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, binary, wrong-format and hostile traffic files: a clear error with file and line, or the bad lines
 * counted and reported; {@code --strict} makes them fatal.
 */
class BadTrafficInputTest {

    @TempDir
    Path folder;

    @Test
    void aTruncatedLastLineIsCountedWithItsLineAndTheHint() throws Exception {
        String log = Samples.zeekHeader() + Samples.zeekLine(1709287200, "10.20.1.11", 1, "10.10.1.11", 502, "tcp",
                "-", "-") + "1709287300.000000\tCabc\t10.20.1.11\t2\t10.10";
        ReadSummary summary = read(Samples.write(folder, "cut.log", log), false);
        assertEquals(1, summary.records());
        assertEquals(1, summary.unreadable());
        assertTrue(summary.unreadableSamples().get(0).startsWith("line 10: has 5 fields"),
                summary.unreadableSamples().toString());
        assertTrue(summary.unreadableSamples().get(0).contains("truncated"), summary.unreadableSamples().toString());
    }

    @Test
    void strictMakesAnUnreadableLineFatalNamingFileAndLine() throws Exception {
        String eve = Samples.eveFlow("2024-03-01T10:00:00.000000+0000", "2024-03-01T10:00:01.000000+0000",
                "10.20.1.11", 1, "10.10.1.11", 502, "TCP", 0) + "{\"event_type\":\"flow\",\"src_ip\":\"not-an-ip\"}\n";
        Path file = Samples.write(folder, "eve.json", eve);
        assertEquals(1, read(file, false).unreadable());
        TrafficReadException error = assertThrows(TrafficReadException.class, () -> read(file, true));
        assertTrue(error.getMessage().startsWith(file + ":2: "), error.getMessage());
        assertEquals(2, error.line());
    }

    @Test
    void aBinaryFileAndACaptureAreRefusedAsAWhole() throws Exception {
        Path binary = folder.resolve("random.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(binary, bytes);
        TrafficReadException error = assertThrows(TrafficReadException.class, () -> read(binary, false));
        assertTrue(error.getMessage().contains("binary"), error.getMessage());

        Path pcap = folder.resolve("capture.pcap");
        Files.write(pcap, new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0 });
        error = assertThrows(TrafficReadException.class, () -> read(pcap, false));
        assertTrue(error.getMessage().contains("pcap"), error.getMessage());
    }

    @Test
    void aFileOfAnotherFormatSaysWhatIsExpected() throws Exception {
        Path text = Samples.write(folder, "notes.txt", "Meeting notes\nnothing here\n");
        TrafficReadException error = assertThrows(TrafficReadException.class, () -> read(text, false));
        assertTrue(error.getMessage().startsWith(text + ":1: not a traffic format"), error.getMessage());

        Path csv = Samples.write(folder, "hosts.csv", "source,destination,bytes\n10.0.0.1,10.0.0.2,5\n");
        error = assertThrows(TrafficReadException.class, () -> read(csv, false));
        assertTrue(error.getMessage().contains("no protocol, port column"), error.getMessage());
    }

    @Test
    void aHugeLineCostsTheLimitNotItsSizeAndIsReported() throws Exception {
        StringBuilder log = new StringBuilder(Samples.zeekHeader());
        log.append("x".repeat(200_000)).append('\n');
        log.append(Samples.zeekLine(1709287200, "10.20.1.11", 1, "10.10.1.11", 502, "tcp", "-", "-"));
        Sessions sessions = new Sessions();
        ReadSummary summary = new TrafficReader(false, 4096).read(Samples.write(folder, "huge.log",
                log.toString()), sessions, null);
        assertEquals(1, summary.records(), "the line after the huge one is still read");
        assertTrue(summary.unreadableSamples().get(0).contains("line 9: the line is longer than 4096 bytes"),
                summary.unreadableSamples().toString());
    }

    @Test
    void formulaTextAndControlCharactersAreQuotedHarmlessly() throws Exception {
        String csv = "source,destination,protocol,port\n=HYPERLINK(\"http://x\")\u0007,10.0.0.2,tcp,80\n"
                + "10.0.0.1,10.0.0.2,tcp,80\n";
        ReadSummary summary = read(Samples.write(folder, "formula.csv", csv), false);
        assertEquals(1, summary.unreadable());
        String sample = summary.unreadableSamples().get(0);
        assertTrue(sample.contains("source ''=HYPERLINK"), "a formula is quoted, never left to evaluate: " + sample);
        assertTrue(!sample.contains("\u0007"), sample);
    }

    @Test
    void invalidUtf8AndJsonThatIsNotAnObjectAreUnreadableLines() throws Exception {
        byte[] head = Samples.zeekJson("1709287200", "10.20.1.11", 1, "10.10.1.11", 502, "tcp")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = { '{', '"', (byte) 0xc3, (byte) 0x28, '"', '}', '\n', '[', '1', ']', '\n' };
        Path file = folder.resolve("mixed.json");
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(file, all);
        ReadSummary summary = read(file, false);
        assertEquals(2, summary.unreadable());
        assertTrue(summary.unreadableSamples().get(0).equals("line 2: the line is not UTF-8 text"),
                summary.unreadableSamples().toString());
        assertTrue(summary.unreadableSamples().get(1).equals("line 3: is not a JSON object"),
                summary.unreadableSamples().toString());
    }

    @Test
    void aFileWithNoReadableLineIsAnErrorNotAnEmptyCapture() throws Exception {
        Path file = Samples.write(folder, "broken.json", "{\"id.orig_h\": \n{\"id.orig_h\": 5}\n");
        TrafficReadException error = assertThrows(TrafficReadException.class, () -> read(file, false));
        assertTrue(error.getMessage().contains("no line could be read as Zeek conn.log (JSON)"), error.getMessage());
    }

    private static ReadSummary read(Path file, boolean strict) throws Exception {
        return new TrafficReader(strict).read(file, new Sessions(), null);
    }
}
