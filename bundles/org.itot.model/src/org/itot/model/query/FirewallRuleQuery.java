package org.itot.model.query;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.Asset;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.NetworkScope;
import org.itot.model.PortRange;
import org.itot.model.RuleAction;
import org.itot.model.Zone;

/**
 * Bodies of the derived operations of {@link FirewallRule}: which flows a rule matches and what an
 * enforcing device's ordered rule set decides for a flow (first match wins; no match is a deny).
 */
public final class FirewallRuleQuery {

    private FirewallRuleQuery() {
    }

    public static Asset device(FirewallRule rule) {
        return rule.eContainer() instanceof Asset device ? device : null;
    }

    /** No protocol and no ports: the rule matches every service. */
    public static boolean isAnyService(FirewallRule rule) {
        return rule.getProtocol() == null && rule.getPorts().isEmpty();
    }

    /** BND-02's deny-all rule: deny, with source, destination and service left empty (any). */
    public static boolean isDenyAll(FirewallRule rule) {
        return rule.getAction() == RuleAction.DENY && rule.getSource() == null && rule.getDestination() == null
                && isAnyService(rule);
    }

    /**
     * BND-02: the device's rule set ends with a deny-all rule. The last rule is the one with the highest
     * order (of equal orders, the later in the list, as OCL's sortedBy keeps them).
     */
    public static boolean endsWithDenyAll(Asset device) {
        FirewallRule last = null;
        for (FirewallRule rule : device.getFirewallRules()) {
            if (last == null || rule.getOrder() >= last.getOrder()) {
                last = rule;
            }
        }
        return last != null && isDenyAll(last);
    }

    public static Zone zoneOf(NetworkScope scope) {
        if (scope instanceof Zone zone) {
            return zone;
        }
        return scope instanceof Asset asset ? AssetQuery.zone(asset) : null;
    }

    public static boolean matches(FirewallRule rule, Flow flow) {
        return scopeMatches(rule.getSource(), flow.getSource()) && scopeMatches(rule.getDestination(), flow.getTarget())
                && serviceMatches(rule, flow);
    }

    public static boolean permits(Asset device, Flow flow) {
        List<FirewallRule> rules = device.getFirewallRules().stream()
                .sorted(Comparator.comparingInt(FirewallRule::getOrder)).toList();
        for (FirewallRule rule : rules) {
            if (matches(rule, flow)) {
                return rule.getAction() == RuleAction.ALLOW;
            }
        }
        return false;
    }

    /** Unset scope = any; a zone covers its sub-zones' assets; an asset covers itself. */
    private static boolean scopeMatches(NetworkScope scope, Asset endpoint) {
        if (scope == null) {
            return true;
        }
        if (endpoint == null) {
            return false;
        }
        if (scope instanceof Asset asset) {
            return asset == endpoint;
        }
        for (EObject container = endpoint.eContainer(); container != null; container = container.eContainer()) {
            if (container == scope) {
                return true;
            }
        }
        return false;
    }

    private static boolean serviceMatches(FirewallRule rule, Flow flow) {
        if (rule.getProtocol() != null && rule.getProtocol() != flow.getProtocol()) {
            return false;
        }
        if (rule.getPorts().isEmpty()) {
            return true;
        }
        List<PortRange> flowPorts = FlowQuery.effectivePorts(flow);
        if (flowPorts.isEmpty()) {
            return false;
        }
        for (PortRange used : flowPorts) {
            if (rule.getPorts().stream().noneMatch(allowed -> PortRanges.contains(allowed, used))) {
                return false;
            }
        }
        return true;
    }
}
