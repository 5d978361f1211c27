package org.itot.asbuilt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.net.Cidr;
import org.itot.asbuilt.net.Ip;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.ItotFactory;
import org.itot.model.NetworkInterface;
import org.itot.model.Zone;
import org.junit.jupiter.api.Test;

/** Who is who: interface addresses name assets; given subnets, inferred /24s and VLANs name zones. */
class AddressBookTest {

    private final ArchitectureModel model = ItotFactory.eINSTANCE.createArchitectureModel();

    @Test
    void givenSubnetsWinOverInferredOnesAndTheMostSpecificBlockDecides() {
        Zone control = zone("Z-CTL");
        Zone cell = zone("Z-CELL");
        Zone supervisory = zone("Z-SUP");
        asset(control, "GW-CTL", "10.10.0.1/16", 10);
        asset(cell, "GW-CELL", "10.10.5.1/24", 0);
        asset(supervisory, "HMI", "10.20.1.11", 20);
        AddressBook book = new AddressBook(model);

        assertEquals(cell, book.zone(Ip.parse("10.10.5.77"), 0), "the /24 inside the /16");
        assertEquals(control, book.zone(Ip.parse("10.10.9.9"), 0));
        assertEquals(supervisory, book.zone(Ip.parse("10.20.1.200"), 0), "the /24 around a bare address");
        assertEquals("HMI", book.asset(Ip.parse("10.20.1.11")).getId());
        assertNull(book.asset(Ip.parse("10.20.1.12")));
        assertNull(book.zone(Ip.parse("192.168.1.1"), 0));
        assertEquals(supervisory, book.zone(Ip.parse("192.168.1.1"), 20), "only Z-SUP uses VLAN 20");
    }

    @Test
    void twoZonesWithBareAddressesInOneBlockClaimNeitherAndUnreadableAddressesAreListed() {
        Zone first = zone("Z-A");
        Zone second = zone("Z-B");
        asset(first, "A1", "172.16.0.10", 0);
        asset(second, "B1", "172.16.0.20", 0);
        asset(second, "B2", "not-an-address", 0);
        AddressBook book = new AddressBook(model);
        assertNull(book.zone(Ip.parse("172.16.0.99"), 0));
        assertEquals(first, book.zone(Ip.parse("172.16.0.10"), 0), "a known address keeps its interface's zone");
        assertEquals(List.of("B2 (B2): 'not-an-address'"), book.unreadableAddresses());
    }

    @Test
    void addressesAndBlocksParseWithoutNameLookups() {
        assertNull(Ip.parse("plc01.plant.local"), "a name is not an address, and is never resolved");
        assertNull(Ip.parse("10.0.0.256"));
        assertNull(Ip.parse("10.0.0"));
        assertEquals("2001:db8::1", Ip.parse("2001:db8::1").toString());
        assertTrue(Ip.parse("2001:db8::1").v6());
        assertFalse(Ip.parse("224.0.0.251").isHost());
        assertFalse(Ip.parse("ff02::fb").isHost());
        assertEquals(new Cidr(Ip.parse("10.20.1.0"), 24), Cidr.parse("10.20.1.77/255.255.255.0"));
        assertNull(Cidr.parse("10.20.1.0/255.0.255.0"), "not a contiguous mask");
        assertEquals(32, Cidr.parse("10.0.0.1/255.255.255.255").prefix());
        assertTrue(Cidr.parse("2001:db8::/32").contains(Ip.parse("2001:db8:ffff::1")));
        assertEquals("10.20.1.255", Cidr.parse("10.20.1.0/24").last().toString());
    }

    private Zone zone(String id) {
        Zone zone = ItotFactory.eINSTANCE.createZone();
        zone.setId(id);
        model.getZones().add(zone);
        return zone;
    }

    private static void asset(Zone zone, String id, String address, int vlan) {
        Asset asset = ItotFactory.eINSTANCE.createAsset();
        asset.setId(id);
        asset.setName(id);
        asset.setType(AssetType.WORKSTATION);
        NetworkInterface networkInterface = ItotFactory.eINSTANCE.createNetworkInterface();
        networkInterface.setZone(zone);
        networkInterface.getAddresses().add(address);
        networkInterface.setVlan(vlan);
        asset.getInterfaces().add(networkInterface);
        zone.getAssets().add(asset);
    }
}
