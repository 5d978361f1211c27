package org.itot.asbuilt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.itot.asbuilt.net.Ip;
import org.itot.asbuilt.traffic.ObservedSession;
import org.itot.asbuilt.traffic.ReadSummary;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficFormat;
import org.itot.asbuilt.traffic.TrafficReadException;
import org.itot.asbuilt.traffic.TrafficReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each traffic format read into sessions: fields by name, times, counts, and the evidence of the first record. */
class TrafficReaderTest {

    @TempDir
    Path folder;

    private final TrafficReader reader = new TrafficReader(false);

    @Test
    void zeekTsvAggregatesConnectionsIntoSessionsWithEvidence() throws Exception {
        String log = Samples.zeekHeader()
                + Samples.zeekLine(1709287200.5, "10.20.1.11", 49732, "10.10.1.11", 502, "tcp", "modbus", "0.500000")
                + Samples.zeekLine(1709287260.0, "10.20.1.11", 49733, "10.10.1.11", 502, "tcp", "modbus", "-")
                + Samples.zeekLine(1709287300.0, "10.30.1.12", 123, "10.30.1.14", 123, "udp", "ntp", "0.010000")
                + Samples.zeekLine(1709287300.0, "10.30.1.12", 0, "10.30.1.14", 8, "icmp", "-", "-")
                + "#close\t2024-03-01-11-00-00\n";
        Path file = Samples.write(folder, "conn.log", log);
        Sessions sessions = new Sessions();
        ReadSummary summary = reader.read(file, sessions, new NullProgressMonitor());

        assertEquals(TrafficFormat.ZEEK_TSV, summary.format());
        assertEquals(4, summary.records());
        assertEquals(0, summary.unreadable());
        List<ObservedSession> all = sessions.all();
        assertEquals(3, all.size(), "two connections of one session, an NTP session and an ICMP one");
        ObservedSession modbus = find(all, "10.20.1.11", "10.10.1.11");
        assertEquals("tcp", modbus.transport());
        assertEquals(502, modbus.port());
        assertEquals(2, modbus.count());
        assertEquals(Instant.parse("2024-03-01T10:00:00.500Z").toEpochMilli(), modbus.first());
        assertEquals(Instant.parse("2024-03-01T10:01:00Z").toEpochMilli(), modbus.last());
        assertEquals(9, modbus.line(), "the first record's line, after the eight header lines");
        assertEquals(file.toString(), modbus.file());
        ObservedSession icmp = all.stream().filter(s -> s.transport().equals("icmp")).findFirst().orElseThrow();
        assertEquals(-1, icmp.port(), "ICMP has no ports");
    }

    @Test
    void zeekTsvFindsFieldsByNameWhateverTheirOrderAndReadsTheVlanColumn() throws Exception {
        String log = "#separator \\x09\n#path\tconn\n#fields\tproto\tid.resp_p\tid.resp_h\tid.orig_h\tts\tvlan\n"
                + "tcp\t44818\t10.10.1.12\t10.20.1.10\t1709287200.000000\t20\n";
        Sessions sessions = new Sessions();
        reader.read(Samples.write(folder, "conn-vlan.log", log), sessions, null);
        ObservedSession session = sessions.all().get(0);
        assertEquals("10.20.1.10", session.source().toString());
        assertEquals(44818, session.port());
        assertEquals(20, session.vlan());
    }

    @Test
    void zeekJsonWithEpochAndIsoTimes() throws Exception {
        String log = Samples.zeekJson("1709287200.25", "10.20.1.11", 50000, "10.10.1.11", 502, "tcp")
                + Samples.zeekJson("\"2024-03-01T12:00:00.000000Z\"", "10.20.1.11", 50001, "10.10.1.11", 502, "tcp");
        Sessions sessions = new Sessions();
        ReadSummary summary = reader.read(Samples.write(folder, "conn.json", log), sessions, null);
        assertEquals(TrafficFormat.ZEEK_JSON, summary.format());
        ObservedSession session = sessions.all().get(0);
        assertEquals(2, session.count());
        assertEquals(Instant.parse("2024-03-01T10:00:00.250Z").toEpochMilli(), session.first());
        assertEquals(Instant.parse("2024-03-01T12:00:00.500Z").toEpochMilli(), session.last(), "ts + duration");
    }

    @Test
    void suricataFlowAndNetflowEventsButNotAlertsAndNotTheNetflowReply() throws Exception {
        String eve = Samples.eveAlert("10.20.1.11", "10.10.1.11")
                + Samples.eveFlow("2024-03-01T10:00:00.000000+0000", "2024-03-01T10:00:05.000000+0000",
                        "10.20.1.11", 51000, "10.10.1.11", 502, "TCP", 20)
                + Samples.eveNetflow(77, "2024-03-01T10:10:00.000000+0000", "10.30.1.12", 40000, "10.30.1.14", 514,
                        "UDP")
                // the reply direction of the same flow id: not a session from the server
                + Samples.eveNetflow(77, "2024-03-01T10:10:00.000000+0000", "10.30.1.14", 514, "10.30.1.12", 40000,
                        "UDP");
        Sessions sessions = new Sessions();
        ReadSummary summary = reader.read(Samples.write(folder, "eve.json", eve), sessions, null);
        assertEquals(TrafficFormat.SURICATA_EVE, summary.format());
        assertEquals(2, summary.records());
        assertEquals(2, summary.ignored(), "the alert and the netflow reply");
        ObservedSession flow = find(sessions.all(), "10.20.1.11", "10.10.1.11");
        assertEquals(Instant.parse("2024-03-01T10:00:00Z").toEpochMilli(), flow.first());
        assertEquals(Instant.parse("2024-03-01T10:00:05Z").toEpochMilli(), flow.last());
        assertEquals(20, flow.vlan());
        assertEquals(2, flow.line());
        assertEquals(514, find(sessions.all(), "10.30.1.12", "10.30.1.14").port());
    }

    @Test
    void flowCsvWithCountsTimesQuotesAndSemicolons() throws Exception {
        String csv = "Source;Destination;Protocol;Port;Count;First Seen;Last Seen\n"
                + "10.20.1.11;10.10.1.11;TCP;502;40;2024-03-01T10:00:00Z;2024-03-01T18:00:00Z\n"
                + "\"10.30.1.12\";\"10.30.1.14\";17;514;3;1709287200;1709290800\n";
        Sessions sessions = new Sessions();
        ReadSummary summary = reader.read(Samples.write(folder, "flows.csv", csv), sessions, null);
        assertEquals(TrafficFormat.FLOW_CSV, summary.format());
        ObservedSession modbus = find(sessions.all(), "10.20.1.11", "10.10.1.11");
        assertEquals(40, modbus.count());
        assertEquals(Instant.parse("2024-03-01T18:00:00Z").toEpochMilli(), modbus.last());
        ObservedSession syslog = find(sessions.all(), "10.30.1.12", "10.30.1.14");
        assertEquals("udp", syslog.transport());
        assertEquals(3, syslog.count());
        assertEquals(Instant.parse("2024-03-01T11:00:00Z").toEpochMilli(), syslog.last());
    }

    @Test
    void gzippedLogsAreReadThroughGzip() throws Exception {
        Path file = folder.resolve("conn.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((Samples.zeekHeader() + Samples.zeekLine(1709287200, "10.20.1.11", 1, "10.10.1.11", 502, "tcp",
                    "-", "-")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Sessions sessions = new Sessions();
        assertEquals(1, reader.read(file, sessions, null).records());
    }

    @Test
    void cancellingTheMonitorStopsTheRead() throws Exception {
        StringBuilder log = new StringBuilder(Samples.zeekHeader());
        for (int i = 0; i < 10_000; i++) {
            log.append(Samples.zeekLine(1709287200 + i, "10.20.1.11", 1000 + i % 5000, "10.10.1.11", 502, "tcp", "-",
                    "-"));
        }
        Path file = Samples.write(folder, "big.log", log.toString());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> reader.read(file, new Sessions(), cancelled));
    }

    @Test
    void progressIsReportedUpToTheWholeFile() throws Exception {
        StringBuilder log = new StringBuilder(Samples.zeekHeader());
        for (int i = 0; i < 20_000; i++) {
            log.append(Samples.zeekLine(1709287200 + i, "10.20.1.11", 1000, "10.10.1.11", 502, "tcp", "-", "-"));
        }
        Path file = Samples.write(folder, "progress.log", log.toString());
        int[] worked = { 0 };
        reader.read(file, new Sessions(), new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                worked[0] += work;
            }

            @Override
            public void internalWorked(double work) {
                worked[0] += (int) work;
            }
        });
        assertTrue(worked[0] > 0, "progress was reported: " + worked[0]);
    }

    @Test
    void distinctSessionsBeyondTheLimitAreCountedNotKept() throws Exception {
        StringBuilder log = new StringBuilder(Samples.zeekHeader());
        for (int i = 0; i < 50; i++) {
            log.append(Samples.zeekLine(1709287200, "10.20.1." + (i + 1), 1000, "10.10.1.11", 502, "tcp", "-", "-"));
        }
        Sessions sessions = new Sessions(10);
        reader.read(Samples.write(folder, "many.log", log.toString()), sessions, null);
        assertEquals(10, sessions.size());
        assertEquals(40, sessions.dropped());
    }

    @Test
    void aFileOfAnotherZeekLogIsTheWrongFile() throws Exception {
        String dns = "#separator \\x09\n#path\tdns\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\t"
                + "proto\tquery\n";
        TrafficReadException error = assertThrows(TrafficReadException.class,
                () -> reader.read(Samples.write(folder, "dns.log", dns), new Sessions(), null));
        assertTrue(error.getMessage().contains("dns.log:2: this is Zeek's dns log"), error.getMessage());
    }

    private static ObservedSession find(List<ObservedSession> sessions, String source, String destination) {
        return sessions.stream().filter(s -> s.source().equals(Ip.parse(source))
                && s.destination().equals(Ip.parse(destination))).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + source + " -> " + destination));
    }

}
