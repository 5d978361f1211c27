package org.itot.analysis.paths;

import org.itot.model.query.BarrierGraph;

/** How an attacker moves one step along a path. */
public enum HopKind {
    /**
     * From an entry point onto a zone; the element says why (the zone itself, an exposed asset, an
     * access point, a remote-access flow).
     */
    ENTRY,
    /** Across a conduit between two zones. */
    CONDUIT,
    /** Along a modelled flow, from its source's zone to its target's zone, over the conduits it is routed on. */
    FLOW,
    /** Through an asset with interfaces in both zones (dual-homed): no conduit, no barrier. */
    BYPASS;

    /** The hop that a step of the model's {@link BarrierGraph} is (the graph the paths walk). */
    static HopKind of(BarrierGraph.EdgeKind kind) {
        return switch (kind) {
        case ENTRY -> ENTRY;
        case CONDUIT -> CONDUIT;
        case FLOW -> FLOW;
        case BYPASS -> BYPASS;
        };
    }
}
