package org.itot.asbuilt.net;

/** An address block, e.g. {@code 10.20.1.0/24}; a single address is a block of full length. */
public record Cidr(Ip network, int prefix) {

    public Cidr {
        network = mask(network, prefix);
    }

    /** {@code a.b.c.d/n}, {@code a.b.c.d} (one address), or IPv6 alike; {@code null} when the text is neither. */
    public static Cidr parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        Ip address = Ip.parse(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            return null;
        }
        if (slash < 0) {
            return new Cidr(address, address.bits());
        }
        String suffix = trimmed.substring(slash + 1);
        if (suffix.indexOf('.') > 0) {
            // A dotted netmask (255.255.255.0), as device configurations write it.
            Ip mask = Ip.parse(suffix);
            int length = mask == null ? -1 : maskLength(mask);
            return length < 0 ? null : new Cidr(address, length);
        }
        try {
            int length = Integer.parseInt(suffix);
            return length < 0 || length > address.bits() ? null : new Cidr(address, length);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The length of a contiguous IPv4 netmask, -1 when it is not one. */
    public static int maskLength(Ip mask) {
        if (mask.v6()) {
            return -1;
        }
        long value = mask.low();
        int length = Math.min(32, Long.numberOfLeadingZeros(~value << 32));
        long expected = length == 0 ? 0 : (0xffffffffL << (32 - length)) & 0xffffffffL;
        return value == expected ? length : -1;
    }

    public static Cidr any(boolean v6) {
        return new Cidr(new Ip(0, 0, v6), 0);
    }

    public boolean contains(Ip address) {
        return address.v6() == network.v6() && mask(address, prefix).equals(network);
    }

    public boolean contains(Cidr other) {
        return other.prefix >= prefix && contains(other.network);
    }

    public boolean isSingleAddress() {
        return prefix == network.bits();
    }

    /** The first and last address, for interval arithmetic. */
    public Ip last() {
        if (!network.v6()) {
            long hostBits = prefix == 0 ? 0xffffffffL : (1L << (32 - prefix)) - 1;
            return Ip.v4(network.low() | hostBits);
        }
        long highHost = prefix >= 64 ? 0 : (prefix == 0 ? -1L : (-1L >>> prefix));
        long lowHost = prefix >= 128 ? 0 : (prefix <= 64 ? -1L : (-1L >>> (prefix - 64)));
        return new Ip(network.high() | highHost, network.low() | lowHost, true);
    }

    private static Ip mask(Ip address, int prefix) {
        if (!address.v6()) {
            long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            return Ip.v4(address.low() & mask);
        }
        long highMask = prefix >= 64 ? -1L : (prefix == 0 ? 0 : -1L << (64 - prefix));
        long lowMask = prefix <= 64 ? 0 : (prefix >= 128 ? -1L : -1L << (128 - prefix));
        return new Ip(address.high() & highMask, address.low() & lowMask, true);
    }

    @Override
    public String toString() {
        return isSingleAddress() ? network.toString() : network + "/" + prefix;
    }
}
