package org.itot.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.itot.validation.rules.Catalogue;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.Severity;

/**
 * The rules the desktop validates with, in catalogue order: the built-in packs, then any user packs handed in. The
 * desktop loads no user packs yet; {@link #of(List)} is how a caller that has some (a preference, a project file)
 * lists them too.
 */
public final class KnownRules {

    private KnownRules() {
    }

    /** The built-in catalogue, the rules other tools evaluate (itot reconcile's ASB rules) included. */
    public static List<RuleEntry> builtIn() {
        List<RulePack> packs = new ArrayList<>(Catalogue.builtIn());
        packs.addAll(Catalogue.evaluatedElsewhere());
        return of(packs);
    }

    /** The rules of the given packs, one entry per rule ID (first pack wins), in pack order. */
    public static List<RuleEntry> of(List<RulePack> packs) {
        Map<String, List<CompiledRule>> byId = new LinkedHashMap<>();
        for (RulePack pack : packs) {
            for (CompiledRule rule : pack.rules()) {
                List<CompiledRule> invariants = byId.computeIfAbsent(rule.definition().id(), id -> new ArrayList<>());
                if (invariants.isEmpty() || invariants.get(0).definition().source().equals(rule.definition().source())) {
                    invariants.add(rule);
                }
            }
        }
        List<RuleEntry> entries = new ArrayList<>();
        byId.values().forEach(invariants -> {
            TreeSet<Severity> severities = new TreeSet<>();
            invariants.forEach(rule -> severities.add(rule.severity()));
            entries.add(new RuleEntry(invariants.get(0).definition(), List.copyOf(severities)));
        });
        return entries;
    }

    public static Optional<RuleEntry> find(String ruleId) {
        return builtIn().stream().filter(entry -> entry.id().equals(ruleId)).findFirst();
    }

    /** The name of a built-in rule family, e.g. "Segmentation and Purdue structure" for SEG. */
    public static String familyName(String family) {
        return switch (family) {
        case "SEG" -> "Segmentation and Purdue structure";
        case "BND" -> "Zone boundary protection and firewall rule sets";
        case "EXT" -> "Internet exposure and remote access";
        case "PRO" -> "Protocols and least functionality";
        case "MON" -> "Monitoring and response";
        case "IAM" -> "Identity, RBAC and least privilege";
        case "OPS" -> "Operations: patching, ownership, inventory";
        case "SL" -> "IEC 62443 security levels";
        case "ASB" -> "As built vs as designed (itot reconcile)";
        default -> family + " (user rule pack)";
        };
    }
}
