package org.itot.analysis.paths;

import java.util.List;

import org.itot.model.Asset;

/**
 * The result of one analysis: the entry points found, the targets, the paths weakest first, why the
 * search may be incomplete ({@code truncation}: the depth, expansion, per-zone or total limit cut it;
 * empty when complete) and where the per-target limit kept only the weakest paths of an entry and
 * target ({@code limited}: the search saw more, by design not all listed).
 */
public record PathReport(List<EntryPoint> entries, List<Asset> targets, List<AttackPath> paths,
        List<String> truncation, List<String> limited, int expansions) {

    public boolean truncated() {
        return !truncation.isEmpty();
    }
}
