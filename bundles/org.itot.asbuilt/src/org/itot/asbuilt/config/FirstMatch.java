package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.List;

/**
 * First-match semantics over the packet space: what each rule of an ordered list really decides, i.e. its match
 * without everything an earlier rule already decided, and what is left for the default.
 */
public final class FirstMatch {

    /** What one rule (or the default, {@code rule == null}) decides. */
    public record Decision<R>(R rule, PacketSet effective, boolean permit) {
    }

    /** A rule of an ordered list: its match and whether it permits. */
    public record Entry<R>(R rule, PacketSet match, boolean permit) {
    }

    private FirstMatch() {
    }

    /** Every rule's effective part in order, then the default's. */
    public static <R> List<Decision<R>> decide(List<Entry<R>> rules, boolean defaultPermit) {
        List<Decision<R>> decisions = new ArrayList<>();
        PacketSet remaining = PacketSet.all();
        for (Entry<R> entry : rules) {
            PacketSet effective = remaining.intersect(entry.match());
            decisions.add(new Decision<>(entry.rule(), effective, entry.permit()));
            remaining = remaining.minus(entry.match());
        }
        decisions.add(new Decision<>(null, remaining, defaultPermit));
        return decisions;
    }
}
