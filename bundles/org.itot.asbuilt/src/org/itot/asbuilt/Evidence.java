package org.itot.asbuilt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.itot.asbuilt.traffic.ObservedSession;
import org.itot.validation.engine.FindingEvidence;

/**
 * What an as-built finding rests on: the input file and line, and for traffic the count and the first and last
 * time seen (ISO 8601, UTC).
 */
public final class Evidence implements FindingEvidence {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Evidence at(String file, long line) {
        Evidence evidence = new Evidence();
        evidence.fields.put("file", file);
        evidence.fields.put("line", line);
        return evidence;
    }

    /** Traffic evidence: where the first record is, how many, when. */
    public static Evidence traffic(String file, long line, long count, long first, long last) {
        Evidence evidence = at(file, line);
        evidence.fields.put("count", count);
        evidence.put("firstSeen", time(first));
        evidence.put("lastSeen", time(last));
        return evidence;
    }

    public Evidence put(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    @Override
    public Map<String, Object> fields() {
        return fields;
    }

    /** ISO 8601 in UTC, {@code null} for an unknown time. */
    public static String time(long epochMillis) {
        return epochMillis == ObservedSession.NO_TIME ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    /** e.g. {@code conn.log:12, 40 times, 2024-03-01T10:00:00Z to 2024-03-01T11:00:00Z}. */
    public String describe() {
        StringBuilder out = new StringBuilder().append(fields.get("file")).append(':').append(fields.get("line"));
        if (fields.containsKey("count")) {
            out.append(", ").append(fields.get("count")).append(" time").append(
                    ((Long) fields.get("count")) == 1 ? "" : "s");
        }
        if (fields.containsKey("firstSeen")) {
            out.append(", first ").append(fields.get("firstSeen")).append(", last ").append(fields.get("lastSeen"));
        }
        return out.toString();
    }
}
