package org.itot.asbuilt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itot.asbuilt.net.Cidr;
import org.itot.asbuilt.net.Ip;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.NetworkInterface;
import org.itot.model.Zone;

/**
 * Who is who on the plant, as the model says: each interface address names its asset; the zone of an address is the
 * zone whose subnet holds it. A zone's subnets are the blocks its interfaces give with a prefix ({@code 10.20.1.5/24});
 * a zone whose interfaces give bare addresses gets the /24 (IPv4) or /64 (IPv6) around them, unless another zone's
 * addresses fall into the same block (then neither claims it). A VLAN that only one zone's interfaces use names that
 * zone for an address no subnet holds.
 */
public final class AddressBook {

    /** A zone's address block, and whether it was given in the model or inferred from bare addresses. */
    public record Subnet(Cidr block, Zone zone, boolean given) {
    }

    private final Map<Ip, Asset> assets = new HashMap<>();
    private final Map<Ip, NetworkInterface> interfaces = new HashMap<>();
    private final List<Subnet> subnets;
    private final Map<Integer, Zone> zoneByVlan = new HashMap<>();
    private final List<String> unreadableAddresses = new ArrayList<>();

    public AddressBook(ArchitectureModel model) {
        List<Subnet> given = new ArrayList<>();
        Map<Cidr, Set<Zone>> inferred = new LinkedHashMap<>();
        Set<Zone> zonesWithGivenSubnets = new HashSet<>();
        Map<Integer, Set<Zone>> vlanZones = new HashMap<>();
        for (Asset asset : model.getAllAssets()) {
            for (NetworkInterface networkInterface : asset.getInterfaces()) {
                Zone zone = networkInterface.getZone() != null ? networkInterface.getZone() : asset.getZone();
                if (networkInterface.getVlan() > 0 && zone != null) {
                    vlanZones.computeIfAbsent(networkInterface.getVlan(), v -> new HashSet<>()).add(zone);
                }
                for (String text : networkInterface.getAddresses()) {
                    Cidr block = Cidr.parse(text);
                    Ip address = block == null ? null : Ip.parse(text.strip().split("/")[0]);
                    if (address == null) {
                        unreadableAddresses.add(ModelText.label(asset) + ": '" + ModelText.clip(text) + "'");
                        continue;
                    }
                    assets.putIfAbsent(address, asset);
                    interfaces.putIfAbsent(address, networkInterface);
                    if (zone == null) {
                        continue;
                    }
                    if (!block.isSingleAddress()) {
                        given.add(new Subnet(block, zone, true));
                        zonesWithGivenSubnets.add(zone);
                    } else {
                        Cidr around = new Cidr(address, address.v6() ? 64 : 24);
                        inferred.computeIfAbsent(around, b -> new HashSet<>()).add(zone);
                    }
                }
            }
        }
        List<Subnet> all = new ArrayList<>(given);
        inferred.forEach((block, zones) -> {
            Zone zone = zones.size() == 1 ? zones.iterator().next() : null;
            boolean coveredByGiven = given.stream().anyMatch(subnet -> subnet.block().contains(block.network()));
            if (zone != null && !zonesWithGivenSubnets.contains(zone) && !coveredByGiven) {
                all.add(new Subnet(block, zone, false));
            }
        });
        // Most specific first, so that the first block holding an address is the right one.
        all.sort(Comparator.comparingInt((Subnet subnet) -> -subnet.block().prefix()));
        subnets = List.copyOf(all);
        vlanZones.forEach((vlan, zones) -> {
            if (zones.size() == 1) {
                zoneByVlan.put(vlan, zones.iterator().next());
            }
        });
    }

    /** The asset with this interface address, or {@code null}. */
    public Asset asset(Ip address) {
        return assets.get(address);
    }

    public NetworkInterface networkInterface(Ip address) {
        return interfaces.get(address);
    }

    /**
     * The zone of an address: its asset's interface zone, else the most specific subnet that holds it, else the
     * zone of its VLAN (0: none); {@code null} when nothing tells.
     */
    public Zone zone(Ip address, int vlan) {
        NetworkInterface known = interfaces.get(address);
        if (known != null) {
            Zone zone = known.getZone() != null ? known.getZone() : ((Asset) known.eContainer()).getZone();
            if (zone != null) {
                return zone;
            }
        }
        Subnet subnet = subnet(address);
        if (subnet != null) {
            return subnet.zone();
        }
        return vlan > 0 ? zoneByVlan.get(vlan) : null;
    }

    /** The most specific subnet that holds the address, or {@code null}. */
    public Subnet subnet(Ip address) {
        for (Subnet subnet : subnets) {
            if (subnet.block().contains(address)) {
                return subnet;
            }
        }
        return null;
    }

    public List<Subnet> subnets() {
        return subnets;
    }

    /** Every address of an asset's interfaces that reads as an address. */
    public static List<Ip> addresses(Asset asset) {
        List<Ip> result = new ArrayList<>();
        for (NetworkInterface networkInterface : asset.getInterfaces()) {
            for (String text : networkInterface.getAddresses()) {
                Ip address = Ip.parse(text.strip().split("/")[0]);
                if (address != null) {
                    result.add(address);
                }
            }
        }
        return result;
    }

    /** Interface addresses of the model that are no address ("asset: 'text'"), to report rather than guess. */
    public List<String> unreadableAddresses() {
        return unreadableAddresses;
    }
}
