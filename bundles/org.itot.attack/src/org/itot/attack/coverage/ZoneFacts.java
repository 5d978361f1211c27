package org.itot.attack.coverage;

import java.util.List;

import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.Zone;

/**
 * What the criteria look at for one zone, gathered once: its own assets (a sub-zone is its own
 * zone), its conduits, the devices enforcing them, and the flows that end at its assets.
 */
record ZoneFacts(Zone zone, List<Asset> assets, List<Conduit> conduits, List<Asset> enforcingDevices,
        List<Flow> incomingFlows) {

    List<Flow> remoteAccessFlows() {
        return incomingFlows.stream().filter(Flow::isRemoteAccess).toList();
    }
}
