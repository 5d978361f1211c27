package org.itot.asbuilt.config;

import java.util.List;

/**
 * A device's configuration as reconcile compares it: the rules that decide traffic through the device in
 * first-match order, what happens to packets no rule matches, the addresses the configuration gives its
 * interfaces, and notes on what was not compared (and why).
 */
public record DeviceConfig(String file, ConfigFormat format, List<DeviceRule> rules, boolean defaultPermit,
        List<InterfaceAddress> interfaces, List<String> notes) {

    /** An interface address the configuration sets, e.g. {@code inside 10.20.1.254/24}. */
    public record InterfaceAddress(String name, String address, long line) {
    }

    public DeviceConfig {
        rules = List.copyOf(rules);
        interfaces = List.copyOf(interfaces);
        notes = List.copyOf(notes);
    }
}
