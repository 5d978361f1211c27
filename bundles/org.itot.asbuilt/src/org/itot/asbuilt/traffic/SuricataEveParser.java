package org.itot.asbuilt.traffic;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itot.asbuilt.net.Ip;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Suricata's EVE JSON: {@code flow} events (one per flow, {@code src_ip} the client, start and end in {@code flow})
 * and {@code netflow} events (one per direction, start and end in {@code netflow}). The two directions of a netflow
 * share a {@code flow_id}; only the first, the client's, is a session, so the reply is not taken for a session from
 * the server. Other event types (alert, dns, stats, ...) are not sessions.
 */
final class SuricataEveParser implements RecordParser {

    /** How many netflow flow ids are remembered to drop reply directions: bounded, oldest forgotten. */
    private static final int REMEMBERED_FLOWS = 100_000;

    private final String file;
    private final Map<String, Boolean> seenNetflows = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_FLOWS;
        }
    };

    SuricataEveParser(String file) {
        this.file = file;
    }

    @Override
    public Outcome line(String text, long number, Sessions into) throws BadLine {
        if (text.isBlank()) {
            return Outcome.OTHER;
        }
        JsonObject event = JsonLines.object(text);
        String type = JsonLines.string(event, "event_type");
        if (!type.equals("flow") && !type.equals("netflow")) {
            return Outcome.OTHER;
        }
        if (type.equals("netflow")) {
            String flowId = JsonLines.optional(event, "flow_id");
            if (flowId != null && seenNetflows.put(flowId, Boolean.TRUE) != null) {
                return Outcome.OTHER;
            }
        }
        Ip source = JsonLines.address(event, "src_ip");
        Ip destination = JsonLines.address(event, "dest_ip");
        String transport = Transports.normalise(JsonLines.string(event, "proto"));
        int port = Transports.hasPorts(transport) ? Transports.port(JsonLines.string(event, "dest_port"), transport)
                : -1;
        long start = ObservedSession.NO_TIME;
        long end = ObservedSession.NO_TIME;
        JsonElement detail = event.get(type);
        if (detail != null && detail.isJsonObject()) {
            String startText = JsonLines.optional(detail.getAsJsonObject(), "start");
            String endText = JsonLines.optional(detail.getAsJsonObject(), "end");
            start = startText == null ? ObservedSession.NO_TIME : Times.parse(startText);
            end = endText == null ? start : Times.parse(endText);
        }
        if (start == ObservedSession.NO_TIME) {
            start = Times.parse(JsonLines.string(event, "timestamp"));
            end = start;
        }
        int tag = 0;
        JsonElement vlan = event.get("vlan");
        if (vlan instanceof JsonArray tags && !tags.isEmpty() && tags.get(0).isJsonPrimitive()) {
            tag = ZeekTsvParser.vlanOf(tags.get(0).getAsString());
        }
        into.add(source, destination, transport, port, tag, 1, start, end, file, number);
        return Outcome.RECORD;
    }
}
