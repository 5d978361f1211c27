package org.itot.asbuilt.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.itot.asbuilt.net.Ip;

/**
 * A CSV of flows, one per line after a header that names the columns (any order, any case): source, destination,
 * protocol and port are required; count, first seen and last seen optional. Fields are comma, semicolon or tab
 * separated (the header's separator), and may be quoted as RFC 4180 says.
 */
final class FlowCsvParser implements RecordParser {

    private static final Map<String, List<String>> NAMES = Map.of(
            "source", List.of("source", "src", "src_ip", "source_ip", "source address", "client", "initiator"),
            "destination", List.of("destination", "dst", "dest", "dst_ip", "dest_ip", "destination_ip",
                    "destination address", "server", "responder"),
            "protocol", List.of("protocol", "proto", "transport"),
            "port", List.of("port", "dst_port", "dest_port", "destination_port", "destination port", "service port"),
            "count", List.of("count", "sessions", "connections", "flows"),
            "first", List.of("first_seen", "first seen", "firstseen", "first", "start"),
            "last", List.of("last_seen", "last seen", "lastseen", "last", "end"));

    private final String file;
    private char separator;
    private int source = -1;
    private int destination = -1;
    private int protocol = -1;
    private int port = -1;
    private int count = -1;
    private int first = -1;
    private int last = -1;
    private int width;

    FlowCsvParser(String file) {
        this.file = file;
    }

    /** Whether a first line looks like this format's header. */
    static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return NAMES.get("source").stream().anyMatch(lower::contains)
                && NAMES.get("destination").stream().anyMatch(lower::contains);
    }

    @Override
    public Outcome line(String text, long number, Sessions into) throws BadLine, TrafficReadException {
        if (text.isBlank()) {
            return Outcome.OTHER;
        }
        if (separator == 0) {
            header(text, number);
            return Outcome.OTHER;
        }
        List<String> fields = split(text);
        if (fields.size() < width) {
            throw new BadLine("has " + fields.size() + " fields, the header names " + width);
        }
        Ip from = address(fields.get(source), "source");
        Ip to = address(fields.get(destination), "destination");
        String transport = Transports.normalise(fields.get(protocol));
        int service = Transports.port(fields.get(port), transport);
        long records = 1;
        if (count >= 0 && !fields.get(count).isBlank()) {
            try {
                records = Long.parseLong(fields.get(count).strip());
            } catch (NumberFormatException e) {
                records = -1;
            }
            if (records < 1) {
                throw new BadLine("count '" + Times.clip(fields.get(count)) + "' is not a whole number of 1 or more");
            }
        }
        long start = first >= 0 ? Times.parse(fields.get(first)) : ObservedSession.NO_TIME;
        long end = last >= 0 ? Times.parse(fields.get(last)) : start;
        into.add(from, to, transport, service, 0, records, start, end, file, number);
        return Outcome.RECORD;
    }

    private void header(String text, long number) throws TrafficReadException {
        separator = mostFrequent(text);
        List<String> names;
        try {
            names = split(text);
        } catch (BadLine e) {
            throw new TrafficReadException(file, number, "the header " + e.getMessage());
        }
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            source = pick(source, "source", name, i);
            destination = pick(destination, "destination", name, i);
            protocol = pick(protocol, "protocol", name, i);
            port = pick(port, "port", name, i);
            count = pick(count, "count", name, i);
            first = pick(first, "first", name, i);
            last = pick(last, "last", name, i);
        }
        List<String> missing = new ArrayList<>();
        if (source < 0) {
            missing.add("source");
        }
        if (destination < 0) {
            missing.add("destination");
        }
        if (protocol < 0) {
            missing.add("protocol");
        }
        if (port < 0) {
            missing.add("port");
        }
        if (!missing.isEmpty()) {
            throw new TrafficReadException(file, number, "the CSV header has no " + String.join(", ", missing)
                    + " column; a flow CSV needs source, destination, protocol and port (count, first_seen and "
                    + "last_seen are optional)");
        }
    }

    private static int pick(int current, String column, String name, int index) {
        return current < 0 && NAMES.get(column).contains(name) ? index : current;
    }

    private static char mostFrequent(String header) {
        char best = ',';
        long most = -1;
        for (char candidate : new char[] { ',', ';', '\t' }) {
            long n = header.chars().filter(c -> c == candidate).count();
            if (n > most) {
                most = n;
                best = candidate;
            }
        }
        return best;
    }

    private List<String> split(String line) throws BadLine {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadLine("has a quote that is never closed");
        }
        fields.add(field.toString());
        return fields;
    }

    private static Ip address(String text, String column) throws BadLine {
        Ip address = Ip.parse(text.strip());
        if (address == null) {
            throw new BadLine(column + " '" + Times.clip(text) + "' is not an IP address");
        }
        return address;
    }
}
