package org.itot.asbuilt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.itot.model.ArchitectureModel;
import org.itot.model.Flow;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.Transport;

/** Transports and ports against the model's port ranges, flows and protocol library. */
public final class ServiceMatch {

    private ServiceMatch() {
    }

    /** Whether a port range holds the service; transport {@code any} holds tcp, udp and sctp. */
    public static boolean contains(PortRange range, String transport, int port) {
        boolean sameTransport = range.getTransport() == Transport.ANY
                || range.getTransport().getLiteral().equals(transport);
        return sameTransport && port >= range.getFrom() && port <= Math.max(range.getFrom(), range.getTo());
    }

    public static boolean containsAny(List<PortRange> ranges, String transport, int port) {
        return ranges.stream().anyMatch(range -> contains(range, transport, port));
    }

    /**
     * Whether a flow carries the service: its own ports, else its protocol's default ports; a flow that gives
     * neither carries any service. A service without ports (ICMP) is carried only by such a flow.
     */
    public static boolean carries(Flow flow, String transport, int port) {
        List<PortRange> ranges = !flow.getPorts().isEmpty() ? flow.getPorts()
                : flow.getProtocol() != null ? flow.getProtocol().getDefaultPorts() : List.of();
        if (ranges.isEmpty()) {
            return true;
        }
        return port >= 0 && containsAny(ranges, transport, port);
    }

    /**
     * The model's protocol whose default ports hold the service, or {@code null}. When several do (443 is HTTPS and
     * BACnet/SC), the one the model's flows use most is taken: the plant's own practice, not the library's order.
     */
    public static Protocol protocol(ArchitectureModel model, String transport, int port) {
        if (port < 0) {
            return null;
        }
        Protocol best = null;
        int bestUse = -1;
        for (Protocol protocol : model.getProtocols()) {
            if (containsAny(protocol.getDefaultPorts(), transport, port)) {
                int use = usage(model).getOrDefault(protocol, 0);
                if (use > bestUse) {
                    best = protocol;
                    bestUse = use;
                }
            }
        }
        return best;
    }

    private static final Map<ArchitectureModel, Map<Protocol, Integer>> USAGE = new WeakHashMap<>();

    /** How many flows use each protocol, counted once per model (a reconciliation does not add flows). */
    private static Map<Protocol, Integer> usage(ArchitectureModel model) {
        synchronized (USAGE) {
            return USAGE.computeIfAbsent(model, m -> {
                Map<Protocol, Integer> counts = new HashMap<>();
                for (Flow flow : m.getFlows()) {
                    if (flow.getProtocol() != null) {
                        counts.merge(flow.getProtocol(), 1, Integer::sum);
                    }
                }
                return counts;
            });
        }
    }

    /** e.g. {@code tcp/502 (Modbus/TCP)}. */
    public static String describe(ArchitectureModel model, String transport, int port) {
        String service = port < 0 ? transport : transport + "/" + port;
        Protocol protocol = protocol(model, transport, port);
        return protocol == null ? service : service + " (" + protocol.getName() + ")";
    }
}
