package org.itot.model.query;

import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ListeningService;
import org.itot.model.PortRange;

/**
 * PRO-03's "unused service": a listening service that no flow to its asset uses. A flow uses a service
 * when protocol and ports do not contradict it; an unknown value on either side matches (the
 * one definition, behind {@code Asset.getUnusedServices()}, which PRO-03 and the ATT&CK coverage ask).
 */
public final class ListeningServiceQuery {

    private ListeningServiceQuery() {
    }

    public static boolean usedBy(ListeningService service, Flow flow) {
        if (service.getProtocol() != null && flow.getProtocol() != null && flow.getProtocol() != service.getProtocol()) {
            return false;
        }
        List<PortRange> used = FlowQuery.effectivePorts(flow);
        if (service.getPorts().isEmpty() || used.isEmpty()) {
            return true;
        }
        return used.stream().anyMatch(port -> service.getPorts().stream().anyMatch(own -> PortRanges.contains(own, port)));
    }

    /** The asset's listening services that no modelled flow to the asset uses. */
    public static EList<ListeningService> unused(Asset asset) {
        List<Flow> incoming = InverseReferences.incomingFlows(asset);
        return ECollections.unmodifiableEList(new BasicEList<>(asset.getListeningServices().stream()
                .filter(service -> incoming.stream().noneMatch(flow -> usedBy(service, flow))).toList()));
    }
}
