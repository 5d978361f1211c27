package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.itot.asbuilt.ModelText;
import org.itot.asbuilt.net.Cidr;
import org.itot.asbuilt.net.Ip;

/**
 * {@code iptables-save} output: the filter table's FORWARD chain (traffic through the firewall), its default policy,
 * user chains entered by {@code -j}/{@code -g} (with RETURN), addresses and ranges ({@code -s}, {@code -d}, negated,
 * {@code -m iprange}), {@code -p}, {@code --dport}, {@code -m multiport --dports}, and conntrack/state: a rule that
 * matches only ESTABLISHED/RELATED packets decides replies, not new connections, and is left out of the comparison.
 * A rule with a match reconcile cannot place in the packet space (source ports, rate limits, marks) is reported and
 * not compared, rather than guessed.
 */
final class IptablesParser {

    private static final Set<String> TERMINAL = Set.of("ACCEPT", "DROP", "REJECT", "RETURN");
    /** Matches that narrow a rule in ways the packet space has no dimension for. */
    private static final Set<String> IGNORED_VALUE_OPTIONS = Set.of("--comment", "--reject-with", "--log-prefix",
            "--log-level", "--tcp-flags", "--icmp-type");

    private final String file;
    private final Map<String, String> policies = new HashMap<>();
    private final Chains chains;
    /** Interface names by their first use: the packet space has no interface, ASB-07 compares the names. */
    private final Map<String, DeviceConfig.InterfaceName> interfaceNames = new LinkedHashMap<>();
    /** Destinations of INPUT and sources of OUTPUT rules: addresses of the device itself. */
    private final List<DeviceConfig.InterfaceAddress> ownAddresses = new ArrayList<>();

    private IptablesParser(String file) {
        this.file = file;
        this.chains = new Chains(file);
    }

    static DeviceConfig parse(String file, List<String> lines) throws ConfigReadException {
        IptablesParser parser = new IptablesParser(file);
        parser.read(lines);
        return parser.config();
    }

    private void read(List<String> lines) throws ConfigReadException {
        String table = null;
        boolean sawFilter = false;
        for (int i = 0; i < lines.size(); i++) {
            long number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("*")) {
                table = line.substring(1);
                sawFilter |= table.equals("filter");
                continue;
            }
            if (line.equals("COMMIT")) {
                table = null;
                continue;
            }
            if (table == null) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' outside a table (*filter "
                        + "... COMMIT); is this iptables-save output?");
            }
            if (!table.equals("filter")) {
                continue;
            }
            if (line.startsWith(":")) {
                String[] parts = line.substring(1).split("\\s+");
                if (parts.length < 2) {
                    throw new ConfigReadException(file, number, "a chain line names a chain and its policy, e.g. "
                            + "':FORWARD DROP [0:0]'");
                }
                policies.put(parts[0], parts[1]);
                chains.declare(parts[0]);
                continue;
            }
            if (!line.startsWith("-A ")) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(line) + "' is not an iptables-save "
                        + "line (':CHAIN POLICY', '-A CHAIN ...', 'COMMIT')");
            }
            rule(line, number);
        }
        if (!sawFilter) {
            throw new ConfigReadException(file, 0, "no *filter table; reconcile compares the filter table of "
                    + "iptables-save output");
        }
    }

    private void rule(String line, long number) throws ConfigReadException {
        List<String> words = words(line, number);
        String chain = words.get(1);
        PacketSet match = PacketSet.all();
        String target = null;
        boolean jump = false;
        String unsupported = null;
        boolean negate = false;
        boolean newConnections = true;
        int transports = Box.ANY_TRANSPORT;
        for (int i = 2; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("!")) {
                negate = true;
                continue;
            }
            String value = i + 1 < words.size() ? words.get(i + 1) : null;
            switch (word) {
            case "-s", "--source", "-d", "--destination" -> {
                boolean source = word.equals("-s") || word.equals("--source");
                match = restrict(match, addresses(need(value, word, number), source, number), negate);
                if (!negate && (chain.equals("INPUT") && !source || chain.equals("OUTPUT") && source)) {
                    own(value, chain, source, number);
                }
                i++;
            }
            case "-i", "--in-interface", "-o", "--out-interface" -> {
                String name = need(value, word, number);
                String option = word.startsWith("--") ? (word.startsWith("--in") ? "-i" : "-o") : word;
                interfaceNames.putIfAbsent(name, new DeviceConfig.InterfaceName(name, (negate ? "! " : "") + option
                        + " in " + ModelText.clip(chain), number));
                i++;
            }
            case "-p", "--protocol" -> {
                int mask = transport(need(value, word, number), number);
                transports = negate ? Box.ANY_TRANSPORT & ~mask : mask;
                match = match.intersect(PacketSet.of(List.of(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS,
                        transports, 0, 65535))));
                i++;
            }
            case "--dport", "--destination-port", "--dports", "--destination-ports" -> {
                match = restrict(match, ports(need(value, word, number), transports, number), negate);
                i++;
            }
            case "--src-range", "--dst-range" -> {
                match = restrict(match, range(need(value, word, number), word.equals("--src-range"), number),
                        negate);
                i++;
            }
            case "--ctstate", "--state" -> {
                List<String> states = List.of(need(value, word, number).toUpperCase(Locale.ROOT).split(","));
                // "! --ctstate INVALID" holds for new connections; "--ctstate ESTABLISHED,RELATED" does not.
                boolean holdsForNew = states.contains("NEW") || states.contains("UNTRACKED");
                newConnections = negate ? !holdsForNew : holdsForNew;
                i++;
            }
            case "-m", "--match" -> i++;
            case "-j", "--jump", "-g", "--goto" -> {
                target = need(value, word, number);
                // iptables-save declares every user chain before the rules; other targets (LOG, MARK) go on.
                jump = !TERMINAL.contains(target) && chains.has(target);
                i++;
            }
            default -> {
                if (IGNORED_VALUE_OPTIONS.contains(word)) {
                    i++;
                } else if (word.startsWith("-")) {
                    unsupported = unsupported == null ? word : unsupported;
                    if (value != null && !value.startsWith("-")) {
                        i++;
                    }
                } else {
                    throw new ConfigReadException(file, number, "unexpected '" + ModelText.clip(word) + "'");
                }
            }
            }
            negate = false;
        }
        if (!newConnections) {
            return; // decides replies (ESTABLISHED, RELATED) or INVALID packets, never a new connection
        }
        Chains.Verdict verdict = target == null ? Chains.Verdict.NONE : jump ? Chains.Verdict.JUMP
                : switch (target) {
                case "ACCEPT" -> Chains.Verdict.ACCEPT;
                case "DROP", "REJECT" -> Chains.Verdict.DROP;
                case "RETURN" -> Chains.Verdict.RETURN;
                default -> Chains.Verdict.NONE; // LOG, MARK and other targets that decide nothing
                };
        chains.add(chain, new Chains.Rule(number, ModelText.clip(line), match, verdict, target, unsupported));
    }

    private DeviceConfig config() throws ConfigReadException {
        List<DeviceRule> rules = chains.flatten("FORWARD");
        String policy = policies.getOrDefault("FORWARD", "ACCEPT");
        return new DeviceConfig(file, ConfigFormat.IPTABLES, rules, policy.equals("ACCEPT"), List.of(),
                chains.notes(), ownAddresses, List.copyOf(interfaceNames.values()));
    }

    /** The host addresses of an INPUT rule's -d or an OUTPUT rule's -s: the device's own (blocks say nothing). */
    private void own(String text, String chain, boolean source, long number) {
        for (String part : text.split(",")) {
            Cidr block = Cidr.parse(part);
            if (block != null && block.isSingleAddress()) {
                String where = (source ? "-s in " : "-d in ") + ModelText.clip(chain);
                ownAddresses.add(new DeviceConfig.InterfaceAddress(where, block.network().toString(), number));
            }
        }
    }

    private PacketSet restrict(PacketSet match, PacketSet condition, boolean negate) {
        return negate ? match.minus(condition) : match.intersect(condition);
    }

    private PacketSet addresses(String text, boolean source, long number) throws ConfigReadException {
        List<Box> boxes = new ArrayList<>();
        for (String part : text.split(",")) {
            Cidr block = Cidr.parse(part);
            if (block == null) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(part) + "' is not an address or "
                        + "block (a.b.c.d[/n]); host names are not resolved");
            }
            if (block.network().v6()) {
                throw new ConfigReadException(file, number, "an IPv6 address in iptables output (ip6tables-save is "
                        + "not compared yet)");
            }
            boxes.add(addressBox(block.network().low(), block.last().low(), source));
        }
        return PacketSet.of(boxes);
    }

    private PacketSet range(String text, boolean source, long number) throws ConfigReadException {
        String[] ends = text.split("-");
        Ip from = ends.length == 2 ? Ip.parse(ends[0]) : null;
        Ip to = ends.length == 2 ? Ip.parse(ends[1]) : null;
        if (from == null || to == null || from.v6() || to.v6() || from.low() > to.low()) {
            throw new ConfigReadException(file, number, "'" + ModelText.clip(text) + "' is not an IPv4 range "
                    + "(first-last)");
        }
        return PacketSet.of(List.of(addressBox(from.low(), to.low(), source)));
    }

    static Box addressBox(long from, long to, boolean source) {
        return source ? new Box(from, to, 0, Box.MAX_ADDRESS, Box.ANY_TRANSPORT, 0, 65535)
                : new Box(0, Box.MAX_ADDRESS, from, to, Box.ANY_TRANSPORT, 0, 65535);
    }

    private PacketSet ports(String text, int transports, long number) throws ConfigReadException {
        List<Box> boxes = new ArrayList<>();
        // A port match needs -p tcp or udp before it; it then holds only for those transports.
        int withPorts = transports & (Box.TCP | Box.UDP);
        for (String part : text.split(",")) {
            String[] ends = part.split(":", -1);
            try {
                int from = ends[0].isEmpty() ? 0 : Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? (ends[1].isEmpty() ? 65535 : Integer.parseInt(ends[1])) : from;
                if (from < 0 || to > 65535 || from > to || ends.length > 2) {
                    throw new NumberFormatException();
                }
                boxes.add(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, withPorts, from, to));
            } catch (NumberFormatException e) {
                throw new ConfigReadException(file, number, "'" + ModelText.clip(part) + "' is not a port or a "
                        + "range (n or n:m, 0-65535)");
            }
        }
        return PacketSet.of(boxes);
    }

    private int transport(String text, long number) throws ConfigReadException {
        return switch (text.toLowerCase(Locale.ROOT)) {
        case "tcp", "6" -> Box.TCP;
        case "udp", "17" -> Box.UDP;
        case "icmp", "1" -> Box.ICMP;
        case "all", "0" -> Box.ANY_TRANSPORT;
        default -> {
            if (text.chars().allMatch(Character::isDigit) && text.length() <= 3) {
                yield Box.OTHER;
            }
            if (text.matches("[a-z0-9-]{1,20}")) {
                yield Box.OTHER;
            }
            throw new ConfigReadException(file, number, "'" + ModelText.clip(text) + "' is not a protocol");
        }
        };
    }

    private String need(String value, String option, long number) throws ConfigReadException {
        if (value == null) {
            throw new ConfigReadException(file, number, option + " needs a value");
        }
        return value;
    }

    /** The words of a rule line, with iptables-save's double quotes (comments) kept together. */
    private List<String> words(String line, long number) throws ConfigReadException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quoted && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (quoted) {
            throw new ConfigReadException(file, number, "a quote that is never closed");
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        if (words.size() < 2) {
            throw new ConfigReadException(file, number, "-A needs a chain");
        }
        return words;
    }
}
