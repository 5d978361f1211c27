package org.itot.asbuilt.config;

/**
 * One rule of a device's configuration, reduced to what it decides for new connections.
 *
 * @param label how the configuration names the rule (chain and position, access list and line, rule description)
 * @param line the line in the configuration file (the first line of the rule)
 * @param match the packets the rule decides
 * @param permit whether it lets them through
 * @param text the rule as written, cut to a readable length
 */
public record DeviceRule(String label, long line, PacketSet match, boolean permit, String text) {
}
