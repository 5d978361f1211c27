package org.itot.model.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Criticality;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.NetworkInterface;
import org.itot.model.Ownership;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.library.ProtocolLibrary;
import org.itot.model.query.SecurityLevels;

/**
 * Creates the elements of a template or synthetic model with the attributes the rule catalogue
 * expects filled in, so the template code reads as the architecture it describes.
 */
final class ModelBuilder {

    private static final ItotFactory FACTORY = ItotFactory.eINSTANCE;

    final ArchitectureModel model;
    private final Map<String, Protocol> protocols = new HashMap<>();
    private final String flowIdFormat;
    private int flowCount;

    ModelBuilder(String id, String name, String flowIdFormat) {
        this.flowIdFormat = flowIdFormat;
        model = FACTORY.createArchitectureModel();
        model.setId(id);
        model.setName(name);
        model.setFormatVersion(ModelTemplates.FORMAT_VERSION);
        List<Protocol> library = ProtocolLibrary.builtIn();
        model.getProtocols().addAll(library);
        for (Protocol protocol : library) {
            protocols.put(protocol.getId(), protocol);
        }
    }

    Protocol protocol(String id) {
        Protocol protocol = protocols.get(id);
        if (protocol == null) {
            throw new IllegalArgumentException("no protocol with id '" + id + "' in the library");
        }
        return protocol;
    }

    /** A top-level zone with every attribute OPS-02 and SL-01 ask for. */
    Zone zone(String id, String name, ZoneKind kind, PurdueLevel level, Ownership owner, String organisation,
            int securityLevel, boolean trusted) {
        Zone zone = FACTORY.createZone();
        zone.setId(id);
        zone.setName(name);
        zone.setKind(kind);
        zone.setPurdueLevel(level);
        zone.setOwner(owner);
        zone.setAccountableOrganisation(organisation);
        zone.setSlTarget(SecurityLevels.uniform(securityLevel));
        zone.setTrusted(trusted);
        model.getZones().add(zone);
        return zone;
    }

    /**
     * An asset owned like its zone, with default credentials changed and a security-level
     * capability that meets its zone's target (so SL-03 needs no countermeasure).
     */
    Asset asset(Zone zone, String id, String name, AssetType type, Criticality criticality) {
        Asset asset = FACTORY.createAsset();
        asset.setId(id);
        asset.setName(name);
        asset.setType(type);
        asset.setOwner(zone.getOwner());
        asset.setCriticality(criticality);
        asset.setDefaultCredentialsChanged(true);
        asset.setSlCapability(SecurityLevels.uniform(SecurityLevels.scalar(zone.getSlTarget())));
        // Fresh objects: skip the list's linear uniqueness check, which synthetic plants would feel.
        ((InternalEList<Asset>) zone.getAssets()).addUnique(asset);
        return asset;
    }

    /** Register data (OPS-03). */
    static Asset register(Asset asset, String vendor, String productModel, String firmware, String location) {
        asset.setVendor(vendor);
        asset.setProductModel(productModel);
        asset.setFirmware(firmware);
        asset.setLocation(location);
        return asset;
    }

    static NetworkInterface networkInterface(Asset asset, String name, Zone zone, String address, int vlan) {
        NetworkInterface networkInterface = FACTORY.createNetworkInterface();
        networkInterface.setName(name);
        networkInterface.setZone(zone);
        if (address != null) {
            networkInterface.getAddresses().add(address);
        }
        networkInterface.setVlan(vlan);
        asset.getInterfaces().add(networkInterface);
        return networkInterface;
    }

    /**
     * A conduit between two zones; its target level is the higher of the two zones' (the
     * common practice BND-08 refers to).
     */
    Conduit conduit(String id, String name, Zone first, Zone second, ConduitMedium medium, Ownership owner,
            String organisation) {
        Conduit conduit = FACTORY.createConduit();
        conduit.setId(id);
        conduit.setName(name);
        conduit.getZones().add(first);
        conduit.getZones().add(second);
        conduit.setMedium(medium);
        conduit.setOwner(owner);
        conduit.setAccountableOrganisation(organisation);
        int level = Math.max(SecurityLevels.scalar(first.getSlTarget()), SecurityLevels.scalar(second.getSlTarget()));
        conduit.setSlTarget(SecurityLevels.uniform(level));
        model.getConduits().add(conduit);
        return conduit;
    }

    /** A flow on the protocol's first default port; ids are numbered in creation order. */
    Flow flow(Asset source, Asset target, String protocolId, FlowOperation operation, String purpose) {
        Protocol protocol = protocol(protocolId);
        if (protocol.getDefaultPorts().isEmpty()) {
            throw new IllegalArgumentException(protocolId + " has no ports; name the flow's ports explicitly");
        }
        return flow(source, target, protocolId, protocol.getDefaultPorts().get(0), operation, purpose);
    }

    Flow flow(Asset source, Asset target, String protocolId, PortRange port, FlowOperation operation,
            String purpose) {
        Protocol protocol = protocol(protocolId);
        Flow flow = FACTORY.createFlow();
        flowCount++;
        flow.setId(String.format(flowIdFormat, flowCount));
        flow.setName(source.getName() + " to " + target.getName() + " (" + protocol.getName() + ")");
        flow.setSource(source);
        flow.setTarget(target);
        flow.setProtocol(protocol);
        flow.getPorts().add(EcoreUtil.copy(port));
        flow.setOperation(operation);
        flow.setPurpose(purpose);
        ((InternalEList<Flow>) model.getFlows()).addUnique(flow);
        return flow;
    }
}
