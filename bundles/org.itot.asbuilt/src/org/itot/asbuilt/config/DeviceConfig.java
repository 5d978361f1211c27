package org.itot.asbuilt.config;

import java.util.List;

/**
 * A device's configuration as reconcile compares it: the rules that decide traffic through the device in
 * first-match order, what happens to packets no rule matches, the addresses the configuration gives its
 * interfaces, and notes on what was not compared (and why).
 * <p>
 * Formats say different things about the device itself. ASA and pfSense list every interface with its address
 * ({@link #interfaces()}: compared with the model both ways). iptables-save and nft list no interface addresses, but
 * their rules name interfaces ({@link #interfaceNames()}) and may show an address to be the device's own, e.g. the
 * destination of a rule on the INPUT chain or input hook ({@link #ownAddresses()}): those are checked against the
 * model one way only, as the configuration need not show them all.
 *
 * @param interfaces every interface address the configuration sets, e.g. {@code inside 10.20.1.254/24}
 * @param ownAddresses addresses the rules show to be the device's own, without listing them all
 * @param interfaceNames interface names the rules or chains use ({@code -i eth1}, {@code iifname "eth1"})
 */
public record DeviceConfig(String file, ConfigFormat format, List<DeviceRule> rules, boolean defaultPermit,
        List<InterfaceAddress> interfaces, List<String> notes, List<InterfaceAddress> ownAddresses,
        List<InterfaceName> interfaceNames) {

    /** An interface address the configuration sets, e.g. {@code inside 10.20.1.254/24}. */
    public record InterfaceAddress(String name, String address, long line) {
    }

    /**
     * An interface name the configuration uses, at its first use.
     *
     * @param name as written; {@code eth+} (iptables) and {@code eth*} (nft) name every interface starting with
     *            {@code eth}
     * @param where how the configuration uses it, e.g. {@code -i in FORWARD}
     */
    public record InterfaceName(String name, String where, long line) {

        /** Whether this name, a wildcard perhaps, names the interface called {@code other}. */
        public boolean names(String other) {
            if (other == null) {
                return false;
            }
            if (name.endsWith("+") || name.endsWith("*")) {
                return other.startsWith(name.substring(0, name.length() - 1));
            }
            return name.equals(other);
        }
    }

    public DeviceConfig {
        rules = List.copyOf(rules);
        interfaces = List.copyOf(interfaces);
        notes = List.copyOf(notes);
        ownAddresses = List.copyOf(ownAddresses);
        interfaceNames = List.copyOf(interfaceNames);
    }

    /** A configuration that lists its interface addresses (or none) and nothing else about the device itself. */
    public DeviceConfig(String file, ConfigFormat format, List<DeviceRule> rules, boolean defaultPermit,
            List<InterfaceAddress> interfaces, List<String> notes) {
        this(file, format, rules, defaultPermit, interfaces, notes, List.of(), List.of());
    }
}
