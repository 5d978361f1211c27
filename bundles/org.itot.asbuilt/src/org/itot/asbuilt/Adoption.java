package org.itot.asbuilt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.asbuilt.net.Ip;
import org.itot.asbuilt.traffic.ObservedSession;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.NetworkInterface;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.Transport;
import org.itot.model.Zone;
import org.itot.model.edit.command.ElementIds;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.query.PortRanges;

/**
 * What {@code itot reconcile --adopt} adds to a model, as one undoable command: each unknown host whose address a
 * zone's subnet holds, as an asset of that zone marked as discovered ({@link Asset#isDiscovered()}), and each
 * undocumented session between known or adopted hosts, as a flow marked so too. A brownfield site so gets a first
 * model from its own traffic. Hosts in no zone's subnet are not adopted: where they belong is for an engineer to say.
 */
public final class Adoption {

    /** Names and descriptions of adopted elements start with this, so they can be found and reviewed. */
    public static final String DISCOVERED = "Discovered";

    private final ArchitectureModel model;
    private final Command command;
    private final List<Asset> hosts = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<TrafficReconciliation.UnknownHost> left = new ArrayList<>();

    /** What to adopt into a model loaded into a resource set, with the editing domain of that set. */
    public Adoption(ArchitectureModel model, TrafficReconciliation reconciliation) {
        this(model, reconciliation, ModelEditing.domainFor(model));
    }

    public Adoption(ArchitectureModel model, TrafficReconciliation reconciliation, EditingDomain domain) {
        this.model = model;
        CompoundCommand compound = new CompoundCommand("Adopt Observed Hosts and Sessions");
        Map<Ip, Asset> adopted = new HashMap<>();
        Set<String> given = new HashSet<>();
        int nextAsset = number(ElementIds.next(model, ElementIds.ASSET_PREFIX));
        for (TrafficReconciliation.UnknownHost host : reconciliation.unknownHosts()) {
            if (host.zone() == null) {
                left.add(host);
                continue;
            }
            Asset asset = ItotFactory.eINSTANCE.createAsset();
            asset.setId(free(model, ElementIds.ASSET_PREFIX, nextAsset++, given));
            asset.setName(DISCOVERED + " " + host.address());
            asset.setDiscovered(true);
            AssetType type = guessType(model, host);
            asset.setType(type);
            asset.setDescription(DISCOVERED + " by itot reconcile: seen " + Evidence.traffic(host.file(), host.line(),
                    host.count(), host.first(), host.last()).describe() + ". Type " + type.getLiteral()
                    + " guessed from its traffic; check it, and its vendor, owner and criticality.");
            NetworkInterface networkInterface = ItotFactory.eINSTANCE.createNetworkInterface();
            networkInterface.setName("discovered");
            networkInterface.setZone(host.zone());
            networkInterface.getAddresses().add(host.address().toString());
            networkInterface.setVlan(host.vlan());
            asset.getInterfaces().add(networkInterface);
            compound.append(AddCommand.create(domain, host.zone(), ItotPackage.Literals.ZONE__ASSETS, asset));
            adopted.put(host.address(), asset);
            hosts.add(asset);
        }
        int nextFlow = number(ElementIds.next(model, ElementIds.FLOW_PREFIX));
        for (TrafficReconciliation.UndocumentedSession session : reconciliation.undocumentedSessions()) {
            Asset source = session.source() != null ? session.source() : adopted.get(session.sourceAddress());
            Asset target = session.target() != null ? session.target() : adopted.get(session.targetAddress());
            if (source == null || target == null) {
                continue;
            }
            Flow flow = ItotFactory.eINSTANCE.createFlow();
            flow.setId(free(model, ElementIds.FLOW_PREFIX, nextFlow++, given));
            Protocol protocol = ServiceMatch.protocol(model, session.transport(), session.port());
            String service = ServiceMatch.describe(model, session.transport(), session.port());
            flow.setName(DISCOVERED + " " + service);
            flow.setDiscovered(true);
            flow.setSource(source);
            flow.setTarget(target);
            flow.setProtocol(protocol);
            if (session.port() >= 0 && (session.transport().equals("tcp") || session.transport().equals("udp"))) {
                flow.getPorts().add(PortRanges.of(session.transport().equals("tcp") ? Transport.TCP : Transport.UDP,
                        session.port(), session.port()));
            }
            flow.setPurpose(DISCOVERED + " by itot reconcile: " + session.sourceAddress() + " -> "
                    + session.targetAddress() + " " + service + ", seen " + Evidence.traffic(session.file(),
                            session.line(), session.count(), session.first(), session.last()).describe()
                    + ". Give its purpose, or stop it on the plant.");
            compound.append(AddCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__FLOWS, flow));
            flows.add(flow);
        }
        command = compound;
    }

    /**
     * Adds everything through the command stack of the model's editing domain (so one undo takes it back).
     *
     * @return false when there was nothing to adopt
     */
    public boolean execute() {
        if (!command.canExecute()) {
            return false;
        }
        ModelEditing.commandStackFor(model).execute(command);
        return true;
    }

    /** The command that adds everything; nothing to adopt gives a command that cannot execute. */
    public Command command() {
        return command;
    }

    public List<Asset> hosts() {
        return hosts;
    }

    public List<Flow> flows() {
        return flows;
    }

    /** Unknown hosts no zone's subnet holds: not adopted. */
    public List<TrafficReconciliation.UnknownHost> notAdopted() {
        return left;
    }

    /**
     * A controller when the host answers an industrial protocol, a server when it answers anything else, else a
     * workstation: a first guess the description asks to check.
     */
    private static AssetType guessType(ArchitectureModel model, TrafficReconciliation.UnknownHost host) {
        boolean server = false;
        for (ObservedSession session : host.sessions()) {
            if (session.destination().equals(host.address())) {
                Protocol protocol = ServiceMatch.protocol(model, session.transport(), session.port());
                if (protocol != null && protocol.getCategory() == ProtocolCategory.INDUSTRIAL) {
                    return AssetType.PLC;
                }
                server = true;
            }
        }
        return server ? AssetType.APPLICATION_SERVER : AssetType.WORKSTATION;
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    /** An id no element has and this adoption has not given yet. */
    private static String free(ArchitectureModel model, String prefix, int number, Set<String> given) {
        int candidate = number;
        String id = String.format("%s-%03d", prefix, candidate);
        while (given.contains(id) || ElementIds.isUsed(model, id)) {
            id = String.format("%s-%03d", prefix, ++candidate);
        }
        given.add(id);
        return id;
    }
}
