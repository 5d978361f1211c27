package org.itot.export.excel.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.query.FirewallRuleQuery;

/**
 * Which rule of an ordered rule set decides each flow (first match wins), for the register's
 * "matching flows". Rules are indexed by source scope, so a flow is only tried against the rules
 * whose source can be it (any, its asset, a zone it is in): a large plant's device has thousands of
 * rules and tens of thousands of passing flows.
 */
public final class FirstMatch {

    private static final Object ANY = new Object();

    private FirstMatch() {
    }

    /**
     * @param ordered the device's rules in evaluation order
     * @param flows the flows that pass the device
     * @return the flows each rule decides, in the order given; rules that decide none are absent
     */
    public static Map<FirewallRule, List<Flow>> of(List<FirewallRule> ordered, List<Flow> flows) {
        Map<Object, List<Integer>> bySource = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Object source = ordered.get(i).getSource();
            bySource.computeIfAbsent(source == null ? ANY : source, s -> new ArrayList<>()).add(i);
        }
        Map<FirewallRule, List<Flow>> decided = new IdentityHashMap<>();
        for (Flow flow : flows) {
            int first = Integer.MAX_VALUE;
            first = Math.min(first, firstIn(bySource.get(ANY), ordered, flow));
            if (flow.getSource() != null) {
                for (EObject scope = flow.getSource(); scope != null; scope = scope.eContainer()) {
                    first = Math.min(first, firstIn(bySource.get(scope), ordered, flow));
                }
            }
            if (first != Integer.MAX_VALUE) {
                decided.computeIfAbsent(ordered.get(first), r -> new ArrayList<>()).add(flow);
            }
        }
        return decided;
    }

    private static int firstIn(List<Integer> candidates, List<FirewallRule> ordered, Flow flow) {
        if (candidates != null) {
            for (int index : candidates) {
                if (FirewallRuleQuery.matches(ordered.get(index), flow)) {
                    return index;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
