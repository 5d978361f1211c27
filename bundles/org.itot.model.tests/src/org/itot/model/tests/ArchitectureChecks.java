package org.itot.model.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ModelElement;
import org.itot.model.NetworkScope;
import org.itot.model.PortRange;
import org.itot.model.ProtocolCategory;
import org.itot.model.RuleAction;
import org.itot.model.Zone;

/**
 * Structural checks that a template or generated plant must pass, written independently of the
 * template code (own path search, own rule matching). Each returns the problems it found, so a
 * failing test names every offending element.
 */
final class ArchitectureChecks {

    private ArchitectureChecks() {
    }

    static List<String> duplicateOrMissingIds(ArchitectureModel model) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element) {
                if (element.getId() == null || element.getId().isBlank()) {
                    problems.add("no id: " + element.eClass().getName() + " " + element.getName());
                } else if (!seen.add(element.getId())) {
                    problems.add("duplicate id " + element.getId());
                }
            }
        }
        return problems;
    }

    static List<String> conduitProblems(ArchitectureModel model) {
        List<String> problems = new ArrayList<>();
        for (Conduit conduit : model.getConduits()) {
            List<Zone> zones = conduit.getZones();
            if (zones.size() != 2 || zones.get(0) == zones.get(1)) {
                problems.add(conduit.getId() + " does not join two distinct zones");
                continue;
            }
            if (conduit.getEnforcedBy().stream().noneMatch(a -> a.getType() == AssetType.FIREWALL)) {
                problems.add(conduit.getId() + " is not enforced by a firewall");
            }
            for (Asset device : conduit.getEnforcedBy()) {
                if (!device.getInterfaceZones().containsAll(zones)) {
                    problems.add(conduit.getId() + ": " + device.getId() + " has no interface in both zones");
                }
            }
            boolean touchesOt = zones.stream().anyMatch(z -> z.getLevelRank() <= 35);
            if (touchesOt && conduit.getMonitoredBy().stream().noneMatch(Asset::isMonitoringDevice)) {
                problems.add(conduit.getId() + " touches level 3.5 or below and is not monitored");
            }
            if (Math.abs(band(zones.get(0)) - band(zones.get(1))) != 1) {
                problems.add(conduit.getId() + " joins zones that are not in adjacent layers");
            }
            if (conduit.getOwner() == null || conduit.getOwner().getValue() == 0
                    || conduit.getAccountableOrganisation() == null || conduit.getMedium() == null
                    || conduit.getSlTarget() == null) {
                problems.add(conduit.getId() + " lacks owner, accountable organisation, medium or SL-T");
            }
        }
        return problems;
    }

    /** Layers from the outside in: external 0, levels 4-5 1, iDMZ 2, level 3 3, 2 4, 1 5, 0 6. */
    static int band(Zone zone) {
        return switch (zone.getLevelRank()) {
        case 60 -> 0;
        case 50, 40 -> 1;
        case 35 -> 2;
        case 30 -> 3;
        case 20 -> 4;
        case 10 -> 5;
        default -> 6;
        };
    }

    /**
     * IT/OT separation: no flow between the enterprise and the industrial side; industrial
     * protocols only between levels 0-3; every cross-zone flow either joins adjacent zones or
     * terminates in the iDMZ, or else stays on the industrial side along adjacent layers.
     */
    static List<String> flowProblems(ArchitectureModel model) {
        List<String> problems = new ArrayList<>();
        for (Flow flow : model.getFlows()) {
            Zone from = flow.getSourceZone();
            Zone to = flow.getTargetZone();
            if (from == null || to == null || flow.getProtocol() == null || flow.getPorts().isEmpty()) {
                problems.add(flow.getId() + " lacks an endpoint, protocol or port");
                continue;
            }
            if (from.isEnterpriseSide() && to.isIndustrialSide() || from.isIndustrialSide() && to.isEnterpriseSide()) {
                problems.add(flow.getId() + " goes straight between the enterprise and the industrial side");
            }
            if (flow.getProtocol().getCategory() == ProtocolCategory.INDUSTRIAL
                    && !(from.isIndustrialSide() && to.isIndustrialSide())) {
                problems.add(flow.getId() + " carries an industrial protocol outside levels 0-3");
            }
            if (from == to) {
                continue;
            }
            List<Conduit> path = path(model, from, to);
            boolean adjacent = path != null && path.size() == 1;
            boolean endsInIdmz = from.isIdmz() || to.isIdmz();
            boolean withinIndustrial = from.isIndustrialSide() && to.isIndustrialSide() && path != null
                    && path.size() == Math.abs(band(from) - band(to));
            if (path == null || !(adjacent || endsInIdmz || withinIndustrial)) {
                problems.add(flow.getId() + " from " + from.getId() + " to " + to.getId()
                        + " neither joins adjacent zones, nor ends in the iDMZ, nor stays on the industrial side");
            }
        }
        return problems;
    }

    /** Every firewall: explicit, justified allow rules, ordered, ending in a logged deny-all. */
    static List<String> ruleSetProblems(ArchitectureModel model) {
        List<String> problems = new ArrayList<>();
        for (Asset device : model.getAllAssets()) {
            if (device.getType() != AssetType.FIREWALL) {
                continue;
            }
            List<FirewallRule> rules = device.getFirewallRules();
            if (rules.isEmpty()) {
                problems.add(device.getId() + " has no rules");
                continue;
            }
            FirewallRule last = rules.get(rules.size() - 1);
            if (last.getAction() != RuleAction.DENY || last.getSource() != null || last.getDestination() != null
                    || !last.isAnyService() || !last.isLogging()) {
                problems.add(device.getId() + " does not end with a logged deny-all");
            }
            for (int i = 0; i < rules.size(); i++) {
                FirewallRule rule = rules.get(i);
                if (i > 0 && rule.getOrder() <= rules.get(i - 1).getOrder()) {
                    problems.add(rule.getId() + " is out of order");
                }
                if (rule.getAction() != RuleAction.ALLOW) {
                    if (rule != last) {
                        problems.add(rule.getId() + " denies before the final rule");
                    }
                    continue;
                }
                if (rule.getSource() == null || rule.getDestination() == null || rule.getProtocol() == null
                        || rule.getPorts().isEmpty()) {
                    problems.add(rule.getId() + " allows 'any'");
                }
                for (PortRange port : rule.getPorts()) {
                    if (port.getFrom() != port.getTo()) {
                        problems.add(rule.getId() + " allows a port range");
                    }
                }
                if (rule.getJustifiedBy().isEmpty()) {
                    problems.add(rule.getId() + " is justified by no flow");
                }
                for (Flow flow : rule.getJustifiedBy()) {
                    if (!matches(rule, flow)) {
                        problems.add(rule.getId() + " does not match the flow " + flow.getId() + " it cites");
                    }
                    List<Conduit> path = path(model, flow.getSourceZone(), flow.getTargetZone());
                    if (path == null || path.stream().noneMatch(c -> c.getEnforcedBy().contains(device))) {
                        problems.add(rule.getId() + " cites " + flow.getId() + ", which does not pass "
                                + device.getId());
                    }
                }
            }
        }
        return problems;
    }

    /** Every cross-zone flow is allowed by a matching rule on every firewall along its path (BND-05). */
    static List<String> unpermittedFlows(ArchitectureModel model) {
        List<String> problems = new ArrayList<>();
        for (Flow flow : model.getFlows()) {
            if (!flow.isCrossZone()) {
                continue;
            }
            List<Conduit> path = path(model, flow.getSourceZone(), flow.getTargetZone());
            if (path == null) {
                problems.add(flow.getId() + " has no conduit path");
                continue;
            }
            for (Conduit conduit : path) {
                for (Asset device : conduit.getEnforcedBy()) {
                    FirewallRule first = device.getFirewallRules().stream().filter(r -> covers(r, flow)).findFirst()
                            .orElse(null);
                    if (first == null || first.getAction() != RuleAction.ALLOW) {
                        problems.add(flow.getId() + " is not allowed by " + device.getId());
                    }
                }
            }
        }
        return problems;
    }

    /** Shortest conduit path (breadth first), null when the zones are not connected. */
    static List<Conduit> path(ArchitectureModel model, Zone from, Zone to) {
        Map<Zone, Conduit> cameThrough = new HashMap<>();
        Deque<Zone> queue = new ArrayDeque<>(List.of(from));
        Set<Zone> seen = new HashSet<>(List.of(from));
        while (!queue.isEmpty()) {
            Zone zone = queue.poll();
            if (zone == to) {
                List<Conduit> path = new ArrayList<>();
                for (Zone z = to; z != from; z = cameThrough.get(z).getOtherZone(z)) {
                    path.add(0, cameThrough.get(z));
                }
                return path;
            }
            for (Conduit conduit : model.getConduits()) {
                Zone next = conduit.getOtherZone(zone);
                if (next != null && seen.add(next)) {
                    cameThrough.put(next, conduit);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** The rule names the flow's endpoints (or their zones), protocol and every port. */
    static boolean matches(FirewallRule rule, Flow flow) {
        return names(rule.getSource(), flow.getSource()) && names(rule.getDestination(), flow.getTarget())
                && rule.getProtocol() == flow.getProtocol() && portsCovered(rule, flow);
    }

    /** The rule applies to the flow: unset fields mean any. */
    private static boolean covers(FirewallRule rule, Flow flow) {
        return (rule.getSource() == null || names(rule.getSource(), flow.getSource()))
                && (rule.getDestination() == null || names(rule.getDestination(), flow.getTarget()))
                && (rule.getProtocol() == null || rule.getProtocol() == flow.getProtocol())
                && (rule.getPorts().isEmpty() || portsCovered(rule, flow));
    }

    private static boolean names(NetworkScope scope, Asset asset) {
        return scope == asset || scope instanceof Zone zone && zone.getAllAssets().contains(asset);
    }

    private static boolean portsCovered(FirewallRule rule, Flow flow) {
        return flow.getPorts().stream().allMatch(p -> rule.getPorts().stream().anyMatch(r -> r.contains(p)));
    }
}
