package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.itot.asbuilt.ModelText;
import org.itot.asbuilt.net.Cidr;
import org.itot.asbuilt.net.Ip;

/**
 * A Cisco ASA running-config: interfaces ({@code nameif}, {@code ip address}), network and service objects and
 * object-groups (nested by {@code group-object}), extended access-lists, and {@code access-group ... in interface}
 * that binds them. An interface's inbound list decides the packets that enter from it, so each bound list is
 * compared for sources in that interface's connected network (all sources when the interface has no address); what
 * no entry permits is denied (the implicit deny). Since ASA 8.3 access lists name real addresses, so static NAT
 * ({@code nat (...) static}) does not change what they match; its mapped addresses are reported as the device's
 * addresses for ASB-07.
 */
final class AsaParser {

    private record Group(List<Box> boxes, long line) {
    }

    private record Interface(String name, Cidr network, long line) {
    }

    private record Entry(String list, long line, String text, PacketSet match, boolean permit) {
    }

    private final String file;
    private final Map<String, List<Box>> networks = new HashMap<>();
    private final Map<String, List<Box>> services = new HashMap<>();
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final Map<String, List<Entry>> lists = new LinkedHashMap<>();
    private final Map<String, String> boundLists = new LinkedHashMap<>();
    private final List<DeviceConfig.InterfaceAddress> addresses = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private AsaParser(String file) {
        this.file = file;
    }

    static DeviceConfig parse(String file, List<String> lines) throws ConfigReadException {
        AsaParser parser = new AsaParser(file);
        parser.read(lines);
        return parser.config();
    }

    private void read(List<String> lines) throws ConfigReadException {
        String block = null;
        String blockName = null;
        String interfaceName = null;
        Cidr interfaceNetwork = null;
        long interfaceLine = 0;
        String objectType = null;
        for (int i = 0; i < lines.size(); i++) {
            long number = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("!") || line.startsWith(":")) {
                continue;
            }
            String[] words = line.split("\\s+");
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (!indented) {
                if ("interface".equals(block) && interfaceName != null) {
                    interfaces.put(interfaceName, new Interface(interfaceName, interfaceNetwork, interfaceLine));
                }
                block = null;
                blockName = null;
                interfaceName = null;
                interfaceNetwork = null;
            }
            if (indented && block != null) {
                switch (block) {
                case "interface" -> {
                    if (words[0].equals("nameif") && words.length > 1) {
                        interfaceName = words[1];
                    } else if (words[0].equals("ip") && words.length >= 4 && words[1].equals("address")) {
                        Ip address = Ip.parse(words[2]);
                        Ip mask = Ip.parse(words[3]);
                        int length = mask == null ? -1 : Cidr.maskLength(mask);
                        if (address == null || length < 0) {
                            throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is not "
                                    + "'ip address A.B.C.D MASK'");
                        }
                        interfaceNetwork = new Cidr(address, length);
                        interfaceLine = number;
                        addresses.add(new DeviceConfig.InterfaceAddress(interfaceName == null ? "?" : interfaceName,
                                words[2], number));
                    }
                }
                case "object network" -> objectNetwork(blockName, words, number, line);
                case "object-group network" -> networks.computeIfAbsent(blockName, n -> new ArrayList<>())
                        .addAll(networkObject(words, number, line));
                case "object service" -> services.put(blockName, serviceObject(words, 1, number, line));
                case "object-group service" -> services.computeIfAbsent(blockName, n -> new ArrayList<>())
                        .addAll(serviceGroupEntry(objectType, words, number, line));
                default -> {
                    // other blocks (routing, crypto, ...) are not compared
                }
                }
                continue;
            }
            switch (words[0]) {
            case "interface" -> {
                block = "interface";
                interfaceLine = number;
            }
            case "object", "object-group" -> {
                if (words.length < 3) {
                    throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' names no object");
                }
                block = words[0] + " " + words[1];
                blockName = words[2];
                objectType = words.length > 3 ? words[3] : null;
                if (block.equals("object network") || block.equals("object-group network")) {
                    networks.computeIfAbsent(blockName, n -> new ArrayList<>());
                } else if (block.equals("object-group service") && objectType != null) {
                    services.computeIfAbsent(blockName, n -> new ArrayList<>());
                }
            }
            case "access-list" -> accessList(words, number, line);
            case "access-group" -> {
                if (words.length >= 5 && words[2].equals("in") && words[3].equals("interface")) {
                    boundLists.put(words[4], words[1]);
                } else if (words.length >= 3 && words[2].equals("global")) {
                    boundLists.put("(global)", words[1]);
                } else {
                    notes.add(file + ":" + number + ": '" + ModelText.clip(line) + "' not compared (outbound lists "
                            + "are not compared yet)");
                }
            }
            default -> {
                // hostname, routes, crypto, logging, ...: nothing reconcile compares
            }
            }
        }
        if ("interface".equals(block) && interfaceName != null) {
            interfaces.put(interfaceName, new Interface(interfaceName, interfaceNetwork, interfaceLine));
        }
    }

    private void objectNetwork(String name, String[] words, long number, String line) throws ConfigReadException {
        if (words[0].equals("nat")) {
            // nat (real_ifc,mapped_ifc) static MAPPED: the device answers for MAPPED on the mapped interface
            int at = List.of(words).indexOf("static");
            if (at > 0 && at + 1 < words.length) {
                Ip mapped = Ip.parse(words[at + 1]);
                if (mapped != null) {
                    addresses.add(new DeviceConfig.InterfaceAddress("static NAT of " + name, words[at + 1], number));
                    notes.add(file + ":" + number + ": static NAT maps " + name + " to " + words[at + 1]
                            + "; access lists match real addresses, so the comparison is unchanged");
                }
            }
            return;
        }
        if (words[0].equals("description")) {
            return;
        }
        networks.computeIfAbsent(name, n -> new ArrayList<>()).addAll(addressSpec(words, 0, number, line).boxes());
    }

    /** {@code network-object host A}, {@code network-object A MASK}, {@code network-object object N}, {@code group-object N}. */
    private List<Box> networkObject(String[] words, long number, String line) throws ConfigReadException {
        if (words[0].equals("description")) {
            return List.of();
        }
        if (words[0].equals("group-object") && words.length > 1) {
            return named(networks, words[1], "network object-group", number);
        }
        if (words[0].equals("network-object")) {
            return addressSpec(words, 1, number, line).boxes();
        }
        throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is not a network-object or "
                + "group-object line");
    }

    private List<Box> named(Map<String, List<Box>> objects, String name, String what, long number)
            throws ConfigReadException {
        List<Box> boxes = objects.get(name);
        if (boxes == null) {
            throw new ConfigReadException(file, number, what + " '" + ModelText.clip(name) + "' is used before it "
                    + "is defined (or never is)");
        }
        return boxes;
    }

    /** Address boxes on the source axis (the caller moves them for a destination) and how many words they took. */
    private record AddressSpec(List<Box> boxes, int words) {
        AddressSpec withWords(int extra) {
            return new AddressSpec(boxes, words + extra);
        }
    }

    private AddressSpec addressSpec(String[] words, int at, long number, String line) throws ConfigReadException {
        if (at >= words.length) {
            throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' lacks an address");
        }
        String word = words[at];
        switch (word) {
        case "any", "any4" -> {
            return new AddressSpec(List.of(IptablesParser.addressBox(0, Box.MAX_ADDRESS, true)), 1);
        }
        case "host" -> {
            long[] range = range(Cidr.parse(at + 1 < words.length ? words[at + 1] : ""), line, number);
            return new AddressSpec(List.of(IptablesParser.addressBox(range[0], range[1], true)), 2);
        }
        case "object", "object-group" -> {
            return new AddressSpec(named(networks, at + 1 < words.length ? words[at + 1] : "", "network object",
                    number), 2);
        }
        case "subnet" -> {
            return addressSpec(words, at + 1, number, line).withWords(1);
        }
        case "range" -> {
            Ip from = at + 2 < words.length ? Ip.parse(words[at + 1]) : null;
            Ip to = at + 2 < words.length ? Ip.parse(words[at + 2]) : null;
            if (from == null || to == null || from.v6() || to.v6() || from.low() > to.low()) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is not 'range FIRST "
                        + "LAST'");
            }
            return new AddressSpec(List.of(IptablesParser.addressBox(from.low(), to.low(), true)), 3);
        }
        case "fqdn" -> throw new ConfigReadException(file, number, "fqdn objects name hosts by DNS; reconcile does "
                + "not resolve names");
        default -> {
            Ip address = Ip.parse(word);
            Ip mask = at + 1 < words.length ? Ip.parse(words[at + 1]) : null;
            int length = mask == null ? -1 : Cidr.maskLength(mask);
            if (address == null || length < 0) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(word) + "' is not an address "
                        + "(any, host A, A MASK, object N, object-group N)");
            }
            long[] range = range(new Cidr(address, length), line, number);
            return new AddressSpec(List.of(IptablesParser.addressBox(range[0], range[1], true)), 2);
        }
        }
    }

    private long[] range(Cidr block, String line, long number) throws ConfigReadException {
        if (block == null || block.network().v6()) {
            throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' has no IPv4 address where "
                    + "one belongs");
        }
        return new long[] { block.network().low(), block.last().low() };
    }

    /** {@code service tcp destination eq 502} (from {@code at} on: PROTO [source OP..] [destination OP P]). */
    private List<Box> serviceObject(String[] words, int at, long number, String line) throws ConfigReadException {
        if (words[0].equals("description")) {
            return List.of();
        }
        if (at >= words.length) {
            throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' names no protocol");
        }
        int transports = transport(words[at], number);
        int i = at + 1;
        int[] ports = { 0, 65535 };
        List<int[]> allowed = List.of(ports);
        while (i < words.length) {
            if (words[i].equals("source")) {
                notes.add(file + ":" + number + ": source ports in '" + ModelText.clip(line) + "' are not compared");
                i += words[i + 1].equals("range") ? 4 : 3;
            } else if (words[i].equals("destination")) {
                PortSpec spec = portSpec(words, i + 1, number, line);
                allowed = spec.ranges();
                i += 1 + spec.words();
            } else {
                break;
            }
        }
        return boxes(transports, allowed);
    }

    private List<Box> serviceGroupEntry(String protocol, String[] words, long number, String line)
            throws ConfigReadException {
        switch (words[0]) {
        case "description" -> {
            return List.of();
        }
        case "port-object" -> {
            int transports = protocol == null ? Box.TCP | Box.UDP : transport(protocol.replace("tcp-udp", "tcpudp"),
                    number);
            return boxes(transports, portSpec(words, 1, number, line).ranges());
        }
        case "service-object" -> {
            if (words.length > 2 && words[1].equals("object")) {
                return named(services, words[2], "service object", number);
            }
            return serviceObject(words, 1, number, line);
        }
        case "group-object" -> {
            return named(services, words.length > 1 ? words[1] : "", "service object-group", number);
        }
        default -> throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is not a line of a "
                + "service object-group");
        }
    }

    private record PortSpec(List<int[]> ranges, int words) {
    }

    /** {@code eq P}, {@code range A B}, {@code gt P}, {@code lt P}, {@code neq P}; ports by number or ASA name. */
    private PortSpec portSpec(String[] words, int at, long number, String line) throws ConfigReadException {
        if (at + 1 >= words.length) {
            throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' lacks a port");
        }
        int port = port(words[at + 1], number);
        return switch (words[at]) {
        case "eq" -> new PortSpec(List.of(new int[] { port, port }), 2);
        case "gt" -> new PortSpec(List.of(new int[] { port + 1, 65535 }), 2);
        case "lt" -> new PortSpec(List.of(new int[] { 0, port - 1 }), 2);
        case "neq" -> new PortSpec(List.of(new int[] { 0, port - 1 }, new int[] { port + 1, 65535 }), 2);
        case "range" -> {
            int to = at + 2 < words.length ? port(words[at + 2], number) : -1;
            if (to < port) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is not 'range LOW HIGH'");
            }
            yield new PortSpec(List.of(new int[] { port, to }), 3);
        }
        default -> throw new ConfigReadException(file, number, "'" + ModelText.clip(words[at]) + "' is not a port "
                + "operator (eq, range, gt, lt, neq)");
        };
    }

    private static final Map<String, Integer> PORT_NAMES = Map.ofEntries(Map.entry("www", 80),
            Map.entry("http", 80), Map.entry("https", 443), Map.entry("ssh", 22), Map.entry("telnet", 23),
            Map.entry("ftp", 21), Map.entry("smtp", 25), Map.entry("domain", 53), Map.entry("ntp", 123),
            Map.entry("snmp", 161), Map.entry("snmptrap", 162), Map.entry("syslog", 514),
            Map.entry("ldap", 389), Map.entry("ldaps", 636), Map.entry("rdp", 3389), Map.entry("netbios-ssn", 139),
            Map.entry("kerberos", 88), Map.entry("tftp", 69), Map.entry("sqlnet", 1521));

    private int port(String word, long number) throws ConfigReadException {
        Integer named = PORT_NAMES.get(word.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        try {
            int port = Integer.parseInt(word);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigReadException(file, number, "'" + ModelText.clip(word) + "' is not a port (0-65535 or a "
                + "name such as https)");
    }

    private int transport(String word, long number) throws ConfigReadException {
        return switch (word.toLowerCase(Locale.ROOT)) {
        case "ip" -> Box.ANY_TRANSPORT;
        case "tcp", "6" -> Box.TCP;
        case "udp", "17" -> Box.UDP;
        case "tcpudp", "tcp-udp" -> Box.TCP | Box.UDP;
        case "icmp", "1" -> Box.ICMP;
        default -> {
            if (word.matches("[a-z0-9-]{1,20}")) {
                yield Box.OTHER;
            }
            throw new ConfigReadException(file, number, "'" + ModelText.clip(word) + "' is not a protocol");
        }
        };
    }

    private static List<Box> boxes(int transports, List<int[]> ports) {
        List<Box> boxes = new ArrayList<>();
        boolean restricted = !(ports.size() == 1 && ports.get(0)[0] == 0 && ports.get(0)[1] == 65535);
        int withPorts = restricted ? transports & (Box.TCP | Box.UDP) : transports;
        for (int[] range : ports) {
            if (range[0] <= range[1]) {
                boxes.add(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, withPorts, range[0], range[1]));
            }
        }
        return boxes;
    }

    /**
     * {@code access-list NAME [line N] extended permit|deny PROTO|object SVC|object-group SVC SRC DST [PORTS]
     * [log ...] [inactive]}.
     */
    private void accessList(String[] words, long number, String line) throws ConfigReadException {
        if (words.length < 3 || words[2].equals("remark")) {
            return;
        }
        int i = 2;
        if (words[i].equals("line") && words.length > i + 1) {
            i += 2;
        }
        if (!words[i].equals("extended")) {
            notes.add(file + ":" + number + ": '" + ModelText.clip(line) + "' not compared (only extended access "
                    + "lists are)");
            return;
        }
        i++;
        if (i >= words.length || !(words[i].equals("permit") || words[i].equals("deny"))) {
            throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is neither permit nor deny");
        }
        boolean permit = words[i++].equals("permit");
        List<Box> service;
        if (words[i].equals("object") || words[i].equals("object-group")) {
            boolean isService = services.containsKey(words[i + 1]);
            if (isService) {
                service = services.get(words[i + 1]);
                i += 2;
            } else {
                service = List.of(Box.ALL); // an object-group of protocols would be here; treated as ip
                i += 2;
                notes.add(file + ":" + number + ": protocol object-group " + words[i - 1] + " read as ip");
            }
        } else {
            service = List.of(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, transport(words[i++], number), 0,
                    65535));
        }
        AddressSpec source = addressSpec(words, i, number, line);
        i += source.words();
        AddressSpec destination = addressSpec(words, i, number, line);
        i += destination.words();
        PacketSet match = PacketSet.of(source.boxes()).intersect(PacketSet.of(toDestination(destination.boxes())))
                .intersect(PacketSet.of(service));
        if (i < words.length && List.of("eq", "range", "gt", "lt", "neq").contains(words[i])) {
            int transports = service.stream().mapToInt(Box::transports).reduce(0, (a, b) -> a | b);
            match = match.intersect(PacketSet.of(boxes(transports, portSpec(words, i, number, line).ranges())));
        } else if (i < words.length && (words[i].equals("object-group") || words[i].equals("object"))) {
            match = match.intersect(PacketSet.of(named(services, i + 1 < words.length ? words[i + 1] : "",
                    "service object", number)));
        }
        if (List.of(words).contains("inactive")) {
            notes.add(file + ":" + number + ": inactive entry not compared");
            return;
        }
        lists.computeIfAbsent(words[1], n -> new ArrayList<>())
                .add(new Entry(words[1], number, ModelText.clip(line), match, permit));
    }

    private static List<Box> toDestination(List<Box> sourceBoxes) {
        List<Box> boxes = new ArrayList<>();
        for (Box box : sourceBoxes) {
            boxes.add(new Box(0, Box.MAX_ADDRESS, box.sourceFrom(), box.sourceTo(), box.transports(), box.portFrom(),
                    box.portTo()));
        }
        return boxes;
    }

    private DeviceConfig config() throws ConfigReadException {
        if (interfaces.isEmpty() && lists.isEmpty()) {
            throw new ConfigReadException(file, 0, "no interface and no access-list: is this an ASA running-config?");
        }
        List<DeviceRule> rules = new ArrayList<>();
        for (Map.Entry<String, String> binding : boundLists.entrySet()) {
            List<Entry> entries = lists.get(binding.getValue());
            if (entries == null) {
                throw new ConfigReadException(file, 0, "access-group binds '" + ModelText.clip(binding.getValue())
                        + "', which no access-list defines");
            }
            Interface bound = interfaces.get(binding.getKey());
            PacketSet from = PacketSet.all();
            if (bound != null && bound.network() != null) {
                long[] network = { bound.network().network().low(), bound.network().last().low() };
                from = PacketSet.of(List.of(IptablesParser.addressBox(network[0], network[1], true)));
            }
            int position = 0;
            for (Entry entry : entries) {
                position++;
                rules.add(new DeviceRule(entry.list() + " line " + position + " (in on " + binding.getKey() + ")",
                        entry.line(), from.intersect(entry.match()), entry.permit(), entry.text()));
            }
        }
        for (String list : lists.keySet()) {
            if (!boundLists.containsValue(list)) {
                notes.add(file + ": access-list " + list + " is bound by no access-group; not compared");
            }
        }
        return new DeviceConfig(file, ConfigFormat.ASA, rules, false, addresses, notes);
    }
}
