package org.itot.model.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ModelElement;
import org.itot.model.NetworkScope;
import org.itot.model.PortRange;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.query.FlowQuery;
import org.itot.model.query.PortRanges;

/**
 * Writes the rule sets of a model's enforcement devices from its flows: one explicit allow rule
 * per source, destination and service on every device along each cross-zone flow's conduit path,
 * justified by those flows, then a logged deny-all (deny by default, allow by exception).
 */
final class FirewallRuleDerivation {

    /** How precisely an allow rule names the destination. */
    enum Destination {
        /** The flow's target asset: the tightest rule, as in the reference template. */
        ASSET,
        /** The target's zone: one rule for a source reaching many devices of a zone with one service. */
        ZONE
    }

    private FirewallRuleDerivation() {
    }

    /**
     * @throws IllegalStateException when a cross-zone flow's zones are not joined by conduits
     */
    static void derive(ArchitectureModel model, Destination destination) {
        ConduitRouter router = new ConduitRouter(model);
        Map<Asset, Map<String, FirewallRule>> ruleSets = new LinkedHashMap<>();
        for (Conduit conduit : model.getConduits()) {
            for (Asset device : conduit.getEnforcedBy()) {
                ruleSets.computeIfAbsent(device, d -> new LinkedHashMap<>());
            }
        }
        for (Flow flow : model.getFlows()) {
            Zone sourceZone = FlowQuery.sourceZone(flow);
            Zone targetZone = FlowQuery.targetZone(flow);
            if (sourceZone == null || targetZone == null || sourceZone == targetZone) {
                continue;
            }
            List<Conduit> path = router.path(sourceZone, targetZone);
            if (path == null) {
                throw new IllegalStateException("flow " + flow.getId() + " from zone " + sourceZone.getId()
                        + " to zone " + targetZone.getId() + " has no conduit path");
            }
            ModelElement target = destination == Destination.ASSET ? flow.getTarget() : targetZone;
            String key = flow.getSource().getId() + '>' + target.getId() + '|'
                    + flow.getProtocol().getId() + '|' + portsText(flow.getPorts());
            for (Conduit conduit : path) {
                for (Asset device : conduit.getEnforcedBy()) {
                    FirewallRule rule = ruleSets.get(device).computeIfAbsent(key, k -> allow(flow, target));
                    List<Flow> justified = rule.getJustifiedBy();
                    // A device enforcing two conduits of one path sees the flow twice; list it once.
                    if (justified.isEmpty() || justified.get(justified.size() - 1) != flow) {
                        ((InternalEList<Flow>) justified).addUnique(flow);
                    }
                }
            }
        }
        for (Map.Entry<Asset, Map<String, FirewallRule>> entry : ruleSets.entrySet()) {
            Asset device = entry.getKey();
            List<FirewallRule> rules = new ArrayList<>(entry.getValue().values());
            rules.add(denyAll());
            String idFormat = rules.size() < 1000 ? "%s-R%03d" : "%s-R%05d";
            for (int i = 0; i < rules.size(); i++) {
                FirewallRule rule = rules.get(i);
                rule.setOrder((i + 1) * 10);
                rule.setId(String.format(idFormat, device.getId(), i + 1));
            }
            ((InternalEList<FirewallRule>) device.getFirewallRules()).addAllUnique(rules);
        }
    }

    private static FirewallRule allow(Flow flow, ModelElement destination) {
        FirewallRule rule = ItotFactory.eINSTANCE.createFirewallRule();
        rule.setName("Allow " + flow.getSource().getName() + " to "
                + destination.getName() + " " + flow.getProtocol().getName());
        rule.setAction(RuleAction.ALLOW);
        rule.setSource(flow.getSource());
        rule.setDestination((NetworkScope) destination);
        rule.setProtocol(flow.getProtocol());
        for (PortRange port : flow.getPorts()) {
            rule.getPorts().add(EcoreUtil.copy(port));
        }
        return rule;
    }

    private static FirewallRule denyAll() {
        FirewallRule rule = ItotFactory.eINSTANCE.createFirewallRule();
        rule.setName("Deny and log everything else");
        rule.setAction(RuleAction.DENY);
        rule.setLogging(true);
        return rule;
    }

    private static String portsText(List<PortRange> ports) {
        StringBuilder text = new StringBuilder();
        for (PortRange port : ports) {
            text.append(PortRanges.format(port)).append(',');
        }
        return text.toString();
    }
}
