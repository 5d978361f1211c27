package org.itot.model.query;

import org.itot.model.ItotFactory;
import org.itot.model.PortRange;
import org.itot.model.Transport;

/** Port ranges: creation, containment (for rule-to-flow matching) and the text form "502/tcp". */
public final class PortRanges {

    private PortRanges() {
    }

    public static PortRange of(Transport transport, int from, int to) {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("invalid port range " + from + "-" + to);
        }
        PortRange range = ItotFactory.eINSTANCE.createPortRange();
        range.setTransport(transport);
        range.setFrom(from);
        range.setTo(to);
        return range;
    }

    public static PortRange tcp(int port) {
        return of(Transport.TCP, port, port);
    }

    public static PortRange udp(int port) {
        return of(Transport.UDP, port, port);
    }

    /** True when every port of {@code other} is inside {@code range} on a compatible transport. */
    public static boolean contains(PortRange range, PortRange other) {
        boolean transportMatches = range.getTransport() == Transport.ANY || range.getTransport() == other.getTransport();
        return transportMatches && range.getFrom() <= other.getFrom() && other.getTo() <= range.getTo();
    }

    public static String format(PortRange range) {
        String ports = range.getFrom() == range.getTo() ? Integer.toString(range.getFrom())
                : range.getFrom() + "-" + range.getTo();
        return range.getTransport() == Transport.ANY ? ports : ports + "/" + range.getTransport().getLiteral();
    }
}
