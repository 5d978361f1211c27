package org.itot.asbuilt.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.itot.asbuilt.ModelText;
import org.itot.asbuilt.net.Cidr;
import org.itot.asbuilt.net.Ip;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A pfSense or OPNsense {@code config.xml}: interfaces (address and prefix), aliases (host, network, port; nested by
 * name) and the filter rules (pass, block, reject) in their order, each on the interface it is bound to: a rule
 * decides the packets that enter from that interface, so it is compared for sources in the interface's network;
 * what no rule passes is blocked. Disabled rules are skipped; floating rules are reported, not compared.
 */
final class PfSenseParser {

    private record Interface(String key, Cidr network, String address, long line) {
    }

    private final String file;
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final Map<String, String> aliasTypes = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private PfSenseParser(String file) {
        this.file = file;
    }

    static DeviceConfig parse(String file, String text) throws ConfigReadException {
        return new PfSenseParser(file).read(text);
    }

    private DeviceConfig read(String text) throws ConfigReadException {
        Document document = document(text);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("pfsense") && !root.getTagName().equals("opnsense")) {
            throw new ConfigReadException(file, 1, "the root element is <" + ModelText.clip(root.getTagName())
                    + ">, not <pfsense> or <opnsense>");
        }
        for (Element item : children(child(root, "interfaces"))) {
            String address = textOf(item, "ipaddr");
            String prefix = textOf(item, "subnet");
            Ip ip = address == null ? null : Ip.parse(address);
            Cidr network = null;
            if (ip != null && prefix != null) {
                network = Cidr.parse(address + "/" + prefix);
            }
            interfaces.put(item.getTagName(), new Interface(item.getTagName(), network, ip == null ? null : address,
                    0));
        }
        for (Element alias : aliasElements(root)) {
            String name = textOf(alias, "name");
            String content = textOf(alias, "address") != null ? textOf(alias, "address") : textOf(alias, "content");
            if (name != null) {
                aliases.put(name, content == null ? List.of() : List.of(content.strip().split("[\\s,]+")));
                aliasTypes.put(name, textOf(alias, "type") == null ? "host" : textOf(alias, "type"));
            }
        }
        List<Long> ruleLines = ruleLines(text);
        List<DeviceRule> rules = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        int index = 0;
        for (Element rule : children(child(root, "filter"))) {
            if (!rule.getTagName().equals("rule")) {
                continue;
            }
            index++;
            String label = "filter rule " + index;
            String description = textOf(rule, "descr");
            String shown = ModelText.clip((description == null ? "" : description + ": ") + summary(rule));
            if (child(rule, "disabled") != null) {
                continue;
            }
            if (child(rule, "floating") != null || "yes".equals(textOf(rule, "floating"))) {
                notes.add(file + ": " + label + " (" + shown + ") is floating; floating rules are not compared");
                continue;
            }
            String type = textOf(rule, "type") == null ? "pass" : textOf(rule, "type");
            String protocol = textOf(rule, "protocol");
            if ("inet6".equals(textOf(rule, "ipprotocol"))) {
                notes.add(file + ": " + label + " (" + shown + ") is IPv6 only; not compared");
                continue;
            }
            for (String bound : (textOf(rule, "interface") == null ? "" : textOf(rule, "interface")).split(",")) {
                Interface in = interfaces.get(bound.strip());
                PacketSet from = PacketSet.all();
                if (in != null && in.network() != null) {
                    from = PacketSet.of(List.of(IptablesParser.addressBox(in.network().network().low(),
                            in.network().last().low(), true)));
                }
                int transports = transports(protocol, label);
                PacketSet match = from.intersect(endpoint(child(rule, "source"), true, label))
                        .intersect(endpoint(child(rule, "destination"), false, label))
                        .intersect(PacketSet.of(List.of(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, transports, 0,
                                65535))));
                String port = textOf(child(rule, "destination"), "port");
                if (port != null) {
                    match = match.intersect(ports(port, transports & (Box.TCP | Box.UDP), label));
                }
                int position = positions.merge(bound.strip(), 1, Integer::sum);
                long line = index <= ruleLines.size() ? ruleLines.get(index - 1) : 0;
                rules.add(new DeviceRule(label + " (" + ModelText.clip(bound.strip()) + " rule " + position + ")",
                        line, match, type.equals("pass"), shown));
            }
        }
        List<DeviceConfig.InterfaceAddress> addresses = new ArrayList<>();
        interfaces.values().stream().filter(in -> in.address() != null)
                .forEach(in -> addresses.add(new DeviceConfig.InterfaceAddress(in.key(), in.address(), 0)));
        return new DeviceConfig(file, ConfigFormat.PFSENSE, rules, false, addresses, notes);
    }

    /** The line each {@code <rule>} of {@code <filter>} starts on (DOM keeps no lines; NAT rules lie outside). */
    private static List<Long> ruleLines(String text) {
        List<Long> lines = new ArrayList<>();
        int start = text.indexOf("<filter>");
        int end = text.indexOf("</filter>", Math.max(start, 0));
        if (start < 0 || end < 0) {
            return lines;
        }
        long line = 1 + text.substring(0, start).chars().filter(c -> c == '\n').count();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '<' && (text.startsWith("<rule>", i) || text.startsWith("<rule ", i))) {
                lines.add(line);
            }
        }
        return lines;
    }

    private String summary(Element rule) {
        return textOf(rule, "type") + " " + textOf(rule, "interface") + " " + textOf(rule, "protocol");
    }

    private PacketSet endpoint(Element endpoint, boolean source, String label) throws ConfigReadException {
        if (endpoint == null || child(endpoint, "any") != null) {
            return PacketSet.all();
        }
        List<Box> boxes = new ArrayList<>();
        String address = textOf(endpoint, "address");
        String network = textOf(endpoint, "network");
        if (address != null) {
            for (String value : expand(address, label)) {
                long[] range = range(value, label);
                boxes.add(IptablesParser.addressBox(range[0], range[1], source));
            }
        } else if (network != null) {
            String key = network.endsWith("ip") ? network.substring(0, network.length() - 2) : network;
            Interface in = interfaces.get(key);
            if (network.equals("(self)")) {
                interfaces.values().stream().filter(i -> i.address() != null).forEach(i -> {
                    long value = Ip.parse(i.address()).low();
                    boxes.add(IptablesParser.addressBox(value, value, source));
                });
            } else if (in == null || in.network() == null) {
                throw new ConfigReadException(file, 0, label + " names the network '" + ModelText.clip(network)
                        + "', which no interface with an address defines");
            } else if (network.endsWith("ip")) {
                long own = Ip.parse(in.address()).low(); // "lanip": the firewall's own address on lan
                boxes.add(IptablesParser.addressBox(own, own, source));
            } else {
                boxes.add(IptablesParser.addressBox(in.network().network().low(), in.network().last().low(),
                        source));
            }
        } else {
            return PacketSet.all();
        }
        PacketSet set = PacketSet.of(boxes);
        return child(endpoint, "not") != null ? PacketSet.all().minus(set) : set;
    }

    /** An address, network or alias name, aliases expanded (nested, at most 16 deep). */
    private List<String> expand(String value, String label) throws ConfigReadException {
        List<String> values = new ArrayList<>();
        expand(value, label, values, 0);
        return values;
    }

    private void expand(String value, String label, List<String> into, int depth) throws ConfigReadException {
        if (depth > 16) {
            throw new ConfigReadException(file, 0, label + ": aliases nest more than 16 deep (a loop?) at '"
                    + ModelText.clip(value) + "'");
        }
        List<String> alias = aliases.get(value);
        if (alias == null) {
            into.add(value);
            return;
        }
        for (String member : alias) {
            expand(member, label, into, depth + 1);
        }
    }

    private long[] range(String value, String label) throws ConfigReadException {
        Cidr block = Cidr.parse(value);
        if (value.contains("-") && block == null) {
            String[] ends = value.split("-");
            Ip from = Ip.parse(ends[0]);
            Ip to = ends.length == 2 ? Ip.parse(ends[1]) : null;
            if (from != null && to != null && !from.v6() && from.low() <= to.low()) {
                return new long[] { from.low(), to.low() };
            }
        }
        if (block == null || block.network().v6()) {
            throw new ConfigReadException(file, 0, label + ": '" + ModelText.clip(value) + "' is no IPv4 address, "
                    + "network or alias of the configuration (host names are not resolved)");
        }
        return new long[] { block.network().low(), block.last().low() };
    }

    private PacketSet ports(String port, int transports, String label) throws ConfigReadException {
        List<Box> boxes = new ArrayList<>();
        for (String value : expand(port, label)) {
            String[] ends = value.split("[-:]");
            try {
                int from = Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                if (from < 0 || to > 65535 || from > to) {
                    throw new NumberFormatException();
                }
                boxes.add(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, transports, from, to));
            } catch (NumberFormatException e) {
                throw new ConfigReadException(file, 0, label + ": '" + ModelText.clip(value) + "' is not a port, a "
                        + "range or a port alias");
            }
        }
        return PacketSet.of(boxes);
    }

    private int transports(String protocol, String label) throws ConfigReadException {
        if (protocol == null || protocol.isBlank() || protocol.equals("any")) {
            return Box.ANY_TRANSPORT;
        }
        return switch (protocol.toLowerCase(Locale.ROOT)) {
        case "tcp" -> Box.TCP;
        case "udp" -> Box.UDP;
        case "tcp/udp" -> Box.TCP | Box.UDP;
        case "icmp" -> Box.ICMP;
        default -> {
            if (protocol.matches("[a-z0-9-]{1,20}")) {
                yield Box.OTHER;
            }
            throw new ConfigReadException(file, 0, label + ": '" + ModelText.clip(protocol) + "' is not a protocol");
        }
        };
    }

    /** pfSense keeps aliases under {@code aliases}; OPNsense under {@code OPNsense/Firewall/Alias/aliases}. */
    private static List<Element> aliasElements(Element root) {
        List<Element> aliases = new ArrayList<>(children(child(root, "aliases")));
        Element opnsense = child(root, "OPNsense");
        Element firewall = opnsense == null ? null : child(opnsense, "Firewall");
        Element alias = firewall == null ? null : child(firewall, "Alias");
        aliases.addAll(children(alias == null ? null : child(alias, "aliases")));
        return aliases;
    }

    private Document document(String text) throws ConfigReadException {
        try {
            // The same closed surface as model files (org.itot.model.resource's parser settings, which that
            // package keeps to itself): no DOCTYPE, no external entities.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw; no stderr noise
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new ConfigReadException(file, Math.max(0, e.getLineNumber()), "not well-formed XML ("
                    + ModelText.clip(e.getMessage()) + "); truncated?");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ConfigReadException(file, 0, "cannot be read as XML: " + ModelText.clip(e.getMessage()));
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    result.add(element);
                }
            }
        }
        return result;
    }

    private static String textOf(Element parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
