package org.itot.asbuilt.traffic;

import org.itot.asbuilt.net.Ip;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Zeek's JSON writer ({@code LogAscii::use_json}): one object per line with the conn log's fields by name; {@code ts}
 * is epoch seconds or ISO 8601 ({@code JSON::TS_ISO8601}); lines of other logs (a {@code _path} other than conn) are
 * not sessions.
 */
final class ZeekJsonParser implements RecordParser {

    private final String file;

    ZeekJsonParser(String file) {
        this.file = file;
    }

    @Override
    public Outcome line(String text, long number, Sessions into) throws BadLine {
        if (text.isBlank()) {
            return Outcome.OTHER;
        }
        JsonObject record = JsonLines.object(text);
        String path = JsonLines.optional(record, "_path");
        if (path != null && !path.equals("conn")) {
            return Outcome.OTHER;
        }
        Ip source = JsonLines.address(record, "id.orig_h");
        Ip destination = JsonLines.address(record, "id.resp_h");
        String transport = Transports.normalise(JsonLines.string(record, "proto"));
        int port = Transports.port(JsonLines.string(record, "id.resp_p"), transport);
        long start = Times.parse(JsonLines.string(record, "ts"));
        long end = start;
        String duration = JsonLines.optional(record, "duration");
        if (duration != null && start != ObservedSession.NO_TIME) {
            end = start + Times.parse(duration);
        }
        JsonElement vlan = record.get("vlan");
        int tag = vlan != null && vlan.isJsonPrimitive() ? ZeekTsvParser.vlanOf(vlan.getAsString()) : 0;
        into.add(source, destination, transport, port, tag, 1, start, end, file, number);
        return Outcome.RECORD;
    }
}
