package org.itot.asbuilt.traffic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itot.asbuilt.net.Ip;

/**
 * Zeek's ASCII log writer: {@code #separator}, {@code #unset_field}, {@code #path} and {@code #fields} header lines,
 * then one connection per line, fields found by name (so optional fields such as {@code vlan} and the columns of
 * other Zeek versions are no problem). Only the {@code conn} log has sessions; another log is the wrong file.
 */
final class ZeekTsvParser implements RecordParser {

    private static final List<String> REQUIRED = List.of("ts", "id.orig_h", "id.resp_h", "id.resp_p", "proto");

    private final String file;
    private String separator = "\t";
    private String unset = "-";
    private Map<String, Integer> columns;
    private int ts;
    private int origin;
    private int responder;
    private int port;
    private int proto;
    private int duration;
    private int vlan;

    ZeekTsvParser(String file) {
        this.file = file;
    }

    @Override
    public Outcome line(String text, long number, Sessions into) throws BadLine, TrafficReadException {
        if (text.isEmpty()) {
            return Outcome.OTHER;
        }
        if (text.startsWith("#")) {
            header(text, number);
            return Outcome.OTHER;
        }
        if (columns == null) {
            throw new TrafficReadException(file, number, "a Zeek log line before the #fields header; the file is "
                    + "truncated at its start or not a Zeek log");
        }
        String[] values = split(text, columns.size());
        if (values.length != columns.size()) {
            throw new BadLine("has " + values.length + " fields, the #fields header names " + columns.size());
        }
        Ip source = address(values[origin], "id.orig_h");
        Ip destination = address(values[responder], "id.resp_h");
        String transport = Transports.normalise(values[proto]);
        int service = Transports.port(values[port], transport);
        long start = Times.parse(values[ts]);
        long end = start;
        if (duration >= 0 && !values[duration].equals(unset) && start != ObservedSession.NO_TIME) {
            end = start + Times.parse(values[duration]);
        }
        int tag = 0;
        if (vlan >= 0 && !values[vlan].equals(unset)) {
            tag = vlanOf(values[vlan]);
        }
        into.add(source, destination, transport, service, tag, 1, start, end, file, number);
        return Outcome.RECORD;
    }

    /**
     * The fields of a line: a plain scan for Zeek's one-character separator (no regular expression per line, which
     * would dominate the cost of a large log); more fields than expected are reported by their count.
     */
    private String[] split(String text, int expected) {
        if (separator.length() != 1) {
            return text.split(java.util.regex.Pattern.quote(separator), -1);
        }
        char cut = separator.charAt(0);
        String[] values = new String[expected];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == cut) {
                if (count < expected) {
                    values[count] = text.substring(start, i);
                }
                count++;
                start = i + 1;
            }
        }
        if (count == expected) {
            return values;
        }
        return text.split(java.util.regex.Pattern.quote(separator), -1);
    }

    private void header(String text, long number) throws TrafficReadException {
        if (text.startsWith("#separator ")) {
            separator = unescape(text.substring("#separator ".length()));
            return;
        }
        String[] parts = text.split(java.util.regex.Pattern.quote(separator), -1);
        switch (parts[0]) {
        case "#unset_field" -> unset = parts.length > 1 ? parts[1] : unset;
        case "#path" -> {
            if (parts.length > 1 && !parts[1].equals("conn")) {
                throw new TrafficReadException(file, number, "this is Zeek's " + Times.clip(parts[1])
                        + " log; reconcile reads the conn log (conn.log), which has the sessions");
            }
        }
        case "#fields" -> fields(parts, number);
        default -> {
            // #set_separator, #empty_field, #open, #close, #types: nothing a session needs
        }
        }
    }

    private void fields(String[] parts, long number) throws TrafficReadException {
        columns = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            columns.put(parts[i], i - 1);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new TrafficReadException(file, number, "the #fields header has no '" + required
                        + "' field; a Zeek conn.log has ts, id.orig_h, id.resp_h, id.resp_p and proto");
            }
        }
        ts = columns.get("ts");
        origin = columns.get("id.orig_h");
        responder = columns.get("id.resp_h");
        port = columns.get("id.resp_p");
        proto = columns.get("proto");
        duration = columns.getOrDefault("duration", -1);
        vlan = columns.getOrDefault("vlan", -1);
    }

    private Ip address(String text, String field) throws BadLine {
        Ip address = Ip.parse(text);
        if (address == null) {
            throw new BadLine(field + " '" + Times.clip(text) + "' is not an IP address");
        }
        return address;
    }

    static int vlanOf(String text) throws BadLine {
        try {
            int tag = Integer.parseInt(text.strip());
            if (tag >= 0 && tag <= 4095) {
                return tag;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadLine("vlan '" + Times.clip(text) + "' is not a VLAN id (0-4095)");
    }

    /** Zeek writes the separator escaped, e.g. {@code \x09}. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length()) {
                try {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 4), 16));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: keep the text
                }
            }
            out.append(text.charAt(i));
        }
        return out.isEmpty() ? "\t" : out.toString();
    }
}
