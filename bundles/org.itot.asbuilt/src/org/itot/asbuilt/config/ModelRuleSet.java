package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.ModelText;
import org.itot.asbuilt.net.Cidr;
import org.itot.asbuilt.net.Ip;
import org.itot.model.Asset;
import org.itot.model.FirewallRule;
import org.itot.model.NetworkScope;
import org.itot.model.PortRange;
import org.itot.model.RuleAction;
import org.itot.model.Transport;
import org.itot.model.Zone;

/**
 * A device's rule set in the model in the same packet space as its configuration: zones by their subnets (and
 * their assets' addresses), assets by their addresses, services by ports (else the protocol's default ports), in
 * rule order, and deny for what no rule matches. A rule whose zone or asset has no address cannot be placed and is
 * left out, with a note.
 */
public final class ModelRuleSet {

    private final List<FirstMatch.Entry<FirewallRule>> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ModelRuleSet(Asset device, AddressBook addresses) {
        List<FirewallRule> rules = new ArrayList<>(device.getFirewallRules());
        rules.sort(Comparator.comparingInt(FirewallRule::getOrder));
        for (FirewallRule rule : rules) {
            PacketSet source = scope(rule.getSource(), true, addresses);
            PacketSet destination = scope(rule.getDestination(), false, addresses);
            if (source == null || destination == null) {
                notes.add("model rule " + ModelText.label(rule) + " not compared: its "
                        + (source == null ? "source " + label(rule.getSource())
                                : "destination " + label(rule.getDestination()))
                        + " has no IPv4 address in the model");
                continue;
            }
            PacketSet match = source.intersect(destination).intersect(service(rule));
            entries.add(new FirstMatch.Entry<>(rule, match, rule.getAction() == RuleAction.ALLOW));
        }
    }

    public List<FirstMatch.Entry<FirewallRule>> entries() {
        return entries;
    }

    public List<String> notes() {
        return notes;
    }

    private static String label(NetworkScope scope) {
        return scope instanceof org.itot.model.ModelElement element ? ModelText.label(element) : "(any)";
    }

    /** null when the scope has no address to place it by. */
    private static PacketSet scope(NetworkScope scope, boolean source, AddressBook addresses) {
        if (scope == null) {
            return PacketSet.all();
        }
        List<Box> boxes = new ArrayList<>();
        if (scope instanceof Asset asset) {
            for (Ip address : AddressBook.addresses(asset)) {
                if (!address.v6()) {
                    boxes.add(IptablesParser.addressBox(address.low(), address.low(), source));
                }
            }
        } else if (scope instanceof Zone zone) {
            for (AddressBook.Subnet subnet : addresses.subnets()) {
                if (within(subnet.zone(), zone) && !subnet.block().network().v6()) {
                    Cidr block = subnet.block();
                    boxes.add(IptablesParser.addressBox(block.network().low(), block.last().low(), source));
                }
            }
            for (Asset asset : zone.getAllAssets()) {
                for (Ip address : AddressBook.addresses(asset)) {
                    if (!address.v6()) {
                        boxes.add(IptablesParser.addressBox(address.low(), address.low(), source));
                    }
                }
            }
        }
        return boxes.isEmpty() ? null : PacketSet.of(boxes);
    }

    private static boolean within(Zone zone, Zone scope) {
        for (Zone current = zone; current != null; current = current.getParentZone()) {
            if (current == scope) {
                return true;
            }
        }
        return false;
    }

    private static PacketSet service(FirewallRule rule) {
        List<PortRange> ranges = !rule.getPorts().isEmpty() ? rule.getPorts()
                : rule.getProtocol() != null ? rule.getProtocol().getDefaultPorts() : List.of();
        if (ranges.isEmpty()) {
            return PacketSet.all();
        }
        List<Box> boxes = new ArrayList<>();
        for (PortRange range : ranges) {
            int transports = range.getTransport() == Transport.TCP ? Box.TCP
                    : range.getTransport() == Transport.UDP ? Box.UDP : Box.TCP | Box.UDP;
            boxes.add(new Box(0, Box.MAX_ADDRESS, 0, Box.MAX_ADDRESS, transports, range.getFrom(),
                    Math.max(range.getFrom(), range.getTo())));
        }
        return PacketSet.of(boxes);
    }
}
