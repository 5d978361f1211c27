package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of the IPv4 packet space a firewall rule decides: source and destination address intervals, a set of
 * transports, and a destination port interval. Rules match unions of boxes; first-match semantics is box
 * subtraction. Every packet has some port: a transport without ports (ICMP) simply spans all of them.
 */
public record Box(long sourceFrom, long sourceTo, long destinationFrom, long destinationTo, int transports,
        int portFrom, int portTo) {

    public static final int TCP = 1;
    public static final int UDP = 2;
    public static final int ICMP = 4;
    public static final int OTHER = 8;
    public static final int ANY_TRANSPORT = TCP | UDP | ICMP | OTHER;
    public static final long MAX_ADDRESS = 0xffffffffL;
    public static final Box ALL = new Box(0, MAX_ADDRESS, 0, MAX_ADDRESS, ANY_TRANSPORT, 0, 65535);

    public boolean isEmpty() {
        return sourceFrom > sourceTo || destinationFrom > destinationTo || transports == 0 || portFrom > portTo;
    }

    public Box intersect(Box other) {
        return new Box(Math.max(sourceFrom, other.sourceFrom), Math.min(sourceTo, other.sourceTo),
                Math.max(destinationFrom, other.destinationFrom), Math.min(destinationTo, other.destinationTo),
                transports & other.transports, Math.max(portFrom, other.portFrom), Math.min(portTo, other.portTo));
    }

    /** This box without the other, as disjoint boxes. */
    public List<Box> minus(Box other) {
        Box common = intersect(other);
        if (common.isEmpty()) {
            return List.of(this);
        }
        List<Box> parts = new ArrayList<>();
        Box rest = this;
        if (rest.sourceFrom < common.sourceFrom) {
            parts.add(rest.withSource(rest.sourceFrom, common.sourceFrom - 1));
        }
        if (rest.sourceTo > common.sourceTo) {
            parts.add(rest.withSource(common.sourceTo + 1, rest.sourceTo));
        }
        rest = rest.withSource(common.sourceFrom, common.sourceTo);
        if (rest.destinationFrom < common.destinationFrom) {
            parts.add(rest.withDestination(rest.destinationFrom, common.destinationFrom - 1));
        }
        if (rest.destinationTo > common.destinationTo) {
            parts.add(rest.withDestination(common.destinationTo + 1, rest.destinationTo));
        }
        rest = rest.withDestination(common.destinationFrom, common.destinationTo);
        if ((rest.transports & ~common.transports) != 0) {
            parts.add(new Box(rest.sourceFrom, rest.sourceTo, rest.destinationFrom, rest.destinationTo,
                    rest.transports & ~common.transports, rest.portFrom, rest.portTo));
        }
        rest = new Box(rest.sourceFrom, rest.sourceTo, rest.destinationFrom, rest.destinationTo, common.transports,
                rest.portFrom, rest.portTo);
        if (rest.portFrom < common.portFrom) {
            parts.add(rest.withPorts(rest.portFrom, common.portFrom - 1));
        }
        if (rest.portTo > common.portTo) {
            parts.add(rest.withPorts(common.portTo + 1, rest.portTo));
        }
        return parts;
    }

    private Box withSource(long from, long to) {
        return new Box(from, to, destinationFrom, destinationTo, transports, portFrom, portTo);
    }

    private Box withDestination(long from, long to) {
        return new Box(sourceFrom, sourceTo, from, to, transports, portFrom, portTo);
    }

    private Box withPorts(int from, int to) {
        return new Box(sourceFrom, sourceTo, destinationFrom, destinationTo, transports, from, to);
    }

    /** One packet of the box, to show in a message: e.g. {@code 10.20.1.10 -> 10.10.1.10 tcp/502}. */
    public String example() {
        String transport = (transports & TCP) != 0 ? "tcp" : (transports & UDP) != 0 ? "udp"
                : (transports & ICMP) != 0 ? "icmp" : "ip";
        String port = transport.equals("tcp") || transport.equals("udp") ? "/" + portFrom : "";
        return address(sourceFrom) + " -> " + address(destinationFrom) + " " + transport + port;
    }

    static String address(long value) {
        return (value >>> 24) + "." + (value >>> 16 & 0xff) + "." + (value >>> 8 & 0xff) + "." + (value & 0xff);
    }
}
