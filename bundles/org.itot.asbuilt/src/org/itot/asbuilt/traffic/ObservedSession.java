package org.itot.asbuilt.traffic;

import org.itot.asbuilt.net.Ip;

/**
 * Sessions seen on the plant from one initiator to one responder's service, aggregated over every record of the
 * inputs: how many, first and last time seen, and where the first record is (file and line) as evidence.
 */
public final class ObservedSession {

    /** Unknown time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    private final Ip source;
    private final Ip destination;
    private final String transport;
    private final int port;
    private final int vlan;
    private final String file;
    private final long line;
    private long count;
    private long first = NO_TIME;
    private long last = NO_TIME;

    ObservedSession(Ip source, Ip destination, String transport, int port, int vlan, String file, long line) {
        this.source = source;
        this.destination = destination;
        this.transport = transport;
        this.port = port;
        this.vlan = vlan;
        this.file = file;
        this.line = line;
    }

    void add(long records, long firstSeen, long lastSeen) {
        count += Math.max(1, records);
        if (firstSeen != NO_TIME && (first == NO_TIME || firstSeen < first)) {
            first = firstSeen;
        }
        long end = lastSeen != NO_TIME ? lastSeen : firstSeen;
        if (end != NO_TIME && (last == NO_TIME || end > last)) {
            last = end;
        }
    }

    public Ip source() {
        return source;
    }

    public Ip destination() {
        return destination;
    }

    /** tcp, udp, icmp, icmp6, sctp, or the IP protocol number as text. */
    public String transport() {
        return transport;
    }

    /** The responder's port; -1 for protocols without ports. */
    public int port() {
        return port;
    }

    /** The VLAN of the first record, 0 when none was given. */
    public int vlan() {
        return vlan;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long count() {
        return count;
    }

    /** Epoch milliseconds, {@link #NO_TIME} when no record gave a time. */
    public long first() {
        return first;
    }

    public long last() {
        return last;
    }

    /** e.g. {@code 10.20.1.10 -> 10.10.1.10 tcp/502}. */
    public String describe() {
        return source + " -> " + destination + " " + service();
    }

    public String service() {
        return port < 0 ? transport : transport + "/" + port;
    }
}
