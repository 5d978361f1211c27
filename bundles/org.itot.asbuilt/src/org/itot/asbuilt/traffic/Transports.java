package org.itot.asbuilt.traffic;

import java.util.Locale;

/** Transport names as the formats write them (tcp, TCP, 6), to one spelling. */
final class Transports {

    private Transports() {
    }

    static String normalise(String text) throws BadLine {
        String value = text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
        case "tcp", "6":
            return "tcp";
        case "udp", "17":
            return "udp";
        case "icmp", "1":
            return "icmp";
        case "ipv6-icmp", "icmpv6", "icmp6", "58":
            return "icmp6";
        case "sctp", "132":
            return "sctp";
        default:
            break;
        }
        if (!value.isEmpty() && value.length() <= 3 && value.chars().allMatch(Character::isDigit)
                && Integer.parseInt(value) <= 255) {
            return value;
        }
        throw new BadLine("'" + Times.clip(text) + "' is not a transport protocol (tcp, udp, icmp or a number)");
    }

    static boolean hasPorts(String transport) {
        return transport.equals("tcp") || transport.equals("udp") || transport.equals("sctp");
    }

    static int port(String text, String transport) throws BadLine {
        if (!hasPorts(transport)) {
            return -1;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadLine("'" + Times.clip(text) + "' is not a port (0-65535)");
    }
}
