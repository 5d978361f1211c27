package org.itot.asbuilt.traffic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itot.asbuilt.net.Ip;

/**
 * The sessions of all traffic inputs, one entry per initiator, responder and service: memory grows with the
 * number of distinct sessions, never with the size of the logs. Past {@code limit} distinct sessions further new
 * ones are counted, not kept, so a hostile or huge capture cannot exhaust memory.
 */
public final class Sessions {

    /** The default limit of distinct sessions kept (about 200 bytes each). */
    public static final int DEFAULT_LIMIT = 1_000_000;

    private record Key(Ip source, Ip destination, String transport, int port) {
    }

    private final Map<Key, ObservedSession> sessions = new HashMap<>();
    private final int limit;
    private long dropped;
    private long records;
    // Kept as records arrive: every never-seen flow's finding names the window.
    private long windowStart = ObservedSession.NO_TIME;
    private long windowEnd = ObservedSession.NO_TIME;

    public Sessions() {
        this(DEFAULT_LIMIT);
    }

    public Sessions(int limit) {
        this.limit = limit;
    }

    /**
     * Adds records of one session.
     *
     * @param count how many records (connections) this entry stands for, at least 1
     * @param first epoch milliseconds or {@link ObservedSession#NO_TIME}
     * @param last epoch milliseconds or {@link ObservedSession#NO_TIME}
     */
    public void add(Ip source, Ip destination, String transport, int port, int vlan, long count, long first,
            long last, String file, long line) {
        records++;
        long end = last != ObservedSession.NO_TIME ? last : first;
        if (first != ObservedSession.NO_TIME && (windowStart == ObservedSession.NO_TIME || first < windowStart)) {
            windowStart = first;
        }
        if (end != ObservedSession.NO_TIME && (windowEnd == ObservedSession.NO_TIME || end > windowEnd)) {
            windowEnd = end;
        }
        Key key = new Key(source, destination, transport, port);
        ObservedSession session = sessions.get(key);
        if (session == null) {
            if (sessions.size() >= limit) {
                dropped++;
                return;
            }
            session = new ObservedSession(source, destination, transport, port, vlan, file, line);
            sessions.put(key, session);
        }
        session.add(count, first, last);
    }

    /** In a stable order: by source, destination, transport and port. */
    public List<ObservedSession> all() {
        List<ObservedSession> list = new ArrayList<>(sessions.values());
        list.sort(Comparator.comparing(ObservedSession::source).thenComparing(ObservedSession::destination)
                .thenComparing(ObservedSession::transport).thenComparingInt(ObservedSession::port));
        return list;
    }

    public Collection<ObservedSession> unordered() {
        return sessions.values();
    }

    public int size() {
        return sessions.size();
    }

    /** Records of sessions not kept because the limit was reached. */
    public long dropped() {
        return dropped;
    }

    public long records() {
        return records;
    }

    public int limit() {
        return limit;
    }

    /** The earliest first-seen time of all records, {@link ObservedSession#NO_TIME} when no record had one. */
    public long windowStart() {
        return windowStart;
    }

    /** The latest last-seen time of all records. */
    public long windowEnd() {
        return windowEnd;
    }
}
