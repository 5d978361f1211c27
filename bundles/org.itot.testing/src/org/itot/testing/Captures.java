package org.itot.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packet captures built byte by byte for tests of the pcap/pcapng reader: Ethernet (with 802.1Q tags), IPv4 (with
 * fragments), IPv6, TCP, UDP and ICMP headers, written as libpcap files (either byte order, micro- or nanosecond
 * stamps) or pcapng sections. Checksums are left zero: readers of sessions do not check them, as capture taps do not.
 */
public final class Captures {

    public static final int SYN = 0x02;
    public static final int ACK = 0x10;
    public static final int PSH = 0x08;
    public static final int FIN = 0x01;
    public static final int ETHERNET = 1;
    public static final int RAW_IP = 101;

    /** One packet: when (nanoseconds since the epoch), its bytes, and how many of them the file holds. */
    public record Packet(long epochNanos, byte[] bytes, int captured) {

        public Packet(long epochNanos, byte[] bytes) {
            this(epochNanos, bytes, bytes.length);
        }

        /** The same packet as a capture with a small snap length keeps it. */
        public Packet sliced(int keep) {
            return new Packet(epochNanos, bytes, Math.min(keep, bytes.length));
        }
    }

    private Captures() {
    }

    public static long seconds(double epochSeconds) {
        return Math.round(epochSeconds * 1_000_000) * 1000;
    }

    // ---- headers

    public static byte[] tcp(int sourcePort, int destinationPort, int flags, byte[] payload) {
        ByteBuffer tcp = ByteBuffer.allocate(20 + payload.length);
        tcp.putShort((short) sourcePort).putShort((short) destinationPort).putInt(1000).putInt(flags == SYN ? 0 : 1);
        tcp.put((byte) 0x50).put((byte) flags).putShort((short) 64240).putShort((short) 0).putShort((short) 0);
        tcp.put(payload);
        return tcp.array();
    }

    public static byte[] udp(int sourcePort, int destinationPort, byte[] payload) {
        ByteBuffer udp = ByteBuffer.allocate(8 + payload.length);
        udp.putShort((short) sourcePort).putShort((short) destinationPort).putShort((short) (8 + payload.length))
                .putShort((short) 0).put(payload);
        return udp.array();
    }

    /** An ICMP echo request (type 8) or reply (type 0). */
    public static byte[] icmpEcho(int type) {
        return new byte[] { (byte) type, 0, 0, 0, 0, 1, 0, 1 };
    }

    public static byte[] ipv4(String source, String destination, int protocol, byte[] payload) {
        return ipv4(source, destination, protocol, payload, 0, false);
    }

    /**
     * @param fragmentOffset in 8-byte units, as the header holds it
     * @param moreFragments the MF flag
     */
    public static byte[] ipv4(String source, String destination, int protocol, byte[] payload, int fragmentOffset,
            boolean moreFragments) {
        ByteBuffer ip = ByteBuffer.allocate(20 + payload.length);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 0x1234);
        ip.putShort((short) ((moreFragments ? 0x2000 : 0) | fragmentOffset)).put((byte) 64).put((byte) protocol)
                .putShort((short) 0);
        ip.put(v4(source)).put(v4(destination)).put(payload);
        return ip.array();
    }

    public static byte[] ipv6(String source, String destination, int nextHeader, byte[] payload) {
        ByteBuffer ip = ByteBuffer.allocate(40 + payload.length);
        ip.putInt(0x60000000).putShort((short) payload.length).put((byte) nextHeader).put((byte) 64);
        ip.put(v6(source)).put(v6(destination)).put(payload);
        return ip.array();
    }

    /** An Ethernet II frame carrying IPv4 (or IPv6 when the payload says version 6), padded to 60 bytes. */
    public static byte[] ethernet(byte[] ip) {
        return ethernet(0, ip);
    }

    /** @param vlan an 802.1Q tag with this VLAN id, 0 for none */
    public static byte[] ethernet(int vlan, byte[] ip) {
        int etherType = (ip[0] & 0xf0) == 0x60 ? 0x86dd : 0x0800;
        return frame(vlan, etherType, ip);
    }

    /** An ARP request: a frame that is no IP packet. */
    public static byte[] arp(String sender, String target) {
        ByteBuffer arp = ByteBuffer.allocate(28);
        arp.putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1);
        arp.put(new byte[] { 0, 0x1d, (byte) 0x9c, 1, 2, 3 }).put(v4(sender)).put(new byte[6]).put(v4(target));
        return frame(0, 0x0806, arp.array());
    }

    private static byte[] frame(int vlan, int etherType, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(Math.max(60, 14 + (vlan > 0 ? 4 : 0) + payload.length));
        frame.put(new byte[] { 0, 0x0e, (byte) 0x8c, 0x11, 0x22, 0x33 }).put(new byte[] { 0, 0x1d, (byte) 0x9c, 1, 2,
            3 });
        if (vlan > 0) {
            frame.putShort((short) 0x8100).putShort((short) vlan);
        }
        frame.putShort((short) etherType).put(payload);
        return frame.array();
    }

    // ---- files

    /** A libpcap file. */
    public static byte[] pcap(boolean littleEndian, boolean nanoseconds, int linkType, List<Packet> packets) {
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(24).order(order);
        header.putInt(nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0)
                .putInt(0).putInt(262144).putInt(linkType);
        out.writeBytes(header.array());
        for (Packet packet : packets) {
            ByteBuffer record = ByteBuffer.allocate(16).order(order);
            long seconds = packet.epochNanos() / 1_000_000_000L;
            long fraction = packet.epochNanos() % 1_000_000_000L;
            record.putInt((int) seconds).putInt((int) (nanoseconds ? fraction : fraction / 1000))
                    .putInt(packet.captured()).putInt(packet.bytes().length);
            out.writeBytes(record.array());
            out.write(packet.bytes(), 0, packet.captured());
        }
        return out.toByteArray();
    }

    /**
     * A pcapng file: a section header, one interface (nanosecond stamps when asked, by its if_tsresol option), a name
     * resolution block (which the reader skips) and an enhanced packet block per packet.
     */
    public static byte[] pcapng(boolean littleEndian, boolean nanoseconds, int linkType, List<Packet> packets) {
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer section = ByteBuffer.allocate(16).order(order);
        section.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
        out.writeBytes(block(order, 0x0A0D0D0A, section.array()));
        ByteBuffer description = ByteBuffer.allocate(nanoseconds ? 20 : 8).order(order);
        description.putShort((short) linkType).putShort((short) 0).putInt(262144);
        if (nanoseconds) {
            description.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]);
            description.putShort((short) 0).putShort((short) 0);
        }
        out.writeBytes(block(order, 1, description.array()));
        out.writeBytes(block(order, 4, new byte[] { 0, 0, 0, 0 })); // an empty name resolution block
        for (Packet packet : packets) {
            long stamp = nanoseconds ? packet.epochNanos() : packet.epochNanos() / 1000;
            int padded = (packet.captured() + 3) & ~3;
            ByteBuffer body = ByteBuffer.allocate(20 + padded).order(order);
            body.putInt(0).putInt((int) (stamp >>> 32)).putInt((int) stamp).putInt(packet.captured())
                    .putInt(packet.bytes().length).put(packet.bytes(), 0, packet.captured());
            out.writeBytes(block(order, 6, body.array()));
        }
        return out.toByteArray();
    }

    /** The file without its last {@code bytes} bytes: a capture cut off while it was written. */
    public static byte[] cut(byte[] file, int bytes) {
        return Arrays.copyOf(file, file.length - bytes);
    }

    private static byte[] block(ByteOrder order, int type, byte[] body) {
        ByteBuffer block = ByteBuffer.allocate(12 + body.length).order(order);
        block.putInt(type).putInt(12 + body.length).put(body).putInt(12 + body.length);
        return block.array();
    }

    private static byte[] v4(String address) {
        String[] parts = address.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    private static byte[] v6(String address) {
        // Full or with one "::", hexadecimal groups only: enough for test addresses.
        List<String> groups = new ArrayList<>();
        int gap = address.indexOf("::");
        if (gap >= 0) {
            List<String> left = address.substring(0, gap).isEmpty() ? List.of()
                    : List.of(address.substring(0, gap).split(":"));
            List<String> right = address.substring(gap + 2).isEmpty() ? List.of()
                    : List.of(address.substring(gap + 2).split(":"));
            groups.addAll(left);
            for (int i = left.size() + right.size(); i < 8; i++) {
                groups.add("0");
            }
            groups.addAll(right);
        } else {
            groups.addAll(List.of(address.split(":")));
        }
        ByteBuffer bytes = ByteBuffer.allocate(16);
        for (String group : groups) {
            bytes.putShort((short) Integer.parseInt(group, 16));
        }
        return bytes.array();
    }
}
