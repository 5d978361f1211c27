package org.itot.analysis.paths;

import java.util.List;

import org.itot.model.Zone;

/**
 * One entry point: its kind, whether the model shows it ({@code modelled}) or the analysis assumed it
 * from weaker hints ({@code defaulted}), and the zones an attacker lands in from it.
 *
 * @param id stable key, e.g. {@code internet} or {@code chosen:PLC-1}
 */
public record EntryPoint(String id, String label, EntryKind kind, boolean modelled, List<Zone> zones) {

    public String origin() {
        return modelled ? "modelled" : "defaulted";
    }
}
