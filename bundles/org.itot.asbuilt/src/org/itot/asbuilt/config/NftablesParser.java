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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code nft -j list ruleset}: the base chain of type filter on the forward hook (ip or inet family), its policy,
 * the rules' expressions ({@code match} on ip saddr/daddr, l4proto or ip protocol, tcp/udp dport, ct state; with
 * prefixes, ranges, anonymous and named sets) and verdicts (accept, drop, reject, return, jump, goto). Other
 * statements (counter, log, limit) are not verdicts; a match on something the packet space has no dimension for
 * leaves the rule out, with a note. JSON has no lines: a rule is named by its chain and handle, and its line is
 * its position among the ruleset's objects.
 */
final class NftablesParser {

    private final String file;
    private final Chains chains;
    private final Map<String, JsonArray> sets = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** The hook of each base chain, by chain key: rules on the input hook name the device's own addresses. */
    private final Map<String, String> hooks = new HashMap<>();
    private final Map<String, DeviceConfig.InterfaceName> interfaceNames = new LinkedHashMap<>();
    private final List<DeviceConfig.InterfaceAddress> ownAddresses = new ArrayList<>();

    private NftablesParser(String file) {
        this.file = file;
        this.chains = new Chains(file);
    }

    static DeviceConfig parse(String file, String text) throws ConfigReadException {
        return new NftablesParser(file).read(text);
    }

    private DeviceConfig read(String text) throws ConfigReadException {
        JsonArray objects;
        try {
            JsonElement root = JsonParser.parseString(text);
            objects = root.getAsJsonObject().getAsJsonArray("nftables");
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                | StackOverflowError e) {
            throw new ConfigReadException(file, 0, "not nft JSON (an object with an \"nftables\" array, as "
                    + "'nft -j list ruleset' writes it), or truncated");
        }
        if (objects == null) {
            throw new ConfigReadException(file, 0, "no \"nftables\" array; is this 'nft -j list ruleset' output?");
        }
        String forward = null;
        String policy = "accept";
        long objectPosition = 0;
        for (JsonElement element : objects) {
            objectPosition++;
            JsonObject object = element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
            for (String kind : List.of("chain", "flowtable")) {
                // A netdev chain's device, a flowtable's devices: interfaces the device has.
                if (object.get(kind) instanceof JsonObject devices && devices.has("dev")) {
                    for (String device : words(devices.get("dev"))) {
                        interfaceNames.putIfAbsent(device, new DeviceConfig.InterfaceName(device, kind + " "
                                + ModelText.clip(string(devices, "name")), objectPosition));
                    }
                }
            }
            if (object.has("set") && object.get("set").isJsonObject()) {
                JsonObject set = object.getAsJsonObject("set");
                if (set.has("name") && set.get("elem") instanceof JsonArray elements) {
                    sets.put(key(set, set.get("name").getAsString()), elements);
                }
            }
            if (object.has("chain") && object.get("chain").isJsonObject()) {
                JsonObject chain = object.getAsJsonObject("chain");
                String name = key(chain, string(chain, "name"));
                chains.declare(name);
                if (chain.has("hook")) {
                    hooks.put(name, string(chain, "hook"));
                }
                boolean ipFamily = !"ip6".equals(string(chain, "family")) && !"arp".equals(string(chain, "family"))
                        && !"bridge".equals(string(chain, "family"));
                if ("forward".equals(string(chain, "hook")) && "filter".equals(string(chain, "type")) && ipFamily) {
                    if (forward != null) {
                        notes.add(file + ": more than one forward filter chain; " + forward + " is compared");
                    } else {
                        forward = name;
                        policy = chain.has("policy") ? string(chain, "policy") : "accept";
                    }
                }
            }
        }
        if (forward == null) {
            throw new ConfigReadException(file, 0, "no base chain of type filter on the forward hook (ip or inet); "
                    + "reconcile compares what the device forwards");
        }
        long position = 0;
        for (JsonElement element : objects) {
            position++;
            if (element.isJsonObject() && element.getAsJsonObject().get("rule") instanceof JsonObject rule) {
                rule(rule, position);
            }
        }
        List<DeviceRule> rules = chains.flatten(forward);
        notes.addAll(chains.notes());
        return new DeviceConfig(file, ConfigFormat.NFTABLES, rules, policy.equals("accept"), List.of(), notes,
                ownAddresses, List.copyOf(interfaceNames.values()));
    }

    private void rule(JsonObject rule, long position) throws ConfigReadException {
        String chain = key(rule, string(rule, "chain"));
        String label = "handle " + (rule.has("handle") ? rule.get("handle").getAsString() : "?");
        PacketSet match = PacketSet.all();
        Chains.Verdict verdict = Chains.Verdict.NONE;
        String target = null;
        String unsupported = null;
        boolean newConnections = true;
        int transports = Box.ANY_TRANSPORT;
        JsonArray expressions = rule.get("expr") instanceof JsonArray array ? array : new JsonArray();
        for (JsonElement expression : expressions) {
            if (!expression.isJsonObject() || expression.getAsJsonObject().size() != 1) {
                throw new ConfigReadException(file, position, "rule " + label + ": an expression is not an object "
                        + "with one statement");
            }
            String statement = expression.getAsJsonObject().keySet().iterator().next();
            JsonElement body = expression.getAsJsonObject().get(statement);
            switch (statement) {
            case "match" -> {
                JsonObject m = body.getAsJsonObject();
                String op = m.has("op") ? m.get("op").getAsString() : "==";
                boolean negate = op.equals("!=");
                JsonObject left = m.get("left").isJsonObject() ? m.getAsJsonObject("left") : new JsonObject();
                JsonElement right = m.get("right");
                String field = field(left);
                switch (field) {
                case "ip saddr", "ip daddr" -> {
                    boolean source = field.equals("ip saddr");
                    match = restrict(match, addresses(right, source, chain, position), negate);
                    String hook = hooks.getOrDefault(chain, "");
                    if (!negate && (hook.equals("input") && !source || hook.equals("output") && source)
                            && right.isJsonPrimitive()) {
                        Cidr block = Cidr.parse(right.getAsString());
                        if (block != null && block.isSingleAddress()) {
                            String where = field + " on the " + ModelText.clip(hook) + " hook";
                            ownAddresses.add(new DeviceConfig.InterfaceAddress(where, block.network().toString(),
                                    position));
                        }
                    }
                }
                case "l4proto", "ip protocol" -> {
                    int mask = transports(right, position);
                    transports = negate ? Box.ANY_TRANSPORT & ~mask : mask;
                    match = match.intersect(PacketSet.of(List.of(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS,
                            transports, 0, 65535))));
                }
                case "tcp dport", "udp dport", "th dport" -> {
                    int only = field.startsWith("tcp") ? Box.TCP : field.startsWith("udp") ? Box.UDP
                            : Box.TCP | Box.UDP;
                    transports &= only;
                    match = match.intersect(PacketSet.of(List.of(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS,
                            only, 0, 65535))));
                    match = restrict(match, ports(right, transports, chain, position), negate);
                }
                case "ct state" -> {
                    List<String> states = words(right);
                    boolean holdsForNew = states.contains("new") || states.contains("untracked");
                    newConnections = negate ? !holdsForNew : holdsForNew;
                }
                case "iifname", "oifname", "iif", "oif" -> {
                    // The packet space has no interface (addresses decide); ASB-07 compares the names.
                    if (!right.isJsonPrimitive() || !right.getAsString().startsWith("@")) {
                        for (String name : words(right)) {
                            interfaceNames.putIfAbsent(name, new DeviceConfig.InterfaceName(name, field + " in "
                                    + ModelText.clip(chain.substring(chain.lastIndexOf(' ') + 1)), position));
                        }
                    }
                }
                default -> unsupported = unsupported == null ? field : unsupported;
                }
            }
            case "accept" -> verdict = Chains.Verdict.ACCEPT;
            case "drop", "reject" -> verdict = Chains.Verdict.DROP;
            case "return" -> verdict = Chains.Verdict.RETURN;
            case "jump", "goto" -> {
                verdict = Chains.Verdict.JUMP;
                target = key(rule, string(body.getAsJsonObject(), "target"));
            }
            default -> {
                // counter, log, limit, meta set, ... decide nothing
            }
            }
        }
        if (!newConnections) {
            return;
        }
        chains.add(chain, new Chains.Rule(position, label + " (" + ModelText.clip(expressions.toString()) + ")", match,
                verdict, target, unsupported));
    }

    /** e.g. {@code ip saddr}, {@code tcp dport}, {@code l4proto}, {@code ct state}. */
    private static String field(JsonObject left) {
        if (left.get("payload") instanceof JsonObject payload) {
            return string(payload, "protocol") + " " + string(payload, "field");
        }
        if (left.get("meta") instanceof JsonObject meta) {
            return string(meta, "key");
        }
        if (left.get("ct") instanceof JsonObject ct) {
            return "ct " + string(ct, "key");
        }
        return left.keySet().isEmpty() ? "?" : left.keySet().iterator().next();
    }

    private PacketSet addresses(JsonElement right, boolean source, String chain, long position)
            throws ConfigReadException {
        List<Box> boxes = new ArrayList<>();
        for (JsonElement value : values(right, chain, position)) {
            long[] range = addressRange(value, position);
            boxes.add(IptablesParser.addressBox(range[0], range[1], source));
        }
        return PacketSet.of(boxes);
    }

    private long[] addressRange(JsonElement value, long position) throws ConfigReadException {
        if (value.isJsonPrimitive()) {
            return block(Cidr.parse(value.getAsString()), value.getAsString(), position);
        }
        JsonObject object = value.getAsJsonObject();
        if (object.get("prefix") instanceof JsonObject prefix) {
            String text = string(prefix, "addr") + "/" + prefix.get("len").getAsString();
            return block(Cidr.parse(text), text, position);
        }
        if (object.get("range") instanceof JsonArray range && range.size() == 2) {
            Ip from = Ip.parse(range.get(0).getAsString());
            Ip to = Ip.parse(range.get(1).getAsString());
            if (from != null && to != null && !from.v6() && !to.v6() && from.low() <= to.low()) {
                return new long[] { from.low(), to.low() };
            }
        }
        throw new ConfigReadException(file, position, "'" + ModelText.clip(value.toString()) + "' is not an "
                + "IPv4 address, prefix or range");
    }

    private long[] block(Cidr block, String text, long position) throws ConfigReadException {
        if (block == null || block.network().v6()) {
            throw new ConfigReadException(file, position, "'" + ModelText.clip(text) + "' is not an IPv4 address "
                    + "or prefix");
        }
        return new long[] { block.network().low(), block.last().low() };
    }

    private PacketSet ports(JsonElement right, int transports, String chain, long position)
            throws ConfigReadException {
        List<Box> boxes = new ArrayList<>();
        for (JsonElement value : values(right, chain, position)) {
            int from;
            int to;
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                from = value.getAsInt();
                to = from;
            } else if (value.isJsonObject() && value.getAsJsonObject().get("range") instanceof JsonArray range
                    && range.size() == 2) {
                from = range.get(0).getAsInt();
                to = range.get(1).getAsInt();
            } else {
                throw new ConfigReadException(file, position, "'" + ModelText.clip(value.toString())
                        + "' is not a port or a port range");
            }
            if (from < 0 || to > 65535 || from > to) {
                throw new ConfigReadException(file, position, from + "-" + to + " is not a port range (0-65535)");
            }
            boxes.add(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, transports, from, to));
        }
        return PacketSet.of(boxes);
    }

    private int transports(JsonElement right, long position) throws ConfigReadException {
        int mask = 0;
        for (String word : words(right)) {
            mask |= switch (word.toLowerCase(Locale.ROOT)) {
            case "tcp", "6" -> Box.TCP;
            case "udp", "17" -> Box.UDP;
            case "icmp", "1" -> Box.ICMP;
            default -> Box.OTHER;
            };
        }
        if (mask == 0) {
            throw new ConfigReadException(file, position, "a protocol match without a protocol");
        }
        return mask;
    }

    /** The values of a right-hand side: one value, an anonymous set, or a named set ({@code @name}). */
    private List<JsonElement> values(JsonElement right, String chain, long position) throws ConfigReadException {
        List<JsonElement> values = new ArrayList<>();
        if (right.isJsonPrimitive() && right.getAsString().startsWith("@")) {
            String table = chain.substring(0, chain.lastIndexOf(' ') + 1);
            JsonArray named = sets.get(table + right.getAsString().substring(1));
            if (named == null) {
                throw new ConfigReadException(file, position, "the set '"
                        + ModelText.clip(right.getAsString().substring(1)) + "' is not defined in the ruleset");
            }
            named.forEach(values::add);
        } else if (right.isJsonObject() && right.getAsJsonObject().get("set") instanceof JsonArray set) {
            set.forEach(values::add);
        } else if (right.isJsonArray()) {
            right.getAsJsonArray().forEach(values::add);
        } else {
            values.add(right);
        }
        return values;
    }

    private static List<String> words(JsonElement right) {
        List<String> words = new ArrayList<>();
        if (right.isJsonArray()) {
            right.getAsJsonArray().forEach(value -> words.add(value.getAsString()));
        } else if (right.isJsonObject() && right.getAsJsonObject().get("set") instanceof JsonArray set) {
            set.forEach(value -> words.add(value.getAsString()));
        } else if (right.isJsonPrimitive()) {
            words.add(right.getAsString());
        }
        return words;
    }

    private static PacketSet restrict(PacketSet match, PacketSet condition, boolean negate) {
        return negate ? match.minus(condition) : match.intersect(condition);
    }

    /** Chains and sets are named within their family and table. */
    private static String key(JsonObject object, String name) {
        return string(object, "family") + " " + string(object, "table") + " " + name;
    }

    private static String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
    }
}
