package org.itot.model.query;

import org.itot.model.Asset;
import org.itot.model.FirewallRule;

/** Bodies of the derived operations of {@link FirewallRule}. */
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
}
