package org.itot.asbuilt;

import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.RuleDefinition;

/**
 * The as-built rules of the catalogue ({@code rules/asbuilt.ocl} of org.itot.validation, which the validator does not
 * run), by their stable ids.
 */
public final class AsBuiltRules {

    public static final String UNDOCUMENTED_SESSION = "ASB-01";
    public static final String UNKNOWN_HOST = "ASB-02";
    public static final String FLOW_NEVER_SEEN = "ASB-03";
    public static final String DEVICE_PERMITS_DENIED = "ASB-04";
    public static final String RULE_MISSING_ON_DEVICE = "ASB-05";
    public static final String DEVICE_RULE_NEVER_MATCHES = "ASB-06";
    public static final String DEVICE_ADDRESS_DISAGREES = "ASB-07";

    private AsBuiltRules() {
    }

    /** The catalogue's definition of a rule; a missing one is a defect of the product. */
    public static RuleDefinition definition(String id) {
        return Catalogue.evaluatedElsewhere().stream().flatMap(pack -> pack.definitions().stream())
                .filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rule catalogue has no " + id));
    }
}
