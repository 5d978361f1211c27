package org.itot.analysis.paths;

import java.util.List;

import org.itot.model.Asset;
import org.itot.model.ModelElement;
import org.itot.model.Zone;

/**
 * One step of an attack path: into zone {@code to} (from {@code from}, null for the first step of an
 * entry) by way of {@code element} (a conduit, flow, dual-homed asset, or what attaches an entry).
 * {@code conduits} are the conduits the step crosses (one for a conduit hop, the route for a flow).
 */
public record Hop(HopKind kind, ModelElement element, Zone from, Zone to, List<ModelElement> conduits,
        List<Asset> enforcing, List<Asset> monitoring) {

    public boolean monitored() {
        return !monitoring.isEmpty();
    }
}
