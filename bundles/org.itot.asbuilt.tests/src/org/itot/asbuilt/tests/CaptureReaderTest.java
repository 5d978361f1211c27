package org.itot.asbuilt.tests;

import static org.itot.testing.Captures.ACK;
import static org.itot.testing.Captures.ETHERNET;
import static org.itot.testing.Captures.PSH;
import static org.itot.testing.Captures.SYN;
import static org.itot.testing.Captures.ethernet;
import static org.itot.testing.Captures.ipv4;
import static org.itot.testing.Captures.seconds;
import static org.itot.testing.Captures.tcp;
import static org.itot.testing.Captures.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.itot.asbuilt.traffic.ObservedSession;
import org.itot.asbuilt.traffic.ReadSummary;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficFormat;
import org.itot.asbuilt.traffic.TrafficReadException;
import org.itot.asbuilt.traffic.TrafficReader;
import org.itot.testing.Captures;
import org.itot.testing.Captures.Packet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pcap and pcapng captures, built byte by byte, read into sessions: connections by their 5-tuple and direction,
 * counted once each with first and last packet time, VLAN tags, fragments, non-IP frames, and cut-off or corrupt
 * files reported with the file and the packet number.
 */
class CaptureReaderTest {

    private static final byte[] MODBUS_READ = { 0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10 };
    private static final double T0 = 1709287200.25; // 2024-03-01T10:00:00.250Z

    @TempDir
    Path folder;

    /** Two Modbus/TCP connections from one HMI to one PLC with handshake, request and answer; one NTP exchange. */
    private static List<Packet> plantTraffic() {
        List<Packet> packets = new ArrayList<>();
        for (int connection = 0; connection < 2; connection++) {
            double start = T0 + connection * 60;
            int client = 49732 + connection;
            packets.add(new Packet(seconds(start), ethernet(ipv4("10.20.1.11", "10.10.1.11", 6,
                    tcp(client, 502, SYN, new byte[0])))));
            packets.add(new Packet(seconds(start + 0.001), ethernet(ipv4("10.10.1.11", "10.20.1.11", 6,
                    tcp(502, client, SYN | ACK, new byte[0])))));
            packets.add(new Packet(seconds(start + 0.002), ethernet(ipv4("10.20.1.11", "10.10.1.11", 6,
                    tcp(client, 502, PSH | ACK, MODBUS_READ)))));
            packets.add(new Packet(seconds(start + 0.5), ethernet(ipv4("10.10.1.11", "10.20.1.11", 6,
                    tcp(502, client, PSH | ACK, MODBUS_READ)))));
        }
        packets.add(new Packet(seconds(T0 + 10), ethernet(ipv4("10.30.1.12", "10.30.1.14", 17,
                udp(40123, 123, new byte[48])))));
        packets.add(new Packet(seconds(T0 + 10.01), ethernet(ipv4("10.30.1.14", "10.30.1.12", 17,
                udp(123, 40123, new byte[48])))));
        return packets;
    }

    private ReadSummary read(Path file, Sessions sessions, boolean strict) throws Exception {
        return new TrafficReader(strict).read(file, sessions, new NullProgressMonitor());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    private static ObservedSession find(Sessions sessions, String source, String destination) {
        return sessions.all().stream().filter(s -> s.source().toString().equals(source)
                && s.destination().toString().equals(destination)).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + source + " -> " + destination + " in "
                        + sessions.all().stream().map(ObservedSession::describe).toList()));
    }

    private static void assertPlantSessions(Sessions sessions, String file) {
        assertEquals(2, sessions.size(), sessions.all().stream().map(ObservedSession::describe).toList().toString());
        ObservedSession modbus = find(sessions, "10.20.1.11", "10.10.1.11");
        assertEquals("tcp", modbus.transport());
        assertEquals(502, modbus.port(), "the responder's port, not the client's ephemeral one");
        assertEquals(2, modbus.count(), "two connections (5-tuples), not eight packets");
        assertEquals(Instant.parse("2024-03-01T10:00:00.250Z").toEpochMilli(), modbus.first());
        assertEquals(Instant.parse("2024-03-01T10:01:00.750Z").toEpochMilli(), modbus.last());
        assertEquals(1, modbus.line(), "the evidence is the connection's first packet");
        assertEquals(file, modbus.file());
        ObservedSession ntp = find(sessions, "10.30.1.12", "10.30.1.14");
        assertEquals("udp", ntp.transport());
        assertEquals(123, ntp.port());
        assertEquals(1, ntp.count());
        assertEquals(9, ntp.line());
    }

    @Test
    void pcapInBothByteOrdersAndBothTimeResolutionsGivesTheSameSessions() throws Exception {
        for (boolean little : new boolean[] { true, false }) {
            for (boolean nanos : new boolean[] { false, true }) {
                Path file = write("plant-" + little + "-" + nanos + ".pcap",
                        Captures.pcap(little, nanos, ETHERNET, plantTraffic()));
                Sessions sessions = new Sessions();
                ReadSummary summary = read(file, sessions, false);
                assertEquals(TrafficFormat.PCAP, summary.format());
                assertEquals(10, summary.lines(), "packets");
                assertEquals(10, summary.records(), "IP packets");
                assertEquals(0, summary.unreadable());
                assertPlantSessions(sessions, file.toString());
            }
        }
    }

    @Test
    void pcapngInBothByteOrdersWithNanosecondInterfaceGivesTheSameSessions() throws Exception {
        for (boolean little : new boolean[] { true, false }) {
            for (boolean nanos : new boolean[] { false, true }) {
                Path file = write("plant-" + little + "-" + nanos + ".pcapng",
                        Captures.pcapng(little, nanos, ETHERNET, plantTraffic()));
                Sessions sessions = new Sessions();
                ReadSummary summary = read(file, sessions, false);
                assertEquals(TrafficFormat.PCAPNG, summary.format());
                assertEquals(10, summary.lines());
                assertPlantSessions(sessions, file.toString());
            }
        }
    }

    @Test
    void theHandshakeDecidesTheDirectionEvenWhenTheAnswerIsCapturedFirst() throws Exception {
        List<Packet> packets = List.of(
                // The SYN-ACK arrives before the SYN (two capture points merged): the PLC still answers.
                new Packet(seconds(T0), ethernet(ipv4("10.10.1.12", "10.20.1.10", 6,
                        tcp(44818, 51000, SYN | ACK, new byte[0])))),
                new Packet(seconds(T0 + 0.001), ethernet(ipv4("10.20.1.10", "10.10.1.12", 6,
                        tcp(51000, 44818, SYN, new byte[0])))),
                // Mid-connection, no handshake: the well-known port answers an ephemeral one.
                new Packet(seconds(T0 + 1), ethernet(ipv4("10.10.1.13", "10.20.1.11", 6,
                        tcp(102, 50100, PSH | ACK, new byte[4])))),
                // ICMP: the echo reply answers the request.
                new Packet(seconds(T0 + 2), ethernet(ipv4("10.10.1.11", "10.20.1.12", 1,
                        Captures.icmpEcho(0)))));
        Sessions sessions = new Sessions();
        read(write("direction.pcap", Captures.pcap(true, false, ETHERNET, packets)), sessions, false);
        assertEquals(44818, find(sessions, "10.20.1.10", "10.10.1.12").port());
        assertEquals(102, find(sessions, "10.20.1.11", "10.10.1.13").port());
        ObservedSession ping = find(sessions, "10.20.1.12", "10.10.1.11");
        assertEquals("icmp", ping.transport());
        assertEquals(-1, ping.port());
        assertEquals(3, sessions.size());
    }

    @Test
    void vlanTagsFragmentsIpv6AndNonIpFrames() throws Exception {
        byte[] firstFragment = ipv4("10.20.1.10", "10.20.1.13", 17, udp(50500, 4840, new byte[64]), 0, true);
        byte[] laterFragment = ipv4("10.20.1.10", "10.20.1.13", 17, new byte[64], 9, false);
        List<Packet> packets = List.of(
                new Packet(seconds(T0), ethernet(20, ipv4("10.20.1.11", "10.10.1.11", 6,
                        tcp(49999, 502, SYN, new byte[0])))),
                new Packet(seconds(T0 + 1), ethernet(firstFragment)),
                new Packet(seconds(T0 + 1), ethernet(laterFragment)),
                new Packet(seconds(T0 + 2), Captures.arp("10.20.1.10", "10.20.1.1")),
                new Packet(seconds(T0 + 3), ethernet(Captures.ipv6("fd00:20::10", "fd00:10::11", 17,
                        udp(50000, 47808, new byte[8])))));
        Sessions sessions = new Sessions();
        ReadSummary summary = read(write("mixed.pcapng", Captures.pcapng(true, false, ETHERNET, packets)), sessions,
                false);
        assertEquals(5, summary.lines());
        assertEquals(3, summary.records(), "the tagged SYN, the first fragment and the IPv6 datagram");
        assertEquals(2, summary.ignored(), "the later fragment and the ARP request");
        assertEquals(0, summary.unreadable());
        assertEquals(20, find(sessions, "10.20.1.11", "10.10.1.11").vlan());
        ObservedSession opcUa = find(sessions, "10.20.1.10", "10.20.1.13");
        assertEquals(4840, opcUa.port(), "the first fragment carries the UDP header");
        assertEquals(1, opcUa.count(), "the later fragment is no connection of its own");
        assertEquals(47808, find(sessions, "fd00:20::10", "fd00:10::11").port());
        assertEquals(3, sessions.size());
    }

    @Test
    void anIpv4TotalLengthOfZeroFromSegmentationOffloadIsReadByTheFrame() throws Exception {
        byte[] offloaded = ethernet(ipv4("10.20.1.11", "10.10.1.11", 6, tcp(49732, 502, PSH | ACK, MODBUS_READ)));
        offloaded[16] = 0;
        offloaded[17] = 0;
        Sessions sessions = new Sessions();
        ReadSummary summary = read(write("tso.pcap", Captures.pcap(true, false, ETHERNET,
                List.of(new Packet(seconds(T0), offloaded)))), sessions, true);
        assertEquals(0, summary.unreadable());
        assertEquals(502, find(sessions, "10.20.1.11", "10.10.1.11").port());
    }

    @Test
    void aTruncatedLastPacketIsReportedWithFileAndPacketNumberAndFatalWhenStrict() throws Exception {
        for (boolean pcapng : new boolean[] { false, true }) {
            byte[] whole = pcapng ? Captures.pcapng(true, false, ETHERNET, plantTraffic())
                    : Captures.pcap(true, false, ETHERNET, plantTraffic());
            Path file = write("cut." + (pcapng ? "pcapng" : "pcap"), Captures.cut(whole, 30));
            Sessions sessions = new Sessions();
            ReadSummary summary = read(file, sessions, false);
            assertEquals(1, summary.unreadable(), summary.toString());
            assertTrue(summary.unreadableSamples().get(0).startsWith("packet 10: "), summary.toString());
            assertTrue(summary.unreadableSamples().get(0).contains("truncated"), summary.toString());
            assertEquals(2, find(sessions, "10.20.1.11", "10.10.1.11").count(), "the packets before it count");

            TrafficReadException strict = assertThrows(TrafficReadException.class,
                    () -> read(file, new Sessions(), true));
            assertTrue(strict.getMessage().startsWith(file + ": packet 10: "), strict.getMessage());
        }
    }

    @Test
    void aMalformedPacketIsCountedAndAPacketCutBySnapLengthSaysSo() throws Exception {
        List<Packet> packets = new ArrayList<>(plantTraffic());
        byte[] badIp = ethernet(ipv4("10.20.1.11", "10.10.1.11", 6, tcp(49800, 502, SYN, new byte[0])));
        badIp[14] = 0x42; // version 4, header length 8 bytes
        packets.add(new Packet(seconds(T0 + 19), badIp));
        packets.add(new Packet(seconds(T0 + 20), ethernet(ipv4("10.20.1.11", "10.10.1.11", 6,
                tcp(49801, 502, SYN, new byte[0])))).sliced(30));
        Sessions sessions = new Sessions();
        ReadSummary summary = read(write("bad.pcap", Captures.pcap(false, false, ETHERNET, packets)), sessions, false);
        assertEquals(2, summary.unreadable(), summary.toString());
        assertTrue(summary.unreadableSamples().get(0).startsWith("packet 11: not a valid IPv4 header"),
                summary.toString());
        assertTrue(summary.unreadableSamples().get(1).startsWith("packet 12: its IPv4 header is cut short"),
                summary.toString());
        assertTrue(summary.unreadableSamples().get(1).contains("snap length"), summary.toString());
        assertPlantSessions(sessions, folder.resolve("bad.pcap").toString());
    }

    @Test
    void aRecordLengthNoCaptureCanHaveIsAnErrorNamingThePacket() throws Exception {
        byte[] file = Captures.pcap(true, false, ETHERNET, plantTraffic());
        // The third record's captured length (offset 24 + two records of 16 + 60 bytes, then 8 bytes in).
        int third = 24 + 2 * (16 + 60) + 8;
        file[third + 3] = 0x7f;
        Path path = write("corrupt.pcap", file);
        TrafficReadException error = assertThrows(TrafficReadException.class, () -> read(path, new Sessions(), false));
        assertTrue(error.getMessage().startsWith(path + ": packet 3: the record header cannot be right"),
                error.getMessage());
    }

    @Test
    void aCaptureOfAnotherLinkTypeOrOnlyAHeaderIsAClearError() throws Exception {
        Path wifi = write("wifi.pcap", Captures.pcap(true, false, 105, plantTraffic()));
        TrafficReadException error = assertThrows(TrafficReadException.class, () -> read(wifi, new Sessions(), false));
        assertTrue(error.getMessage().contains("link type 105"), error.getMessage());

        Path raw = write("raw.pcap", Captures.pcap(true, false, Captures.RAW_IP,
                List.of(new Packet(seconds(T0), ipv4("10.20.1.11", "10.10.1.11", 6, tcp(1, 502, SYN, new byte[0]))))));
        Sessions sessions = new Sessions();
        read(raw, sessions, false);
        assertEquals(502, find(sessions, "10.20.1.11", "10.10.1.11").port(), "raw IP captures need no link header");
    }

    @Test
    void theConnectionTableIsBoundedAndAConnectionPushedOutCountsAgainWhenSeenLater() throws Exception {
        List<Packet> packets = new ArrayList<>();
        packets.add(new Packet(seconds(T0), ethernet(ipv4("10.20.1.11", "10.10.1.11", 6,
                tcp(40000, 502, SYN, new byte[0])))));
        // 100,000 further connections (one more than the table holds with the first) push the first one out.
        int others = 100_000;
        for (int i = 0; i < others; i++) {
            String scanner = "10." + (100 + i / 62_500) + "." + (i / 250 % 250) + "." + (i % 250 + 1);
            packets.add(new Packet(seconds(T0 + 1), ethernet(ipv4(scanner, "10.10.1.12", 6,
                    tcp(40000, 502, SYN, new byte[0])))));
        }
        packets.add(new Packet(seconds(T0 + 100), ethernet(ipv4("10.20.1.11", "10.10.1.11", 6,
                tcp(40000, 502, PSH | ACK, MODBUS_READ)))));
        Sessions sessions = new Sessions();
        ReadSummary summary = read(write("scan.pcap", Captures.pcap(true, false, ETHERNET, packets)), sessions, false);
        assertEquals(others + 2, summary.lines());
        assertEquals(others + 1, sessions.size(), "every connection reaches its session, none is lost");
        ObservedSession first = find(sessions, "10.20.1.11", "10.10.1.11");
        assertEquals(2, first.count(), "pushed out of the table, then seen again: counted twice");
        assertEquals(Instant.parse("2024-03-01T10:00:00.250Z").toEpochMilli(), first.first());
        assertEquals(Instant.parse("2024-03-01T10:01:40.250Z").toEpochMilli(), first.last());
        assertEquals(others + 2, sessions.all().stream().mapToLong(ObservedSession::count).sum());
    }

    @Test
    void aGzippedCaptureIsReadAndCancelStopsTheRead() throws Exception {
        Path file = folder.resolve("plant.pcap.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Captures.pcap(true, false, ETHERNET, plantTraffic()));
        }
        Sessions sessions = new Sessions();
        read(file, sessions, false);
        assertPlantSessions(sessions, file.toString());

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path plain = write("plant.pcap", Captures.pcap(true, false, ETHERNET, plantTraffic()));
        assertThrows(OperationCanceledException.class,
                () -> new TrafficReader(false).read(plain, new Sessions(), cancelled));
    }
}
