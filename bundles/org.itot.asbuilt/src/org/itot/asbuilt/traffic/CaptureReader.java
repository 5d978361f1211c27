package org.itot.asbuilt.traffic;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.itot.asbuilt.net.Ip;

/**
 * Reads a pcap or pcapng capture into sessions, packet by packet, written against the file formats themselves
 * (libpcap's file format and the pcapng draft, draft-ietf-opsawg-pcapng): io.pkts 3.0.10, the maintained Java library
 * on Maven Central, reads pcap but not pcapng (its issue 86), and two decoders for the same Ethernet, IP and transport
 * headers would disagree sooner or later.
 * <p>
 * Packets are aggregated into connections (the 5-tuple, direction from the TCP handshake or, without one, from the
 * first packet seen) and each connection into the session of its initiator, responder and responder's port, counted
 * once with its first and last packet time, as Zeek's conn.log counts. Connections are kept in a table of at most
 * {@link #MAX_CONNECTIONS} entries, least recently seen first out, so memory does not grow with the capture: a
 * connection pushed out and seen again counts twice. Non-IP frames (ARP, PROFINET RT, LLDP) and non-first fragments
 * are counted as other packets; a malformed packet is counted and skipped (fatal when strict), a record cut off by the
 * end of the file too; a record header that cannot be right (a length past any snap length) ends the read with an
 * error, as nothing after it can be trusted.
 */
final class CaptureReader {

    /** Connections kept at once; about 150 bytes each. */
    static final int MAX_CONNECTIONS = 100_000;
    /** The largest packet record read: above libpcap's largest snap length, for jumbo frames and odd writers. */
    static final int MAX_RECORD = 1 << 20;
    private static final int PCAPNG_SECTION = 0x0A0D0D0A;
    private static final int SAMPLES = 10;

    private final String file;
    private final boolean strict;
    private final Sessions into;
    private final SubMonitor progress;
    private final LongSupplier bytesRead;
    private final long size;
    private final Map<Connection, State> connections = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Connection, State> eldest) {
            if (size() > MAX_CONNECTIONS) {
                flush(eldest.getKey(), eldest.getValue());
                return true;
            }
            return false;
        }
    };
    private final List<String> samples = new ArrayList<>();
    private long packets;
    private long ipPackets;
    private long other;
    private long unreadable;
    private int reported;
    private byte[] buffer = new byte[64 * 1024];

    /** A packet cut short or malformed: counted, or fatal when strict. */
    private static final class BadPacket extends Exception {
        private static final long serialVersionUID = 1L;

        BadPacket(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Both directions of one conversation, as the first packet gave them. */
    private record Connection(Ip a, Ip b, int transport, int portA, int portB) {
    }

    /** Who opened the connection and when it was seen. */
    private static final class State {
        boolean aInitiates;
        boolean certain;
        int vlan;
        long first;
        long last;
        long packet;
    }

    CaptureReader(String file, boolean strict, Sessions into, SubMonitor progress, LongSupplier bytesRead,
            long size) {
        this.file = file;
        this.strict = strict;
        this.into = into;
        this.progress = progress;
        this.bytesRead = bytesRead;
        this.size = Math.max(1, size);
    }

    static boolean isCapture(byte[] probe) {
        if (probe.length < 4) {
            return false;
        }
        int magic = bigEndian(probe, 0);
        return magic == 0xa1b2c3d4 || magic == 0xd4c3b2a1 || magic == 0xa1b23c4d || magic == 0x4d3cb2a1
                || magic == PCAPNG_SECTION;
    }

    ReadSummary read(InputStream in) throws IOException, TrafficReadException {
        byte[] head = in.readNBytes(4);
        TrafficFormat format = bigEndian(head, 0) == PCAPNG_SECTION ? TrafficFormat.PCAPNG : TrafficFormat.PCAP;
        if (format == TrafficFormat.PCAP) {
            readPcap(in, head);
        } else {
            readPcapng(new SequenceInputStream(new ByteArrayInputStream(head), in));
        }
        connections.forEach(this::flush);
        connections.clear();
        if (ipPackets == 0 && unreadable > 0) {
            throw new TrafficReadException(file, 0, "no packet could be read (" + unreadable + " unreadable; first: "
                    + samples.get(0) + ")");
        }
        return new ReadSummary(file, format, packets, ipPackets, other, unreadable, samples);
    }

    // ---- pcap: a 24-byte file header, then a 16-byte header before every packet.

    private void readPcap(InputStream in, byte[] head) throws IOException, TrafficReadException {
        int magic = bigEndian(head, 0);
        boolean little = magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1;
        long fractionPerSecond = magic == 0xa1b23c4d || magic == 0x4d3cb2a1 ? 1_000_000_000L : 1_000_000L;
        byte[] header = new byte[20];
        if (in.readNBytes(header, 0, 20) < 20) {
            throw new TrafficReadException(file, 0, "the pcap file header is cut off (the file has fewer than 24 "
                    + "bytes)");
        }
        int version = u16(header, 0, little);
        if (version != 2) {
            throw new TrafficReadException(file, 0, "pcap version " + version + "." + u16(header, 2, little)
                    + " is not libpcap's 2.4; is the file a capture?");
        }
        long snapLength = u32(header, 12, little);
        // The upper bits of the link type field may hold the FCS length (libpcap's LINKTYPE with FCS bits).
        int linkType = (int) (u32(header, 16, little) & 0x0fffffff);
        checkLinkType(linkType, "the capture");
        long limit = Math.min(MAX_RECORD, Math.max(snapLength, 262_144));
        byte[] record = new byte[16];
        while (true) {
            int got = in.readNBytes(record, 0, 16);
            if (got == 0) {
                return;
            }
            long number = packets + 1;
            tick();
            if (got < 16) {
                packets++;
                cutOff(number, "its 16-byte record header is cut off after " + got + " bytes");
                return;
            }
            long seconds = u32(record, 0, little);
            long fraction = u32(record, 4, little);
            long captured = u32(record, 8, little);
            long original = u32(record, 12, little);
            if (captured > limit) {
                throw new TrafficReadException(file, 0, "packet " + number + ": the record header cannot be right ("
                        + captured + " bytes captured, more than the snap length " + snapLength + "); the file is "
                        + "corrupt from there on");
            }
            byte[] data = ensure((int) captured);
            int read = in.readNBytes(data, 0, (int) captured);
            packets++;
            if (read < captured) {
                cutOff(number, "the file ends after " + read + " of its " + captured + " bytes");
                return;
            }
            long millis = seconds * 1000 + Math.min(fraction, fractionPerSecond - 1) * 1000 / fractionPerSecond;
            packet(number, linkType, data, (int) captured, original > captured, millis);
        }
    }

    // ---- pcapng: blocks of type, length, body, length; a section header sets the byte order of its section.

    private static final class Interface {
        final int linkType;
        long unitsPerSecond = 1_000_000;
        long offsetSeconds;

        Interface(int linkType) {
            this.linkType = linkType;
        }
    }

    private void readPcapng(InputStream in) throws IOException, TrafficReadException {
        boolean little = false;
        List<Interface> interfaces = new ArrayList<>();
        byte[] header = new byte[8];
        while (true) {
            int got = in.readNBytes(header, 0, 8);
            if (got == 0) {
                return;
            }
            if (got < 8) {
                cutOff(packets + 1, "the file ends inside a block header");
                return;
            }
            if (bigEndian(header, 0) == PCAPNG_SECTION) {
                // The block type reads the same in both byte orders; the byte-order magic after the length says
                // how to read the length and everything in the section.
                byte[] order = in.readNBytes(4);
                if (order.length < 4) {
                    cutOff(packets + 1, "the file ends inside a section header block");
                    return;
                }
                int magic = bigEndian(order, 0);
                if (magic != 0x1A2B3C4D && magic != 0x4D3C2B1A) {
                    throw new TrafficReadException(file, 0, "after packet " + packets + ": a pcapng section header "
                            + "with the byte-order magic " + String.format("0x%08x", magic) + " instead of 0x1a2b3c4d;"
                            + " the file is corrupt");
                }
                little = magic == 0x4D3C2B1A;
                long length = u32(header, 4, little);
                checkBlockLength(length, 28);
                skipFully(in, length - 12); // version, section length, options, trailing length
                interfaces.clear();
                continue;
            }
            int type = (int) u32(header, 0, little);
            long length = u32(header, 4, little);
            checkBlockLength(length, 12);
            int bodyLength = (int) length - 12;
            byte[] body = ensure(bodyLength + 4);
            int read = in.readNBytes(body, 0, bodyLength + 4);
            boolean isPacket = type == 6 || type == 3 || type == 2;
            long number = packets + 1;
            if (isPacket) {
                packets++;
                tick();
            }
            if (read < bodyLength + 4) {
                cutOff(number, (isPacket ? "" : "a block of type " + type + " after packet " + packets + ": ")
                        + "the file ends after " + (read + 8) + " of its block's " + length + " bytes");
                return;
            }
            switch (type) {
            case 1 -> interfaces.add(interfaceBlock(body, bodyLength, little));
            case 6 -> enhancedPacket(number, body, bodyLength, little, interfaces);
            case 3 -> simplePacket(number, body, bodyLength, little, interfaces);
            case 2 -> obsoletePacket(number, body, bodyLength, little, interfaces);
            default -> {
                // name resolution, statistics, journal and custom blocks say nothing about sessions
            }
            }
        }
    }

    private void checkBlockLength(long length, int minimum) throws TrafficReadException {
        if (length < minimum || length % 4 != 0 || length > MAX_RECORD + 64L * 1024) {
            throw new TrafficReadException(file, 0, "after packet " + packets + ": a pcapng block of " + length
                    + " bytes cannot be right (at least " + minimum + ", a multiple of 4, at most " + MAX_RECORD
                    + "); the file is corrupt from there on");
        }
    }

    private Interface interfaceBlock(byte[] body, int length, boolean little) throws TrafficReadException {
        if (length < 8) {
            throw new TrafficReadException(file, 0, "after packet " + packets + ": an interface description block "
                    + "of " + length + " bytes is too short");
        }
        int linkType = u16(body, 0, little);
        checkLinkType(linkType, "an interface of the capture");
        Interface description = new Interface(linkType);
        int at = 8;
        while (at + 4 <= length) {
            int code = u16(body, at, little);
            int optionLength = u16(body, at + 2, little);
            int value = at + 4;
            if (code == 0 || value + optionLength > length) {
                break;
            }
            if (code == 9 && optionLength >= 1) {
                int resolution = body[value] & 0xff;
                int exponent = resolution & 0x7f;
                long units = 1;
                for (int i = 0; i < exponent && units < 1_000_000_000_000_000L; i++) {
                    units *= (resolution & 0x80) != 0 ? 2 : 10;
                }
                description.unitsPerSecond = units;
            } else if (code == 14 && optionLength >= 8) {
                description.offsetSeconds = little ? littleLong(body, value) : bigLong(body, value);
            }
            at = value + ((optionLength + 3) & ~3);
        }
        return description;
    }

    private void enhancedPacket(long number, byte[] body, int length, boolean little, List<Interface> interfaces)
            throws TrafficReadException {
        if (length < 20) {
            bad(number, "an enhanced packet block of " + length + " bytes is too short for its header");
            return;
        }
        Interface on = interfaceOf(number, (int) u32(body, 0, little), interfaces);
        long stamp = u32(body, 4, little) << 32 | u32(body, 8, little);
        long captured = u32(body, 12, little);
        long original = u32(body, 16, little);
        if (captured > length - 20) {
            bad(number, "it says " + captured + " bytes were captured, its block holds " + (length - 20));
            return;
        }
        packet(number, on.linkType, body, 20, (int) captured, original > captured, millis(stamp, on));
    }

    private void simplePacket(long number, byte[] body, int length, boolean little, List<Interface> interfaces)
            throws TrafficReadException {
        Interface on = interfaceOf(number, 0, interfaces);
        long original = u32(body, 0, little);
        int captured = (int) Math.min(original, length - 4);
        packet(number, on.linkType, body, 4, captured, original > captured, ObservedSession.NO_TIME);
    }

    private void obsoletePacket(long number, byte[] body, int length, boolean little, List<Interface> interfaces)
            throws TrafficReadException {
        if (length < 20) {
            bad(number, "a packet block of " + length + " bytes is too short for its header");
            return;
        }
        Interface on = interfaceOf(number, u16(body, 0, little), interfaces);
        long stamp = u32(body, 4, little) << 32 | u32(body, 8, little);
        long captured = Math.min(u32(body, 12, little), length - 20);
        packet(number, on.linkType, body, 20, (int) captured, u32(body, 16, little) > captured, millis(stamp, on));
    }

    private Interface interfaceOf(long number, int id, List<Interface> interfaces) throws TrafficReadException {
        if (id < 0 || id >= interfaces.size()) {
            throw new TrafficReadException(file, 0, "packet " + number + ": it names interface " + id + ", but the "
                    + "section describes " + interfaces.size() + "; the file is corrupt");
        }
        return interfaces.get(id);
    }

    private static long millis(long stamp, Interface on) {
        long units = on.unitsPerSecond;
        long seconds = Long.divideUnsigned(stamp, units);
        long rest = Long.remainderUnsigned(stamp, units);
        return (seconds + on.offsetSeconds) * 1000 + rest * 1000 / units;
    }

    // ---- packets: link layer, IP, transport.

    private void checkLinkType(int linkType, String what) throws TrafficReadException {
        switch (linkType) {
        case 0, 1, 101, 113, 228, 229, 276 -> {
        }
        default -> throw new TrafficReadException(file, 0, what + " has link type " + linkType + "; reconcile reads "
                + "Ethernet (1), raw IP (101, 228, 229), Linux cooked (113, 276) and loopback (0) captures");
        }
    }

    private void packet(long number, int linkType, byte[] data, int captured, boolean sliced, long millis)
            throws TrafficReadException {
        packet(number, linkType, data, 0, captured, sliced, millis);
    }

    private void packet(long number, int linkType, byte[] data, int from, int captured, boolean sliced, long millis)
            throws TrafficReadException {
        try {
            decode(number, linkType, data, from, from + captured, millis);
        } catch (BadPacket e) {
            bad(number, e.getMessage() + (sliced ? " (the capture kept only the first " + captured + " bytes: "
                    + "capture with a larger snap length)" : ""));
        }
    }

    private void decode(long number, int linkType, byte[] data, int from, int end, long millis) throws BadPacket {
        int at = from;
        int vlan = 0;
        int etherType;
        switch (linkType) {
        case 1 -> {
            need(at, 14, end, "Ethernet header");
            etherType = u16(data, at + 12, false);
            at += 14;
            // 802.1Q, 802.1ad and the older QinQ tag: the innermost VLAN is the one the hosts are in.
            while (etherType == 0x8100 || etherType == 0x88a8 || etherType == 0x9100) {
                need(at, 4, end, "VLAN tag");
                vlan = u16(data, at, false) & 0x0fff;
                etherType = u16(data, at + 2, false);
                at += 4;
            }
        }
        case 113 -> {
            need(at, 16, end, "Linux cooked header");
            etherType = u16(data, at + 14, false);
            at += 16;
        }
        case 276 -> {
            need(at, 20, end, "Linux cooked v2 header");
            etherType = u16(data, at, false);
            at += 20;
        }
        case 0 -> {
            need(at, 4, end, "loopback header");
            // The address family in the byte order of the machine that wrote it; 2 is IPv4, 24/28/30 IPv6.
            int family = data[at] != 0 ? data[at] & 0xff : data[at + 3] & 0xff;
            etherType = family == 2 ? 0x0800 : family == 24 || family == 28 || family == 30 ? 0x86dd : -1;
            at += 4;
        }
        default -> {
            need(at, 1, end, "IP header");
            int version = (data[at] & 0xf0) >> 4;
            etherType = version == 4 ? 0x0800 : version == 6 ? 0x86dd : -1;
        }
        }
        if (etherType == 0x0800) {
            ipv4(number, data, at, end, vlan, millis);
        } else if (etherType == 0x86dd) {
            ipv6(number, data, at, end, vlan, millis);
        } else {
            other++;
        }
    }

    private void ipv4(long number, byte[] data, int at, int end, int vlan, long millis) throws BadPacket {
        need(at, 20, end, "IPv4 header");
        int version = (data[at] & 0xf0) >> 4;
        int headerLength = (data[at] & 0x0f) * 4;
        if (version != 4 || headerLength < 20) {
            throw new BadPacket("not a valid IPv4 header (version " + version + ", header length " + headerLength
                    + ")");
        }
        int totalLength = u16(data, at + 2, false);
        // 0: a packet captured before segmentation offload filled it in (Linux with TSO); the frame says where it ends.
        if (totalLength == 0) {
            totalLength = end - at;
        }
        if (totalLength < headerLength) {
            throw new BadPacket("its IPv4 total length " + totalLength + " is shorter than its header ("
                    + headerLength + ")");
        }
        need(at, headerLength, end, "IPv4 header with options");
        int fragmentOffset = u16(data, at + 6, false) & 0x1fff;
        int protocol = data[at + 9] & 0xff;
        Ip source = Ip.v4(u32(data, at + 12, false));
        Ip destination = Ip.v4(u32(data, at + 16, false));
        if (fragmentOffset != 0) {
            // A later fragment has no transport header: its connection is the first fragment's.
            other++;
            return;
        }
        // Ethernet pads short frames: the IP length, not the frame, says where the packet ends.
        transport(number, data, at + headerLength, Math.min(end, at + totalLength), protocol, source, destination,
                vlan, millis);
    }

    private void ipv6(long number, byte[] data, int at, int end, int vlan, long millis) throws BadPacket {
        need(at, 40, end, "IPv6 header");
        if ((data[at] & 0xf0) >> 4 != 6) {
            throw new BadPacket("not a valid IPv6 header (version " + ((data[at] & 0xf0) >> 4) + ")");
        }
        int payloadLength = u16(data, at + 4, false);
        int next = data[at + 6] & 0xff;
        Ip source = new Ip(bigLong(data, at + 8), bigLong(data, at + 16), true);
        Ip destination = new Ip(bigLong(data, at + 24), bigLong(data, at + 32), true);
        int limit = payloadLength == 0 ? end : Math.min(end, at + 40 + payloadLength); // 0: a jumbogram
        int position = at + 40;
        for (int hops = 0; hops < 8; hops++) {
            if (next == 0 || next == 43 || next == 60) {
                need(position, 8, limit, "IPv6 extension header");
                next = data[position] & 0xff;
                position += ((data[position + 1] & 0xff) + 1) * 8;
            } else if (next == 44) {
                need(position, 8, limit, "IPv6 fragment header");
                int offset = u16(data, position + 2, false) >> 3;
                next = data[position] & 0xff;
                position += 8;
                if (offset != 0) {
                    other++;
                    return;
                }
            } else if (next == 51) {
                need(position, 8, limit, "IPv6 authentication header");
                next = data[position] & 0xff;
                position += ((data[position + 1] & 0xff) + 2) * 4;
            } else {
                break;
            }
        }
        if (next == 59) {
            other++;
            return;
        }
        transport(number, data, position, limit, next, source, destination, vlan, millis);
    }

    private void transport(long number, byte[] data, int at, int end, int protocol, Ip source, Ip destination,
            int vlan, long millis) throws BadPacket {
        int sourcePort = -1;
        int destinationPort = -1;
        int direction = 0; // 1: the sender opens, -1: the receiver opens, 0: not known from this packet
        switch (protocol) {
        case 6 -> {
            need(at, 14, end, "TCP header");
            sourcePort = u16(data, at, false);
            destinationPort = u16(data, at + 2, false);
            int flags = data[at + 13] & 0xff;
            boolean syn = (flags & 0x02) != 0;
            boolean ack = (flags & 0x10) != 0;
            direction = syn ? (ack ? -1 : 1) : 0;
        }
        case 17, 132 -> {
            need(at, 4, end, protocol == 17 ? "UDP header" : "SCTP header");
            sourcePort = u16(data, at, false);
            destinationPort = u16(data, at + 2, false);
        }
        case 1, 58 -> {
            need(at, 1, end, protocol == 1 ? "ICMP header" : "ICMPv6 header");
            int type = data[at] & 0xff;
            // Echo, timestamp, information and address-mask requests open; their replies answer.
            if (protocol == 1) {
                direction = type == 8 || type == 13 || type == 15 || type == 17 ? 1
                        : type == 0 || type == 14 || type == 16 || type == 18 ? -1 : 0;
            } else {
                direction = type == 128 ? 1 : type == 129 ? -1 : 0;
            }
        }
        default -> {
        }
        }
        ipPackets++;
        Connection key;
        boolean senderIsA;
        // One key for both directions: the lower address (then port) first.
        int order = source.compareTo(destination);
        if (order < 0 || order == 0 && sourcePort <= destinationPort) {
            key = new Connection(source, destination, protocol, sourcePort, destinationPort);
            senderIsA = true;
        } else {
            key = new Connection(destination, source, protocol, destinationPort, sourcePort);
            senderIsA = false;
        }
        State state = connections.get(key);
        if (state == null) {
            state = new State();
            state.first = millis;
            state.packet = number;
            state.vlan = vlan;
            boolean senderOpens;
            if (direction != 0) {
                senderOpens = direction > 0;
                state.certain = true;
            } else {
                // Without a handshake (the capture began mid-connection, or UDP) the first packet's sender is taken
                // as the initiator, unless it sends from a well-known port to an ephemeral one: then it answers.
                senderOpens = !(sourcePort >= 0 && sourcePort < 1024 && destinationPort >= 1024);
            }
            state.aInitiates = senderOpens == senderIsA;
            connections.put(key, state);
        } else if (!state.certain && direction != 0) {
            state.aInitiates = (direction > 0) == senderIsA;
            state.certain = true;
        }
        if (millis != ObservedSession.NO_TIME) {
            if (state.first == ObservedSession.NO_TIME || millis < state.first) {
                state.first = millis;
            }
            if (state.last == ObservedSession.NO_TIME || millis > state.last) {
                state.last = millis;
            }
        }
    }

    private void flush(Connection key, State state) {
        Ip initiator = state.aInitiates ? key.a() : key.b();
        Ip responder = state.aInitiates ? key.b() : key.a();
        int port = state.aInitiates ? key.portB() : key.portA();
        String transport = switch (key.transport()) {
        case 6 -> "tcp";
        case 17 -> "udp";
        case 1 -> "icmp";
        case 58 -> "icmp6";
        case 132 -> "sctp";
        default -> Integer.toString(key.transport());
        };
        into.add(initiator, responder, transport, Transports.hasPorts(transport) ? port : -1, state.vlan, 1,
                state.first, state.last, file, state.packet);
    }

    private static void need(int at, int length, int end, String what) throws BadPacket {
        if (at + length > end) {
            throw new BadPacket("its " + what + " is cut short (" + Math.max(0, end - at) + " of " + length
                    + " bytes)");
        }
    }

    private void bad(long number, String reason) throws TrafficReadException {
        unreadable++;
        if (strict) {
            throw new TrafficReadException(file, 0, "packet " + number + ": " + reason + " (--strict: an unreadable "
                    + "packet is fatal; without --strict it is counted and skipped)");
        }
        if (samples.size() < SAMPLES) {
            samples.add("packet " + number + ": " + reason);
        }
    }

    private void cutOff(long number, String reason) throws TrafficReadException {
        bad(number, reason + "; the capture is truncated (was it still being written?)");
    }

    private void tick() {
        if ((packets & 0xfff) == 0) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int done = (int) Math.min(1000, 1000 * bytesRead.getAsLong() / size);
            progress.setWorkRemaining(1000 - reported);
            progress.worked(Math.max(0, done - reported));
            reported = Math.max(reported, done);
        }
    }

    private byte[] ensure(int length) {
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        return buffer;
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static int bigEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    private static int u16(byte[] bytes, int at, boolean little) {
        return little ? (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8
                : (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }

    private static long u32(byte[] bytes, int at, boolean little) {
        long value = little
                ? (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16
                        | (long) (bytes[at + 3] & 0xff) << 24
                : (long) (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                        | bytes[at + 3] & 0xff;
        return value & 0xffffffffL;
    }

    private static long bigLong(byte[] bytes, int at) {
        return u32(bytes, at, false) << 32 | u32(bytes, at + 4, false);
    }

    private static long littleLong(byte[] bytes, int at) {
        return u32(bytes, at + 4, true) << 32 | u32(bytes, at, true);
    }
}
