package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains of rules as netfilter has them (iptables and nftables alike): a rule accepts, drops, returns, jumps into
 * another chain, or does nothing final (log, count). {@link #flatten} turns a base chain into the first-match list
 * of accept and drop rules the comparison needs.
 */
final class Chains {

    /** What a rule does when it matches. */
    enum Verdict {
        ACCEPT, DROP, RETURN, JUMP, NONE
    }

    /**
     * One rule of a chain.
     *
     * @param unsupported a match the packet space cannot hold (the rule is then left out, with a note), or null
     */
    record Rule(long line, String text, PacketSet match, Verdict verdict, String target, String unsupported) {
    }

    private static final int MAX_DEPTH = 32;

    private final String file;
    private final Map<String, List<Rule>> chains = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Chains(String file) {
        this.file = file;
    }

    void declare(String chain) {
        chains.computeIfAbsent(chain, c -> new ArrayList<>());
    }

    boolean has(String chain) {
        return chains.containsKey(chain);
    }

    void add(String chain, Rule rule) {
        chains.computeIfAbsent(chain, c -> new ArrayList<>()).add(rule);
    }

    List<String> notes() {
        return notes;
    }

    /** The chain's accept and drop rules as its caller sees them: within the context, after the chain's RETURNs. */
    List<DeviceRule> flatten(String chain) throws ConfigReadException {
        List<DeviceRule> rules = new ArrayList<>();
        flatten(chain, PacketSet.all(), rules, 0);
        return rules;
    }

    private void flatten(String chain, PacketSet context, List<DeviceRule> into, int depth)
            throws ConfigReadException {
        if (depth > MAX_DEPTH) {
            throw new ConfigReadException(file, 0, "chains jump into each other more than " + MAX_DEPTH
                    + " deep (a loop?) starting at " + chain);
        }
        PacketSet returned = PacketSet.none();
        int position = 0;
        for (Rule rule : chains.getOrDefault(chain, List.of())) {
            position++;
            if (rule.verdict() == Verdict.NONE) {
                continue;
            }
            if (rule.unsupported() != null) {
                notes.add(file + ":" + rule.line() + ": " + chain + " rule " + position + " not compared: "
                        + rule.unsupported() + " narrows it in a way reconcile cannot place in the packet space");
                continue;
            }
            PacketSet match = context.intersect(rule.match()).minus(returned);
            switch (rule.verdict()) {
            case JUMP -> {
                if (!chains.containsKey(rule.target())) {
                    throw new ConfigReadException(file, rule.line(), "jumps to chain '" + rule.target()
                            + "', which the configuration does not declare");
                }
                flatten(rule.target(), match, into, depth + 1);
            }
            case RETURN -> returned = returned.union(match);
            case ACCEPT -> into.add(new DeviceRule(chain + " rule " + position, rule.line(), match, true,
                    rule.text()));
            case DROP -> into.add(new DeviceRule(chain + " rule " + position, rule.line(), match, false,
                    rule.text()));
            default -> {
                // NONE is skipped above
            }
            }
        }
    }
}
