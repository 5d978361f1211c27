package org.itot.analysis.paths;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.itot.model.Asset;
import org.itot.model.ModelElement;

/**
 * One way from an entry point to a target asset. {@code barriers} counts independent enforcement
 * points (an HA pair or redundancy group once, a device crossed twice once); {@code monitoredHops}
 * the hops that cross a monitored conduit.
 */
public record AttackPath(EntryPoint entry, Asset target, List<Hop> hops, int barriers, int monitoredHops) {

    /** Distinct enforcing devices along the path, in the order they are crossed. */
    public List<Asset> enforcingDevices() {
        Set<Asset> devices = new LinkedHashSet<>();
        hops.forEach(hop -> devices.addAll(hop.enforcing()));
        return new ArrayList<>(devices);
    }

    /** Distinct monitoring devices along the path, in the order they are crossed. */
    public List<Asset> monitoringDevices() {
        Set<Asset> devices = new LinkedHashSet<>();
        hops.forEach(hop -> devices.addAll(hop.monitoring()));
        return new ArrayList<>(devices);
    }

    /** Every model element the path uses (hop elements and the zones it passes), for highlighting. */
    public List<ModelElement> elements() {
        Set<ModelElement> elements = new LinkedHashSet<>();
        for (Hop hop : hops) {
            if (hop.from() != null) {
                elements.add(hop.from());
            }
            elements.add(hop.element());
            elements.addAll(hop.conduits());
            elements.add(hop.to());
        }
        elements.add(target);
        return new ArrayList<>(elements);
    }

    /**
     * Identity of the path across two versions of a model: entry, target and the ids of the hop
     * elements, so the same route in an edited copy has the same key.
     */
    public String key() {
        StringBuilder key = new StringBuilder(entry.id()).append(" -> ").append(PathText.id(target)).append(" via ");
        for (int i = 0; i < hops.size(); i++) {
            key.append(i == 0 ? "" : ", ").append(PathText.id(hops.get(i).element()));
        }
        return key.toString();
    }
}
