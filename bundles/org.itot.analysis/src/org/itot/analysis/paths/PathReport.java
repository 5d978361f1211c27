package org.itot.analysis.paths;

import java.util.List;

import org.itot.model.Asset;

/**
 * The result of one analysis: the entry points found, the targets, the paths weakest first, and
 * why the list may be incomplete ({@code truncation} is empty when it is complete).
 */
public record PathReport(List<EntryPoint> entries, List<Asset> targets, List<AttackPath> paths,
        List<String> truncation, int expansions) {

    public boolean truncated() {
        return !truncation.isEmpty();
    }
}
