package org.itot.asbuilt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.asbuilt.net.Ip;
import org.itot.asbuilt.traffic.ObservedSession;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.Zone;
import org.itot.validation.engine.ExternalFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Severity;

/**
 * The model against the traffic seen on the plant: sessions no flow documents (ASB-01), hosts the model does not
 * know (ASB-02) and flows never seen (ASB-03). Also what {@code --adopt} would add: the unknown hosts a zone's subnet
 * holds, and the undocumented sessions.
 */
public final class TrafficReconciliation {

    /** A host the model does not know, everything seen of it, and the zone whose subnet holds it (or null). */
    public record UnknownHost(Ip address, Zone zone, int vlan, long count, long first, long last, String file,
            long line, List<ObservedSession> sessions) {
    }

    /**
     * Sessions between two ends (assets, or unknown hosts) for one service that no flow documents, aggregated over
     * the ends' addresses.
     */
    public record UndocumentedSession(Asset source, Asset target, Ip sourceAddress, Ip targetAddress,
            String transport, int port, Zone sourceZone, Zone targetZone, long count, long first, long last,
            String file, long line) {

        public boolean crossesZones() {
            return sourceZone != null && targetZone != null && sourceZone != targetZone;
        }
    }

    private final ArchitectureModel model;
    private final AddressBook addresses;
    private final Sessions sessions;
    private final List<UnknownHost> unknownHosts = new ArrayList<>();
    private final List<UndocumentedSession> undocumented = new ArrayList<>();
    private final List<Flow> neverSeen = new ArrayList<>();
    /** Each asset's flows, indexed once: asking the model per session would scan every flow each time. */
    private final Map<Asset, List<Flow>> outgoing = new java.util.HashMap<>();

    public TrafficReconciliation(ArchitectureModel model, Sessions sessions) {
        this.model = model;
        this.addresses = new AddressBook(model);
        this.sessions = sessions;
        compare();
    }

    private void compare() {
        for (Flow flow : model.getFlows()) {
            if (flow.getSource() != null) {
                outgoing.computeIfAbsent(flow.getSource(), a -> new ArrayList<>()).add(flow);
            }
        }
        Map<Ip, List<ObservedSession>> unknown = new LinkedHashMap<>();
        Map<String, UndocumentedSession> byEnds = new LinkedHashMap<>();
        Map<Flow, Boolean> seen = new LinkedHashMap<>();
        for (ObservedSession session : sessions.all()) {
            Asset source = addresses.asset(session.source());
            Asset target = addresses.asset(session.destination());
            if (source == null && session.source().isHost()) {
                unknown.computeIfAbsent(session.source(), a -> new ArrayList<>()).add(session);
            }
            if (target == null && session.destination().isHost() && !isBroadcast(session.destination())) {
                unknown.computeIfAbsent(session.destination(), a -> new ArrayList<>()).add(session);
            }
            if (!session.destination().isHost() || isBroadcast(session.destination())) {
                continue; // multicast and broadcast are not sessions between two hosts
            }
            Flow documenting = documentingFlow(source, target, session);
            if (documenting != null) {
                seen.put(documenting, Boolean.TRUE);
                continue;
            }
            String key = (source != null ? "A:" + source.getId() : "H:" + session.source()) + ">"
                    + (target != null ? "A:" + target.getId() : "H:" + session.destination()) + "|"
                    + session.service();
            UndocumentedSession previous = byEnds.get(key);
            Zone sourceZone = addresses.zone(session.source(), session.vlan());
            Zone targetZone = addresses.zone(session.destination(), session.vlan());
            if (previous == null) {
                byEnds.put(key, new UndocumentedSession(source, target, session.source(), session.destination(),
                        session.transport(), session.port(), sourceZone, targetZone, session.count(),
                        session.first(), session.last(), session.file(), session.line()));
            } else {
                byEnds.put(key, new UndocumentedSession(source, target, previous.sourceAddress(),
                        previous.targetAddress(), previous.transport(), previous.port(), previous.sourceZone(),
                        previous.targetZone(), previous.count() + session.count(),
                        min(previous.first(), session.first()), max(previous.last(), session.last()),
                        previous.file(), previous.line()));
            }
        }
        unknown.forEach((address, seenIn) -> {
            ObservedSession earliest = seenIn.get(0);
            long count = 0;
            long first = ObservedSession.NO_TIME;
            long last = ObservedSession.NO_TIME;
            int vlan = 0;
            for (ObservedSession session : seenIn) {
                count += session.count();
                first = min(first, session.first());
                last = max(last, session.last());
                vlan = vlan == 0 ? session.vlan() : vlan;
            }
            unknownHosts.add(new UnknownHost(address, addresses.zone(address, vlan), vlan, count, first, last,
                    earliest.file(), earliest.line(), List.copyOf(seenIn)));
        });
        undocumented.addAll(byEnds.values());
        if (sessions.records() > 0) {
            // A flow is judged only when the capture saw one of its ends at all: a sensor that never saw a
            // network cannot say that its flows do not happen.
            java.util.Set<Asset> visible = new java.util.HashSet<>();
            for (ObservedSession session : sessions.unordered()) {
                Asset source = addresses.asset(session.source());
                Asset target = addresses.asset(session.destination());
                if (source != null) {
                    visible.add(source);
                }
                if (target != null) {
                    visible.add(target);
                }
            }
            for (Flow flow : model.getFlows()) {
                if (!seen.containsKey(flow) && flow.getSource() != null && flow.getTarget() != null
                        && (visible.contains(flow.getSource()) || visible.contains(flow.getTarget()))
                        && !AddressBook.addresses(flow.getSource()).isEmpty()
                        && !AddressBook.addresses(flow.getTarget()).isEmpty()) {
                    neverSeen.add(flow);
                }
            }
        }
    }

    /** Broadcast of a zone's subnet (its last address). */
    private boolean isBroadcast(Ip address) {
        AddressBook.Subnet subnet = addresses.subnet(address);
        return subnet != null && !subnet.block().isSingleAddress() && subnet.block().last().equals(address)
                && !address.v6();
    }

    private Flow documentingFlow(Asset source, Asset target, ObservedSession session) {
        if (source == null || target == null) {
            return null;
        }
        for (Flow flow : outgoing.getOrDefault(source, List.of())) {
            if (flow.getTarget() == target && ServiceMatch.carries(flow, session.transport(), session.port())) {
                return flow;
            }
        }
        return null;
    }

    public List<UnknownHost> unknownHosts() {
        return unknownHosts;
    }

    public List<UndocumentedSession> undocumentedSessions() {
        return undocumented;
    }

    public List<Flow> flowsNeverSeen() {
        return neverSeen;
    }

    public AddressBook addressBook() {
        return addresses;
    }

    /**
     * Findings listed per rule at most: a port scan or a hostile capture has millions of distinct sessions, and a
     * report of them would exhaust memory; the rest are counted ({@link #notListed()}).
     */
    public static final int MAX_FINDINGS_PER_RULE = 10_000;

    private long notListed;

    /** Undocumented sessions and unknown hosts beyond {@link #MAX_FINDINGS_PER_RULE}, counted but not listed. */
    public long notListed() {
        return notListed;
    }

    /** The findings, with the model's rule settings and waivers applied. */
    public List<RuleDiagnostic> findings(ModelValidator.Settings settings, DesignCheck designCheck) {
        List<RuleDiagnostic> findings = new ArrayList<>();
        notListed = 0;
        int sessionFindings = 0;
        for (UndocumentedSession session : undocumented) {
            if (session.source() == null || session.target() == null) {
                continue; // the unknown host's finding (ASB-02) stands for its sessions
            }
            if (sessionFindings++ >= MAX_FINDINGS_PER_RULE) {
                notListed++;
                continue;
            }
            String service = ServiceMatch.describe(model, session.transport(), session.port());
            String where = session.crossesZones()
                    ? "across zones, from " + label(session.sourceZone()) + " to " + label(session.targetZone())
                    : "inside " + label(session.sourceZone());
            Evidence evidence = Evidence.traffic(session.file(), session.line(), session.count(), session.first(),
                    session.last()).put("source", session.sourceAddress().toString())
                    .put("destination", session.targetAddress().toString()).put("service", service);
            String broken = designCheck == null ? "" : designCheck.brokenRules(session);
            String message = ModelText.label(session.source()) + " talks to " + ModelText.label(session.target())
                    + " over " + service + " " + where + ", and no flow of the model documents it (seen "
                    + evidence.describe() + ")" + broken + ".";
            add(findings, ExternalFindings.create(settings, AsBuiltRules.definition(AsBuiltRules.UNDOCUMENTED_SESSION),
                    session.crossesZones() ? Severity.ERROR : Severity.WARNING, session.source(),
                    ">" + session.target().getId() + ":" + session.transport() + "/" + session.port(), message,
                    List.of(session.target()), evidence));
        }
        int hostFindings = 0;
        for (UnknownHost host : unknownHosts) {
            if (hostFindings++ >= MAX_FINDINGS_PER_RULE) {
                notListed++;
                continue;
            }
            EObject element = host.zone() != null ? host.zone() : model;
            Evidence evidence = Evidence.traffic(host.file(), host.line(), host.count(), host.first(), host.last())
                    .put("address", host.address().toString());
            String where = host.zone() != null ? "in the subnet of " + label(host.zone())
                    : "in no zone's subnet";
            String peers = host.sessions().stream().limit(3).map(ObservedSession::describe)
                    .reduce((a, b) -> a + "; " + b).orElse("");
            add(findings, ExternalFindings.create(settings, AsBuiltRules.definition(AsBuiltRules.UNKNOWN_HOST),
                    Severity.WARNING, element, host.address().toString(), "Host " + host.address() + " (" + where
                            + ") is no asset of the model; seen " + evidence.describe() + ": " + peers
                            + (host.sessions().size() > 3 ? "; ..." : "") + ".",
                    List.of(), evidence));
        }
        String window = "the capture window " + windowText();
        for (Flow flow : neverSeen) {
            Evidence evidence = new Evidence().put("windowStart", Evidence.time(sessions.windowStart()))
                    .put("windowEnd", Evidence.time(sessions.windowEnd())).put("records", sessions.records());
            add(findings, ExternalFindings.create(settings, AsBuiltRules.definition(AsBuiltRules.FLOW_NEVER_SEEN),
                    Severity.INFO, flow, null, "Flow " + ModelText.label(flow) + " from "
                            + ModelText.label(flow.getSource()) + " to " + ModelText.label(flow.getTarget())
                            + " was never seen in " + window + ".",
                    List.of(), evidence));
        }
        return findings;
    }

    /** e.g. {@code 2024-03-01T10:00:00Z to 2024-03-02T10:00:00Z (1234 records)}. */
    public String windowText() {
        String start = Evidence.time(sessions.windowStart());
        String end = Evidence.time(sessions.windowEnd());
        String times = start == null ? "(no times in the inputs)" : start + " to " + end;
        return times + " (" + sessions.records() + " records)";
    }

    private static void add(List<RuleDiagnostic> findings, RuleDiagnostic finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }

    private static String label(ModelElement element) {
        return element == null ? "no known zone" : ModelText.label(element);
    }

    static long min(long a, long b) {
        return a == ObservedSession.NO_TIME ? b : b == ObservedSession.NO_TIME ? a : Math.min(a, b);
    }

    static long max(long a, long b) {
        return a == ObservedSession.NO_TIME ? b : b == ObservedSession.NO_TIME ? a : Math.max(a, b);
    }
}
