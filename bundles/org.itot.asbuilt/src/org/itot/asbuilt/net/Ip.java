package org.itot.asbuilt.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address as two longs: compact enough to key millions of sessions, and parsed by hand so that no
 * text from a capture or a configuration ever reaches a name resolver.
 *
 * @param high the upper 64 bits (0 for IPv4)
 * @param low the lower 64 bits (the 32-bit address for IPv4)
 */
public record Ip(long high, long low, boolean v6) implements Comparable<Ip> {

    /** The address, or {@code null} when the text is not an address literal. */
    public static Ip parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text);
    }

    public static Ip v4(long address) {
        return new Ip(0, address & 0xffffffffL, false);
    }

    private static Ip parseV4(String text) {
        long value = 0;
        int octets = 0;
        int current = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                current = current < 0 ? c - '0' : current * 10 + (c - '0');
                if (current > 255) {
                    return null;
                }
            } else if (c == '.' && current >= 0) {
                value = value << 8 | current;
                current = -1;
                octets++;
            } else {
                return null;
            }
        }
        return octets == 4 ? v4(value) : null;
    }

    private static Ip parseV6(String text) {
        String literal = text;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean allowed = c == ':' || c == '.' || Character.digit(c, 16) >= 0;
            if (!allowed) {
                return null;
            }
        }
        try {
            // Only hex digits, colons and dots reach here: a literal, so no name lookup happens.
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return v4(toLong(bytes, 0, 4));
            }
            return new Ip(toLong(bytes, 0, 8), toLong(bytes, 8, 8), true);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    private static long toLong(byte[] bytes, int from, int length) {
        long value = 0;
        for (int i = from; i < from + length; i++) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    public int bits() {
        return v6 ? 128 : 32;
    }

    /** Not a host: multicast, limited broadcast, unspecified. */
    public boolean isHost() {
        if (v6) {
            boolean unspecified = high == 0 && low == 0;
            boolean multicast = (high >>> 56) == 0xff;
            return !unspecified && !multicast;
        }
        boolean multicast = (low >>> 28) == 0xe;
        return low != 0 && low != 0xffffffffL && !multicast;
    }

    @Override
    public int compareTo(Ip other) {
        if (v6 != other.v6) {
            return v6 ? 1 : -1;
        }
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    @Override
    public String toString() {
        if (!v6) {
            return (low >>> 24) + "." + (low >>> 16 & 0xff) + "." + (low >>> 8 & 0xff) + "." + (low & 0xff);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            long word = i < 4 ? high >>> (48 - 16 * i) : low >>> (48 - 16 * (i - 4));
            out.append(i == 0 ? "" : ":").append(Long.toHexString(word & 0xffff));
        }
        return out.toString().replaceFirst("(^|:)(0(:|$)){2,}", "::").replaceFirst(":::", "::");
    }
}
